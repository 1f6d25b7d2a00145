package krait.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import krait.build.BuildOptions;
import krait.build.Compiler;
import krait.build.Timings;
import krait.diag.CompileError;
import krait.diag.Diagnostic;
import krait.diag.DiagnosticRenderer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Programs in {@code tests-diag/} carry their expected errors as {@code # error: REGEX} on the
 * offending line (as Go's compiler tests do). Each must be rejected with an error on every marked
 * line whose message matches, no error on an unmarked line, and a rendering with the source line
 * and a caret.
 */
class DiagnosticsTest {
    private static final Path DIR = ProgramSuite.HOME.root().resolve("tests-diag");
    private static final Pattern MARKER = Pattern.compile("#\\s*error:\\s*(.*)$");
    /** A note some error must have at this line (provenance: where a type came from); other notes may appear anywhere. */
    private static final Pattern NOTE_MARKER = Pattern.compile("#\\s*note:\\s*(.*)$");

    @TestFactory
    List<DynamicTest> mistakesAreReportedAtTheirLine() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        Compiler compiler = new Compiler(ProgramSuite.HOME, BuildOptions.defaults(), new Timings());
        try (Stream<Path> files = Files.list(DIR)) {
            for (Path py : files.sorted().toList()) {
                if (py.toString().endsWith(".py")) {
                    tests.add(DynamicTest.dynamicTest(py.getFileName().toString(), () -> check(compiler, py)));
                } else if (Files.isRegularFile(py.resolve("main.py"))) {
                    tests.add(DynamicTest.dynamicTest(py.getFileName().toString(), () -> checkProgram(compiler, py)));
                }
            }
        }
        assertThat(tests).hasSizeGreaterThanOrEqualTo(8);
        return tests;
    }

    /**
     * A program of several modules: a directory with main.py; markers may sit in any of its
     * files, and each error must be in a marked line of the file it names.
     */
    private static void checkProgram(Compiler compiler, Path dir) throws IOException {
        Map<String, Pattern> expected = new TreeMap<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path py : files.filter(p -> p.toString().endsWith(".py")).toList()) {
                List<String> lines = Files.readAllLines(py);
                for (int i = 0; i < lines.size(); i++) {
                    Matcher m = MARKER.matcher(lines.get(i));
                    if (m.find()) {
                        expected.put(dir.relativize(py) + ":" + (i + 1), Pattern.compile(m.group(1).trim()));
                    }
                }
            }
        }
        assertThat(expected).as("markers in " + dir).isNotEmpty();
        List<Diagnostic> errors;
        try {
            compiler.translate(compiler.read(dir.resolve("main.py"), "main.py"), "diag");
            fail(dir.getFileName() + " compiled, but it has a marked error");
            return;
        } catch (CompileError e) {
            errors = e.diagnostics();
        }
        StringBuilder shown = new StringBuilder();
        errors.forEach(d -> shown.append(DiagnosticRenderer.render(d)));
        List<String> where = new ArrayList<>();
        for (Diagnostic d : errors) {
            assertThat(d.location()).as("error has a location:\n" + shown).isNotNull();
            String file = d.location().file().displayName();
            String key = expected.keySet().stream().map(k -> k.substring(0, k.lastIndexOf(':')))
                    .filter(f -> file.equals(f) || file.endsWith("/" + f)).findFirst().orElse(file) + ":" + d.location().line();
            assertThat(expected).as("error on an unmarked line:\n" + shown).containsKey(key);
            assertThat(DiagnosticRenderer.render(d)).as("rendering shows the line and a caret").contains("^");
            where.add(key + " " + d.message());
        }
        for (var entry : expected.entrySet()) {
            boolean found = where.stream().anyMatch(w -> w.startsWith(entry.getKey() + " ")
                    && entry.getValue().matcher(w.substring(entry.getKey().length() + 1)).find());
            assertThat(found).as("an error matching /" + entry.getValue() + "/ at " + entry.getKey() + "; got:\n" + shown)
                    .isTrue();
        }
    }

    private static void check(Compiler compiler, Path py) throws IOException {
        Map<Integer, Pattern> expected = new TreeMap<>();
        Map<Integer, Pattern> expectedNotes = new TreeMap<>();
        List<String> lines = Files.readAllLines(py);
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = MARKER.matcher(lines.get(i));
            if (m.find()) {
                expected.put(i + 1, Pattern.compile(m.group(1).trim()));
            }
            Matcher n = NOTE_MARKER.matcher(lines.get(i));
            if (n.find()) {
                expectedNotes.put(i + 1, Pattern.compile(n.group(1).trim()));
            }
        }
        assertThat(expected).as("markers in " + py).isNotEmpty();
        List<Diagnostic> errors;
        try {
            compiler.translate(compiler.read(py, py.getFileName().toString()), "diag");
            fail(py.getFileName() + " compiled, but it has a marked error");
            return;
        } catch (CompileError e) {
            errors = e.diagnostics();
        }
        StringBuilder shown = new StringBuilder();
        errors.forEach(d -> shown.append(DiagnosticRenderer.render(d)));
        for (Diagnostic d : errors) {
            assertThat(d.location()).as("error has a location:\n" + shown).isNotNull();
            assertThat(expected).as("error on an unmarked line:\n" + shown).containsKey(d.location().line());
            String rendered = DiagnosticRenderer.render(d);
            assertThat(rendered).as("rendering shows file:line:col, the line and a caret")
                    .startsWith(py.getFileName() + ":" + d.location().line() + ":").contains("^");
        }
        for (var entry : expected.entrySet()) {
            boolean found = errors.stream().anyMatch(d -> d.location().line() == entry.getKey()
                    && entry.getValue().matcher(d.message()).find());
            assertThat(found).as("an error matching /" + entry.getValue() + "/ at line " + entry.getKey()
                    + "; got:\n" + shown).isTrue();
        }
        for (var entry : expectedNotes.entrySet()) {
            boolean found = errors.stream().flatMap(d -> d.notes().stream()).anyMatch(n -> n.location() != null
                    && n.location().line() == entry.getKey() && entry.getValue().matcher(n.message()).find());
            assertThat(found).as("a note matching /" + entry.getValue() + "/ at line " + entry.getKey()
                    + "; got:\n" + shown).isTrue();
        }
    }
}
