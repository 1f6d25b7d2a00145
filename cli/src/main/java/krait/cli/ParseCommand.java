package krait.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import krait.diag.CompileError;
import krait.diag.Diagnostic;
import krait.diag.DiagnosticRenderer;
import krait.diag.MessageId;
import krait.diag.SourceFile;
import krait.syntax.AstDump;
import krait.syntax.Parser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "parse", mixinStandardHelpOptions = true,
        description = "Parse Python files; with --dump-ast print each tree as CPython's ast.dump() does.")
final class ParseCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Python source files.")
    List<Path> files;

    @Option(names = "--dump-ast", description = "Print the syntax tree of each file.")
    boolean dump;

    @Option(names = "--timings", description = "Print the time each phase takes.")
    boolean timings;

    @Override
    public Integer call() {
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        int status = Main.EXIT_OK;
        krait.build.Timings clock = new krait.build.Timings();
        for (Path file : files) {
            if (files.size() > 1 && dump) {
                out.println("==> " + file + " <==");
            }
            try {
                long start = System.nanoTime();
                SourceFile source = SourceFile.read(file, file.toString());
                clock.add("read", System.nanoTime() - start);
                var module = clock.time("parse", () -> Parser.parseModule(source));
                if (dump) {
                    out.println(clock.time("dump", () -> AstDump.dump(module)));
                }
            } catch (CompileError e) {
                out.flush();
                for (Diagnostic d : e.diagnostics()) {
                    System.err.print(DiagnosticRenderer.render(d));
                }
                status = Main.EXIT_PROGRAM_ERROR;
            } catch (IOException e) {
                out.flush();
                System.err.print(DiagnosticRenderer.render(Diagnostic.error(null,
                        e instanceof java.nio.file.NoSuchFileException ? MessageId.FILE_NOT_FOUND : MessageId.FILE_NOT_READABLE,
                        file.toString(), e.getMessage())));
                status = Main.EXIT_PROGRAM_ERROR;
            }
            out.flush();
        }
        if (timings) {
            System.err.print("krait: timings\n" + clock.report());
        }
        return status;
    }
}
