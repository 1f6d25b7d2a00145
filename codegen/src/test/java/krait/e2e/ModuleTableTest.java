package krait.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** docs/modules.md is generated from the model files: it must be regenerated when they change. */
class ModuleTableTest {
    @Test
    void moduleTableMatchesTheModelFiles() throws Exception {
        Path root = ProgramSuite.HOME.root();
        Process p = new ProcessBuilder("python3", root.resolve("scripts/gen-module-table").toString(), "--check")
                .directory(root.toFile()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("gen-module-table finishes").isTrue();
        assertThat(p.exitValue()).as("scripts/gen-module-table --check: " + output).isZero();
    }
}
