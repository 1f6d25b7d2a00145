package krait.syntax;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import krait.diag.CompileError;
import krait.diag.SourceFile;

/** Our parser's verdict on a file next to CPython's, and whether they agree. */
public record Comparison(Path file, CPythonOracle.Verdict expected, String ourDump, CompileError ourError,
                         Throwable crash) {
    public static Comparison of(Path file, CPythonOracle.Verdict expected, boolean attributes) {
        try {
            SourceFile source = new SourceFile(file.toString(), Files.readAllBytes(file), "");
            Mod.Module module = Parser.parseModule(source);
            return new Comparison(file, expected, AstDump.dump(module, attributes), null, null);
        } catch (CompileError e) {
            return new Comparison(file, expected, null, e, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Throwable t) {
            return new Comparison(file, expected, null, null, t);
        }
    }

    public int ourErrorLine() {
        return ourError == null ? 0 : ourError.diagnostics().get(0).location().line();
    }

    public boolean agrees() {
        if (expected.ok()) {
            return ourDump != null && ourDump.equals(expected.dump());
        }
        return ourError != null && (expected.errorLine() == 0 || ourErrorLine() == expected.errorLine());
    }

    /** Both reject, with the same error kind and message (the column may differ). */
    public boolean sameMessage() {
        return !expected.ok() && ourError != null
                && ourError.diagnostics().get(0).message().equals(expected.errorType() + ": " + expected.errorMessage());
    }

    /** A short account of the disagreement: the first place where the dumps differ, or the errors. */
    public String describe() {
        StringBuilder out = new StringBuilder(file.toString()).append(": ");
        if (crash != null) {
            return out.append("CRASH ").append(crash).toString();
        }
        if (expected.ok()) {
            if (ourError != null) {
                return out.append("we reject at line ").append(ourErrorLine()).append(": ")
                        .append(ourError.getMessage()).toString();
            }
            String a = expected.dump();
            String b = ourDump;
            int i = 0;
            while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
                i++;
            }
            int from = Math.max(0, i - 150);
            return out.append("dumps differ at ").append(i).append("\n  cpython: ")
                    .append(a, from, Math.min(a.length(), i + 150)).append("\n  krait:   ")
                    .append(b, from, Math.min(b.length(), i + 150)).toString();
        }
        out.append("CPython: ").append(expected.errorType()).append(" line ").append(expected.errorLine()).append(": ")
                .append(expected.errorMessage());
        if (ourError == null) {
            return out.append(" / we accept").toString();
        }
        return out.append(" / krait line ").append(ourErrorLine()).append(": ").append(ourError.getMessage()).toString();
    }
}
