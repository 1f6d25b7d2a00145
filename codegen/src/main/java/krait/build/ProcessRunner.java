package krait.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/** Runs a build tool with its output appended to a log file, so failures can point to it. */
final class ProcessRunner {
    private ProcessRunner() {
    }

    /** Runs {@code command} in {@code dir}; returns the exit code. */
    static int run(List<String> command, Path dir, Path log, boolean echo) throws IOException {
        Files.createDirectories(log.getParent());
        Files.writeString(log, "$ " + String.join(" ", command) + "\n", StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        if (echo) {
            pb.redirectOutput(ProcessBuilder.Redirect.INHERIT);
        } else {
            pb.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        }
        try {
            return pb.start().waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while running " + command.get(0), e);
        } catch (IOException e) {
            throw new IOException("cannot run " + command.get(0) + ": " + e.getMessage(), e);
        }
    }

    static int jobs() {
        return Math.max(1, Runtime.getRuntime().availableProcessors());
    }
}
