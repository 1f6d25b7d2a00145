package krait.syntax;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Asks CPython (python3, which must be 3.11) what it makes of source files: one python process dumps
 * a whole batch, so comparing thousands of files costs seconds, not minutes.
 */
public final class CPythonOracle {
    /** CPython's verdict on one file: the dump, or the error kind, line and message. */
    public record Verdict(boolean ok, String dump, String errorType, int errorLine, String errorMessage) {
    }

    private CPythonOracle() {
    }

    public static List<Verdict> judge(List<Path> files, boolean attributes) {
        try {
            Path out = Files.createTempDirectory("krait-oracle");
            Path script = out.resolve("cpython_dump.py");
            try (InputStream in = CPythonOracle.class.getResourceAsStream("cpython_dump.py")) {
                Files.copy(in, script);
            }
            List<String> command = new ArrayList<>(List.of("python3", script.toString(), out.toString()));
            if (attributes) {
                command.add("--attributes");
            }
            Process python = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            try (OutputStream stdin = python.getOutputStream()) {
                for (Path f : files) {
                    stdin.write((f.toAbsolutePath() + "\n").getBytes(StandardCharsets.UTF_8));
                }
            }
            if (!python.waitFor(10, TimeUnit.MINUTES)) {
                python.destroyForcibly();
                throw new IllegalStateException("python3 took too long");
            }
            List<Verdict> verdicts = new ArrayList<>(files.size());
            for (int i = 0; i < files.size(); i++) {
                Path result = out.resolve(i + ".txt");
                String text = Files.readString(result, StandardCharsets.UTF_8);
                Files.delete(result);
                int nl = text.indexOf('\n');
                String head = text.substring(0, nl);
                String rest = text.substring(nl + 1);
                if (head.equals("OK")) {
                    verdicts.add(new Verdict(true, rest, null, 0, null));
                } else {
                    String[] parts = head.split(" ");
                    verdicts.add(new Verdict(false, null, parts[1], Integer.parseInt(parts[2]), rest));
                }
            }
            Files.delete(script);
            Files.delete(out);
            return verdicts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The standard library directory of the python3 on the PATH. */
    public static Path stdlib() {
        try {
            Process p = new ProcessBuilder("python3", "-c",
                    "import sysconfig; print(sysconfig.get_paths()['stdlib'])").start();
            String dir = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            p.waitFor();
            return Path.of(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
