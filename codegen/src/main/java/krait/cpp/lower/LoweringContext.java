package krait.cpp.lower;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import krait.cpp.ir.CStringConstant;
import krait.cpp.ir.CppLiterals;
import krait.diag.CompileError;
import krait.diag.Diagnostic;
import krait.diag.Location;
import krait.diag.MessageId;
import krait.syntax.Pos;
import krait.types.Specialization;
import krait.types.TypedProgram;

/**
 * What the lowering of one program shares across functions: the typed program, the str constant
 * pool, the C++ names chosen for specializations and for default-argument variables.
 */
final class LoweringContext {
    final TypedProgram program;
    private final Map<String, CStringConstant> strings = new LinkedHashMap<>();
    final Map<Specialization, String> functionNames = new IdentityHashMap<>();
    private final Map<String, Integer> tempCounters = new HashMap<>();
    private final Map<krait.types.PyType, Integer> functionTags = new HashMap<>();

    LoweringContext(TypedProgram program) {
        this.program = program;
    }

    private final Map<krait.types.FunctionInfo, java.util.Set<String>> scratchLists = new IdentityHashMap<>();

    /** {@code f}'s scratch lists (see {@link ScratchLists}), found once per function. */
    java.util.Set<String> scratchLists(krait.types.FunctionInfo f) {
        return scratchLists.computeIfAbsent(f, ScratchLists::of);
    }

    private final Map<krait.types.FunctionInfo, java.util.Set<String>> counters = new IdentityHashMap<>();

    /** {@code f}'s counters (see {@link Counters}), found once per function. */
    java.util.Set<String> counters(krait.types.FunctionInfo f) {
        return counters.computeIfAbsent(f, Counters::of);
    }

    private java.util.Set<Specialization> countsDepth;

    /**
     * Whether {@code spec}'s calls count the recursion depth (krait::recursion_guard): it lies on a
     * cycle of the call graph (only such functions nest without end), or it can call one. Every
     * frame below a counted one is then counted too, so the depth where RecursionError is raised
     * is CPython's; functions that call no recursive function (most small hot ones) cost nothing.
     */
    boolean countsDepth(Specialization spec) {
        if (countsDepth == null) {
            countsDepth = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
            var graph = program.callGraph();
            java.util.ArrayDeque<Specialization> work = new java.util.ArrayDeque<>();
            for (var scc : new org.jgrapht.alg.connectivity.KosarajuStrongConnectivityInspector<>(graph)
                    .stronglyConnectedSets()) {
                Specialization first = scc.iterator().next();
                if (scc.size() > 1 || graph.containsEdge(first, first)) {
                    work.addAll(scc);
                }
            }
            countsDepth.addAll(work);
            while (!work.isEmpty()) {
                for (var edge : graph.incomingEdgesOf(work.removeFirst())) {
                    Specialization caller = graph.getEdgeSource(edge);
                    if (countsDepth.add(caller)) {
                        work.addLast(caller);
                    }
                }
            }
        }
        return countsDepth.contains(spec);
    }

    private Map<krait.cpp.ir.CType, krait.types.ClassInfo> classesByType;

    /** The program's class whose C++ pointer type is {@code type}, or null (a lookup per attribute access: made once). */
    krait.types.ClassInfo classOfType(krait.cpp.ir.CType type) {
        if (classesByType == null) {
            classesByType = new HashMap<>();
            for (krait.types.ClassInfo c : program.classes()) {
                classesByType.putIfAbsent(CppTypes.classType(c), c);
            }
        }
        return classesByType.get(type);
    }

    /**
     * The number a function object carries to say which function it holds (function.h's
     * {@code member}), one for each function of the program: a call specialized for each function
     * an argument may hold picks the specialization by it.
     */
    int functionTag(krait.types.PyType function) {
        return functionTags.computeIfAbsent(function, f -> functionTags.size() + 1);
    }

    /** The name of the constant holding the str {@code value}, adding it to the pool the first time. */
    String stringConstant(String value) {
        return strings.computeIfAbsent(value, v -> new CStringConstant("str_" + strings.size(),
                CppLiterals.stringLiteral(v), CppLiterals.utf8Length(v))).name();
    }

    List<CStringConstant> strings() {
        return new ArrayList<>(strings.values());
    }

    String functionName(Specialization spec) {
        String name = functionNames.get(spec);
        if (name == null) {
            throw new IllegalStateException("no C++ name for " + spec);
        }
        return name;
    }

    /**
     * The module variable holding the default value of parameter {@code param} of the module-level
     * function {@code function}: Python evaluates defaults once, when the def runs.
     */
    static String defaultName(String function, String param) {
        return Names.of(function) + "_default_" + Names.of(param);
    }

    static String defaultName(krait.types.FunctionInfo fn, String param) {
        String owner = fn.ownerClass() != null ? CppTypes.className(fn.ownerClass()) + "_"
                : fn.enclosing() != null && !fn.enclosing().isModule()
                ? Names.of(fn.enclosing().name()) + "_" + fn.pos().line() + "_" : "";
        return owner + defaultName(fn.name(), param);
    }

    /** A fresh name for a compiler temporary, unique within the program. */
    String temp(String prefix) {
        int n = tempCounters.merge(prefix, 1, Integer::sum);
        return "krait_" + prefix + (n - 1);
    }

    CompileError unsupported(Pos pos, String what) {
        return new CompileError(Diagnostic.error(Location.of(program.file(), pos), MessageId.UNSUPPORTED_CONSTRUCT, what));
    }
}
