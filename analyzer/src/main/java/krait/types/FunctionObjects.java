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

    /** One way members are called through function objects: the argument types. */
    private record Use(List<PyType> params, Pos at) {
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
        Map<PyType, Use> useOf = new LinkedHashMap<>();
        Map<List<PyType>, Map<PyType, CallTarget>> targets = new LinkedHashMap<>();
        Map<List<PyType>, Set<PyType>> results = new LinkedHashMap<>();
        for (Specialization s : cx.allSpecializations) {
            for (Map.Entry<krait.syntax.Node, Map<List<PyType>, CallTarget>> e : s.calls.entrySet()) {
                if (!(e.getKey() instanceof Expr.Call call)) {
                    continue;
                }
                TypeVar callee = s.typeOf(call.func());
                if (callee == null || !mixtures.contains(callee)) {
                    continue;
                }
                if (!callThrough(cx, s, call, callee, e.getValue(), useOf, targets, results)) {
                    return;
                }
            }
        }
        Map<List<PyType>, PyType.CallableType> made = new LinkedHashMap<>();
        for (TypeVar v : all) {
            if (!mixtures.contains(v)) {
                continue;
            }
            Use use = null;
            PyType first = null;
            for (PyType t : v.types()) {
                Use u = useOf.get(t);
                if (u != null && use != null && !u.params().equals(use.params())) {
                    differentArguments(cx, v, first, use, t, u);
                    return;
                }
                if (u != null && use == null) {
                    use = u;
                    first = t;
                }
            }
            List<PyType> params = use == null ? null : use.params();
            PyType.CallableType c = made.computeIfAbsent(params == null ? List.of(PyType.NONE, PyType.NONE) : params,
                    k -> new PyType.CallableType(params, params == null ? PyType.NONE : resultOf(results.get(params)),
                            params == null ? Map.of() : java.util.Collections.unmodifiableMap(targets.get(params))));
            v.add(c, v.pos());
        }
    }

    /**
     * Records a call through a function object: its argument types become the signature of the
     * callee's members; false after reporting why it cannot be one.
     */
    private static boolean callThrough(InferenceContext cx, Specialization s, Expr.Call call, TypeVar callee,
                                       Map<List<PyType>, CallTarget> found, Map<PyType, Use> useOf,
                                       Map<List<PyType>, Map<PyType, CallTarget>> targets,
                                       Map<List<PyType>, Set<PyType>> results) {
        boolean method = call.func() instanceof Expr.Attribute;
        if (!call.keywords().isEmpty() || call.args().stream().anyMatch(a -> a instanceof Expr.Starred)) {
            cx.error(call.pos(), MessageId.UNSUPPORTED_CONSTRUCT,
                    "a call with keyword or '*' arguments through a variable holding several functions");
            return false;
        }
        List<PyType> params = null;
        Map<PyType, CallTarget> byMember = new LinkedHashMap<>();
        for (Map.Entry<List<PyType>, CallTarget> t : found.entrySet()) {
            List<PyType> args = t.getKey().subList(1, t.getKey().size());
            if (params != null && !params.equals(args)) {
                cx.error(call.pos(), MessageId.UNSUPPORTED_CONSTRUCT,
                        "a call with arguments of several types through a variable holding several functions");
                return false;
            }
            params = List.copyOf(args);
            PyType member = method ? memberOf(callee, t.getValue()) : t.getKey().get(0);
            if (member != null) {
                byMember.put(member, t.getValue());
            }
        }
        if (params == null) {
            return true;
        }
        for (PyType member : callee.types()) {
            if (!PyType.isFunctionValue(member)) {
                continue;
            }
            Use before = useOf.get(member);
            if (before != null && !before.params().equals(params)) {
                cx.error(call.pos(), MessageId.FUNCTION_OBJECT_ARGUMENTS, TypeNaming.full(member),
                        argsText(before.params()), argsText(params));
                return false;
            }
            useOf.put(member, new Use(params, call.pos()));
            CallTarget target = byMember.get(member);
            if (target != null) {
                targets.computeIfAbsent(params, k -> new LinkedHashMap<>()).put(member, target);
            }
        }
        targets.computeIfAbsent(params, k -> new LinkedHashMap<>());
        Set<PyType> result = results.computeIfAbsent(params, k -> new LinkedHashSet<>());
        TypeVar returned = s.typeOf(call);
        if (returned != null) {
            result.addAll(returned.types());
        }
        if (Representation.distinct(result).size() > 1) {
            resultsDiffer(cx, call, callee, byMember);
            return false;
        }
        return true;
    }

    /** The member of {@code callee} that a method-style call's target ({@code obj.f(x)}) runs. */
    private static PyType memberOf(TypeVar callee, CallTarget target) {
        if (!(target instanceof CallTarget.User u)) {
            return null;
        }
        for (PyType t : callee.types()) {
            if (t instanceof PyType.FunctionRef f && f.function() == u.callee().function()
                    && (f.function().captures().isEmpty() || f.env() == u.callee().env())) {
                return t;
            }
        }
        return null;
    }

    private static PyType resultOf(Set<PyType> types) {
        if (types == null || types.isEmpty()) {
            return PyType.NONE;
        }
        return Representation.distinct(types).values().iterator().next();
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

    private static void differentArguments(InferenceContext cx, TypeVar v, PyType first, Use firstUse, PyType second,
                                           Use secondUse) {
        List<Diagnostic> notes = List.of(
                Diagnostic.note(Location.of(cx.file, firstUse.at()), MessageId.TYPE_CONFLICT_NOTE,
                        TypeNaming.full(first) + " called with " + argsText(firstUse.params())),
                Diagnostic.note(Location.of(cx.file, secondUse.at()), MessageId.TYPE_CONFLICT_NOTE,
                        TypeNaming.full(second) + " called with " + argsText(secondUse.params())));
        Pos at = v.origin(second) != null && v.origin(second) != Pos.NONE ? v.origin(second) : v.pos();
        cx.report(Diagnostic.error(Location.of(cx.file, at), MessageId.FUNCTION_OBJECT_ARGUMENTS,
                TypeNaming.full(second), argsText(firstUse.params()), argsText(secondUse.params()))
                .withNotes(notes));
    }

    private static String argsText(List<PyType> params) {
        return "(" + String.join(", ", params.stream().map(TypeNaming::full).toList()) + ")";
    }

    /** Several different functions and nothing else: what a function object holds. */
    static boolean isMixture(Set<PyType> types) {
        if (types.size() < 2) {
            return false;
        }
        for (PyType t : types) {
            if (!PyType.isFunctionValue(t)) {
                return false;
            }
        }
        Set<String> keys = new LinkedHashSet<>();
        for (PyType t : types) {
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
