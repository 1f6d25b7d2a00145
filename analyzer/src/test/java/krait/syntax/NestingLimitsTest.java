package krait.syntax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.function.IntFunction;

import org.junit.jupiter.api.Test;

import krait.diag.CompileError;
import krait.diag.Diagnostic;
import krait.diag.SourceFile;

/**
 * Deeply nested source ends in the error CPython 3.11 gives for it, never in a StackOverflowError
 * or a tree later passes cannot walk. The expected verdicts and thresholds were measured by running
 * each source as a file with CPython 3.11.7 ({@code python3 prog.py}, default recursion limit).
 */
class NestingLimitsTest {
    private static final String RECURSION = "RecursionError: maximum recursion depth exceeded during compilation";
    private static final String MEMORY = SyntaxErrors.TOO_COMPLEX;

    private static Diagnostic errorOf(String source) {
        CompileError e = catchThrowableOfType(() -> Parser.parseModule(SourceFile.of("deep.py", source)),
                CompileError.class);
        assertThat(e).as("an error for %.60s...", source).isNotNull();
        return e.diagnostics().get(0);
    }

    private static void accepted(String source) {
        assertThat(Parser.parseModule(SourceFile.of("deep.py", source)).body()).isNotEmpty();
    }

    /** {@code ok} nestings parse, one more gives {@code message}. */
    private static void limit(IntFunction<String> source, int ok, String message) {
        accepted(source.apply(ok));
        assertThat(errorOf(source.apply(ok + 1)).message()).as("at %d", ok + 1).isEqualTo(message);
    }

    @Test
    void fiveThousandUnaryMinusesAreARecursionError() {
        Diagnostic d = errorOf("x = 1\n\ny = " + "-".repeat(5000) + "1\n");
        assertThat(d.message()).isEqualTo(RECURSION);
        assertThat(d.location().line()).isEqualTo(3);
    }

    @Test
    void fiveThousandParenthesesAreTooManyForTheTokenizer() {
        Diagnostic d = errorOf("x = " + "(".repeat(5000) + "1" + ")".repeat(5000) + "\n");
        assertThat(d.message()).isEqualTo("SyntaxError: too many nested parentheses");
        assertThat(d.location().line()).isEqualTo(1);
        accepted("x = " + "(".repeat(200) + "1" + ")".repeat(200) + "\n");
    }

    @Test
    void treesNestAtMost3000Deep() {
        limit(n -> "x = " + "-".repeat(n) + "1\n", 2998, RECURSION);
        limit(n -> "x = " + "not ".repeat(n) + "x\n", 2998, RECURSION);
        limit(n -> "x = " + "1 if x else ".repeat(n) + "0\n", 2998, RECURSION);
        limit(n -> "x = y" + ".a".repeat(n) + "\n", 2998, RECURSION);
        limit(n -> "x = f" + "()".repeat(n) + "\n", 2998, RECURSION);
        limit(n -> "def f():\n    return " + "-".repeat(n) + "1\n", 2997, RECURSION);
        limit(n -> "if x: pass\n" + "elif x: pass\n".repeat(n), 2998, RECURSION);
        limit(n -> "x = f'{" + "-".repeat(n) + "1}'\n", 2996, RECURSION);
        limit(n -> "match a:\n case " + "x.".repeat(n) + "y: pass\n", 2997, RECURSION);
        // a decorator lies outside its (here one-line) definition's span, but is walked all the same
        limit(n -> "@" + "-".repeat(n) + "1\ndef f(): pass\n", 2998, RECURSION);
        limit(n -> "@" + "-".repeat(n) + "1\nclass C: pass\n", 2998, RECURSION);
        // keywords, comprehensions, arguments... are not counted
        limit(n -> "x = " + "f(a=".repeat(10) + "-".repeat(n) + "1" + ")".repeat(10) + "\n", 2988, RECURSION);
        limit(n -> "x = " + "[a for a in ".repeat(10) + "-".repeat(n) + "1" + "]".repeat(10) + "\n", 2988,
                RECURSION);
    }

    @Test
    void longLeftNestedChainsAreStoppedToo() {
        assertThat(errorOf("x = y" + "+y".repeat(100_000) + "\n").message()).isEqualTo(RECURSION);
        assertThat(errorOf("x = f" + "[0]".repeat(50_000) + "\n").message()).isEqualTo(RECURSION);
    }

    @Test
    void theParserStackOverflowsWhereCPythonsDoes() {
        limit(n -> "x = y" + "**y".repeat(n) + "\n", 2983, MEMORY);
        limit(n -> "x = " + "lambda:".repeat(n) + "0\n", 2983, MEMORY);
        // parsed, then too deep for the compiler; one more and the parser gives up first
        assertThat(errorOf("x = " + "-".repeat(5967) + "1\n").message()).isEqualTo(RECURSION);
        assertThat(errorOf("x = " + "-".repeat(5968) + "1\n").message()).isEqualTo(MEMORY);
        limit(n -> "x = " + "(-".repeat(Math.min(n, 199)) + "-".repeat(Math.max(0, n - 199)) + "1"
                + ")".repeat(Math.min(n, 199)) + "\n", 413, MEMORY);
        limit(n -> "x = " + "[".repeat(50) + "y**".repeat(n) + "y" + "]".repeat(50) + "\n", 2267, MEMORY);
        limit(n -> "x = " + "f(".repeat(50) + "y**".repeat(n) + "y" + ")".repeat(50) + "\n", 2392, MEMORY);
        StringBuilder ifs = new StringBuilder();
        for (int i = 0; i < 50; i++) {
            ifs.append(" ".repeat(i)).append("if a:\n");
        }
        limit(n -> ifs + " ".repeat(50) + "x = " + "y**".repeat(n) + "y\n", 2833, MEMORY);
    }

    @Test
    void theParserStackOverflowEndsParsingAtOnce() {
        // CPython never reaches the unclosed bracket on line 2
        assertThat(errorOf("x = " + "-".repeat(7000) + "1\ny = (\n").message()).isEqualTo(MEMORY);
        // but a syntax error before the deep part wins
        assertThat(errorOf("x = )\nx = " + "-".repeat(7000) + "1\n").message()).isEqualTo("SyntaxError: unmatched ')'");
        // and one after a tree that is merely too deep, as the compiler runs after the parser
        Diagnostic d = errorOf("x = " + "-".repeat(3500) + "1\ny = (\n");
        assertThat(d.message()).isEqualTo("SyntaxError: '(' was never closed");
        assertThat(d.location().line()).isEqualTo(2);
    }

    @Test
    void aSmallStackIsNoProblem() throws InterruptedException {
        String source = "x = " + "-".repeat(5967) + "1\n";
        Object[] outcome = new Object[1];
        Thread t = new Thread(null, () -> {
            try {
                outcome[0] = Parser.parseModule(SourceFile.of("deep.py", source));
            } catch (Throwable e) {
                outcome[0] = e;
            }
        }, "small-stack", 128 * 1024);
        t.start();
        t.join();
        assertThat(outcome[0]).isInstanceOf(CompileError.class);
        assertThat(((CompileError) outcome[0]).diagnostics().get(0).message()).isEqualTo(RECURSION);
    }
}
