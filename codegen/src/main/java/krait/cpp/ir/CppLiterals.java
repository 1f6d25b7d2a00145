package krait.cpp.ir;

import java.nio.charset.StandardCharsets;

/** Exact C++ spellings of literal values (the lexemes, not code). */
public final class CppLiterals {
    private CppLiterals() {
    }

    /** A double literal that reads back as exactly {@code d}. */
    public static String doubleLiteral(double d) {
        if (Double.isNaN(d)) {
            return "std::numeric_limits<double>::quiet_NaN()";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "std::numeric_limits<double>::infinity()" : "-std::numeric_limits<double>::infinity()";
        }
        // Java's shortest repr round-trips, and C++ reads decimal literals correctly rounded
        return Double.toString(d);
    }

    /** A C++ string literal holding the UTF-8 bytes of {@code s}; octal escapes never run into the next character. */
    public static String stringLiteral(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c == '"' || c == '\\') {
                out.append('\\').append((char) c);
            } else if (c >= 0x20 && c < 0x7f && c != '?') {
                out.append((char) c);
            } else {
                out.append('\\').append(String.format("%03o", c));
            }
        }
        return out.append('"').toString();
    }

    /** A C++ string literal holding exactly {@code bytes} (a bytes literal's value). */
    public static String bytesLiteral(byte[] bytes) {
        StringBuilder out = new StringBuilder("\"");
        for (byte b : bytes) {
            int c = b & 0xff;
            if (c == '"' || c == '\\') {
                out.append('\\').append((char) c);
            } else if (c >= 0x20 && c < 0x7f && c != '?') {
                out.append((char) c);
            } else {
                out.append('\\').append(String.format("%03o", c));
            }
        }
        return out.append('"').toString();
    }

    public static int utf8Length(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }
}
