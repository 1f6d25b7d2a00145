package krait.syntax;

import java.io.ByteArrayOutputStream;
import java.util.Random;

/**
 * Breaks source code the way typing does: deletes, duplicates and swaps stretches of it, drops in
 * brackets, quotes, colons, indentation and the odd random byte. Deterministic for a seed.
 */
public final class Mutator {
    private static final byte[] INTERESTING = "()[]{}:;,.=+-*/\\'\"#@!~<>|&^%\n\n\t    \r\f0123456789_aeifj\u0000".getBytes(
            java.nio.charset.StandardCharsets.ISO_8859_1);
    private static final String[] WORDS = {"if", "else", "def", "class", "lambda", "for", "in", "not", "match", "case",
        "async", "await", "yield", "from", "import", "with", "as", "try", "except", "finally", "return", "f'", "b'",
        "'''", "\"\"\"", "rb\"", "0x", "1e", "1j", "...", "**", "//", ":=", "->", "\\\n", "\n    ", "\n\t"};

    private Mutator() {
    }

    public static byte[] mutate(byte[] source, long seed) {
        Random random = new Random(seed);
        byte[] out = source;
        int count = 1 + random.nextInt(4);
        for (int i = 0; i < count; i++) {
            out = once(out, random);
        }
        return out;
    }

    private static byte[] once(byte[] s, Random random) {
        int n = s.length;
        int at = n == 0 ? 0 : random.nextInt(n + 1);
        int len = 1 + random.nextInt(Math.max(1, Math.min(40, n - at + 1)));
        int end = Math.min(n, at + len);
        ByteArrayOutputStream out = new ByteArrayOutputStream(n + 64);
        switch (random.nextInt(6)) {
            case 0 -> { // delete
                out.write(s, 0, at);
                out.write(s, end, n - end);
            }
            case 1 -> { // duplicate
                out.write(s, 0, end);
                out.write(s, at, end - at);
                out.write(s, end, n - end);
            }
            case 2 -> { // insert an interesting byte
                out.write(s, 0, at);
                out.write(INTERESTING[random.nextInt(INTERESTING.length)]);
                out.write(s, at, n - at);
            }
            case 3 -> { // insert a keyword or operator
                out.write(s, 0, at);
                byte[] w = WORDS[random.nextInt(WORDS.length)].getBytes(java.nio.charset.StandardCharsets.UTF_8);
                out.write(w, 0, w.length);
                out.write(s, at, n - at);
            }
            case 4 -> { // random bytes
                out.write(s, 0, at);
                for (int k = random.nextInt(3); k >= 0; k--) {
                    out.write(random.nextInt(256));
                }
                out.write(s, at, n - at);
            }
            default -> { // swap with a stretch further on
                int at2 = end + (n - end == 0 ? 0 : random.nextInt(n - end + 1));
                int end2 = Math.min(n, at2 + (end - at));
                out.write(s, 0, at);
                out.write(s, at2, end2 - at2);
                out.write(s, end, at2 - end);
                out.write(s, at, end - at);
                out.write(s, end2, n - end2);
            }
        }
        return out.toByteArray();
    }
}
