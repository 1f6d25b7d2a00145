package krait.syntax;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Decodes string and bytes literals: prefixes, escape sequences and implicit concatenation of
 * adjacent literals. When f-strings are among the parts the result is a JoinedStr, whose constant
 * pieces (like CPython 3.11) all carry the position of the whole concatenation.
 */
final class StringLiterals {
    private final SyntaxErrors errors;
    private final byte[] buf;
    /**
     * Where problems with the literals are reported: CPython 3.11 decodes them after reading the
     * token that follows the group, and points its errors at that token.
     */
    private final Token errorAt;

    StringLiterals(SyntaxErrors errors, byte[] buf, Token errorAt) {
        this.errors = errors;
        this.buf = buf;
        this.errorAt = errorAt;
    }

    /** What a literal's prefix says and where its body lies in the token text. */
    record Literal(boolean raw, boolean bytes, boolean fstring, boolean unicode, int quoteLength, int prefixLength) {
        static Literal of(String text) {
            int p = 0;
            boolean raw = false;
            boolean bytes = false;
            boolean f = false;
            boolean u = false;
            while (text.charAt(p) != '\'' && text.charAt(p) != '"') {
                switch (text.charAt(p) | 0x20) {
                    case 'r' -> raw = true;
                    case 'b' -> bytes = true;
                    case 'f' -> f = true;
                    default -> u = true;
                }
                p++;
            }
            char q = text.charAt(p);
            boolean triple = text.length() >= p + 6 && text.charAt(p + 1) == q && text.charAt(p + 2) == q;
            return new Literal(raw, bytes, f, u, triple ? 3 : 1, p);
        }

        String body(String text) {
            return text.substring(prefixLength + quoteLength, text.length() - quoteLength);
        }
    }

    Expr concatenate(List<Token> parts) {
        Token first = parts.get(0);
        Token last = parts.get(parts.size() - 1);
        Pos pos = new Pos(first.line(), first.col(), last.endLine(), last.endCol());
        Literal firstLiteral = Literal.of(first.text());
        boolean anyF = false;
        for (Token t : parts) {
            Literal l = Literal.of(t.text());
            // bytes must be ASCII anyway; f-strings are checked piece by piece, as CPython does
            String bad = l.bytes() || l.fstring() ? null
                    : Utf8.problem(buf, t.start() + l.prefixLength() + l.quoteLength(), t.end() - l.quoteLength());
            if (bad != null) {
                throw errors.syntax(errorAt, "(unicode error) " + bad);
            }
            if (l.bytes() != firstLiteral.bytes()) {
                throw errors.syntax(errorAt, "cannot mix bytes and nonbytes literals");
            }
            anyF |= l.fstring();
        }
        if (firstLiteral.bytes()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (Token t : parts) {
                byte[] b = bytesValue(t, Literal.of(t.text()));
                out.write(b, 0, b.length);
            }
            return new Expr.Constant(pos, new ConstValue.BytesValue(out.toByteArray()), null);
        }
        if (!anyF) {
            ConstValue.StrValue value;
            if (parts.size() == 1 && (firstLiteral.raw() || first.text().indexOf('\\') < 0)) {
                value = new ConstValue.StrValue(firstLiteral.body(first.text()), null); // no escapes: as written
            } else {
                PyStrBuilder out = new PyStrBuilder();
                for (Token t : parts) {
                    strValue(t, Literal.of(t.text()), out);
                }
                value = out.build();
            }
            return new Expr.Constant(pos, value, firstLiteral.unicode() ? "u" : null);
        }
        JoinedParts joined = new JoinedParts(pos);
        for (Token t : parts) {
            Literal l = Literal.of(t.text());
            if (l.fstring()) {
                int bodyStart = t.start() + l.prefixLength() + l.quoteLength();
                int bodyEnd = t.end() - l.quoteLength();
                new FStringParser(errors, buf, t, errorAt, l.raw(), bodyStart, bodyEnd, pos).parse(joined);
            } else {
                strValue(t, l, joined.text());
            }
        }
        return new Expr.JoinedStr(pos, joined.finish());
    }

    /** The pieces of a JoinedStr being built: adjacent literal text is merged, empty text dropped. */
    static final class JoinedParts {
        private final Pos pos;
        private final List<Expr> values = new ArrayList<>();
        private final PyStrBuilder pending = new PyStrBuilder();

        JoinedParts(Pos pos) {
            this.pos = pos;
        }

        void literal(String text) {
            pending.append(text);
        }

        /** Where literal text goes (escapes are decoded into it). */
        PyStrBuilder text() {
            return pending;
        }

        void value(Expr formatted) {
            flush();
            values.add(formatted);
        }

        List<Expr> finish() {
            return finish(pos);
        }

        /**
         * The parts; trailing text gets {@code lastPos}, which differs from the other parts' in a
         * format spec (CPython 3.11 quirk: there it is the span of the spec's own token).
         */
        List<Expr> finish(Pos lastPos) {
            flush(lastPos);
            return values;
        }

        private void flush() {
            flush(pos);
        }

        private void flush(Pos at) {
            if (pending.length() > 0) {
                values.add(new Expr.Constant(at, pending.build(), null));
                pending.clear();
            }
        }
    }

    private void strValue(Token t, Literal l, PyStrBuilder out) {
        String body = l.body(t.text());
        if (l.raw()) {
            out.append(body);
        } else {
            unescape(body, false, t, out);
        }
    }

    private byte[] bytesValue(Token t, Literal l) {
        for (int i = t.start(); i < t.end(); i++) {
            if (buf[i] < 0) {
                // unlike most literal errors, CPython points this one at the literal itself
                throw errors.syntax(t, "bytes can only contain ASCII literal characters");
            }
        }
        String body = l.body(t.text());
        if (l.raw()) {
            return body.getBytes(StandardCharsets.ISO_8859_1);
        }
        PyStrBuilder value = new PyStrBuilder();
        unescape(body, true, t, value);
        return value.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    /**
     * Processes backslash escapes, appending to {@code out}. For bytes the result holds one char
     * per byte (0-255). Unknown escapes keep their backslash, as Python does.
     */
    void unescape(String s, boolean bytes, Token at, PyStrBuilder out) {
        int backslash = s.indexOf('\\');
        if (backslash < 0) {
            out.append(s);
            return;
        }
        out.append(s, 0, backslash);
        int i = backslash;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (c != '\\') {
                int next = s.indexOf('\\', i);
                next = next < 0 ? n : next;
                out.append(s, i, next); // source text: its surrogate chars come in real pairs
                i = next;
                continue;
            }
            if (i + 1 >= n) {
                out.append('\\');
                break;
            }
            char e = s.charAt(i + 1);
            i += 2;
            switch (e) {
                case '\n' -> {
                }
                case '\\', '\'', '"' -> out.append(e);
                case 'a' -> out.append('\u0007');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'v' -> out.append('\u000b');
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    int v = e - '0';
                    for (int k = 0; k < 2 && i < n && s.charAt(i) >= '0' && s.charAt(i) <= '7'; k++) {
                        v = v * 8 + s.charAt(i++) - '0';
                    }
                    if (bytes) {
                        out.append((char) (v & 0xff));
                    } else {
                        out.appendCodePoint(v);
                    }
                }
                case 'x' -> i = hexEscape(s, i, 2, out, bytes, at, "\\xXX");
                case 'u', 'U', 'N' -> {
                    if (bytes) {
                        out.append('\\').append(e);
                    } else if (e == 'N') {
                        i = namedEscape(s, i, out, at);
                    } else {
                        i = hexEscape(s, i, e == 'u' ? 4 : 8, out, false, at, e == 'u' ? "\\uXXXX" : "\\UXXXXXXXX");
                    }
                }
                default -> out.append('\\').append(e);
            }
        }
    }

    private int hexEscape(String s, int i, int digits, PyStrBuilder out, boolean bytes, Token at, String what) {
        int v = 0;
        for (int k = 0; k < digits; k++) {
            int d = i + k < s.length() ? Character.digit(s.charAt(i + k), 16) : -1;
            if (d < 0) {
                throw errors.syntax(errorAt, bytes ? "(value error) invalid \\x escape at position " + (i - 2)
                        : "(unicode error) 'unicodeescape' codec can't decode bytes in position " + (i - 2) + "-"
                        + (i + k - 1) + ": truncated " + what + " escape");
            }
            v = v * 16 + d;
        }
        if (v > Character.MAX_CODE_POINT || v < 0) {
            throw errors.syntax(errorAt, "(unicode error) 'unicodeescape' codec can't decode bytes in position "
                    + (i - 2) + "-" + (i + digits - 1) + ": illegal Unicode character");
        }
        if (bytes) {
            out.append((char) v);
        } else {
            out.appendCodePoint(v);
        }
        return i + digits;
    }

    private int namedEscape(String s, int i, PyStrBuilder out, Token at) {
        int close = i < s.length() && s.charAt(i) == '{' ? s.indexOf('}', i) : -1;
        if (close < 0) {
            throw errors.syntax(errorAt, "(unicode error) 'unicodeescape' codec can't decode bytes in position "
                    + (i - 2) + "-" + (i - 1) + ": malformed \\N character escape");
        }
        String name = s.substring(i + 1, close);
        int cp = UnicodeNames.lookup(name);
        if (cp < 0) {
            throw errors.syntax(errorAt, "(unicode error) 'unicodeescape' codec can't decode bytes in position "
                    + (i - 2) + "-" + close + ": unknown Unicode character name");
        }
        out.appendCodePoint(cp);
        return close + 1;
    }
}
