package krait.syntax;

import java.util.Arrays;

/**
 * Builds the value of a str literal. Text from the source and most escapes go into a Java
 * StringBuilder; once an escape produces a surrogate code point ({@code \ud834}), which a Java
 * String could merge with its neighbour, Python's code points are kept alongside as well.
 */
final class PyStrBuilder {
    private final StringBuilder text = new StringBuilder();
    /** Python's code points, from the first surrogate on (null until then). */
    private int[] codePoints;
    private int count;

    /** Source text: it never holds surrogate code points, so Java reads its pairs as Python does. */
    PyStrBuilder append(CharSequence s) {
        return append(s, 0, s.length());
    }

    PyStrBuilder append(CharSequence s, int start, int end) {
        text.append(s, start, end);
        if (codePoints != null) {
            for (int i = start; i < end; ) {
                int cp = Character.codePointAt(s, i);
                i += Character.charCount(cp);
                add(cp);
            }
        }
        return this;
    }

    /** One char from an escape (never half of a pair). */
    PyStrBuilder append(char c) {
        return appendCodePoint(c);
    }

    /** One code point from an escape: a surrogate here stays a code point of its own. */
    PyStrBuilder appendCodePoint(int cp) {
        if (codePoints == null && ConstValue.StrValue.isSurrogate(cp)) {
            codePoints = text.codePoints().toArray();
            count = codePoints.length;
        }
        text.appendCodePoint(cp);
        if (codePoints != null) {
            add(cp);
        }
        return this;
    }

    int length() {
        return text.length();
    }

    void clear() {
        text.setLength(0);
        codePoints = null;
        count = 0;
    }

    /** The text as Java sees it (for bytes literals, one char per byte). */
    @Override
    public String toString() {
        return text.toString();
    }

    ConstValue.StrValue build() {
        String value = text.toString();
        return codePoints == null ? new ConstValue.StrValue(value, null)
                : new ConstValue.StrValue(value, Arrays.copyOf(codePoints, count));
    }

    private void add(int cp) {
        if (count == codePoints.length) {
            codePoints = Arrays.copyOf(codePoints, Math.max(16, count * 2));
        }
        codePoints[count++] = cp;
    }
}
