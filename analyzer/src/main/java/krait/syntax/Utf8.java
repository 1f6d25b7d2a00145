package krait.syntax;

/**
 * Checks that a stretch of the source is well-formed UTF-8 and words the complaint like Python's
 * codec: "can't decode byte 0xff in position 3: invalid start byte".
 */
final class Utf8 {
    private Utf8() {
    }

    /** Null if {@code b[from, to)} is valid UTF-8, else the codec's message (positions from {@code from}). */
    static String problem(byte[] b, int from, int to) {
        int i = from;
        while (i < to) {
            int c = b[i] & 0xff;
            if (c < 0x80) {
                i++;
                continue;
            }
            int need;
            int min;
            if (c >= 0xc2 && c <= 0xdf) {
                need = 1;
                min = 0x80;
            } else if (c >= 0xe0 && c <= 0xef) {
                need = 2;
                min = 0x800;
            } else if (c >= 0xf0 && c <= 0xf4) {
                need = 3;
                min = 0x10000;
            } else {
                return message(c, i - from, "invalid start byte");
            }
            int cp = c & (0x3f >> need);
            for (int k = 1; k <= need; k++) {
                if (i + k >= to) {
                    return String.format("'utf-8' codec can't decode byte 0x%02x in position %d: unexpected end of data",
                            c, i - from);
                }
                int cc = b[i + k] & 0xff;
                if ((cc & 0xc0) != 0x80) {
                    return message(c, i - from, "invalid continuation byte");
                }
                cp = cp << 6 | cc & 0x3f;
            }
            if (cp < min || cp > 0x10ffff || cp >= 0xd800 && cp <= 0xdfff) {
                return message(c, i - from, "invalid continuation byte");
            }
            i += need + 1;
        }
        return null;
    }

    private static String message(int c, int position, String why) {
        return String.format("'utf-8' codec can't decode byte 0x%02x in position %d: %s", c, position, why);
    }
}
