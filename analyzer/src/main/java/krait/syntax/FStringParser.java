package krait.syntax;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Splits the body of one f-string into literal text and replacement fields, as CPython 3.11 does
 * (the whole f-string is one token in 3.11; fields are found by scanning for the closing brace with
 * brackets and nested strings counted). Each field's expression is tokenized in place in the source
 * buffer, so its nodes get their true positions.
 */
final class FStringParser {
    private static final int MAX_NESTING = 2;

    private final SyntaxErrors errors;
    private final byte[] buf;
    private final Token token;
    private final Token errorAt;
    private final boolean raw;
    private final int end;
    private final int bodyStart;
    /** The position CPython gives every FormattedValue and constant piece: the whole concatenation. */
    private final Pos groupPos;

    FStringParser(SyntaxErrors errors, byte[] buf, Token token, Token errorAt, boolean raw, int bodyStart, int bodyEnd,
                  Pos groupPos) {
        this.errorAt = errorAt;
        this.errors = errors;
        this.buf = buf;
        this.token = token;
        this.raw = raw;
        this.bodyStart = bodyStart;
        this.end = bodyEnd;
        this.groupPos = groupPos;
    }

    void parse(StringLiterals.JoinedParts out) {
        parts(bodyStart, 0, out);
    }

    /**
     * Literal text and fields from {@code i}; at nesting {@code level > 0} (a format spec) stops at
     * the closing brace and returns its index.
     */
    private int parts(int i, int level, StringLiterals.JoinedParts out) {
        ByteArrayOutputStream literal = new ByteArrayOutputStream();
        while (i < end) {
            byte b = buf[i];
            if (b == '{') {
                if (level == 0 && i + 1 < end && buf[i + 1] == '{') {
                    literal.write('{');
                    i += 2;
                    continue;
                }
                flush(literal, out);
                i = field(i + 1, level, out);
            } else if (b == '}') {
                if (level > 0) {
                    break;
                }
                if (i + 1 < end && buf[i + 1] == '}') {
                    literal.write('}');
                    i += 2;
                    continue;
                }
                throw error("f-string: single '}' is not allowed");
            } else if (b == '\\' && !raw && i + 1 < end) {
                byte next = buf[i + 1];
                if (next == 'N' && i + 2 < end && buf[i + 2] == '{') {
                    int close = i + 3;
                    while (close < end && buf[close] != '}') {
                        close++;
                    }
                    int stop = Math.min(close + 1, end);
                    literal.write(buf, i, stop - i);
                    i = stop;
                } else if (next == '{' || next == '}') {
                    literal.write('\\');
                    i++;
                } else {
                    literal.write(buf, i, 2);
                    i += 2;
                }
            } else {
                literal.write(b);
                i++;
            }
        }
        flush(literal, out);
        return i;
    }

    private void flush(ByteArrayOutputStream literal, StringLiterals.JoinedParts out) {
        if (literal.size() == 0) {
            return;
        }
        byte[] bytes = literal.toByteArray();
        String bad = Utf8.problem(bytes, 0, bytes.length);
        if (bad != null) {
            throw error("(unicode error) " + bad);
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        literal.reset();
        if (raw) {
            out.literal(text);
        } else {
            new StringLiterals(errors, buf, errorAt).unescape(text, false, token, out.text());
        }
    }

    /** One replacement field starting after its '{'; returns the index after its '}'. */
    private int field(int i, int level, StringLiterals.JoinedParts out) {
        if (level >= MAX_NESTING) {
            throw error("f-string: expressions nested too deeply");
        }
        int exprStart = i;
        i = expressionEnd(i);
        int exprEnd = i;
        Expr value = parseExpression(exprStart, exprEnd);
        String debugText = null;
        if (buf[i] == '=') {
            i++;
            while (i < end && isSpace(buf[i])) {
                i++;
            }
            debugText = new String(buf, exprStart, i - exprStart, StandardCharsets.UTF_8);
        }
        if (i >= end) {
            throw error("f-string: expecting '}'");
        }
        int conversion = -1;
        if (buf[i] == '!') {
            i++;
            if (i >= end) {
                throw error("f-string: expecting '}'");
            }
            byte c = buf[i++];
            if (c != 's' && c != 'r' && c != 'a') {
                throw error("f-string: invalid conversion character: expected 's', 'r', or 'a'");
            }
            conversion = c;
        }
        if (i >= end) {
            throw error("f-string: expecting '}'");
        }
        Expr spec = null;
        if (buf[i] == ':') {
            StringLiterals.JoinedParts specParts = new StringLiterals.JoinedParts(groupPos);
            i = parts(i + 1, level + 1, specParts);
            // CPython 3.11 gives the spec's JoinedStr the span of its own token, its parts the group's.
            spec = new Expr.JoinedStr(token.pos(), specParts.finish(token.pos()));
        }
        if (i >= end || buf[i] != '}') {
            throw error("f-string: expecting '}'");
        }
        i++;
        if (debugText != null) {
            out.literal(debugText);
            if (conversion == -1 && spec == null) {
                conversion = 'r';
            }
        }
        out.value(new Expr.FormattedValue(groupPos, value, conversion, spec));
        return i;
    }

    private static boolean isSpace(byte b) {
        return b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == '\f' || b == 0x0b;
    }

    /**
     * Where the field's expression ends: the first '!', ':', '}' or '=' outside brackets and nested
     * strings that is not part of {@code != == <= >=}.
     */
    private int expressionEnd(int i) {
        byte quote = 0;
        boolean tripleQuote = false;
        byte[] stack = new byte[200];
        int depth = 0;
        for (; i < end; i++) {
            byte ch = buf[i];
            if (ch == '\\') {
                throw error("f-string expression part cannot include a backslash");
            }
            if (quote != 0) {
                if (ch == quote) {
                    if (!tripleQuote) {
                        quote = 0;
                    } else if (i + 2 < end && buf[i + 1] == ch && buf[i + 2] == ch) {
                        i += 2;
                        quote = 0;
                    }
                }
                continue;
            }
            if (ch == '\'' || ch == '"') {
                if (i + 2 < end && buf[i + 1] == ch && buf[i + 2] == ch) {
                    tripleQuote = true;
                    i += 2;
                } else {
                    tripleQuote = false;
                }
                quote = ch;
            } else if (ch == '[' || ch == '{' || ch == '(') {
                if (depth >= stack.length) {
                    throw error("f-string: too many nested parenthesis");
                }
                stack[depth++] = ch;
            } else if (ch == '#') {
                throw error("f-string expression part cannot include '#'");
            } else if (depth == 0 && (ch == '!' || ch == ':' || ch == '}' || ch == '=' || ch == '>' || ch == '<')) {
                if (i + 1 < end && buf[i + 1] == '=' && ch != ':' && ch != '}') {
                    i++;
                    continue;
                }
                if (ch == '>' || ch == '<') {
                    continue;
                }
                break;
            } else if (ch == ']' || ch == '}' || ch == ')') {
                if (depth == 0) {
                    throw error("f-string: unmatched '" + (char) ch + "'");
                }
                byte open = stack[--depth];
                if (!(open == '(' && ch == ')' || open == '[' && ch == ']' || open == '{' && ch == '}')) {
                    throw error("f-string: closing parenthesis '" + (char) ch
                            + "' does not match opening parenthesis '" + (char) open + "'");
                }
            }
        }
        if (quote != 0) {
            throw error("f-string: unterminated string");
        }
        if (depth > 0) {
            throw error("f-string: unmatched '" + (char) stack[depth - 1] + "'");
        }
        if (i >= end) {
            throw error("f-string: expecting '}'");
        }
        return i;
    }

    private Expr parseExpression(int from, int to) {
        boolean blank = true;
        for (int k = from; k < to && blank; k++) {
            blank = isSpace(buf[k]);
        }
        if (blank) {
            throw error("f-string: empty expression not allowed");
        }
        int line = token.line();
        int lineStart = token.start() - token.col();
        for (int k = token.start(); k < from; k++) {
            if (buf[k] == '\n') {
                line++;
                lineStart = k + 1;
            }
        }
        int endLine = line;
        int endLineStart = lineStart;
        for (int k = from; k < to; k++) {
            if (buf[k] == '\n') {
                endLine++;
                endLineStart = k + 1;
            }
        }
        // CPython 3.11 parses the field as "(" + text + ")": those parens sit where '{' and the end are
        Pos parens = new Pos(line, from - 1 - lineStart, endLine, to + 1 - endLineStart);
        SyntaxErrors inner = errors.inFString();
        Tokenizer tokens = new Tokenizer(buf, from, to, line, lineStart, true, inner);
        return new ExpressionParser(tokens, inner).fstringField(parens);
    }

    private RuntimeException error(String message) {
        return errors.syntax(errorAt, message);
    }
}
