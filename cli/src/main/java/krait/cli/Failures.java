package krait.cli;

import krait.build.BuildFailure;
import krait.diag.CompileError;
import krait.diag.Diagnostic;
import krait.diag.DiagnosticRenderer;
import picocli.CommandLine;

/**
 * Turns what a command throws into what the user sees: diagnostics for errors in their program,
 * a short internal-error message pointing to the log for toolchain failures, and never a Java
 * stack trace (unless {@code KRAIT_DEBUG} is set).
 */
final class Failures implements CommandLine.IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception ex, CommandLine cl, CommandLine.ParseResult parsed) {
        return report(ex);
    }

    static int report(Throwable ex) {
        if (ex instanceof CompileError ce) {
            for (Diagnostic d : ce.diagnostics()) {
                System.err.print(DiagnosticRenderer.render(d));
            }
            return Main.EXIT_PROGRAM_ERROR;
        }
        if (ex instanceof BuildFailure bf) {
            System.err.println("krait: internal compiler error: " + bf.getMessage()
                    + " (this is a Krait bug; please report it)");
            System.err.println("krait: full log: " + bf.log());
            return Main.EXIT_INTERNAL;
        }
        if (ex instanceof java.io.IOException io) {
            System.err.println("krait: error: " + describe(io));
            return Main.EXIT_PROGRAM_ERROR;
        }
        System.err.println("krait: internal compiler error: " + ex + " (this is a Krait bug; please report it;"
                + " set KRAIT_DEBUG=1 for details)");
        if (System.getenv("KRAIT_DEBUG") != null) {
            ex.printStackTrace();
        }
        return Main.EXIT_INTERNAL;
    }

    /** java.nio's exceptions often carry only a path as their message; say what went wrong with it. */
    static String describe(java.io.IOException io) {
        if (io instanceof java.nio.file.FileSystemException fs && fs.getReason() == null) {
            String file = fs.getFile();
            if (io instanceof java.nio.file.NoSuchFileException) {
                return file + ": no such file or directory";
            }
            if (io instanceof java.nio.file.AccessDeniedException) {
                return file + ": permission denied";
            }
            if (io instanceof java.nio.file.DirectoryNotEmptyException) {
                return file + ": is a directory (and not empty)";
            }
            if (io instanceof java.nio.file.FileAlreadyExistsException) {
                return file + ": already exists";
            }
            if (io instanceof java.nio.file.NotDirectoryException) {
                return file + ": not a directory";
            }
        }
        return io.getMessage();
    }
}
