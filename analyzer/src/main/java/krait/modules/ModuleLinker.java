package krait.modules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import krait.diag.CompileError;
import krait.diag.Diagnostic;
import krait.diag.Location;
import krait.diag.MessageId;
import krait.diag.SourceFile;
import krait.syntax.Alias;
import krait.syntax.Arguments;
import krait.syntax.Comprehension;
import krait.syntax.ConstValue;
import krait.syntax.ExceptHandler;
import krait.syntax.Expr;
import krait.syntax.ExprContext;
import krait.syntax.Mod;
import krait.syntax.Node;
import krait.syntax.Pos;
import krait.syntax.Rewriter;
import krait.syntax.Stmt;
import krait.types.ScopeAnalysis;

/**
 * Joins the program's modules into one module, which the analysis and the lowering handle as
 * before. A module's body is placed where the program first imports it, so module bodies run once
 * and in CPython's order (an import cycle finds the module partly run, as CPython does). The
 * module-level names of module {@code m} become {@code m.name}: a dot can't occur in a Python
 * name, so two modules' {@code helper}s or {@code Node}s never meet, and messages and
 * {@code krait types} show the qualified name. {@code m.f} through an imported module and names
 * bound by {@code from m import f} to a def or class become that qualified name; other
 * {@code from} imports copy the value at the import, as Python does. {@code __name__} becomes a
 * constant. The main module keeps its names.
 */
public final class ModuleLinker {
    /** What a module-level name stands for. */
    private sealed interface Target {
    }

    private record Rename(String id) implements Target {
    }

    private record ModuleAlias(ModuleGraph.Module module) implements Target {
    }

    /** The name {@code name} of {@code module}, looked up when used (modules may import each other). */
    private record Forward(ModuleGraph.Module module, String name) implements Target {
    }

    /** A linked program: one module, and the main file with the others linked for positions. */
    public record Result(Mod.Module module, SourceFile file, List<ModuleGraph.Module> modules) {
    }

    private final ModuleGraph graph;
    // by identity: a module record holds its whole syntax tree, which would be hashed on every lookup
    private final Map<ModuleGraph.Module, State> states = new java.util.IdentityHashMap<>();
    private final List<Object[]> errors = new ArrayList<>();

    /** Per module: its global names, what its names stand for, and how far its body has run. */
    private final class State {
        final ModuleGraph.Module module;
        final Set<String> globals = new LinkedHashSet<>();
        final Map<String, Target> table = new LinkedHashMap<>();
        final Map<String, Integer> bindings = new HashMap<>();
        final Set<String> defined = new LinkedHashSet<>();
        final Set<String> declaredGlobal = new LinkedHashSet<>();
        final Set<String> boundSoFar = new LinkedHashSet<>();
        boolean started;
        boolean finished;

        State(ModuleGraph.Module module) {
            this.module = module;
            List<Stmt> body = module.ast().body();
            globals.addAll(ScopeAnalysis.boundNames(body));
            krait.syntax.Nodes.walk(module.ast(), n -> {
                if (n instanceof Stmt.FunctionDef f) {
                    declaredGlobal.addAll(ScopeAnalysis.globalDeclarations(f.body()));
                }
                return true;
            });
            globals.addAll(declaredGlobal);
            for (Stmt s : body) {
                for (String name : ScopeAnalysis.boundNames(List.of(s))) {
                    bindings.merge(name, 1, Integer::sum);
                }
                if (s instanceof Stmt.FunctionDef f) {
                    defined.add(f.name());
                } else if (s instanceof Stmt.ClassDef c) {
                    defined.add(c.name());
                }
            }
            if (module.index() != 0) {
                for (String g : globals) {
                    table.put(g, new Rename(module.name() + "." + g));
                }
            }
        }

        /** A name bound by one def or class only: importing it can name it directly. */
        boolean stable(String name) {
            return defined.contains(name) && bindings.getOrDefault(name, 0) == 1 && !declaredGlobal.contains(name);
        }
    }

    private ModuleLinker(ModuleGraph graph) {
        this.graph = graph;
    }

    public static Result link(ModuleGraph graph) {
        ModuleGraph.Module main = graph.main();
        if (standsAlone(graph, main.ast())) {
            return new Result(main.ast(), main.file(), List.of(main));
        }
        ModuleLinker linker = new ModuleLinker(graph);
        List<Stmt> body = linker.process(main);
        List<ModuleGraph.Module> modules = graph.modules();
        List<SourceFile> others = new ArrayList<>();
        for (ModuleGraph.Module m : modules.subList(1, modules.size())) {
            others.add(m.file());
        }
        SourceFile file = main.file().withModules(others);
        if (!linker.errors.isEmpty()) {
            Map<String, Diagnostic> ds = new LinkedHashMap<>();
            for (Object[] e : linker.errors) {
                Diagnostic d = Diagnostic.error(Location.of(file, (Pos) e[0]), (MessageId) e[1], (Object[]) e[2]);
                ds.putIfAbsent(d.location().file().displayName() + ":" + d.location().line() + ":" + d.location().col()
                        + d.message(), d);
            }
            throw new CompileError(new ArrayList<>(ds.values()));
        }
        return new Result(new Mod.Module(body, main.ast().typeIgnores()), file, modules);
    }

    /** A module that is neither the program's nor modelled: CPython's own ones are only not supported yet. */
    private void missingModule(Pos pos, String name) {
        if (STDLIB.contains(name.split("\\.")[0])) {
            error(pos, MessageId.UNSUPPORTED_MODULE, name);
        } else {
            error(pos, MessageId.NO_MODULE, name);
        }
    }

    private static final Set<String> STDLIB = readNames("stdlib-modules.txt");
    private static final Set<String> BUILTINS = readNames("builtin-names.txt");

    private static Set<String> readNames(String resource) {
        try (var in = ModuleLinker.class.getResourceAsStream(resource)) {
            Set<String> out = new java.util.HashSet<>();
            for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line.strip());
                }
            }
            return Set.copyOf(out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A program of one module that doesn't read {@code __name__} needs no rewriting (most programs). */
    private static boolean standsAlone(ModuleGraph graph, Mod.Module module) {
        boolean[] alone = {true};
        krait.syntax.Nodes.walk(module, n -> {
            if (n instanceof Stmt.Import im) {
                im.names().forEach(a -> alone[0] &= graph.isLibrary(a.name()));
            } else if (n instanceof Stmt.ImportFrom im) {
                alone[0] &= (im.level() == null || im.level() == 0) && im.module() != null && graph.isLibrary(im.module());
            } else if (n instanceof Expr.Name name && name.id().equals("__name__")) {
                alone[0] = false;
            }
            return alone[0];
        });
        return alone[0];
    }

    private void error(Pos pos, MessageId id, Object... args) {
        errors.add(new Object[] {pos, id, args});
    }

    private State state(ModuleGraph.Module m) {
        State s = states.get(m);
        if (s == null) {
            s = new State(m);
            states.put(m, s);
            bindImports(s);
        }
        return s;
    }

    // ---- imports ----

    /** The dotted name an import-from refers to, relative ones resolved against {@code m}'s package; null if impossible. */
    private String fromModuleName(ModuleGraph.Module m, Stmt.ImportFrom im) {
        int level = im.level() == null ? 0 : im.level();
        if (level == 0) {
            return im.module();
        }
        if (m.index() == 0) {
            error(im.pos(), MessageId.UNSUPPORTED_CONSTRUCT, "a relative import in the main module (it has no package)");
            return null;
        }
        String base = m.packageName();
        for (int i = 1; i < level; i++) {
            int dot = base.lastIndexOf('.');
            if (base.isEmpty()) {
                break;
            }
            base = dot < 0 ? "" : base.substring(0, dot);
        }
        if (base.isEmpty()) {
            error(im.pos(), MessageId.UNSUPPORTED_CONSTRUCT, "a relative import beyond the top-level package");
            return null;
        }
        return im.module() == null ? base : base + "." + im.module();
    }

    /** Whether {@code name} is one of the program's modules (library modules with a model file stay as they are). */
    private boolean isProgramModule(String name) {
        return !graph.isLibrary(name) && graph.find(name) != null;
    }

    /** Fills the table for the names that {@code s}'s top-level imports of program modules bind. */
    private void bindImports(State s) {
        for (Stmt st : s.module.ast().body()) {
            if (st instanceof Stmt.Import im) {
                for (Alias a : im.names()) {
                    if (isProgramModule(a.name())) {
                        String bound = a.asname() != null ? a.asname() : a.name().split("\\.")[0];
                        String target = a.asname() != null ? a.name() : a.name().split("\\.")[0];
                        s.table.put(bound, new ModuleAlias(graph.find(target)));
                    }
                }
            } else if (st instanceof Stmt.ImportFrom im) {
                String from = (im.level() != null && im.level() > 0) || !graph.isLibrary(String.valueOf(im.module()))
                        ? quietFromName(s.module, im) : null;
                if (from == null || !isProgramModule(from)) {
                    continue;
                }
                ModuleGraph.Module source = graph.find(from);
                for (Alias a : im.names()) {
                    if (a.name().equals("*")) {
                        continue; // bound when the statement is reached: the source's names are known then
                    }
                    String bound = a.asname() != null ? a.asname() : a.name();
                    ModuleGraph.Module sub = source.isPackage() ? graph.find(from + "." + a.name()) : null;
                    boolean attribute = state(source).globals.contains(a.name());
                    if (!attribute && sub != null) {
                        s.table.put(bound, new ModuleAlias(sub));
                    } else if (s.bindings.getOrDefault(bound, 0) == 1 && !s.declaredGlobal.contains(bound)
                            && (state(source).stable(a.name()) || state(source).table.get(a.name()) instanceof ModuleAlias)) {
                        s.table.put(bound, new Forward(source, a.name()));
                    }
                }
            }
        }
    }

    private String quietFromName(ModuleGraph.Module m, Stmt.ImportFrom im) {
        int before = errors.size();
        String name = fromModuleName(m, im);
        while (errors.size() > before) {
            errors.remove(errors.size() - 1); // reported when the statement is reached
        }
        return name;
    }

    /** What {@code name} of module {@code m} stands for, forwards followed; null if {@code m} has no such name. */
    private Target attribute(ModuleGraph.Module m, String name, int depth) {
        State s = state(m);
        Target t = s.table.get(name);
        if (t instanceof Forward f && depth < 50) {
            return attribute(f.module(), f.name(), depth + 1);
        }
        if (t != null) {
            return t;
        }
        if (s.globals.contains(name)) {
            return m.index() == 0 ? new Rename(name) : new Rename(m.name() + "." + name);
        }
        ModuleGraph.Module sub = m.isPackage() ? graph.find(m.name() + "." + name) : null;
        return sub != null && state(sub).started ? new ModuleAlias(sub) : null;
    }

    /** Runs {@code m}'s body here unless it has started already; its packages first. */
    private void load(ModuleGraph.Module m, List<Stmt> out) {
        int dot = m.name().lastIndexOf('.');
        if (dot > 0) {
            load(graph.find(m.name().substring(0, dot)), out);
        }
        if (!state(m).started) {
            out.addAll(process(m));
        }
    }

    private List<Stmt> process(ModuleGraph.Module m) {
        State s = state(m);
        s.started = true;
        List<Stmt> out = new ArrayList<>();
        for (Stmt st : m.ast().body()) {
            if (st instanceof Stmt.Import im) {
                List<Alias> library = new ArrayList<>();
                for (Alias a : im.names()) {
                    if (graph.isLibrary(a.name())) {
                        library.add(a);
                    } else if (graph.find(a.name()) != null) {
                        load(graph.find(a.name()), out);
                    } else {
                        missingModule(a.pos(), a.name());
                    }
                }
                if (!library.isEmpty()) {
                    out.add(renamer(s).stmt(new Stmt.Import(im.pos(), library), null));
                }
            } else if (st instanceof Stmt.ImportFrom im) {
                importFrom(s, im, out);
            } else {
                out.add(renamer(s).stmt(st, null));
            }
            s.boundSoFar.addAll(ScopeAnalysis.boundNames(List.of(st)));
        }
        s.finished = true;
        return out;
    }

    private void importFrom(State s, Stmt.ImportFrom im, List<Stmt> out) {
        String from = fromModuleName(s.module, im);
        if (from == null) {
            return;
        }
        if (graph.isLibrary(from)) {
            out.add(renamer(s).stmt(im, null));
            return;
        }
        ModuleGraph.Module source = graph.find(from);
        if (source == null) {
            missingModule(im.pos(), from);
            return;
        }
        load(source, out);
        State src = state(source);
        List<Alias> names = new ArrayList<>();
        for (Alias a : im.names()) {
            if (a.name().equals("*")) {
                for (String g : src.globals) {
                    if (g.startsWith("_")) {
                        continue;
                    }
                    boolean onlyHere = s.bindings.getOrDefault(g, 0) == 0 && !s.declaredGlobal.contains(g);
                    if (onlyHere && (src.stable(g) || src.table.get(g) instanceof ModuleAlias)) {
                        s.table.put(g, new Forward(source, g)); // a def or class: its own name serves
                        continue;
                    }
                    names.add(new Alias(a.pos(), g, null));
                    if (!s.table.containsKey(g) && s.module.index() != 0) {
                        s.table.put(g, new Rename(s.module.name() + "." + g));
                    }
                    if (!s.globals.contains(g)) {
                        s.globals.add(g);
                    }
                }
            } else {
                names.add(a);
            }
        }
        Renamer r = renamer(s);
        for (Alias a : names) {
            String bound = a.asname() != null ? a.asname() : a.name();
            ModuleGraph.Module sub = source.isPackage() && !src.globals.contains(a.name())
                    ? graph.find(from + "." + a.name()) : null;
            if (sub != null) {
                load(sub, out);
                if (!s.table.containsKey(bound) || !(s.table.get(bound) instanceof ModuleAlias)) {
                    s.table.put(bound, new ModuleAlias(sub));
                }
                continue;
            }
            if (!src.globals.contains(a.name())) {
                error(a.pos(), MessageId.CANNOT_IMPORT_NAME, a.name(), from);
                continue;
            }
            if (src.started && !src.finished && !src.boundSoFar.contains(a.name())) {
                error(a.pos(), MessageId.PARTIALLY_INITIALIZED, from, a.name());
                continue;
            }
            Target own = s.table.get(bound);
            if (own instanceof Forward || own instanceof ModuleAlias) {
                continue; // the name stands for the source's directly
            }
            Target value = attribute(source, a.name(), 0);
            if (value instanceof ModuleAlias alias) {
                s.table.put(bound, alias);
            } else if (value instanceof Rename rename) {
                Expr target = r.expr(new Expr.Name(a.pos(), bound, ExprContext.Store), null);
                out.add(new Stmt.Assign(a.pos(), List.of(target), new Expr.Name(a.pos(), rename.id(), ExprContext.Load), null));
            }
        }
    }

    // ---- renaming ----

    private Renamer renamer(State s) {
        return new Renamer(s);
    }

    /** A function's (or comprehension's) names, or a class body's; null stands for the module's own scope. */
    private record Scope(Set<String> locals, Set<String> globals, Scope parent, boolean isClass) {
    }

    private static boolean shadowed(Scope sc, String name) {
        boolean innermost = true;
        for (Scope s = sc; s != null; s = s.parent()) {
            if (s.globals().contains(name)) {
                return false;
            }
            if ((!s.isClass() || innermost) && s.locals().contains(name)) {
                return true;
            }
            innermost = false;
        }
        return false;
    }

    /** Rewrites one module's statements: its names to qualified ones, uses of imported modules to what they name. */
    private final class Renamer {
        private final State s;

        Renamer(State s) {
            this.s = s;
        }

        Stmt stmt(Stmt st, Scope sc) {
            return Rewriter.rewrite(st, n -> replace(n, sc));
        }

        Expr expr(Expr e, Scope sc) {
            return e == null ? null : Rewriter.rewrite(e, n -> replace(n, sc));
        }

        private List<Stmt> stmts(List<Stmt> body, Scope sc) {
            List<Stmt> out = new ArrayList<>(body.size());
            body.forEach(st -> out.add(stmt(st, sc)));
            return out;
        }

        private List<Expr> exprs(List<Expr> es, Scope sc) {
            List<Expr> out = new ArrayList<>(es.size());
            es.forEach(e -> out.add(expr(e, sc)));
            return out;
        }

        private Target target(String name) {
            Target t = s.table.get(name);
            return t instanceof Forward f ? attribute(f.module(), f.name(), 0) : t;
        }

        private String renamed(String name) {
            return target(name) instanceof Rename r ? r.id() : name;
        }

        /** The module {@code e} names ({@code m} or {@code pkg.sub}), or null. */
        private ModuleGraph.Module moduleOf(Expr e, Scope sc) {
            if (e instanceof Expr.Name n && !shadowed(sc, n.id())) {
                return target(n.id()) instanceof ModuleAlias a ? a.module() : null;
            }
            if (e instanceof Expr.Attribute a) {
                ModuleGraph.Module m = moduleOf(a.value(), sc);
                return m != null && attribute(m, a.attr(), 0) instanceof ModuleAlias alias ? alias.module() : null;
            }
            return null;
        }

        private Node replace(Node n, Scope sc) {
            if (n instanceof Expr.Name name) {
                return name(name, sc);
            }
            if (n instanceof Expr.Attribute a) {
                ModuleGraph.Module m = moduleOf(a.value(), sc);
                if (m == null) {
                    return null;
                }
                Target t = attribute(m, a.attr(), 0);
                State ms = state(m);
                boolean partial = ms.started && !ms.finished && !ms.boundSoFar.contains(a.attr());
                if (sc == null && partial) {
                    error(a.pos(), MessageId.PARTIALLY_INITIALIZED, m.name(), a.attr());
                    return a;
                }
                if (t == null) {
                    error(a.pos(), MessageId.NO_ATTRIBUTE, "module '" + m.name() + "'", a.attr());
                    return a;
                }
                if (t instanceof Rename r) {
                    return new Expr.Name(a.pos(), r.id(), a.ctx());
                }
                error(a.pos(), MessageId.UNSUPPORTED_CONSTRUCT, "a module used as a value");
                return a;
            }
            if (n instanceof Stmt.FunctionDef f) {
                return functionDef(f, sc);
            }
            if (n instanceof Expr.Lambda l) {
                Scope inner = new Scope(new LinkedHashSet<>(ScopeAnalysis.parameterNames(l.args())), Set.of(), sc, false);
                return new Expr.Lambda(l.pos(), arguments(l.args(), sc), expr(l.body(), inner));
            }
            if (n instanceof Expr.ListComp c) {
                Scope inner = comprehensionScope(c.generators(), sc);
                return new Expr.ListComp(c.pos(), expr(c.elt(), inner), generators(c.generators(), sc, inner));
            }
            if (n instanceof Expr.SetComp c) {
                Scope inner = comprehensionScope(c.generators(), sc);
                return new Expr.SetComp(c.pos(), expr(c.elt(), inner), generators(c.generators(), sc, inner));
            }
            if (n instanceof Expr.GeneratorExp c) {
                Scope inner = comprehensionScope(c.generators(), sc);
                return new Expr.GeneratorExp(c.pos(), expr(c.elt(), inner), generators(c.generators(), sc, inner));
            }
            if (n instanceof Expr.DictComp c) {
                Scope inner = comprehensionScope(c.generators(), sc);
                return new Expr.DictComp(c.pos(), expr(c.key(), inner), expr(c.value(), inner),
                        generators(c.generators(), sc, inner));
            }
            if (n instanceof Stmt.ClassDef c) {
                Scope inner = new Scope(ScopeAnalysis.boundNames(c.body()), Set.of(), sc, true);
                List<krait.syntax.Keyword> keywords = new ArrayList<>();
                c.keywords().forEach(k -> keywords.add(new krait.syntax.Keyword(k.pos(), k.arg(), expr(k.value(), sc))));
                return new Stmt.ClassDef(c.pos(), sc == null ? renamed(c.name()) : c.name(), exprs(c.bases(), sc), keywords,
                        stmts(c.body(), inner), exprs(c.decoratorList(), sc));
            }
            if (n instanceof ExceptHandler h && h.name() != null && sc == null) {
                return new ExceptHandler(h.pos(), expr(h.type(), sc), renamed(h.name()), stmts(h.body(), sc));
            }
            if (n instanceof Stmt.Global g) {
                return new Stmt.Global(g.pos(), g.names().stream().map(this::renamed).toList());
            }
            if (n instanceof Stmt.Import im) {
                List<Alias> names = new ArrayList<>();
                for (Alias a : im.names()) {
                    if (!graph.isLibrary(a.name())) {
                        nestedImport(a.pos(), a.name());
                    }
                    String bound = a.asname() != null ? a.asname() : a.name();
                    names.add(sc == null && !a.name().contains(".") ? new Alias(a.pos(), a.name(), renamedOrNull(a, bound)) : a);
                }
                return new Stmt.Import(im.pos(), names);
            }
            if (n instanceof Stmt.ImportFrom im) {
                String from = fromModuleName(s.module, im);
                if (from != null && !graph.isLibrary(from)) {
                    nestedImport(im.pos(), from);
                    return im;
                }
                if (sc != null) {
                    return im;
                }
                List<Alias> names = new ArrayList<>();
                for (Alias a : im.names()) {
                    String bound = a.asname() != null ? a.asname() : a.name();
                    names.add(new Alias(a.pos(), a.name(), renamedOrNull(a, bound)));
                }
                return new Stmt.ImportFrom(im.pos(), im.module(), names, im.level());
            }
            return null;
        }

        private String renamedOrNull(Alias a, String bound) {
            String r = renamed(bound);
            return r.equals(bound) ? a.asname() : r;
        }

        private void nestedImport(Pos pos, String name) {
            if (graph.find(name) == null) {
                missingModule(pos, name);
            } else {
                error(pos, MessageId.UNSUPPORTED_CONSTRUCT, "importing a module of the program inside a function or a block");
            }
        }

        private Node name(Expr.Name name, Scope sc) {
            if (shadowed(sc, name.id())) {
                return name;
            }
            if (name.id().equals("__name__") && !s.globals.contains("__name__") && name.ctx() == ExprContext.Load) {
                String value = s.module.index() == 0 ? "__main__" : s.module.name();
                return new Expr.Constant(name.pos(), new ConstValue.StrValue(value), null);
            }
            Target t = target(name.id());
            if (t instanceof Rename r) {
                return new Expr.Name(name.pos(), r.id(), name.ctx());
            }
            if (t == null && s.module.index() != 0 && !s.globals.contains(name.id())
                    && state(graph.main()).globals.contains(name.id())) {
                // the joined program would find the main module's variable, which this module can't see
                if (BUILTINS.contains(name.id())) {
                    error(name.pos(), MessageId.UNSUPPORTED_CONSTRUCT, "the builtin '" + name.id() + "' in module '"
                            + s.module.name() + "' when the main module defines its own '" + name.id() + "'");
                } else {
                    error(name.pos(), MessageId.UNDEFINED_NAME, name.id());
                }
            }
            if (t instanceof ModuleAlias) {
                error(name.pos(), MessageId.UNSUPPORTED_CONSTRUCT, "a module used as a value");
            }
            return name;
        }

        private Stmt.FunctionDef functionDef(Stmt.FunctionDef f, Scope sc) {
            Set<String> globals = ScopeAnalysis.globalDeclarations(f.body());
            Set<String> locals = new LinkedHashSet<>(ScopeAnalysis.parameterNames(f.args()));
            locals.addAll(ScopeAnalysis.boundNames(f.body()));
            locals.removeAll(globals);
            locals.removeAll(ScopeAnalysis.nonlocalDeclarations(f.body()));
            Scope inner = new Scope(locals, globals, sc, false);
            return new Stmt.FunctionDef(f.pos(), sc == null ? renamed(f.name()) : f.name(), arguments(f.args(), sc),
                    stmts(f.body(), inner), exprs(f.decoratorList(), sc), f.returns(), f.typeComment());
        }

        private Arguments arguments(Arguments a, Scope sc) {
            List<Expr> kwDefaults = new ArrayList<>();
            a.kwDefaults().forEach(d -> kwDefaults.add(expr(d, sc)));
            return new Arguments(a.posonlyargs(), a.args(), a.vararg(), a.kwonlyargs(), kwDefaults, a.kwarg(),
                    exprs(a.defaults(), sc));
        }

        private Scope comprehensionScope(List<Comprehension> generators, Scope sc) {
            Set<String> targets = new LinkedHashSet<>();
            for (Comprehension g : generators) {
                krait.syntax.Nodes.walk(g.target(), n -> {
                    if (n instanceof Expr.Name name) {
                        targets.add(name.id());
                    }
                    return true;
                });
            }
            return new Scope(targets, Set.of(), sc, false);
        }

        /** The first iterable is evaluated in the enclosing scope, everything else in the comprehension's. */
        private List<Comprehension> generators(List<Comprehension> generators, Scope outer, Scope inner) {
            List<Comprehension> out = new ArrayList<>();
            for (int i = 0; i < generators.size(); i++) {
                Comprehension g = generators.get(i);
                out.add(new Comprehension(expr(g.target(), inner), expr(g.iter(), i == 0 ? outer : inner),
                        exprs(g.ifs(), inner), g.isAsync()));
            }
            return out;
        }
    }
}
