package krait.types;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import krait.diag.Diagnostic;
import krait.diag.Location;
import krait.diag.MessageId;
import krait.diag.SourceFile;
import krait.syntax.Pos;
import krait.syntax.Stmt;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.DefaultEdge;

/**
 * The state of one analysis, passed to every part of it (there is no global state): the solver,
 * the models, the program's functions and globals, the specializations made so far, the call graph
 * they form, and the diagnostics found.
 */
public final class InferenceContext {
    /** Beyond this many argument-type tuples a function is reported instead of copied again. */
    static final int MAX_SPECIALIZATIONS = 64;

    final SourceFile file;
    final Models models;
    final ConstraintSolver solver = new ConstraintSolver();
    final FunctionInfo module;
    final Set<String> moduleNames;
    final Map<String, TypeVar> globals = new LinkedHashMap<>();
    final Map<Stmt.FunctionDef, FunctionInfo> functions = new IdentityHashMap<>();
    final Map<FunctionInfo, Map<List<PyType>, Specialization>> specializations = new LinkedHashMap<>();
    final List<Specialization> allSpecializations = new ArrayList<>();
    final List<AllocSite> allSites = new ArrayList<>();
    Specialization moduleSpec;
    final Graph<Specialization, DefaultEdge> callGraph = new DefaultDirectedGraph<>(DefaultEdge.class);
    private final Set<String> reported = new LinkedHashSet<>();
    private final List<Diagnostic> diagnostics = new ArrayList<>();

    InferenceContext(SourceFile file, Models models, List<Stmt> moduleBody) {
        this.file = file;
        this.models = models;
        this.module = FunctionInfo.ofModule(moduleBody);
        Set<String> names = new LinkedHashSet<>(ScopeAnalysis.boundNames(moduleBody));
        // a `global x` inside a function makes x a module variable even if only that function assigns it
        collectGlobalDeclarations(moduleBody, names);
        this.moduleNames = names;
    }

    private void collectGlobalDeclarations(List<Stmt> body, Set<String> into) {
        for (Stmt s : body) {
            if (s instanceof Stmt.FunctionDef f) {
                into.addAll(ScopeAnalysis.globalDeclarations(f.body()));
            }
        }
    }

    TypeVar global(String name) {
        return globals.computeIfAbsent(name, n -> solver.newVar("variable '" + n + "'", Pos.NONE));
    }

    FunctionInfo functionInfo(Stmt.FunctionDef def) {
        return functions.computeIfAbsent(def, FunctionInfo::of);
    }

    AllocSite newSite(Pos pos, String what) {
        AllocSite site = new AllocSite(allSites.size(), pos, solver.newVar("elements of " + what, pos));
        allSites.add(site);
        return site;
    }

    /** The specialization of {@code fn} for {@code argTypes}, analysing it the first time. */
    Specialization specialize(FunctionInfo fn, List<PyType> argTypes, Pos callPos) {
        Map<List<PyType>, Specialization> byArgs = specializations.computeIfAbsent(fn, f -> new LinkedHashMap<>());
        Specialization existing = byArgs.get(argTypes);
        if (existing != null) {
            return existing;
        }
        if (byArgs.size() >= MAX_SPECIALIZATIONS) {
            error(callPos, MessageId.TOO_MANY_SPECIALIZATIONS, fn.name(), MAX_SPECIALIZATIONS);
            return null;
        }
        TypeVar ret = solver.newVar("return value of " + fn.name() + "()", fn.pos());
        Specialization spec = new Specialization(allSpecializations.size(), fn, List.copyOf(argTypes), ret);
        byArgs.put(spec.argTypes(), spec);
        allSpecializations.add(spec);
        callGraph.addVertex(spec);
        new ConstraintGenerator(this, spec).generate();
        return spec;
    }

    void error(Pos pos, MessageId id, Object... args) {
        Diagnostic d = Diagnostic.error(Location.of(file, pos), id, args);
        if (reported.add(pos.line() + ":" + pos.col() + ":" + d.message())) {
            diagnostics.add(d);
        }
    }

    void report(Diagnostic d) {
        if (reported.add(d.location().line() + ":" + d.location().col() + ":" + d.message())) {
            diagnostics.add(d);
        }
    }

    List<Diagnostic> diagnostics() {
        return diagnostics;
    }
}
