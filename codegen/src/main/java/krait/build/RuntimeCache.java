package krait.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * The runtime library, built once per configuration and kept under the cache directory
 * ({@code KRAIT_CACHE}, default {@code ~/.cache/krait}), keyed by a hash of the runtime's sources
 * and the build configuration, so that building a program compiles only the program.
 */
public final class RuntimeCache {
    private final KraitHome home;
    private final Path cacheRoot;

    public RuntimeCache(KraitHome home, Path cacheRoot) {
        this.home = home;
        this.cacheRoot = cacheRoot;
    }

    public static Path defaultCacheRoot() {
        String env = System.getenv("KRAIT_CACHE");
        if (env != null && !env.isBlank()) {
            return Path.of(env).toAbsolutePath();
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("krait").toAbsolutePath();
    }

    public Path cacheRoot() {
        return cacheRoot;
    }

    /** The directory holding {@code libkrait_runtime.a} for {@code options}, building it if needed. */
    public Path ensureBuilt(BuildOptions options) throws IOException {
        String key = options.configurationName() + "-" + sourceHash(options);
        Path dir = cacheRoot.resolve("runtime").resolve(key);
        if (Files.exists(dir.resolve("libkrait_runtime.a"))) {
            return dir;
        }
        Files.createDirectories(dir.getParent());
        try (FileChannel ch = FileChannel.open(dir.getParent().resolve(key + ".lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock lock = ch.lock()) {
            if (Files.exists(dir.resolve("libkrait_runtime.a"))) {
                return dir; // another process built it while we waited
            }
            Path tmp = Files.createTempDirectory(dir.getParent(), key + ".tmp");
            Path log = cacheRoot.resolve("logs").resolve("runtime-" + key + ".log");
            Files.deleteIfExists(log);
            if (options.verbose()) {
                System.err.println("krait: building the runtime library (once per configuration) in " + dir);
            }
            List<String> configure = new ArrayList<>(List.of("cmake", "-S", home.runtimeSources().toString(), "-B",
                    tmp.toString(), "-DCMAKE_BUILD_TYPE=Release", "-DKRAIT_RUNTIME_TESTS=OFF"));
            if (!options.cxxFlags().isEmpty()) {
                configure.add("-DCMAKE_CXX_FLAGS=" + String.join(" ", options.cxxFlags()));
            }
            if (ProcessRunner.run(configure, home.root(), log, false) != 0
                    || ProcessRunner.run(List.of("cmake", "--build", tmp.toString(), "-j", String.valueOf(ProcessRunner.jobs())),
                    home.root(), log, false) != 0) {
                throw new BuildFailure("building the Krait runtime library failed", log);
            }
            if (!sourceHash(options).equals(key.substring(key.indexOf('-') + 1))) {
                // the sources changed while we built (someone is editing the runtime): don't cache a mix
                return tmp;
            }
            Files.move(tmp, dir, StandardCopyOption.ATOMIC_MOVE);
            return dir;
        }
    }

    private String sourceHash(BuildOptions options) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(String.join(" ", options.cxxFlags()).getBytes(StandardCharsets.UTF_8));
            List<Path> files = new ArrayList<>();
            for (Path root : List.of(home.runtimeSources(), home.cmakeDir())) {
                try (Stream<Path> walk = Files.walk(root)) {
                    walk.filter(Files::isRegularFile)
                            .filter(p -> !p.toString().contains("/models/") && !p.toString().contains("/tests/"))
                            .forEach(files::add);
                }
            }
            files.sort(null);
            for (Path p : files) {
                md.update(home.root().relativize(p).toString().getBytes(StandardCharsets.UTF_8));
                md.update(Files.readAllBytes(p));
            }
            return HexFormat.of().formatHex(md.digest()).substring(0, 16);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
