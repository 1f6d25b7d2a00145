package krait.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import krait.cpp.emit.TemplatePrinter;
import krait.cpp.ir.CProgram;
import krait.cpp.lower.Lowering;
import krait.diag.CompileError;
import krait.diag.Diagnostic;
import krait.diag.MessageId;
import krait.diag.SourceFile;
import krait.syntax.Mod;
import krait.syntax.Parser;
import krait.types.ModelClass;
import krait.types.ModelFunction;
import krait.types.ModelLoader;
import krait.types.Models;
import krait.types.TypeInference;
import krait.types.TypedProgram;

/**
 * The whole pipeline for one program: parse, load the models, infer types, lower, print C++, and
 * build it with CMake against the cached runtime. Errors in the user's program come out as
 * {@link CompileError}; toolchain failures as {@link BuildFailure}.
 */
public final class Compiler {
    /** Model files of the builtins namespace; every other model file is a library module of its name. */
    private static final java.util.Set<String> BUILTIN_MODELS = java.util.Set.of("builtins", "exceptions");

    private final KraitHome home;
    private final BuildOptions options;
    private final Timings timings;
    private final TemplatePrinter printer = new TemplatePrinter();
    private Models models;
    /** Where the program's modules are looked for after the main file's directory ({@code -I}). */
    private final List<Path> includeDirs;
    /** The path each file read by {@link #read} came from: imports are resolved next to the main file. */
    private final Map<SourceFile, Path> paths = new java.util.IdentityHashMap<>();

    public Compiler(KraitHome home, BuildOptions options, Timings timings) {
        this(home, options, timings, List.of());
    }

    public Compiler(KraitHome home, BuildOptions options, Timings timings, List<Path> includeDirs) {
        this.home = home;
        this.options = options;
        this.timings = timings;
        this.includeDirs = List.copyOf(includeDirs);
    }

    /** A translated program: its C++ namespace and source text. */
    public record Translation(String stem, String cpp) {}

    public SourceFile read(Path file, String displayName) {
        try {
            SourceFile source = SourceFile.read(file, displayName);
            paths.put(source, file);
            return source;
        } catch (java.nio.file.NoSuchFileException e) {
            throw new CompileError(Diagnostic.error(null, MessageId.FILE_NOT_FOUND, displayName));
        } catch (IOException e) {
            throw new CompileError(Diagnostic.error(null, MessageId.FILE_NOT_READABLE, displayName, e.getMessage()));
        }
    }

    public Mod.Module parse(SourceFile file) {
        return timings.time("parse", () -> krait.desugar.Desugar.apply(Parser.parseModule(file), file));
    }

    public Models models() {
        if (models == null) {
            models = timings.time("models", this::loadModels);
        }
        return models;
    }

    private Models loadModels() {
        Map<String, ModelFunction> functions = new LinkedHashMap<>();
        Map<String, ModelClass> classes = new LinkedHashMap<>();
        List<Models.BuiltinClass> builtinClasses = new java.util.ArrayList<>();
        Map<String, Models.ModelModule> modules = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(home.models())) {
            for (Path p : files.filter(f -> f.toString().endsWith(".py")).sorted().toList()) {
                SourceFile f = SourceFile.read(p, home.root().relativize(p).toString());
                String name = p.getFileName().toString().replaceFirst("\\.py$", "");
                if (BUILTIN_MODELS.contains(name)) {
                    ModelLoader.load(Parser.parseModule(f), f, functions, classes, builtinClasses);
                } else {
                    modules.put(name, ModelLoader.loadModule(name, Parser.parseModule(f), f));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Models(Map.copyOf(functions), Map.copyOf(classes), List.copyOf(builtinClasses), Map.copyOf(modules));
    }

    public TypedProgram analyze(SourceFile file) {
        Mod.Module parsed = parse(file);
        Models m = models();
        Path path = paths.getOrDefault(file, Path.of(file.displayName()));
        krait.modules.ModuleLinker.Result linked = timings.time("modules", () -> krait.modules.ModuleLinker.link(
                new krait.modules.ModuleGraph(path, file, parsed, includeDirs, m.modules().keySet(),
                f -> krait.desugar.Desugar.apply(Parser.parseModule(f), f))));
        Mod.Module module = timings.time("rewrite", () -> syntaxPasses(linked.module(), linked.file()));
        TypedProgram typed = timings.time("types", () -> TypeInference.infer(module, linked.file(), m,
                options.verbose() ? new krait.types.InferenceProgress(System.err::println) : krait.types.InferenceProgress.SILENT));
        krait.types.AnnotationCheck.check(typed);
        return typed;
    }

    /** The rewrites between module linking and type inference, in the order they run. */
    private static Mod.Module syntaxPasses(Mod.Module module, SourceFile file) {
        Mod.Module m = krait.types.ConstantAttributeNames.apply(module);
        m = krait.types.OperatorGetters.apply(m, file);
        m = krait.types.PermutationLengths.apply(m);
        m = krait.types.StructFormatConstants.apply(m);
        m = krait.types.VariableSplitting.apply(m);
        return krait.types.GeneratorExpressionLifting.apply(m);
    }

    public Translation translate(SourceFile file, String stem) {
        TypedProgram typed = analyze(file);
        CProgram program = timings.time("lower", () -> Lowering.lower(typed, file.displayName(), namespaceFor(stem)));
        String cpp = timings.time("emit", () -> printer.program(program));
        return new Translation(stem, cpp);
    }

    /** Writes {@code stem.cpp} and a CMakeLists.txt building it (the runtime from source) into {@code dir}. */
    public void writeProject(Translation t, Path dir) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(t.stem() + ".cpp"), t.cpp(), StandardCharsets.UTF_8);
        String cmake = printer.cmakeLists(projectName(t.stem()), dir.toString(), home.root().toString(), null,
                List.of(new TemplatePrinter.CMakeProgram(targetName(t.stem()), t.stem() + ".cpp", t.stem())));
        Files.writeString(dir.resolve("CMakeLists.txt"), cmake, StandardCharsets.UTF_8);
    }

    /**
     * Builds {@code t} into the executable {@code output}, in a build directory under the cache
     * that is kept between builds; nothing is recompiled when the C++ has not changed.
     */
    public void build(Translation t, Path output) throws IOException {
        RuntimeCache cache = new RuntimeCache(home, RuntimeCache.defaultCacheRoot());
        Path runtime = timingsIo("runtime", () -> cache.ensureBuilt(options));
        // keyed by the runtime build too: a build directory's CMake cache remembers the Krait tree
        // and runtime it was configured with, and two Krait trees may build the same output path
        Path dir = cache.cacheRoot().resolve("builds").resolve(hash(output.toAbsolutePath().toString()
                + "\0" + options.configurationName() + "\0" + runtime.toAbsolutePath() + "\0" + home.root().toAbsolutePath()));
        Files.createDirectories(dir);
        Path source = dir.resolve(t.stem() + ".cpp");
        if (!Files.exists(source) || !Files.readString(source, StandardCharsets.UTF_8).equals(t.cpp())) {
            Files.writeString(source, t.cpp(), StandardCharsets.UTF_8);
        }
        String target = targetName(t.stem());
        String cmake = printer.cmakeLists(projectName(t.stem()), dir.toString(), home.root().toString(),
                runtime.toString(), List.of(new TemplatePrinter.CMakeProgram(target, t.stem() + ".cpp", null)));
        Path lists = dir.resolve("CMakeLists.txt");
        if (!Files.exists(lists) || !Files.readString(lists).equals(cmake)) {
            Files.writeString(lists, cmake, StandardCharsets.UTF_8);
        }
        Path buildDir = dir.resolve("build");
        Path log = dir.resolve("build.log");
        Files.deleteIfExists(log);
        timingsIo("c++", () -> {
            if (!Files.exists(buildDir.resolve("CMakeCache.txt"))) {
                List<String> configure = new java.util.ArrayList<>(List.of("cmake", "-S", dir.toString(), "-B",
                        buildDir.toString(), "-DCMAKE_BUILD_TYPE=Release"));
                if (!options.cxxFlags().isEmpty()) {
                    configure.add("-DCMAKE_CXX_FLAGS=" + String.join(" ", options.cxxFlags()));
                }
                if (ProcessRunner.run(configure, dir, log, false) != 0) {
                    throw new BuildFailure("configuring the generated C++ project failed", log);
                }
            }
            if (ProcessRunner.run(List.of("cmake", "--build", buildDir.toString()), dir, log, false) != 0) {
                throw new BuildFailure("the C++ compiler rejected the generated code", log);
            }
            return null;
        });
        Path built = buildDir.resolve(target);
        Path parent = output.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.copy(built, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
    }

    /** A C++ namespace for the program's code, from its file name. */
    static String namespaceFor(String stem) {
        String id = stem.replaceAll("[^A-Za-z0-9_]", "_");
        if (id.isEmpty() || Character.isDigit(id.charAt(0))) {
            id = "p_" + id;
        }
        return "py_" + id;
    }

    private static String targetName(String stem) {
        return namespaceFor(stem).substring(3);
    }

    private static String projectName(String stem) {
        return "krait_" + targetName(stem);
    }

    private interface IoWork<T> {
        T run() throws IOException;
    }

    private <T> T timingsIo(String phase, IoWork<T> work) throws IOException {
        long start = System.nanoTime();
        try {
            return work.run();
        } finally {
            timings.add(phase, System.nanoTime() - start);
        }
    }

    private static String hash(String s) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(s.getBytes(StandardCharsets.UTF_8))).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
