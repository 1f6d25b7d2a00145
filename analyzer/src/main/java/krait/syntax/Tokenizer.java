package krait.syntax;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;

/**
 * Turns UTF-8 source bytes into tokens on demand, the way CPython's tokenizer does: INDENT/DEDENT
 * from leading whitespace, NEWLINE only at the end of a logical line (never inside brackets or after
 * a backslash continuation), blank and comment-only lines skipped. Working on bytes rather than
 * chars makes columns come out in UTF-8 bytes for free, which is CPython's convention.
 *
 * <p>Strings are returned whole (prefix and quotes included); {@link StringLiterals} decodes them.
 */
public final class Tokenizer {
    private static final int TAB_SIZE = 8;
    private static final int MAX_INDENT = 100;
    private static final int MAX_PAREN = 200;
    /** Operators grouped by first byte, longest first, so matching is one short scan. */
    private static final TokenKind[][] OPERATORS_BY_FIRST_BYTE = operatorTable();

    private final byte[] buf;
    private final int end;
    private final SyntaxErrors errors;
    /** Inside an f-string replacement field: no layout tokens, newlines are plain whitespace. */
    private final boolean embedded;

    private int pos;
    private int line;
    private int lineStart;
    private boolean atLineStart;
    private boolean lineHasTokens;
    private boolean finished;

    private int[] indents = new int[16];
    private int[] altIndents = new int[16];
    private int indentDepth;
    private int pendingDedents;

    private final byte[] parens = new byte[MAX_PAREN];
    private final int[] parenLines = new int[MAX_PAREN];
    private final int[] parenCols = new int[MAX_PAREN];
    private int parenDepth;

    /** A tokenizer for a whole file; {@code buf} is UTF-8 without a BOM, newlines normalised to \n. */
    Tokenizer(byte[] buf, SyntaxErrors errors) {
        this(buf, 0, buf.length, 1, 0, false, errors);
    }

    /**
     * A tokenizer for {@code buf[from, to)}, whose first byte sits on {@code line} of the file, with
     * that line starting at offset {@code lineStart}. Embedded tokenizers serve f-string fields.
     */
    Tokenizer(byte[] buf, int from, int to, int line, int lineStart, boolean embedded, SyntaxErrors errors) {
        this.buf = buf;
        this.pos = from;
        this.end = to;
        this.line = line;
        this.lineStart = lineStart;
        this.embedded = embedded;
        this.errors = errors;
        this.atLineStart = !embedded;
    }

    byte[] buffer() {
        return buf;
    }

    /** Set once the tokenizer has thrown: its errors are not re-checked by {@link #drainForErrors}. */
    private boolean failed;

    /** The next token; after ENDMARKER it keeps returning ENDMARKER. */
    public Token next() {
        try {
            return scan();
        } catch (RuntimeException e) {
            failed = true;
            throw e;
        }
    }

    boolean failed() {
        return failed;
    }

    private Token scan() {
        if (pendingDedents > 0) {
            pendingDedents--;
            return layout(TokenKind.DEDENT);
        }
        if (atLineStart) {
            Token t = indentation();
            if (t != null) {
                return t;
            }
        }
        while (true) {
            if (pos >= end) {
                return endOfInput();
            }
            byte c = buf[pos];
            if (c == ' ' || c == '\t' || c == '\f') {
                pos++;
            } else if (c == '#') {
                skipComment();
            } else if (c == '\\') {
                if (pos + 1 < end && buf[pos + 1] == '\n') {
                    pos += 2;
                    newLine(pos);
                    if (pos >= end) {
                        throw errors.syntax(line, 0, "unexpected EOF while parsing");
                    }
                } else {
                    throw errors.syntax(line, pos + 1 - lineStart,
                            "unexpected character after line continuation character");
                }
            } else if (c == '\n') {
                if (embedded || parenDepth > 0) {
                    pos++;
                    newLine(pos);
                } else {
                    Token t = new Token(TokenKind.NEWLINE, null, pos, pos + 1, line, pos - lineStart, line,
                            pos + 1 - lineStart);
                    pos++;
                    newLine(pos);
                    atLineStart = true;
                    lineHasTokens = false;
                    return t;
                }
            } else {
                break;
            }
        }
        lineHasTokens = true;
        int c = buf[pos] & 0xff;
        if (c >= '0' && c <= '9' || c == '.' && pos + 1 < end && isDigit(buf[pos + 1])) {
            return number();
        }
        if (c == '"' || c == '\'') {
            return string(pos, pos, line, pos - lineStart);
        }
        if (isIdentifierStart(c)) {
            return nameOrString();
        }
        return operator(c);
    }

    // ---- layout

    /** Measures the indentation of a new logical line; returns INDENT/DEDENT or null. */
    private Token indentation() {
        while (true) {
            int col = 0;
            int alt = 0;
            int continuedAt = -1;
            int p = pos;
            while (p < end) {
                byte c = buf[p];
                if (c == '\\') {
                    if (p + 1 >= end || buf[p + 1] != '\n') {
                        throw errors.syntax(line, p + 1 - lineStart,
                                "unexpected character after line continuation character");
                    }
                    // Indentation cannot be split by a backslash: the first one fixes the level
                    // (CPython's quirk: one in column 0 does not count).
                    if (continuedAt <= 0) {
                        continuedAt = col;
                    }
                    p += 2;
                    newLine(p);
                    continue;
                } else if (c == ' ') {
                    col++;
                    alt++;
                } else if (c == '\t') {
                    col = (col / TAB_SIZE + 1) * TAB_SIZE;
                    alt++;
                } else if (c == '\f') {
                    col = 0;
                    alt = 0;
                } else {
                    break;
                }
                p++;
            }
            if (p >= end) {
                pos = p;
                atLineStart = false;
                return null;
            }
            byte c = buf[p];
            if (c == '#' || c == '\n') {
                // Blank and comment-only lines do not count for indentation.
                pos = p;
                if (c == '#') {
                    skipComment();
                }
                if (pos < end) {
                    pos++;
                    newLine(pos);
                }
                continue;
            }
            pos = p;
            atLineStart = false;
            if (continuedAt > 0) {
                col = continuedAt;
                alt = continuedAt;
            }
            return compareIndent(col, alt);
        }
    }

    private Token compareIndent(int col, int alt) {
        int top = indents[indentDepth];
        int altTop = altIndents[indentDepth];
        if (col == top) {
            if (alt != altTop) {
                throw inconsistentTabs();
            }
            return null;
        }
        if (col > top) {
            if (alt <= altTop) {
                throw inconsistentTabs();
            }
            if (indentDepth + 1 >= MAX_INDENT) {
                throw errors.indentation(line, pos - lineStart, "too many levels of indentation");
            }
            indentDepth++;
            if (indentDepth == indents.length) {
                indents = Arrays.copyOf(indents, indentDepth * 2);
                altIndents = Arrays.copyOf(altIndents, indentDepth * 2);
            }
            indents[indentDepth] = col;
            altIndents[indentDepth] = alt;
            return new Token(TokenKind.INDENT, null, lineStart, pos, line, 0, line, pos - lineStart);
        }
        int dedents = 0;
        while (indentDepth > 0 && col < indents[indentDepth]) {
            indentDepth--;
            dedents++;
        }
        if (col != indents[indentDepth]) {
            throw errors.indentation(line, pos - lineStart, "unindent does not match any outer indentation level");
        }
        if (alt != altIndents[indentDepth]) {
            throw inconsistentTabs();
        }
        pendingDedents = dedents - 1;
        return layout(TokenKind.DEDENT);
    }

    private RuntimeException inconsistentTabs() {
        return errors.tab(line, pos - lineStart, "inconsistent use of tabs and spaces in indentation");
    }

    private Token endOfInput() {
        if (parenDepth > 0 && !embedded) {
            int i = parenDepth - 1;
            throw errors.syntax(parenLines[i], parenCols[i], "'" + (char) parens[i] + "' was never closed");
        }
        if (!finished && !embedded) {
            if (lineHasTokens) {
                // CPython appends the missing final newline; so do we.
                lineHasTokens = false;
                return new Token(TokenKind.NEWLINE, null, pos, pos, line, pos - lineStart, line, pos - lineStart + 1);
            }
            if (indentDepth > 0) {
                indentDepth--;
                return layout(TokenKind.DEDENT);
            }
        }
        finished = true;
        return layout(TokenKind.ENDMARKER);
    }

    private Token layout(TokenKind kind) {
        if (pos >= end && pos == lineStart && line > 1 && !embedded) {
            // At end of input CPython places the final tokens on the last line, not after it.
            return new Token(kind, null, pos, pos, line - 1, 0, line - 1, 0);
        }
        return new Token(kind, null, pos, pos, line, pos - lineStart, line, pos - lineStart);
    }

    /** The line of the last character read, which is the previous line just after a newline. */
    private int lastLine() {
        return pos > 0 && pos == lineStart && line > 1 ? line - 1 : line;
    }

    /**
     * Reads the rest of the input after the parser found an error, as CPython does: an error the
     * tokenizer finds further on (an unterminated string, an invalid character) takes precedence,
     * and so does a bracket left open at the end if it was opened before {@code errorLine} (the
     * line of the furthest token the parser read). Indentation errors further on stop the search
     * and do not count.
     */
    void drainForErrors(int errorLine) {
        try {
            while (next().kind() != TokenKind.ENDMARKER) {
                // only errors matter
            }
        } catch (krait.diag.CompileError e) {
            String message = e.diagnostics().get(0).message();
            boolean quiet = message.startsWith("IndentationError") || message.startsWith("TabError")
                    || message.endsWith("unexpected character after line continuation character")
                    || message.endsWith("unexpected EOF while parsing") || message.endsWith("was never closed");
            if (!quiet) {
                throw e;
            }
            // CPython's tokenizer stops on these without raising; all that counts then is whether
            // a bracket opened before the error line is still open.
            if (parenDepth > 0 && errorLine > parenLines[parenDepth - 1]) {
                int i = parenDepth - 1;
                throw errors.syntax(parenLines[i], parenCols[i], "'" + (char) parens[i] + "' was never closed");
            }
        }
    }

    private void skipComment() {
        while (pos < end && buf[pos] != '\n') {
            pos++;
        }
    }

    private void newLine(int start) {
        line++;
        lineStart = start;
    }

    // ---- names

    private static boolean isIdentifierStart(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c >= 0x80;
    }

    private static boolean isIdentifierByte(int c) {
        return isIdentifierStart(c) || c >= '0' && c <= '9';
    }

    private static boolean isDigit(byte c) {
        return c >= '0' && c <= '9';
    }

    private Token nameOrString() {
        int start = pos;
        int col = pos - lineStart;
        boolean ascii = true;
        while (pos < end && isIdentifierByte(buf[pos] & 0xff)) {
            ascii &= buf[pos] >= 0;
            pos++;
        }
        if (pos < end && (buf[pos] == '\'' || buf[pos] == '"') && isStringPrefix(start, pos)) {
            return string(start, pos, line, col);
        }
        String name;
        if (ascii) {
            name = new String(buf, start, pos - start, StandardCharsets.ISO_8859_1);
        } else {
            name = checkedIdentifier(start, col);
        }
        TokenKind keyword = TokenKind.keyword(name);
        return new Token(keyword != null ? keyword : TokenKind.NAME, name, start, pos, line, col, line,
                pos - lineStart);
    }

    /** Checks a non-ASCII identifier the way PEP 3131 says (after NFKC) and returns its NFKC form. */
    private String checkedIdentifier(int start, int col) {
        String bad = Utf8.problem(buf, start, pos);
        if (bad != null) {
            throw errors.syntax(line, col, "(unicode error) " + bad);
        }
        String raw = new String(buf, start, pos - start, StandardCharsets.UTF_8);
        String name = Normalizer.normalize(raw, Normalizer.Form.NFKC);
        boolean valid = !name.isEmpty() && isIdStart(name.codePointAt(0));
        for (int i = name.isEmpty() ? 0 : Character.charCount(name.codePointAt(0)); valid && i < name.length(); ) {
            int cp = name.codePointAt(i);
            valid = isIdPart(cp);
            i += Character.charCount(cp);
        }
        if (valid) {
            return name;
        }
        // Point at the first character that cannot be where it is.
        int offset = 0;
        for (int i = 0; i < raw.length(); ) {
            int cp = raw.codePointAt(i);
            if (i == 0 ? !isIdStart(cp) : !isIdPart(cp)) {
                pos = start + offset;
                throw invalidCharacter(cp, col + offset);
            }
            offset += utf8Length(cp);
            i += Character.charCount(cp);
        }
        throw invalidCharacter(raw.codePointAt(0), col);
    }

    private static boolean isIdStart(int cp) {
        return cp == '_' || Character.isUnicodeIdentifierStart(cp) && !Character.isIdentifierIgnorable(cp);
    }

    private static boolean isIdPart(int cp) {
        return Character.isUnicodeIdentifierPart(cp) && !Character.isIdentifierIgnorable(cp);
    }

    static int utf8Length(int cp) {
        return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    }

    private RuntimeException invalidCharacter(int cp, int col) {
        if (PyRepr.isPrintable(cp)) {
            return errors.syntax(line, col, String.format("invalid character '%s' (U+%04X)",
                    new String(Character.toChars(cp)), cp));
        }
        return errors.syntax(line, col, String.format("invalid non-printable character U+%04X", cp));
    }

    /** Whether {@code buf[from, to)} is one of the prefixes r, u, b, f, br, rb, fr, rf in any case. */
    private boolean isStringPrefix(int from, int to) {
        int n = to - from;
        if (n == 1) {
            int c = buf[from] | 0x20;
            return c == 'r' || c == 'u' || c == 'b' || c == 'f';
        }
        if (n == 2) {
            int a = buf[from] | 0x20;
            int b = buf[from + 1] | 0x20;
            return a == 'r' && (b == 'b' || b == 'f') || b == 'r' && (a == 'b' || a == 'f');
        }
        return false;
    }

    // ---- strings

    /**
     * Scans a string literal whose prefix starts at {@code start} and whose opening quote is at
     * {@code quoteAt}; returns a STRING token holding the whole source text.
     */
    private Token string(int start, int quoteAt, int startLine, int startCol) {
        byte quote = buf[quoteAt];
        boolean triple = quoteAt + 2 < end && buf[quoteAt + 1] == quote && buf[quoteAt + 2] == quote;
        pos = quoteAt + (triple ? 3 : 1);
        while (true) {
            if (pos >= end) {
                throw unterminated(triple, startLine, startCol);
            }
            byte c = buf[pos];
            if (c == '\\') {
                pos++;
                if (pos < end && buf[pos] == '\n') {
                    pos++;
                    newLine(pos);
                } else if (pos < end) {
                    pos++;
                }
            } else if (c == '\n') {
                if (!triple) {
                    throw unterminated(false, startLine, startCol);
                }
                pos++;
                newLine(pos);
            } else if (c == quote) {
                pos++;
                if (!triple) {
                    break;
                }
                if (pos + 1 < end && buf[pos] == quote && buf[pos + 1] == quote) {
                    pos += 2;
                    break;
                }
            } else {
                pos++;
            }
        }
        String text = new String(buf, start, pos - start, StandardCharsets.UTF_8);
        return new Token(TokenKind.STRING, text, start, pos, startLine, startCol, line, pos - lineStart);
    }

    private RuntimeException unterminated(boolean triple, int startLine, int startCol) {
        if (triple) {
            return errors.syntax(startLine, startCol,
                    "unterminated triple-quoted string literal (detected at line " + lastLine() + ")");
        }
        return errors.syntax(startLine, startCol, "unterminated string literal (detected at line " + line + ")");
    }

    // ---- numbers

    private Token number() {
        int start = pos;
        int col = pos - lineStart;
        String kind = "decimal";
        if (buf[pos] == '0' && pos + 1 < end && isRadixMarker(buf[pos + 1])) {
            int radix = switch (buf[pos + 1] | 0x20) {
                case 'x' -> 16;
                case 'o' -> 8;
                default -> 2;
            };
            kind = radix == 16 ? "hexadecimal" : radix == 8 ? "octal" : "binary";
            pos += 2;
            if (pos < end && buf[pos] == '_') {
                pos++;
            }
            boolean digits = scanDigits(radix, kind);
            if (pos < end && radix < 10 && isDigit(buf[pos])) {
                throw errors.syntax(line, pos - lineStart,
                        "invalid digit '" + (char) buf[pos] + "' in " + kind + " literal");
            }
            if (!digits) {
                throw errors.syntax(line, col, "invalid " + kind + " literal");
            }
        } else {
            boolean intPart = scanDigits(10, kind);
            boolean isFloat = false;
            if (pos < end && buf[pos] == '.') {
                isFloat = true;
                pos++;
                if (pos < end && isDigit(buf[pos])) {
                    scanDigits(10, kind);
                }
            }
            if (pos < end && (buf[pos] | 0x20) == 'e') {
                int save = pos;
                pos++;
                if (pos < end && (buf[pos] == '+' || buf[pos] == '-')) {
                    pos++;
                }
                if (pos < end && isDigit(buf[pos])) {
                    scanDigits(10, kind);
                    isFloat = true;
                } else {
                    pos = save;
                    throw errors.syntax(line, col, "invalid decimal literal");
                }
            }
            if (pos < end && (buf[pos] | 0x20) == 'j') {
                pos++;
                kind = "imaginary";
                isFloat = true;
            }
            if (!isFloat && intPart && buf[start] == '0') {
                for (int i = start; i < pos; i++) {
                    if (buf[i] != '0' && buf[i] != '_') {
                        throw errors.syntax(line, col, "leading zeros in decimal integer literals are not "
                                + "permitted; use an 0o prefix for octal integers");
                    }
                }
            }
        }
        checkEndOfNumber(kind, col);
        String text = new String(buf, start, pos - start, StandardCharsets.ISO_8859_1);
        return new Token(TokenKind.NUMBER, text, start, pos, line, col, line, pos - lineStart);
    }

    private static boolean isRadixMarker(byte c) {
        int l = c | 0x20;
        return l == 'x' || l == 'o' || l == 'b';
    }

    /** Scans digits of {@code radix} with single underscores between them; false if there were none. */
    private boolean scanDigits(int radix, String kind) {
        int first = pos;
        while (pos < end) {
            int d = Character.digit(buf[pos], radix);
            if (radix < 10 && d < 0 && isDigit(buf[pos])) {
                break;
            }
            if (d >= 0) {
                pos++;
            } else if (buf[pos] == '_' && pos > first) {
                pos++;
                if (pos >= end || Character.digit(buf[pos], radix) < 0) {
                    throw errors.syntax(line, pos - lineStart - 1, "invalid " + kind + " literal");
                }
            } else {
                break;
            }
        }
        return pos > first;
    }

    /**
     * CPython rejects a number running straight into a name ({@code 1abc}) but still accepts it
     * before the keywords that were legal there historically ({@code 1if x else y}).
     */
    private void checkEndOfNumber(String kind, int col) {
        if (pos >= end || !isIdentifierByte(buf[pos] & 0xff)) {
            return;
        }
        for (String kw : new String[] {"and", "else", "for", "if", "in", "is", "not", "or"}) {
            int after = pos + kw.length();
            // CPython checks that and/else/for/not/or end there, but only looks at two letters of if/in/is
            if (startsWith(pos, kw) && (kw.charAt(0) == 'i' || after >= end || !isIdentifierByte(buf[after] & 0xff))) {
                return;
            }
        }
        throw errors.syntax(line, col, "invalid " + kind + " literal");
    }

    private boolean startsWith(int at, String word) {
        if (at + word.length() > end) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            if (buf[at + i] != word.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    // ---- operators

    private Token operator(int c) {
        int start = pos;
        int col = pos - lineStart;
        TokenKind[] candidates = c < 128 ? OPERATORS_BY_FIRST_BYTE[c] : null;
        if (candidates != null) {
            for (TokenKind k : candidates) {
                if (startsWith(pos, k.text)) {
                    pos += k.text.length();
                    trackBrackets(k, col);
                    return new Token(k, k.text, start, pos, line, col, line, pos - lineStart);
                }
            }
        }
        if (c == 0) {
            throw errors.syntax(line, col, "source code cannot contain null bytes");
        }
        if (c < 128) {
            if (c < 32 || c == 127) {
                throw errors.syntax(line, col, String.format("invalid non-printable character U+%04X", c));
            }
            pos++;
            return new Token(TokenKind.UNKNOWN, String.valueOf((char) c), start, pos, line, col, line, pos - lineStart);
        }
        String rest = new String(buf, pos, Math.min(4, end - pos), StandardCharsets.UTF_8);
        throw invalidCharacter(rest.codePointAt(0), col);
    }

    private void trackBrackets(TokenKind k, int col) {
        switch (k) {
            case LPAR, LSQB, LBRACE -> {
                if (parenDepth >= MAX_PAREN) {
                    throw errors.syntax(line, col, "too many nested parentheses");
                }
                parens[parenDepth] = (byte) k.text.charAt(0);
                parenLines[parenDepth] = line;
                parenCols[parenDepth] = col;
                parenDepth++;
            }
            case RPAR, RSQB, RBRACE -> {
                char close = k.text.charAt(0);
                if (parenDepth == 0) {
                    throw errors.syntax(line, col, "unmatched '" + close + "'");
                }
                parenDepth--;
                char open = (char) parens[parenDepth];
                if (open != (close == ')' ? '(' : close == ']' ? '[' : '{')) {
                    String where = parenLines[parenDepth] != line ? " on line " + parenLines[parenDepth] : "";
                    throw errors.syntax(line, col, "closing parenthesis '" + close
                            + "' does not match opening parenthesis '" + open + "'" + where);
                }
            }
            default -> {
            }
        }
    }

    private static TokenKind[][] operatorTable() {
        TokenKind[][] table = new TokenKind[128][];
        for (TokenKind k : TokenKind.values()) {
            if (k.text == null || k.isKeyword()) {
                continue;
            }
            int first = k.text.charAt(0);
            TokenKind[] old = table[first] == null ? new TokenKind[0] : table[first];
            TokenKind[] grown = Arrays.copyOf(old, old.length + 1);
            grown[old.length] = k;
            Arrays.sort(grown, (a, b) -> b.text.length() - a.text.length());
            table[first] = grown;
        }
        return table;
    }
}
