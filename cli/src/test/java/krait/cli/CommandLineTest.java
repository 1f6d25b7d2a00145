package krait.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exit codes and messages of the command line, as the user sees them. */
class CommandLineTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream oldOut;
    private PrintStream oldErr;

    @TempDir
    Path dir;

    @BeforeEach
    void capture() {
        oldOut = System.out;
        oldErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(oldOut);
        System.setErr(oldErr);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private Path write(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void versionAndHelpSucceed() {
        assertThat(Main.execute("--version")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("krait ");
        for (String cmd : new String[] {"build", "run", "translate", "types", "parse"}) {
            assertThat(Main.execute(cmd, "--help")).as(cmd + " --help").isZero();
        }
    }

    @Test
    void badUsageExitsWithTwo() {
        assertThat(Main.execute("build")).isEqualTo(2);
        assertThat(Main.execute("frobnicate")).isEqualTo(2);
        assertThat(Main.execute("build", "--no-such-flag", "x.py")).isEqualTo(2);
    }

    @Test
    void missingFileIsAnErrorWithoutAStackTrace() {
        assertThat(Main.execute("types", dir.resolve("nope.py").toString())).isEqualTo(1);
        assertThat(stderr()).contains("error: file not found").doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void buildingOntoADirectorySaysSoWithoutAStackTrace() throws Exception {
        Path p = write("ok.py", "print(1)\n");
        Path target = Files.createDirectories(dir.resolve("outdir"));
        Files.writeString(target.resolve("keep"), "x");
        assertThat(Main.execute("build", p.toString(), "-o", target.toString())).isEqualTo(1);
        assertThat(stderr()).contains("error: cannot write the executable to " + target + ": it is a directory")
                .doesNotContain("Exception");
    }

    @Test
    void syntaxErrorShowsFileLineColumnSourceAndCaret() throws Exception {
        Path p = write("bad.py", "x = 1\nif x > 0\n    print(x)\n");
        assertThat(Main.execute("build", p.toString(), "-o", dir.resolve("bad").toString())).isEqualTo(1);
        assertThat(stderr()).contains(p + ":2:").contains("error: SyntaxError: expected ':'")
                .contains("    if x > 0\n").contains("^");
    }

    @Test
    void typesPrintsSignaturesAndVariables() throws Exception {
        Path p = write("t.py", "def half(x):\n    return x / 2\nh = half(3)\n");
        assertThat(Main.execute("types", p.toString())).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("h: float").contains("def half(x: int) -> float");
    }

    @Test
    void typesFindsModulesOnIncludePathsAndPrintsJson() throws Exception {
        Path lib = Files.createDirectories(dir.resolve("lib"));
        Files.writeString(lib.resolve("geo.py"), "def area(w, h):\n    return w * h\n", StandardCharsets.UTF_8);
        Path p = write("m.py", "import geo\na = geo.area(2.0, 3.0)\n");
        assertThat(Main.execute("types", p.toString())).isEqualTo(1);
        assertThat(stderr()).contains("error: no module named 'geo'");
        assertThat(Main.execute("types", "--json", "-I", lib.toString(), p.toString())).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("\"name\": \"geo.area\"")
                .contains("\"returns\": \"float\"").contains("\"name\": \"a\"");
    }

    @Test
    void timingsArePrintedAlsoWhenTheProgramIsRejected() throws Exception {
        Path p = write("u.py", "print(undefined_thing)\n");
        assertThat(Main.execute("types", "--timings", p.toString())).isEqualTo(1);
        assertThat(stderr()).contains("krait: timings").contains("types").contains("name 'undefined_thing' is not defined");
    }

    @Test
    void parseDumpsSeveralFilesWithHeadersAndGoesOnPastABadOne() throws Exception {
        Path a = write("a.py", "x = 1\n");
        Path b = write("b.py", "def (:\n");
        Path c = write("c.py", "pass\n");
        assertThat(Main.execute("parse", "--dump-ast", a.toString(), b.toString(), c.toString())).isEqualTo(1);
        String dump = out.toString(StandardCharsets.UTF_8);
        assertThat(dump).contains("==> " + a + " <==\nModule(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))], type_ignores=[])")
                .contains("==> " + c + " <==\nModule(body=[Pass()], type_ignores=[])");
        assertThat(stderr()).contains(b + ":1:");
    }
}
