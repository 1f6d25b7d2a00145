package krait.types;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RegexGroupCountTest {
    @Test
    void countsCapturingGroupsOnly() {
        assertThat(RegexGroupCount.count("abc")).isZero();
        assertThat(RegexGroupCount.count("(a)(b)")).isEqualTo(2);
        assertThat(RegexGroupCount.count("(?P<x>a)(?:b)(?=c)(?<=d)(?<!e)(?!f)(?i:g)")).isEqualTo(1);
        assertThat(RegexGroupCount.count("((a)|(b))*")).isEqualTo(3);
    }

    @Test
    void skipsEscapesAndSets() {
        assertThat(RegexGroupCount.count("\\(a\\)")).isZero();
        assertThat(RegexGroupCount.count("[()](x)")).isEqualTo(1);
        assertThat(RegexGroupCount.count("[]()](x)")).isEqualTo(1);
        assertThat(RegexGroupCount.count("[^]()](x)[\\]()]")).isEqualTo(1);
    }

    @Test
    void skipsCommentsOfAVerbosePattern() {
        assertThat(RegexGroupCount.count("(?x) (a)  # (not a group)\n (b)")).isEqualTo(2);
        assertThat(RegexGroupCount.count("(a)#(b)")).isEqualTo(2);
    }
}
