package krait.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import krait.build.BuildOptions;
import krait.build.Compiler;
import krait.build.KraitHome;
import krait.build.RuntimeCache;
import krait.build.Timings;
import krait.cpp.emit.TemplatePrinter;
import krait.diag.CompileError;
import krait.diag.DiagnosticRenderer;

/**
 * Translates a directory of Python programs and builds them all in ONE CMake project (one
 * configure, parallel compilation, the cached runtime), so that end-to-end tests stay fast.
 * Each program's translation error, compile failure or executable is kept for its own test.
 */
final class ProgramSuite {
    static final KraitHome HOME = new KraitHome(Path.of(System.getProperty("krait.home", "..")).toAbsolutePath().normalize());

    final Map<String, Path> sources = new LinkedHashMap<>();
    final Map<String, String> translationErrors = new LinkedHashMap<>();
    final Map<String, Path> executables = new LinkedHashMap<>();
    final Path buildLog;

    private ProgramSuite(Path buildLog) {
        this.buildLog = buildLog;
    }

    static ProgramSuite build(Path programsDir, Path workDir) throws IOException, InterruptedException {
        Files.createDirectories(workDir);
        ProgramSuite suite = new ProgramSuite(workDir.resolve("build.log"));
        Compiler compiler = new Compiler(HOME, BuildOptions.defaults(), new Timings());
        List<TemplatePrinter.CMakeProgram> targets = new ArrayList<>();
        try (Stream<Path> files = Files.list(programsDir)) {
            // NAME.py, or a program of several modules: a directory NAME/ with main.py
            for (Path py : files.map(p -> Files.isDirectory(p) ? p.resolve("main.py") : p)
                    .filter(p -> p.toString().endsWith(".py") && Files.isRegularFile(p)).sorted().toList()) {
                String stem = py.getFileName().toString().equals("main.py") && !py.getParent().equals(programsDir)
                        ? py.getParent().getFileName().toString() : py.getFileName().toString().replaceFirst("\\.py$", "");
                suite.sources.put(stem, py);
                try {
                    Compiler.Translation t = compiler.translate(compiler.read(py, programsDir.relativize(py).toString()), stem);
                    Files.writeString(workDir.resolve(stem + ".cpp"), t.cpp(), StandardCharsets.UTF_8);
                    targets.add(new TemplatePrinter.CMakeProgram("prog_" + stem, stem + ".cpp", stem));
                } catch (CompileError e) {
                    StringBuilder sb = new StringBuilder();
                    e.diagnostics().forEach(d -> sb.append(DiagnosticRenderer.render(d)));
                    suite.translationErrors.put(stem, sb.toString());
                }
            }
        }
        Path runtime = new RuntimeCache(HOME, RuntimeCache.defaultCacheRoot()).ensureBuilt(BuildOptions.defaults());
        String lists = new TemplatePrinter().cmakeLists("krait_tests", workDir.toString(), HOME.root().toString(),
                runtime.toString(), targets);
        Files.writeString(workDir.resolve("CMakeLists.txt"), lists, StandardCharsets.UTF_8);
        Path buildDir = workDir.resolve("build");
        run(List.of("cmake", "-S", workDir.toString(), "-B", buildDir.toString(), "-DCMAKE_BUILD_TYPE=Release"),
                suite.buildLog);
        // -k: one program that fails to compile must not hide the others
        run(List.of("cmake", "--build", buildDir.toString(), "-j", String.valueOf(Runtime.getRuntime().availableProcessors()),
                "--", "-k"), suite.buildLog);
        for (TemplatePrinter.CMakeProgram t : targets) {
            Path exe = buildDir.resolve(t.outputName());
            String stem = t.outputName();
            if (Files.isExecutable(exe)) {
                suite.executables.put(stem, exe);
            }
        }
        return suite;
    }

    /** The compiler's messages about one program, from the shared log. */
    String compilerErrorsFor(String stem) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (String line : Files.readAllLines(buildLog)) {
            if (line.contains(stem + ".cpp") && line.contains("error")) {
                sb.append(line).append('\n');
            }
        }
        return sb.length() == 0 ? "(see " + buildLog + ")" : sb.toString();
    }

    private static void run(List<String> command, Path log) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        p.waitFor();
    }

    /** What a program did: its stdout, stderr and exit code. */
    record Outcome(byte[] stdout, String stderr, int exitCode) {}

    /** Where the expected output of {@code stem} lives, without the extension: NAME, or NAME/main for a directory. */
    Path expectedBase(String stem) {
        Path py = sources.get(stem);
        return py.resolveSibling(py.getFileName().toString().replaceFirst("\\.py$", ""));
    }

    static Outcome execute(Path exe, Path workDir, long timeoutSeconds) throws IOException, InterruptedException {
        Path out = Files.createTempFile("krait-out", ".txt");
        Path err = Files.createTempFile("krait-err", ".txt");
        try {
            Process p = new ProcessBuilder(exe.toString()).directory(workDir.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                    .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError(exe + " did not finish in " + timeoutSeconds + " s");
            }
            return new Outcome(Files.readAllBytes(out), Files.readString(err, StandardCharsets.UTF_8), p.exitValue());
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
