package krait.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import krait.syntax.tools.StdlibSweep;

/**
 * A fixed sample of the standard library (every 10th file by sorted path, test directories
 * included) parses exactly as CPython parses it. The full sweep is {@code scripts/parse-stdlib-sweep}.
 */
class StdlibSampleAgreesWithCPythonTest {
    private static final int EVERY = 10;

    @Test
    void everyTenthStdlibFileDumpsLikeCPython() {
        List<Path> files = StdlibSweep.sample(StdlibSweep.pythonFiles(List.of(CPythonOracle.stdlib())), EVERY);
        assertThat(files).hasSizeGreaterThan(100);
        List<CPythonOracle.Verdict> verdicts = CPythonOracle.judge(files, false);
        List<String> disagreements = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            Comparison c = Comparison.of(files.get(i), verdicts.get(i), false);
            if (!c.agrees()) {
                disagreements.add(c.describe());
            }
        }
        assertThat(disagreements).isEmpty();
    }
}
