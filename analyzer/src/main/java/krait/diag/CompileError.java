package krait.diag;

import java.util.List;

/**
 * Thrown by a phase that cannot go on because of errors in the user's program. It carries the
 * diagnostics; the command line renders them and exits with status 1.
 */
public final class CompileError extends RuntimeException {
    private final transient List<Diagnostic> diagnostics;

    public CompileError(List<Diagnostic> diagnostics) {
        super(diagnostics.isEmpty() ? "compile error" : diagnostics.get(0).message(), null, false, false);
        this.diagnostics = List.copyOf(diagnostics);
    }

    public CompileError(Diagnostic diagnostic) {
        this(List.of(diagnostic));
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }
}
