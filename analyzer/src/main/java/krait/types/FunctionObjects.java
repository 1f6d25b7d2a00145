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
import krait.syntax.Expr;
import krait.syntax.Pos;

/**
 * Function objects ({@link PyType.CallableType}): after solving, every variable, element,
 * attribute or expression that holds several different functions gets one callable type beside
 * them, which stands for all of them in {@link Representation}. Its signature is what calls
 * through such values pass: the analysis already specialized each member for those arguments, so
 * the members must agree on the argument types they are called with and their results must share
 * one representation. A value holding a single function is left alone (a direct call).
 */
final class FunctionObjects {
    private FunctionObjects() {
    }

    /** A call through a function object: its argument types, result types and what each member's call runs. */
    private record Use(Expr.Call call, TypeVar callee, List<PyType> params, Set<PyType> results,
                       Map<PyType, CallTarget> byMember) {
    }

    /** The functions that meet in function objects (one union-find class) and how they are called. */
    private static final class Group {
        List<PyType> params;
        Pos at;
        final Set<PyType> results = new LinkedHashSet<>();
        final Map<PyType, CallTarget> targets = new LinkedHashMap<>();
    }

    /**
     * {@code print(f)}, {@code str(f)}, {@code repr(f)} and {@code f"{f}"} of a function (or of a
     * container holding one): CPython shows its address, which a compiled program cannot
     * reproduce, so it is refused; a class (shown as {@code <class '__main__.C'>}) is not shown yet.
     */
    static void refusePrinted(InferenceContext cx) {
        Set<String> printing = Set.of("print", "str", "repr", "format", "ascii");
        for (Specialization s : cx.allSpecializations) {
            for (Map.Entry<krait.syntax.Node, TypeVar> e : s.exprTypes.entrySet()) {
                if (e.getKey() instanceof Expr.FormattedValue fv && shows(s, fv.value())) {
                    cx.error(fv.value().pos(), MessageId.UNSUPPORTED_CONSTRUCT, "printing a function");
                } else if (e.getKey() instanceof Expr.FormattedValue fv && showsClass(s, fv.value())) {
                    cx.error(fv.value().pos(), MessageId.UNSUPPORTED_CONSTRUCT, "printing a class");
                }
            }
            for (Map.Entry<krait.syntax.Node, Map<List<PyType>, CallTarget>> e : s.calls.entrySet()) {
                if (!(e.getKey() instanceof Expr.Call call) || call.func() instanceof Expr.Attribute) {
                    continue;
                }
                boolean prints = e.getValue().values().stream().anyMatch(t -> t instanceof CallTarget.Builtin b
                        && printing.contains(b.signature().name()));
                if (!prints) {
                    continue;
                }
                for (Expr a : call.args()) {
                    if (shows(s, a instanceof Expr.Starred st ? st.value() : a)) {
                        cx.error(a.pos(), MessageId.UNSUPPORTED_CONSTRUCT, "printing a function");
                    } else if (showsClass(s, a instanceof Expr.Starred st ? st.value() : a)) {
                        cx.error(a.pos(), MessageId.UNSUPPORTED_CONSTRUCT, "printing a class");
                    }
                }
            }
        }
    }

    /** A class (held as a placeholder, it would show None), directly or in a tuple. */
    private static boolean showsClass(Specialization s, Expr e) {
        TypeVar v = s.typeOf(e);
        return v != null && v.types().stream().anyMatch(t -> t instanceof PyType.ClassRef
                || t instanceof PyType.TupleType tu && tu.elements().stream().anyMatch(el -> el instanceof PyType.ClassRef));
    }

    private static boolean shows(Specialization s, Expr e) {
        TypeVar v = s.typeOf(e);
        if (v == null) {
            return false;
        }
        for (PyType t : v.types()) {
            if (holdsFunction(t, 0)) {
                return true;
            }
        }
        return false;
    }

    private static boolean holdsFunction(PyType t, int depth) {
        if (PyType.isFunctionValue(t) || t instanceof PyType.CallableType) {
            return !(t instanceof PyType.BuiltinRef b && b.function().overloads().get(0).returns() instanceof TypePattern.ModelObject);
        }
        if (depth > 8) {
            return false;
        }
        List<TypeVar> inner = new ArrayList<>();
        if (t instanceof PyType.ListType l) {
            inner.add(l.site().elements());
        } else if (t instanceof PyType.SetType st) {
            inner.add(st.site().elements());
        } else if (t instanceof PyType.VarTupleType vt) {
            inner.add(vt.site().elements());
        } else if (t instanceof PyType.DictType d) {
            inner.add(d.site().elements());
            inner.add(d.site().values());
        } else if (t instanceof PyType.TupleType tu) {
            for (PyType el : tu.elements()) {
                if (holdsFunction(el, depth + 1)) {
                    return true;
                }
            }
        }
        for (TypeVar v : inner) {
            for (PyType el : v.types()) {
                if (holdsFunction(el, depth + 1)) {
                    return true;
                }
            }
        }
        return false;
    }

    static void assign(InferenceContext cx) {
        List<TypeVar> all = allVars(cx);
        Set<TypeVar> mixtures = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (TypeVar v : all) {
            if (isMixture(v.types())) {
                mixtures.add(v);
            }
        }
        if (mixtures.isEmpty()) {
            return;
        }
        // functions held together share one signature, so they are grouped first
        Map<PyType, PyType> parent = new java.util.HashMap<>();
        for (TypeVar v : mixtures) {
            unite(parent, v.types());
        }
        List<Use> uses = new ArrayList<>();
        for (Specialization s : cx.allSpecializations) {
            for (Map.Entry<krait.syntax.Node, Map<List<PyType>, CallTarget>> e : s.calls.entrySet()) {
                if (!(e.getKey() instanceof Expr.Call call)) {
                    continue;
                }
                TypeVar callee = cx.attributeCallees.containsKey(call) ? cx.attributeCallees.get(call) : s.typeOf(call.func());
                if (callee == null || !mixtures.contains(callee)) {
                    continue;
                }
                Use use = callThrough(cx, s, call, callee, e.getValue());
                if (!cx.diagnostics().isEmpty()) {
                    return;
                }
                if (use != null) {
                    uses.add(use);
                }
            }
        }
        Map<PyType, Group> groups = new LinkedHashMap<>();
        for (Use use : uses) {
            Group g = groups.computeIfAbsent(find(parent, firstFunction(use.callee().types())), k -> new Group());
            if (g.params != null && !g.params.equals(use.params())) {
                differentArguments(cx, use, g);
                return;
            }
            if (g.params == null) {
                g.params = use.params();
                g.at = use.call().pos();
            }
            g.results.addAll(use.results());
            g.targets.putAll(use.byMember());
            if (Representation.distinct(g.results).size() > 1) {
                resultsDiffer(cx, use.call(), use.callee(), g.targets);
                return;
            }
        }
        if (!callbacksCovered(cx, mixtures, parent, groups)) {
            return;
        }
        // one callable type per signature, which knows the targets of all the functions it may hold
        Map<List<PyType>, Map<PyType, CallTarget>> targets = new LinkedHashMap<>();
        for (Group g : groups.values()) {
            targets.computeIfAbsent(signature(g.params, resultOf(g.results)), k -> new LinkedHashMap<>()).putAll(g.targets);
        }
        Map<List<PyType>, PyType.CallableType> made = new LinkedHashMap<>();
        java.util.function.Function<Set<PyType>, PyType.CallableType> callableFor = types -> {
            Group g = groups.get(find(parent, firstFunction(types)));
            List<PyType> params = g == null ? null : g.params;
            PyType result = g == null ? PyType.NONE : resultOf(g.results);
            return made.computeIfAbsent(signature(params, result), k -> new PyType.CallableType(params, result,
                    java.util.Collections.unmodifiableMap(targets.getOrDefault(k, Map.of()))));
        };
        for (TypeVar v : all) {
            if (mixtures.contains(v)) {
                v.add(callableFor.apply(v.types()), v.pos());
            } else {
                tuplesOfFunctions(v, parent, callableFor);
            }
        }
    }

    /**
     * Tuples of one length whose positions hold several functions ({@code d.items()} of a dict of
     * function objects): a tuple with the function object there stands for them all.
     */
    private static void tuplesOfFunctions(TypeVar v, Map<PyType, PyType> parent,
                                          java.util.function.Function<Set<PyType>, PyType.CallableType> callableFor) {
        Map<Integer, List<PyType.TupleType>> byArity = new LinkedHashMap<>();
        for (PyType t : v.types()) {
            if (t instanceof PyType.TupleType tu) {
                byArity.computeIfAbsent(tu.elements().size(), n -> new ArrayList<>()).add(tu);
            }
        }
        for (List<PyType.TupleType> group : byArity.values()) {
            if (group.size() < 2) {
                continue;
            }
            List<PyType> merged = new ArrayList<>(group.get(0).elements());
            boolean any = false;
            for (int i = 0; i < merged.size(); i++) {
                Set<PyType> position = new LinkedHashSet<>();
                for (PyType.TupleType tu : group) {
                    position.add(tu.elements().get(i));
                }
                if (isMixture(position)) {
                    unite(parent, position);
                    merged.set(i, callableFor.apply(position));
                    any = true;
                }
            }
            if (any) {
                v.add(new PyType.TupleType(List.copyOf(merged)), v.pos());
            }
        }
    }

    /**
     * A function object given to a builtin that calls it ({@code key=fs[0]}) is called with the
     * signature its direct calls gave it; the analysis of such a callback keeps no target per
     * function, so each function must also be called through a function object directly.
     */
    private static boolean callbacksCovered(InferenceContext cx, Set<TypeVar> mixtures, Map<PyType, PyType> parent,
                                            Map<PyType, Group> groups) {
        for (Specialization s : cx.allSpecializations) {
            for (krait.syntax.Node node : s.calls.keySet()) {
                if (node instanceof Expr.Call || !(node instanceof Expr e)) {
                    continue;
                }
                Expr arg = e instanceof Expr.Starred st && st.value() instanceof Expr.Call ? st.value() : e;
                TypeVar v = s.typeOf(arg);
                if (v == null || !mixtures.contains(v)) {
                    continue;
                }
                Group g = groups.get(find(parent, firstFunction(v.types())));
                boolean covered = g != null;
                for (PyType t : v.types()) {
                    covered &= g != null && g.targets.containsKey(t);
                }
                if (!covered) {
                    cx.error(arg.pos(), MessageId.UNSUPPORTED_CONSTRUCT,
                            "passing a value that may be one of several functions to a builtin that calls it, unless each is also called directly through such a value,");
                    return false;
                }
            }
        }
        return true;
    }

    private static List<PyType> signature(List<PyType> params, PyType result) {
        List<PyType> key = new ArrayList<>();
        key.add(result);
        if (params != null) {
            key.addAll(params);
        } else {
            key.add(null); // never called: distinct from every real signature
        }
        return java.util.Collections.unmodifiableList(key);
    }

    private static PyType firstFunction(Set<PyType> types) {
        for (PyType t : types) {
            if (PyType.isFunctionValue(t)) {
                return t;
            }
        }
        throw new IllegalStateException("no function in " + types);
    }

    private static PyType find(Map<PyType, PyType> parent, PyType t) {
        PyType p = parent.getOrDefault(t, t);
        if (p.equals(t)) {
            return t;
        }
        PyType root = find(parent, p);
        parent.put(t, root);
        return root;
    }

    private static void unite(Map<PyType, PyType> parent, Set<PyType> types) {
        PyType root = null;
        for (PyType t : types) {
            if (!PyType.isFunctionValue(t)) {
                continue;
            }
            PyType r = find(parent, t);
            if (root == null) {
                root = r;
            } else if (!r.equals(root)) {
                parent.put(r, root);
            }
        }
    }

    /**
     * What a call through a function object passes and gets back; null when nothing was called
     * (yet); after an error (reported), null too.
     */
    private static Use callThrough(InferenceContext cx, Specialization s, Expr.Call call, TypeVar callee,
                                   Map<List<PyType>, CallTarget> found) {
        if (!call.keywords().isEmpty() || call.args().stream().anyMatch(a -> a instanceof Expr.Starred)) {
            cx.error(call.pos(), MessageId.UNSUPPORTED_CONSTRUCT,
                    "a call with keyword or '*' arguments through a variable holding several functions");
            return null;
        }
        List<PyType> params = null;
        Map<PyType, CallTarget> byMember = new LinkedHashMap<>();
        for (Map.Entry<List<PyType>, CallTarget> t : found.entrySet()) {
            if (!PyType.isFunctionValue(t.getKey().get(0))) {
                continue; // obj.f(x) while f held one function: keyed by the object, superseded
            }
            List<PyType> args = t.getKey().subList(1, t.getKey().size());
            if (params != null && !params.equals(args)) {
                cx.error(call.pos(), MessageId.UNSUPPORTED_CONSTRUCT,
                        "a call with arguments of several types through a variable holding several functions");
                return null;
            }
            params = List.copyOf(args);
            byMember.put(t.getKey().get(0), t.getValue());
        }
        if (params == null) {
            return null;
        }
        Set<PyType> results = new LinkedHashSet<>();
        TypeVar returned = s.typeOf(call);
        if (returned != null) {
            results.addAll(returned.types());
        }
        if (Representation.distinct(results).size() > 1) {
            resultsDiffer(cx, call, callee, byMember);
            return null;
        }
        return new Use(call, callee, params, results, byMember);
    }

    private static PyType resultOf(Set<PyType> types) {
        if (types == null || types.isEmpty()) {
            return PyType.NONE;
        }
        PyType first = Representation.distinct(types).values().iterator().next();
        if (first instanceof PyType.InstanceType) {
            // members returning objects of different classes of one hierarchy: the function
            // object's C++ result is their common base, as for a variable holding them
            ClassInfo common = null;
            for (PyType t : types) {
                if (t instanceof PyType.InstanceType i) {
                    common = common == null ? i.cls() : Representation.commonBase(common, i.cls());
                }
            }
            return new PyType.InstanceType(common);
        }
        return first;
    }

    private static void resultsDiffer(InferenceContext cx, Expr.Call call, TypeVar callee, Map<PyType, CallTarget> byMember) {
        List<Diagnostic> notes = new ArrayList<>();
        List<String> shown = new ArrayList<>();
        for (Map.Entry<PyType, CallTarget> e : byMember.entrySet()) {
            if (e.getValue() instanceof CallTarget.User u) {
                String what = TypeNaming.full(e.getKey()) + " returns " + TypeNaming.full(u.callee().returnVar().types());
                shown.add(what);
                Pos at = callee.origin(e.getKey());
                notes.add(Diagnostic.note(Location.of(cx.file, at != null && at != Pos.NONE ? at : u.callee().function().pos()),
                        MessageId.TYPE_CONFLICT_NOTE, what));
            }
        }
        cx.report(Diagnostic.error(Location.of(cx.file, call.pos()), MessageId.FUNCTION_RESULTS_DIFFER,
                String.join(", ", shown)).withNotes(notes));
    }

    private static void differentArguments(InferenceContext cx, Use use, Group g) {
        List<Diagnostic> notes = List.of(Diagnostic.note(Location.of(cx.file, g.at), MessageId.TYPE_CONFLICT_NOTE,
                "a call with arguments " + argsText(g.params)));
        cx.report(Diagnostic.error(Location.of(cx.file, use.call().pos()), MessageId.FUNCTION_OBJECT_ARGUMENTS,
                TypeNaming.full(firstFunction(use.callee().types())), argsText(use.params()), argsText(g.params))
                .withNotes(notes));
    }

    private static String argsText(List<PyType> params) {
        return "(" + String.join(", ", params.stream().map(TypeNaming::full).toList()) + ")";
    }

    /**
     * Several different functions and nothing else but None: what a function object holds (None
     * is its null pointer, as for objects: {@code handler = table.get(verb)}).
     */
    static boolean isMixture(Set<PyType> types) {
        if (types.size() < 2) {
            return false;
        }
        Set<String> keys = new LinkedHashSet<>();
        for (PyType t : types) {
            if (t.equals(PyType.NONE)) {
                continue;
            }
            if (!PyType.isFunctionValue(t)) {
                return false;
            }
            keys.add(Representation.key(t));
        }
        return keys.size() > 1;
    }

    private static List<TypeVar> allVars(InferenceContext cx) {
        List<TypeVar> out = new ArrayList<>(cx.globals.values());
        for (Specialization s : cx.allSpecializations) {
            out.addAll(s.locals.values());
            out.addAll(s.exprTypes.values());
            out.addAll(s.narrowedReads.values());
            s.comprehensionVars.values().forEach(m -> out.addAll(m.values()));
            out.add(s.returnVar());
            if (s.yieldVar() != null) {
                out.add(s.yieldVar());
            }
        }
        for (AllocSite site : cx.allSites) {
            out.add(site.elements());
            out.add(site.values());
        }
        for (ClassInfo c : TypeInference.allClasses(cx)) {
            out.addAll(c.attributeVars.values());
            out.addAll(c.classAttributeVars.values());
        }
        return out;
    }
}
