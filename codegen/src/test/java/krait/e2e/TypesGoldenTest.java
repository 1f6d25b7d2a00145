package krait.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import krait.build.BuildOptions;
import krait.build.Compiler;
import krait.build.Timings;
import krait.types.TypeReport;
import krait.types.TypedProgram;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden tests of {@code krait types}: each {@code tests-types/NAME.py} (or directory
 * {@code NAME/} with main.py) must print exactly {@code NAME.types} ({@code NAME/main.types}),
 * which {@code scripts/regen-types} writes from Krait's own output.
 */
class TypesGoldenTest {
    private static final Path DIR = ProgramSuite.HOME.root().resolve("tests-types");

    @TestFactory
    List<DynamicTest> typesAreReportedAsBefore() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        Compiler compiler = new Compiler(ProgramSuite.HOME, BuildOptions.defaults(), new Timings());
        try (Stream<Path> files = Files.list(DIR)) {
            for (Path p : files.sorted().toList()) {
                Path py = Files.isDirectory(p) ? p.resolve("main.py") : p;
                if (py.toString().endsWith(".py") && Files.isRegularFile(py)) {
                    tests.add(DynamicTest.dynamicTest(DIR.relativize(py).toString(), () -> check(compiler, py)));
                }
            }
        }
        assertThat(tests).as("golden programs").hasSizeGreaterThanOrEqualTo(60);
        return tests;
    }

    private static void check(Compiler compiler, Path py) throws IOException {
        String name = py.getFileName().toString();
        TypedProgram program = compiler.analyze(compiler.read(py, name));
        Path expected = py.resolveSibling(name.replaceFirst("\\.py$", ".types"));
        assertThat(TypeReport.render(program)).as("krait types " + DIR.relativize(py) + " (scripts/regen-types rewrites "
                + DIR.relativize(expected) + ")").isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
    }

    @Test
    void jsonHasTheSameFunctionsAsText() throws IOException {
        Compiler compiler = new Compiler(ProgramSuite.HOME, BuildOptions.defaults(), new Timings());
        Path py = DIR.resolve("cross_module_classes").resolve("main.py");
        TypedProgram program = compiler.analyze(compiler.read(py, "main.py"));
        String json = TypeReport.json(program);
        assertThat(json).startsWith("{\n  \"version\": 1,").endsWith("}\n")
                .contains("\"name\": \"shapes.dist\"", "\"file\": \"shapes.py\"", "\"type\": \"shapes.Point\"",
                        "\"returns\": \"float\"");
    }
}
