package krait.syntax;

import krait.diag.CompileError;
import krait.diag.Diagnostic;
import krait.diag.Location;
import krait.diag.MessageId;
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

    private CompileError make(MessageId id, int line, int col, String message) {
        return new CompileError(Diagnostic.error(new Location(file, line, Math.max(col, 0)), id,
                message.startsWith(prefix) ? message : prefix + message));
    }
}
