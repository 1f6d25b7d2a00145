package krait.types;

import java.util.ArrayList;
import java.util.List;

/**
 * The Python types of the values a {@code struct} format packs and unpacks, computed from the
 * format's literal text as CPython's {@code _struct} module parses it: an optional byte order
 * ({@code @ = < > !}), then codes with optional repeat counts; {@code s} and {@code p} are one
 * bytes value whatever their count, {@code x} is padding.
 */
public final class StructFormat {
    private StructFormat() {
    }

    /** The format's item types, or the message of CPython's struct.error for a bad format. */
    public record Parsed(List<PyType> items, String error) {}

    public static Parsed parse(String fmt) {
        int i = 0;
        boolean nativeMode = true;
        if (!fmt.isEmpty() && "@=<>!".indexOf(fmt.charAt(0)) >= 0) {
            nativeMode = fmt.charAt(0) == '@';
            i = 1;
        }
        List<PyType> items = new ArrayList<>();
        while (i < fmt.length()) {
            char c = fmt.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            long count = 1;
            if (c >= '0' && c <= '9') {
                count = 0;
                while (i < fmt.length() && Character.isDigit(fmt.charAt(i))) {
                    count = Math.min(count * 10 + (fmt.charAt(i) - '0'), Integer.MAX_VALUE);
                    i++;
                }
                if (i >= fmt.length()) {
                    return new Parsed(null, "repeat count given without format specifier");
                }
                c = fmt.charAt(i);
            }
            i++;
            PyType t = itemType(c, nativeMode);
            if (t == null) {
                return new Parsed(null, "bad char in struct format");
            }
            if (c == 's' || c == 'p') {
                items.add(PyType.BYTES);
            } else if (c != 'x') {
                for (long k = 0; k < count; k++) {
                    items.add(t);
                }
            }
        }
        return new Parsed(List.copyOf(items), null);
    }

    /** The type of one value of code {@code c}; NONE for padding; null for a code the mode lacks. */
    private static PyType itemType(char c, boolean nativeMode) {
        switch (c) {
            case 'b': case 'B': case 'h': case 'H': case 'i': case 'I': case 'l': case 'L': case 'q': case 'Q':
                return PyType.INT;
            case 'n': case 'N': case 'P':
                return nativeMode ? PyType.INT : null;
            case 'e': case 'f': case 'd':
                return PyType.FLOAT;
            case '?':
                return PyType.BOOL;
            case 's': case 'p': case 'c':
                return PyType.BYTES;
            case 'x':
                return PyType.NONE;
            default:
                return null;
        }
    }
}
