package krait.syntax;

import java.math.BigInteger;
import java.util.Arrays;

/** The value of a {@link Expr.Constant}: exactly the Python types CPython allows there. */
public sealed interface ConstValue {
    record NoneValue() implements ConstValue {}

    record EllipsisValue() implements ConstValue {}

    record BoolValue(boolean value) implements ConstValue {}

    /** Integers are arbitrarily large in the source; the type checker decides what fits. */
    record IntValue(BigInteger value) implements ConstValue {}

    record FloatValue(double value) implements ConstValue {}

    /** An imaginary literal such as {@code 2j}: only the imaginary part. */
    record ComplexValue(double imag) implements ConstValue {}

    /**
     * A str. Python's str is a sequence of code points, any of which may be a surrogate
     * (U+D800..U+DFFF): {@code '\ud834\udd1e'} is two code points, while a Java String holding
     * those two chars reads as the single code point U+1D11E, the same as {@code '\U0001d11e'}.
     *
     * <p>{@link #value()} is the text as a Java String: exactly Python's for every string without
     * surrogate code points (all that real programs write), otherwise the same UTF-16 units.
     * {@code codePointsWithSurrogates} is null for those ordinary strings; for a string with surrogate code
     * points it holds all of Python's code points, one int each, and {@link #hasLoneSurrogates()}
     * is true. {@link #codePoints()} and {@link #length()} are Python's view in both cases.
     */
    record StrValue(String value, int[] codePointsWithSurrogates) implements ConstValue {
        public StrValue {
            if (codePointsWithSurrogates != null) {
                if (!containsSurrogate(codePointsWithSurrogates)) {
                    codePointsWithSurrogates = null;
                } else if (!value.equals(new String(codePointsWithSurrogates, 0, codePointsWithSurrogates.length))) {
                    throw new IllegalArgumentException("code points do not spell " + value);
                }
            }
        }

        /** The string whose code points are those of {@code value} as Java reads them. */
        public StrValue(String value) {
            this(value, hasUnpairedSurrogate(value) ? value.codePoints().toArray() : null);
        }

        /** The str of exactly these code points, surrogates or not. */
        public static StrValue ofCodePoints(int[] codePoints) {
            return new StrValue(new String(codePoints, 0, codePoints.length), codePoints.clone());
        }

        /** Whether some code point is a surrogate, which {@link #value()} alone cannot show faithfully. */
        public boolean hasLoneSurrogates() {
            return codePointsWithSurrogates != null;
        }

        /** Python's code points (a fresh array). */
        public int[] codePoints() {
            return codePointsWithSurrogates != null ? codePointsWithSurrogates.clone() : value.codePoints().toArray();
        }

        /** Python's {@code len()}. */
        public int length() {
            return codePointsWithSurrogates != null ? codePointsWithSurrogates.length : value.codePointCount(0, value.length());
        }

        @Override
        public int[] codePointsWithSurrogates() {
            return codePointsWithSurrogates == null ? null : codePointsWithSurrogates.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof StrValue s && value.equals(s.value) && Arrays.equals(codePointsWithSurrogates, s.codePointsWithSurrogates);
        }

        @Override
        public int hashCode() {
            return value.hashCode() * 31 + Arrays.hashCode(codePointsWithSurrogates);
        }

        @Override
        public String toString() {
            return "StrValue[" + PyRepr.str(this) + "]";
        }

        static boolean isSurrogate(int cp) {
            return cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE;
        }

        private static boolean containsSurrogate(int[] codePoints) {
            for (int cp : codePoints) {
                if (isSurrogate(cp)) {
                    return true;
                }
            }
            return false;
        }

        private static boolean hasUnpairedSurrogate(String s) {
            for (int i = 0, n = s.length(); i < n; i++) {
                char c = s.charAt(i);
                if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                    i++;
                } else if (Character.isSurrogate(c)) {
                    return true;
                }
            }
            return false;
        }
    }

    record BytesValue(byte[] value) implements ConstValue {}

    ConstValue NONE = new NoneValue();
    ConstValue ELLIPSIS = new EllipsisValue();
    ConstValue TRUE = new BoolValue(true);
    ConstValue FALSE = new BoolValue(false);
}
