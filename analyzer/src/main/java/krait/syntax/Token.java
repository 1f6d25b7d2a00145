package krait.syntax;

/**
 * One token. {@code start}/{@code end} are byte offsets into the UTF-8 source buffer; line and
 * column are in CPython's convention (1-based lines, 0-based UTF-8 byte columns). {@code text} is
 * the identifier (NFKC-normalised), the number's or string's source spelling, or null.
 */
public record Token(TokenKind kind, String text, int start, int end, int line, int col, int endLine, int endCol) {
    public boolean is(TokenKind k) {
        return kind == k;
    }

    /** True for the NAME {@code word}: how soft keywords are recognised. */
    public boolean isName(String word) {
        return kind == TokenKind.NAME && text.equals(word);
    }

    public Pos pos() {
        return new Pos(line, col, endLine, endCol);
    }

    @Override
    public String toString() {
        return kind + (text != null ? "(" + text + ")" : "") + "@" + line + ":" + col;
    }
}
