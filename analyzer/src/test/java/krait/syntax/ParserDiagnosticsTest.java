package krait.syntax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import krait.diag.CompileError;
import krait.diag.Diagnostic;
import krait.diag.DiagnosticRenderer;
import krait.diag.SourceFile;

/** What callers of {@link Parser#parseModule} see: one diagnostic per error, located and worded like CPython. */
class ParserDiagnosticsTest {
    private static Diagnostic errorOf(String source) {
        CompileError e = catchThrowableOfType(() -> Parser.parseModule(SourceFile.of("prog.py", source)),
                CompileError.class);
        assertThat(e).as("a syntax error in %s", source).isNotNull();
        assertThat(e.diagnostics()).hasSize(1);
        return e.diagnostics().get(0);
    }

    @Test
    void aMissingColonIsReportedWhereTheLineEnds() {
        Diagnostic d = errorOf("x = 1\nif x\n    pass\n");
        assertThat(d.message()).isEqualTo("SyntaxError: expected ':'");
        assertThat(d.location().line()).isEqualTo(2);
        assertThat(d.location().col()).isEqualTo(4);
    }

    @Test
    void theRendererShowsTheLineWithACaret() {
        Diagnostic d = errorOf("print(1 2)\n");
        assertThat(DiagnosticRenderer.render(d)).isEqualTo(
                "prog.py:1:7: error: SyntaxError: invalid syntax. Perhaps you forgot a comma?\n"
                        + "    print(1 2)\n"
                        + "          ^\n");
    }

    @Test
    void indentationProblemsAreIndentationErrors() {
        assertThat(errorOf("def f():\nreturn 1\n").message())
                .isEqualTo("IndentationError: expected an indented block after function definition on line 1");
    }

    @Test
    void anUnclosedBracketIsReportedWhereItOpens() {
        Diagnostic d = errorOf("x = [1,\n     2\ny = 3\n");
        assertThat(d.message()).isEqualTo("SyntaxError: '[' was never closed");
        assertThat(d.location().line()).isEqualTo(1);
    }

    @Test
    void aLatin1CookieDecodesTheFile() {
        byte[] bytes = "# -*- coding: latin-1 -*-\ns = 'caf\u00e9'\n".getBytes(StandardCharsets.ISO_8859_1);
        Mod.Module m = Parser.parseModule(new SourceFile("l.py", bytes, ""));
        assertThat(AstDump.dump(m)).contains("Constant(value='caf\u00e9')");
    }

    @Test
    void anUnknownEncodingIsReported() {
        assertThat(errorOf("# coding: klingon\nx = 1\n").message()).isEqualTo("SyntaxError: unknown encoding: klingon");
    }

    @Test
    void theDumpOfASmallProgramIsCPythons() {
        Mod.Module m = Parser.parseModule(SourceFile.of("p.py", "x = f(1, *a, k=2.5)\n"));
        assertThat(AstDump.dump(m)).isEqualTo("Module(body=[Assign(targets=[Name(id='x', ctx=Store())], "
                + "value=Call(func=Name(id='f', ctx=Load()), args=[Constant(value=1), Starred(value=Name(id='a', "
                + "ctx=Load()), ctx=Load())], keywords=[keyword(arg='k', value=Constant(value=2.5))]))], type_ignores=[])");
    }

    private static ConstValue.StrValue strOf(String source) {
        Mod.Module m = Parser.parseModule(SourceFile.of("s.py", source));
        Stmt.Assign a = (Stmt.Assign) m.body().get(0);
        return (ConstValue.StrValue) ((Expr.Constant) a.value()).value();
    }

    @Test
    void escapedSurrogatesAreSeparateCodePointsButRealPairsAreOne() {
        assertThat(strOf("x = '\\ud834\\udd1e'\n").codePoints()).containsExactly(0xd834, 0xdd1e);
        assertThat(strOf("x = '\\ud834' '\\udd1e'\n").codePoints()).containsExactly(0xd834, 0xdd1e);
        assertThat(strOf("x = '\\U0001d11e'\n").codePoints()).containsExactly(0x1d11e);
        assertThat(strOf("x = '\ud834\udd1e\\ud800\ud834\udd1e'\n").codePoints())
                .containsExactly(0x1d11e, 0xd800, 0x1d11e);
        ConstValue.StrValue plain = strOf("x = 'caf\u00e9\\n'\n");
        assertThat(plain.hasLoneSurrogates()).isFalse();
        assertThat(plain.value()).isEqualTo("caf\u00e9\n");
    }
}
