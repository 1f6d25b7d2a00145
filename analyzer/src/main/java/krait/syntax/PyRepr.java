package krait.syntax;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Python's {@code repr} of the constants that can appear in a syntax tree, character for character,
 * so {@link AstDump} output can be compared with CPython's byte for byte.
 */
public final class PyRepr {
    private PyRepr() {
    }

    public static String repr(ConstValue value) {
        if (value instanceof ConstValue.StrValue s) {
            return str(s);
        } else if (value instanceof ConstValue.IntValue i) {
            return i.value().toString();
        } else if (value instanceof ConstValue.FloatValue f) {
            return floatRepr(f.value());
        } else if (value instanceof ConstValue.ComplexValue c) {
            return complexRepr(c.imag());
        } else if (value instanceof ConstValue.BytesValue b) {
            return bytes(b.value());
        } else if (value instanceof ConstValue.BoolValue b) {
            return b.value() ? "True" : "False";
        } else if (value instanceof ConstValue.EllipsisValue) {
            return "Ellipsis";
        }
        return "None";
    }

    /** {@code repr(str)}: single quotes unless the text has a ' and no ", escapes for the unprintable. */
    public static String str(String s) {
        char quote = quoteFor(s);
        StringBuilder out = new StringBuilder(s.length() + 2);
        out.append(quote);
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            appendEscaped(cp, quote, out);
        }
        return out.append(quote).toString();
    }

    /** {@code repr(str)} of a str constant, code point by code point as Python sees them (surrogates too). */
    public static String str(ConstValue.StrValue s) {
        if (!s.hasLoneSurrogates()) {
            return str(s.value());
        }
        char quote = quoteFor(s.value());
        StringBuilder out = new StringBuilder(s.value().length() + 2);
        out.append(quote);
        for (int cp : s.codePoints()) {
            appendEscaped(cp, quote, out);
        }
        return out.append(quote).toString();
    }

    private static char quoteFor(String s) {
        return s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
    }

    private static void appendEscaped(int cp, char quote, StringBuilder out) {
        if (cp == quote || cp == '\\') {
            out.append('\\').append((char) cp);
        } else if (cp == '\t') {
            out.append("\\t");
        } else if (cp == '\n') {
            out.append("\\n");
        } else if (cp == '\r') {
            out.append("\\r");
        } else if (cp < 0x20 || cp == 0x7f) {
            out.append(String.format("\\x%02x", cp));
        } else if (cp < 0x7f || isPrintable(cp)) {
            out.appendCodePoint(cp);
        } else if (cp <= 0xff) {
            out.append(String.format("\\x%02x", cp));
        } else if (cp <= 0xffff) {
            out.append(String.format("\\u%04x", cp));
        } else {
            out.append(String.format("\\U%08x", cp));
        }
    }

    /** {@code repr(bytes)}: the same quoting rule, everything outside printable ASCII as \xNN. */
    public static String bytes(byte[] b) {
        boolean single = false;
        boolean dbl = false;
        for (byte x : b) {
            single |= x == '\'';
            dbl |= x == '"';
        }
        char quote = single && !dbl ? '"' : '\'';
        StringBuilder out = new StringBuilder(b.length + 3).append('b').append(quote);
        for (byte x : b) {
            int c = x & 0xff;
            if (c == quote || c == '\\') {
                out.append('\\').append((char) c);
            } else if (c == '\t') {
                out.append("\\t");
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (c < 0x20 || c >= 0x7f) {
                out.append(String.format("\\x%02x", c));
            } else {
                out.append((char) c);
            }
        }
        return out.append(quote).toString();
    }

    /** {@code str.isprintable()} for one code point: not a control, format, separator or unassigned. */
    public static boolean isPrintable(int cp) {
        if (cp == ' ') {
            return true;
        }
        return switch (Character.getType(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                    Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                    Character.SPACE_SEPARATOR -> false;
            default -> true;
        };
    }

    /** {@code repr(float)}: the shortest digits that read back to the same double. */
    public static String floatRepr(double x) {
        return formatShortest(x, true);
    }

    /** {@code repr(complex(0, imag))} as an imaginary literal produces it, e.g. {@code 2j}, {@code 1.5j}. */
    public static String complexRepr(double imag) {
        return formatShortest(imag, false) + "j";
    }

    private static String formatShortest(double x, boolean addDotZero) {
        if (Double.isNaN(x)) {
            return "nan";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "inf" : "-inf";
        }
        String sign = x < 0 || x == 0 && 1 / x < 0 ? "-" : "";
        double abs = Math.abs(x);
        String digits;
        int decimalPoint;
        if (abs == 0) {
            digits = "0";
            decimalPoint = 1;
        } else {
            BigDecimal exact = new BigDecimal(abs);
            BigDecimal shortest = exact;
            for (int precision = 1; precision <= 17; precision++) {
                BigDecimal rounded = exact.round(new MathContext(precision, RoundingMode.HALF_EVEN));
                if (rounded.doubleValue() == abs) {
                    shortest = rounded;
                    break;
                }
            }
            shortest = shortest.stripTrailingZeros();
            digits = shortest.unscaledValue().toString();
            decimalPoint = digits.length() - shortest.scale();
        }
        StringBuilder out = new StringBuilder(sign);
        if (decimalPoint <= -4 || decimalPoint > 16) {
            out.append(digits.charAt(0));
            if (digits.length() > 1) {
                out.append('.').append(digits, 1, digits.length());
            }
            int exp = decimalPoint - 1;
            out.append('e').append(exp < 0 ? '-' : '+');
            int a = Math.abs(exp);
            if (a < 10) {
                out.append('0');
            }
            out.append(a);
        } else if (decimalPoint <= 0) {
            out.append("0.").append("0".repeat(-decimalPoint)).append(digits);
        } else if (decimalPoint >= digits.length()) {
            out.append(digits).append("0".repeat(decimalPoint - digits.length()));
            if (addDotZero) {
                out.append(".0");
            }
        } else {
            out.append(digits, 0, decimalPoint).append('.').append(digits, decimalPoint, digits.length());
        }
        return out.toString();
    }
}
