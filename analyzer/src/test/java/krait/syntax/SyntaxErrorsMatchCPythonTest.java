package krait.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import krait.diag.CompileError;
import krait.diag.SourceFile;

/**
 * Each program in {@code syntax_errors.txt} (entries start with "### title") is wrong; Krait must
 * reject it with the same error kind, line and message as CPython 3.11.
 */
class SyntaxErrorsMatchCPythonTest {
    @TempDir
    Path dir;

    record Case(String title, Path file) {
    }

    @TestFactory
    Stream<DynamicTest> rejectedLikeCPython() throws IOException {
        List<Case> cases = cases();
        List<Path> files = cases.stream().map(Case::file).toList();
        List<CPythonOracle.Verdict> verdicts = CPythonOracle.judge(files, false);
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            Case c = cases.get(i);
            CPythonOracle.Verdict expected = verdicts.get(i);
            tests.add(DynamicTest.dynamicTest(c.title(), () -> {
                assertThat(expected.ok()).as("CPython accepts " + c.title()).isFalse();
                String source = Files.readString(c.file());
                CompileError error = null;
                try {
                    Parser.parseModule(SourceFile.of(c.title(), source));
                } catch (CompileError e) {
                    error = e;
                }
                assertThat(error).as("krait accepts " + c.title()).isNotNull();
                var d = error.diagnostics().get(0);
                assertThat(d.message()).isEqualTo(expected.errorType() + ": " + expected.errorMessage());
                assertThat(d.location().line()).as("line of " + d.message()).isEqualTo(expected.errorLine());
            }));
        }
        return tests.stream();
    }

    private List<Case> cases() throws IOException {
        String text;
        try (InputStream in = getClass().getResourceAsStream("syntax_errors.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<Case> out = new ArrayList<>();
        String[] parts = text.split("(?m)^### ");
        for (String part : parts) {
            if (part.isBlank()) {
                continue;
            }
            int nl = part.indexOf('\n');
            Path file = dir.resolve(out.size() + ".py");
            Files.writeString(file, part.substring(nl + 1));
            out.add(new Case(part.substring(0, nl).strip(), file));
        }
        return out;
    }
}
