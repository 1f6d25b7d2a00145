package krait.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import krait.syntax.tools.StdlibSweep;

/**
 * Every snippet under test resources {@code krait/syntax/snippets} must dump exactly as CPython
 * 3.11's {@code ast.dump} does, both without and with positions; snippets CPython rejects must be
 * rejected at the same line.
 */
class ParserAgreesWithCPythonTest {
    static List<Path> snippets() {
        try {
            Path dir = Path.of(ParserAgreesWithCPythonTest.class.getResource("snippets").toURI());
            return StdlibSweep.pythonFiles(List.of(dir));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @TestFactory
    Stream<DynamicTest> snippetsDumpLikeCPython() {
        return compare(snippets(), false);
    }

    @TestFactory
    Stream<DynamicTest> snippetsHaveCPythonsPositions() {
        return compare(snippets(), true);
    }

    static Stream<DynamicTest> compare(List<Path> files, boolean attributes) {
        List<CPythonOracle.Verdict> verdicts = CPythonOracle.judge(files, attributes);
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            CPythonOracle.Verdict verdict = verdicts.get(i);
            tests.add(DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
                Comparison c = Comparison.of(file, verdict, attributes);
                assertThat(c.agrees()).as(c::describe).isTrue();
            }));
        }
        return tests.stream();
    }
}
