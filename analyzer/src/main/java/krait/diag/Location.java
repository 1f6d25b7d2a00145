package krait.diag;

import krait.syntax.Pos;

/**
 * A point in a source file: 1-based line, 0-based column in UTF-8 bytes (CPython's convention,
 * the same as {@link Pos}); the renderer turns it into a character column for the caret.
 */
public record Location(SourceFile file, int line, int col) {
    public static Location of(SourceFile file, Pos pos) {
        return new Location(file.fileOf(pos.line()), SourceFile.localLine(pos.line()), pos.col());
    }
}
