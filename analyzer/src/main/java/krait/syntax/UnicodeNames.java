package krait.syntax;

import java.util.Locale;

/** {@code \N{...}} lookups: Java knows the Unicode character names; Python also accepts a few aliases. */
final class UnicodeNames {
    private UnicodeNames() {
    }

    /** The code point named {@code name} (case-insensitive), or -1. */
    static int lookup(String name) {
        if (name.isEmpty() || name.strip().length() != name.length()) {
            return -1;
        }
        try {
            return Character.codePointOf(name);
        } catch (IllegalArgumentException e) {
            return alias(name.toUpperCase(Locale.ROOT));
        }
    }

    /** The name aliases of Unicode's NameAliases.txt that Python code commonly uses. */
    private static int alias(String name) {
        return switch (name) {
            case "NULL", "NUL" -> 0x00;
            case "BEL", "ALERT" -> 0x07;
            case "BACKSPACE", "BS" -> 0x08;
            case "CHARACTER TABULATION", "TAB", "HORIZONTAL TABULATION", "HT" -> 0x09;
            case "LINE FEED", "NEW LINE", "END OF LINE", "LF", "NL", "EOL" -> 0x0a;
            case "LINE TABULATION", "VERTICAL TABULATION", "VT" -> 0x0b;
            case "FORM FEED", "FF" -> 0x0c;
            case "CARRIAGE RETURN", "CR" -> 0x0d;
            case "ESCAPE", "ESC" -> 0x1b;
            case "SPACE", "SP" -> 0x20;
            case "DELETE", "DEL" -> 0x7f;
            case "NO-BREAK SPACE", "NBSP" -> 0xa0;
            case "SOFT HYPHEN", "SHY" -> 0xad;
            case "BYTE ORDER MARK", "BOM", "ZWNBSP" -> 0xfeff;
            case "ZERO WIDTH SPACE", "ZWSP" -> 0x200b;
            case "ZERO WIDTH NON-JOINER", "ZWNJ" -> 0x200c;
            case "ZERO WIDTH JOINER", "ZWJ" -> 0x200d;
            default -> -1;
        };
    }
}
