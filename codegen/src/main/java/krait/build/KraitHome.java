package krait.build;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The Krait tree the compiler runs from: the runtime's sources and models, and the CMake files
 * generated projects include. Found from the {@code krait.home} property (the launcher sets it),
 * else {@code KRAIT_HOME}, else the working directory.
 */
public record KraitHome(Path root) {
    public static KraitHome locate() {
        String prop = System.getProperty("krait.home");
        if (prop == null || prop.isBlank()) {
            prop = System.getenv("KRAIT_HOME");
        }
        Path root = prop == null || prop.isBlank() ? Path.of("").toAbsolutePath() : Path.of(prop).toAbsolutePath();
        if (!Files.isDirectory(root.resolve("cpp-runtime"))) {
            throw new IllegalStateException("cannot find the Krait runtime under " + root
                    + " (set KRAIT_HOME to the Krait directory)");
        }
        return new KraitHome(root.normalize());
    }

    public Path runtimeSources() {
        return root.resolve("cpp-runtime");
    }

    public Path models() {
        return root.resolve("cpp-runtime").resolve("models");
    }

    public Path cmakeDir() {
        return root.resolve("cmake");
    }
}
