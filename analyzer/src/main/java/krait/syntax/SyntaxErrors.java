package krait.syntax;

import java.util.List;

import krait.diag.CompileError;
import krait.diag.Diagnostic;
import krait.diag.Location;
import krait.diag.MessageId;
import krait.diag.Severity;
import krait.diag.SourceFile;

/**
 * Builds the {@link CompileError}s of the front end. Every syntax error goes through here so the
 * message kinds (SyntaxError, IndentationError, TabError) stay consistent with CPython's.
 */
final class SyntaxErrors {
    private final SourceFile file;
    /** Put before every message: "f-string: " while parsing an f-string's replacement field. */
    private final String prefix;

    SyntaxErrors(SourceFile file) {
        this(file, "");
    }

    private SyntaxErrors(SourceFile file, String prefix) {
        this.file = file;
        this.prefix = prefix;
    }

    /** The same file, with every message prefixed as CPython 3.11 does inside f-strings. */
    SyntaxErrors inFString() {
        return prefix.isEmpty() ? new SyntaxErrors(file, "f-string: ") : this;
    }

    SourceFile file() {
        return file;
    }

    CompileError syntax(int line, int col, String message) {
        return make(MessageId.SYNTAX_ERROR, line, col, message);
    }

    CompileError syntax(Token at, String message) {
        return syntax(at.line(), at.col(), message);
    }

    CompileError syntax(Pos at, String message) {
        return syntax(at.line(), at.col(), message);
    }

    CompileError indentation(int line, int col, String message) {
        return make(MessageId.INDENTATION_ERROR, line, col, message);
    }

    CompileError tab(int line, int col, String message) {
        return make(MessageId.TAB_ERROR, line, col, message);
    }

    CompileError encoding(int line, String message) {
        return make(MessageId.ENCODING_ERROR, line, 0, message);
    }

    /** What CPython 3.11 raises when its parser's stack (6000 rules deep) overflows: a bare MemoryError. */
    static final String TOO_COMPLEX = "MemoryError: parser stack overflowed - Python source too complex to parse";
    /** What CPython 3.11 raises when the tree is nested deeper than its compiler walks (stmt, expr, pattern). */
    static final String TOO_DEEP = "RecursionError: maximum recursion depth exceeded during compilation";

    /**
     * Source too complex for CPython: {@link #TOO_COMPLEX} or {@link #TOO_DEEP}. These are not
     * syntax errors (CPython reports no line; ours is where the limit was passed), so they bypass the
     * catalogue's "SyntaxError: " and carry CPython's exception name themselves.
     */
    CompileError tooComplex(int line, int col, String message) {
        return new CompileError(new Diagnostic(Severity.ERROR, new Location(file, line, Math.max(col, 0)), message,
                List.of()));
    }

    /** Whether {@code e} is the parser-stack overflow, which ends parsing at once (no error recovery). */
    static boolean isTooComplex(CompileError e) {
        return e.diagnostics().get(0).message().equals(TOO_COMPLEX);
    }

    private CompileError make(MessageId id, int line, int col, String message) {
        return new CompileError(Diagnostic.error(new Location(file, line, Math.max(col, 0)), id,
                message.startsWith(prefix) ? message : prefix + message));
    }
}
