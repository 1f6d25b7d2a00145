package krait.syntax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import krait.diag.CompileError;
import krait.diag.SourceFile;

class TokenizerTest {
    private static List<String> kinds(String source) {
        SourceFile file = SourceFile.of("t.py", source);
        Tokenizer tokenizer = new Tokenizer(source.getBytes(StandardCharsets.UTF_8), new SyntaxErrors(file));
        List<String> out = new ArrayList<>();
        Token t;
        do {
            t = tokenizer.next();
            out.add(t.kind() == TokenKind.NAME || t.kind() == TokenKind.NUMBER ? t.text() : t.kind().name());
        } while (t.kind() != TokenKind.ENDMARKER);
        return out;
    }

    @Test
    void indentationBecomesIndentAndDedentTokens() {
        assertThat(kinds("if a:\n    b\nc\n")).containsExactly(
                "IF", "a", "COLON", "NEWLINE", "INDENT", "b", "NEWLINE", "DEDENT", "c", "NEWLINE", "ENDMARKER");
    }

    @Test
    void blankAndCommentLinesDoNotCount() {
        assertThat(kinds("if a:\n\n  # note\n    b\n")).containsExactly(
                "IF", "a", "COLON", "NEWLINE", "INDENT", "b", "NEWLINE", "DEDENT", "ENDMARKER");
    }

    @Test
    void newlinesInsideBracketsAndAfterBackslashesJoinLines() {
        assertThat(kinds("x = (1,\n  2) + \\\n 3\n")).containsExactly(
                "x", "EQUAL", "LPAR", "1", "COMMA", "2", "RPAR", "PLUS", "3", "NEWLINE", "ENDMARKER");
    }

    @Test
    void aMissingFinalNewlineIsSupplied() {
        assertThat(kinds("x")).containsExactly("x", "NEWLINE", "ENDMARKER");
    }

    @Test
    void operatorsAreMatchedLongestFirst() {
        assertThat(kinds("a **= b // c ... d -> e := f != g\n")).containsExactly("a", "DOUBLESTAREQUAL", "b",
                "DOUBLESLASH", "c", "ELLIPSIS", "d", "RARROW", "e", "COLONEQUAL", "f", "NOTEQUAL", "g", "NEWLINE",
                "ENDMARKER");
    }

    @Test
    void columnsAreUtf8ByteOffsets() {
        SourceFile file = SourceFile.of("t.py", "é = 1\n");
        Tokenizer tokenizer = new Tokenizer(file.bytes(), new SyntaxErrors(file));
        tokenizer.next();
        Token equals = tokenizer.next();
        assertThat(equals.col()).isEqualTo(3);
    }

    @Test
    void mixingTabsAndSpacesInconsistentlyIsATabError() {
        assertThatThrownBy(() -> kinds("if a:\n        b\n\tc\n")).isInstanceOf(CompileError.class)
                .hasMessage("TabError: inconsistent use of tabs and spaces in indentation");
    }
}
