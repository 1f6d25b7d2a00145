package krait.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every program in {@code examples/} compiles and behaves exactly as CPython does: the same
 * stdout bytes ({@code NAME.out}), and for programs that fail, the same exit code and the same
 * last line of stderr ({@code NAME.err}); expected files come from {@code scripts/regen-expected}.
 */
class ExamplesTest {
    private static final Path EXAMPLES = ProgramSuite.HOME.root().resolve("examples");
    private static ProgramSuite suite;
    private static java.util.Set<String> pending;

    @BeforeAll
    static void buildAll() throws Exception {
        suite = ProgramSuite.build(EXAMPLES, Path.of("target", "e2e-examples").toAbsolutePath());
        pending = pending(EXAMPLES.resolve("PENDING"));
    }

    /** Examples that need features Krait doesn't have yet: listed in examples/PENDING, reported as skipped. */
    static java.util.Set<String> pending(Path file) throws java.io.IOException {
        java.util.Set<String> out = new java.util.TreeSet<>();
        if (Files.exists(file)) {
            for (String line : Files.readAllLines(file)) {
                String name = line.replaceFirst("#.*", "").trim();
                if (!name.isEmpty()) {
                    out.add(name);
                }
            }
        }
        return out;
    }

    @TestFactory
    List<DynamicTest> examplesPrintWhatCPythonPrints() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String stem : suite.sources.keySet()) {
            tests.add(DynamicTest.dynamicTest(stem, () -> check(stem)));
        }
        assertThat(tests).as("example programs").hasSizeGreaterThanOrEqualTo(15);
        return tests;
    }

    @org.junit.jupiter.api.Test
    void programsCompileWithThePrecompiledRuntimeHeaders() throws Exception {
        // g++ silently parses the headers again (three times slower) when the precompiled
        // header's options differ from a program's; -Winvalid-pch says so in the log
        assertThat(Files.readString(suite.buildLog, StandardCharsets.UTF_8)).doesNotContain("Winvalid-pch");
    }

    private static void check(String stem) throws Exception {
        org.junit.jupiter.api.Assumptions.assumeFalse(pending.contains(stem), stem + " is listed in examples/PENDING");
        if (suite.translationErrors.containsKey(stem)) {
            fail("krait rejected " + stem + ".py:\n" + suite.translationErrors.get(stem));
        }
        Path exe = suite.executables.get(stem);
        if (exe == null) {
            fail("the C++ of " + stem + " did not compile:\n" + suite.compilerErrorsFor(stem));
        }
        ProgramSuite.Outcome outcome = ProgramSuite.execute(exe, EXAMPLES, 60);
        Path base = suite.expectedBase(stem);
        byte[] expected = Files.readAllBytes(base.resolveSibling(base.getFileName() + ".out"));
        assertThat(new String(outcome.stdout(), StandardCharsets.UTF_8)).as("stdout of " + stem)
                .isEqualTo(new String(expected, StandardCharsets.UTF_8));
        Path errFile = base.resolveSibling(base.getFileName() + ".err");
        if (Files.exists(errFile)) {
            List<String> err = Files.readAllLines(errFile);
            int code = Integer.parseInt(err.get(0).substring("exit=".length()));
            assertThat(outcome.exitCode()).as("exit code of " + stem).isEqualTo(code);
            String[] lines = outcome.stderr().split("\n");
            assertThat(lines[lines.length - 1]).as("last stderr line of " + stem).isEqualTo(err.get(1));
            if (err.size() > 2 && err.get(2).equals("traceback")) {
                assertThat(outcome.stderr()).as("traceback header of " + stem).startsWith("Traceback (most recent call last):");
            }
        } else {
            assertThat(outcome.exitCode()).as("exit code of " + stem + " (stderr: " + outcome.stderr() + ")").isZero();
        }
    }
}
