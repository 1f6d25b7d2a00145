package krait.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PyReprTest {
    @Test
    void floatsUseTheShortestRoundTripDigits() {
        assertThat(PyRepr.floatRepr(0.1)).isEqualTo("0.1");
        assertThat(PyRepr.floatRepr(1.0)).isEqualTo("1.0");
        assertThat(PyRepr.floatRepr(1e16)).isEqualTo("1e+16");
        assertThat(PyRepr.floatRepr(1e15)).isEqualTo("1000000000000000.0");
        assertThat(PyRepr.floatRepr(1e-5)).isEqualTo("1e-05");
        assertThat(PyRepr.floatRepr(0.0001)).isEqualTo("0.0001");
        assertThat(PyRepr.floatRepr(2.82879384806159E17)).isEqualTo("2.82879384806159e+17");
        assertThat(PyRepr.floatRepr(Double.POSITIVE_INFINITY)).isEqualTo("inf");
    }

    @Test
    void imaginaryNumbersHaveNoDotZero() {
        assertThat(PyRepr.complexRepr(2)).isEqualTo("2j");
        assertThat(PyRepr.complexRepr(1.5)).isEqualTo("1.5j");
        assertThat(PyRepr.complexRepr(1e20)).isEqualTo("1e+20j");
    }

    @Test
    void stringsPickTheirQuoteAndEscapeTheUnprintable() {
        assertThat(PyRepr.str("it's")).isEqualTo("\"it's\"");
        assertThat(PyRepr.str("say \"hi\" it's")).isEqualTo("'say \"hi\" it\\'s'");
        assertThat(PyRepr.str("a\tb\n\u0000\u007f\u00a0é\u2028😀")).isEqualTo("'a\\tb\\n\\x00\\x7f\\xa0é\\u2028😀'");
    }

    @Test
    void escapedSurrogatesStayTwoCodePoints() {
        ConstValue.StrValue two = ConstValue.StrValue.ofCodePoints(new int[] {0xd834, 0xdd1e});
        ConstValue.StrValue one = new ConstValue.StrValue("\ud834\udd1e");
        assertThat(two.value()).isEqualTo(one.value());
        assertThat(two).isNotEqualTo(one);
        assertThat(two.hasLoneSurrogates()).isTrue();
        assertThat(one.hasLoneSurrogates()).isFalse();
        assertThat(two.length()).isEqualTo(2);
        assertThat(one.length()).isEqualTo(1);
        assertThat(PyRepr.repr(two)).isEqualTo("'\\ud834\\udd1e'");
        assertThat(PyRepr.repr(one)).isEqualTo("'\ud834\udd1e'");
    }

    @Test
    void aStrValueMadeFromAStringReadsItAsJavaDoes() {
        ConstValue.StrValue lone = new ConstValue.StrValue("a\udc00");
        assertThat(lone.hasLoneSurrogates()).isTrue();
        assertThat(lone.codePoints()).containsExactly('a', 0xdc00);
        assertThat(lone).isEqualTo(ConstValue.StrValue.ofCodePoints(new int[] {'a', 0xdc00}));
        assertThat(ConstValue.StrValue.ofCodePoints(new int[] {'a', 0x1d11e}))
                .isEqualTo(new ConstValue.StrValue("a\ud834\udd1e"))
                .extracting(ConstValue.StrValue::hasLoneSurrogates).isEqualTo(false);
        assertThat(new ConstValue.StrValue("plain").codePointsWithSurrogates()).isNull();
    }

    @Test
    void bytesShowOnlyPrintableAscii() {
        assertThat(PyRepr.bytes(new byte[] {'a', '\'', 0, (byte) 0xff})).isEqualTo("b\"a'\\x00\\xff\"");
    }
}
