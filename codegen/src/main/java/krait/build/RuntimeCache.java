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
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * The runtime library, built once per configuration and kept under the cache directory
 * ({@code KRAIT_CACHE}, default {@code ~/.cache/krait}), keyed by a hash of the runtime's sources
 * and the build configuration, so that building a program compiles only the program. A build
 * also holds the runtime's headers precompiled ({@code pch/krait_pch.h.gch}) for the programs.
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
            markUsed(dir);
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
            markUsed(dir);
            dropOldPrecompiledHeaders(dir.getParent());
            return dir;
        }
    }

    /** How many runtime builds keep their precompiled header (about 65 MB each). */
    static final int KEPT_PRECOMPILED_HEADERS = 6;

    private static void markUsed(Path dir) {
        try {
            Files.setLastModifiedTime(dir, FileTime.fromMillis(System.currentTimeMillis()));
        } catch (IOException e) {
            // only an ordering hint for dropOldPrecompiledHeaders
        }
    }

    /**
     * Every edit of the runtime's sources makes a new runtime build, each with a 65 MB precompiled
     * header: keep the headers of the most recently used builds only. A program built against an
     * older runtime still compiles, by parsing the headers instead (krait_pch.h is the plain header).
     */
    static void dropOldPrecompiledHeaders(Path runtimes) throws IOException {
        List<Path> builds;
        try (Stream<Path> list = Files.list(runtimes)) {
            builds = new ArrayList<>(list.filter(p -> Files.exists(p.resolve("libkrait_runtime.a"))).toList());
        }
        builds.sort(Comparator.comparing(RuntimeCache::lastUsed).reversed());
        for (Path old : builds.subList(Math.min(KEPT_PRECOMPILED_HEADERS, builds.size()), builds.size())) {
            Files.deleteIfExists(old.resolve("pch").resolve("krait_pch.h.gch"));
        }
    }

    private static FileTime lastUsed(Path dir) {
        try {
            return Files.getLastModifiedTime(dir);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
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
