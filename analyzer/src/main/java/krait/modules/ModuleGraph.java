package krait.modules;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import krait.diag.SourceFile;
import krait.syntax.Mod;

/**
 * The program's own modules, found as CPython's path finder finds them: a package directory
 * ({@code name/__init__.py}) before a module file ({@code name.py}) in each directory of the
 * search path (the main file's directory, then the {@code -I} directories), and submodules in
 * their package's directory. Each module is read and parsed once, the first time it is asked for;
 * module {@code i} (the main file is 0) has its positions moved to lines from
 * {@code i * SourceFile.MODULE_LINES} so that a position alone names its file.
 */
public final class ModuleGraph {
    /**
     * Library modules CPython compiles into the interpreter: its import system finds them before
     * any file, so a program's own {@code sys.py} can't shadow them (a {@code math.py} can).
     */
    private static final Set<String> INTERPRETER_MODULES = Set.of("sys", "builtins", "time", "itertools", "errno",
            "gc", "marshal", "posix", "pwd", "atexit", "faulthandler");

    /** A module of the program: {@code name} is dotted; a package's file is its {@code __init__.py}. */
    public record Module(String name, Path path, SourceFile file, Mod.Module ast, boolean isPackage, int index) {
        /** The package relative imports in this module start from. */
        String packageName() {
            if (isPackage) {
                return name;
            }
            int dot = name.lastIndexOf('.');
            return dot < 0 ? "" : name.substring(0, dot);
        }
    }

    private final List<Path> searchPath;
    private final Path mainDir;
    /** The directory part of the main file's name as the user gave it: modules beside it are named from there. */
    private final Path mainDisplayDir;
    private final Set<String> libraryModules;
    private final Function<SourceFile, Mod.Module> parser;
    private final Map<String, Module> byName = new LinkedHashMap<>();
    private final Map<String, Boolean> missing = new LinkedHashMap<>();
    private final List<Module> modules = new ArrayList<>();

    /**
     * {@code libraryModules} are the modules that have model files; {@code parser} parses a file
     * (the compiler's, so that its time is counted).
     */
    public ModuleGraph(Path mainFile, SourceFile main, Mod.Module mainAst, List<Path> includeDirs,
                       Set<String> libraryModules, Function<SourceFile, Mod.Module> parser) {
        List<Path> path = new ArrayList<>();
        Path dir = mainFile.toAbsolutePath().getParent();
        path.add(dir == null ? Path.of(".").toAbsolutePath() : dir);
        includeDirs.forEach(d -> path.add(d.toAbsolutePath()));
        this.searchPath = List.copyOf(path);
        this.mainDir = path.get(0).normalize();
        this.mainDisplayDir = Path.of(main.displayName()).getParent();
        this.libraryModules = libraryModules;
        this.parser = parser;
        modules.add(new Module("__main__", mainFile, main, mainAst, false, 0));
    }

    public Module main() {
        return modules.get(0);
    }

    /** Modules found so far, the main one first. */
    public List<Module> modules() {
        return List.copyOf(modules);
    }

    /** Whether {@code name} (dotted) is a library module with a model, not one of the program's. */
    public boolean isLibrary(String name) {
        String top = name.split("\\.")[0];
        if (!libraryModules.contains(name)) {
            return false;
        }
        return INTERPRETER_MODULES.contains(top) || find(name) == null;
    }

    /** The program's module {@code name} (dotted), read the first time; null if there is no such file. */
    public Module find(String name) {
        Module m = byName.get(name);
        if (m != null || missing.containsKey(name)) {
            return m;
        }
        int dot = name.lastIndexOf('.');
        List<Path> dirs;
        String last;
        if (dot < 0) {
            dirs = searchPath;
            last = name;
        } else {
            Module parent = find(name.substring(0, dot));
            if (parent == null || !parent.isPackage()) {
                missing.put(name, true);
                return null;
            }
            dirs = List.of(parent.path().getParent());
            last = name.substring(dot + 1);
        }
        for (Path d : dirs) {
            Path init = d.resolve(last).resolve("__init__.py");
            Path file = d.resolve(last + ".py");
            Path found = Files.isRegularFile(init) ? init : Files.isRegularFile(file) ? file : null;
            if (found != null) {
                m = load(name, found, found == init);
                byName.put(name, m);
                return m;
            }
        }
        missing.put(name, true);
        return null;
    }

    private Module load(String name, Path file, boolean isPackage) {
        SourceFile source;
        try {
            source = SourceFile.read(file, displayName(file));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        int index = modules.size();
        Mod.Module ast = PositionShift.shift(parser.apply(source), index * SourceFile.MODULE_LINES);
        Module m = new Module(name, file, source, ast, isPackage, index);
        modules.add(m);
        return m;
    }

    /**
     * A module beside the main file is named as the main file was ({@code dir/main.py} makes
     * {@code dir/util.py}); others relative to the working directory when under it, else absolute.
     */
    private String displayName(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        if (abs.startsWith(mainDir)) {
            Path rel = mainDir.relativize(abs);
            return (mainDisplayDir == null ? rel : mainDisplayDir.resolve(rel)).toString();
        }
        Path cwd = Path.of("").toAbsolutePath();
        return abs.startsWith(cwd) ? cwd.relativize(abs).toString() : abs.toString();
    }
}
