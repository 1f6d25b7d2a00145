package krait.syntax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import krait.diag.CompileError;
import krait.diag.SourceFile;
import krait.syntax.tools.StdlibSweep;

/**
 * Real source files, broken at random: the parser must end in a tree or a CompileError, never in
 * another exception (or an "internal parser error") and never hang.
 */
class MutatedSourceNeverCrashesTest {
    private static final List<byte[]> SOURCES = sources();

    private static List<byte[]> sources() {
        List<Path> files = new ArrayList<>(ParserAgreesWithCPythonTest.snippets());
        Path stdlib = CPythonOracle.stdlib();
        for (String name : new String[] {"argparse.py", "dataclasses.py", "string.py", "fractions.py",
            "test/test_patma.py", "test/test_grammar.py", "test/test_fstring.py", "asyncio/tasks.py"}) {
            Path p = stdlib.resolve(name);
            if (Files.exists(p)) {
                files.add(p);
            }
        }
        List<byte[]> out = new ArrayList<>();
        for (Path f : files) {
            try {
                byte[] bytes = Files.readAllBytes(f);
                // big files make each try slow; a window of a few hundred lines is as good for fuzzing
                out.add(bytes.length > 20_000 ? java.util.Arrays.copyOf(bytes, 20_000) : bytes);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    @Provide
    Arbitrary<byte[]> mutants() {
        return Combinators.combine(Arbitraries.integers().between(0, SOURCES.size() - 1), Arbitraries.longs())
                .as((file, seed) -> Mutator.mutate(SOURCES.get(file), seed));
    }

    @Property(tries = 400)
    void parserEndsInTreeOrCompileError(@ForAll("mutants") byte[] source) {
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            try {
                Parser.parseModule(new SourceFile("mutant.py", source, ""));
            } catch (CompileError e) {
                assertThat(e.getMessage()).doesNotContain("internal parser error");
                assertThat(e.diagnostics().get(0).location().line()).isPositive();
            }
        });
    }
}
