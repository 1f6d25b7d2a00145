package krait.types;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import krait.diag.MessageId;
import krait.syntax.Expr;
import krait.syntax.Keyword;
import krait.syntax.Pos;

/**
 * A call, resolved per tuple of argument types (Cartesian-product style): a user function gets a
 * specialization for the tuple, a model function or method gets the first overload that accepts
 * it. The resolution is recorded in the calling specialization under the key
 * {@code [callee or receiver type, argument types...]}, which the lowering recomputes.
 */
final class CallConstraint implements Constraint {
    private final InferenceContext cx;
    private final Specialization spec;
    private final Expr.Call call;
    private final /* nullable */ String method;
    private final TypeVar receiver;
    private final List<TypeVar> args;
    private final TypeVar result;
    private final Map<List<PyType>, Map<String, TypeVar>> typeParams = new HashMap<>();

    CallConstraint(InferenceContext cx, Specialization spec, Expr.Call call, TypeVar receiver, List<TypeVar> positional,
                   List<TypeVar> keywords, TypeVar result) {
        this.cx = cx;
        this.spec = spec;
        this.call = call;
        this.method = call.func() instanceof Expr.Attribute a ? a.attr() : null;
        this.receiver = receiver;
        List<TypeVar> all = new ArrayList<>(positional);
        all.addAll(keywords);
        this.args = List.copyOf(all);
        this.result = result;
    }

    @Override
    public void propagate(ConstraintSolver solver) {
        List<Set<PyType>> sets = new ArrayList<>();
        for (TypeVar a : args) {
            if (a.types().isEmpty()) {
                return;
            }
            sets.add(Set.copyOf(a.types()));
        }
        List<List<PyType>> tuples = Cartesian.product(sets.stream().map(s -> (Set<PyType>) new java.util.LinkedHashSet<>(s)).toList());
        for (PyType callee : List.copyOf(receiver.types())) {
            for (List<PyType> tuple : tuples) {
                List<PyType> key = new ArrayList<>(tuple.size() + 1);
                key.add(callee);
                key.addAll(tuple);
                if (method != null) {
                    callMethod(solver, callee, tuple, List.copyOf(key));
                } else {
                    if (callee instanceof PyType.FunctionRef f) {
                        callUser(solver, f.function(), tuple, List.copyOf(key));
                    } else if (callee instanceof PyType.BuiltinRef b) {
                        callModel(solver, b.function(), null, tuple, List.copyOf(key));
                    } else {
                        cx.error(call.pos(), MessageId.NOT_CALLABLE, TypeNaming.name(callee));
                    }
                }
            }
        }
    }

    private void callMethod(ConstraintSolver solver, PyType recv, List<PyType> tuple, List<PyType> key) {
        var cls = cx.models.classOf(recv);
        ModelFunction m = cls.map(c -> c.methods().get(method)).orElse(null);
        if (m == null) {
            cx.error(call.pos(), MessageId.NO_ATTRIBUTE, "'" + TypeNaming.name(recv) + "' object", method);
            return;
        }
        callModel(solver, m, recv, tuple, key);
    }

    private void callUser(ConstraintSolver solver, FunctionInfo fn, List<PyType> tuple, List<PyType> key) {
        List<String> params = fn.params();
        int positional = call.args().size();
        if (positional > params.size()) {
            cx.error(call.pos(), MessageId.WRONG_ARGUMENT_COUNT, fn.name(), plural(params.size(), "positional argument"),
                    positional + (positional == 1 ? " was" : " were"));
            return;
        }
        PyType[] slots = new PyType[params.size()];
        for (int i = 0; i < positional; i++) {
            slots[i] = tuple.get(i);
        }
        for (int k = 0; k < call.keywords().size(); k++) {
            Keyword kw = call.keywords().get(k);
            int index = params.indexOf(kw.arg());
            if (index < 0) {
                cx.error(kw.pos(), MessageId.UNKNOWN_KEYWORD_ARGUMENT, fn.name(), kw.arg());
                return;
            }
            if (slots[index] != null) {
                cx.error(kw.pos(), MessageId.MULTIPLE_VALUES, fn.name(), kw.arg());
                return;
            }
            slots[index] = tuple.get(positional + k);
        }
        List<Expr> defaults = fn.defaults();
        int firstDefault = params.size() - defaults.size();
        for (int i = 0; i < slots.length; i++) {
            if (slots[i] != null) {
                continue;
            }
            if (i < firstDefault) {
                cx.error(call.pos(), MessageId.MISSING_ARGUMENT, fn.name(), params.get(i));
                return;
            }
            TypeVar dflt = cx.moduleSpec.typeOf(defaults.get(i - firstDefault));
            if (dflt == null || dflt.single() == null) {
                return;
            }
            slots[i] = dflt.single();
        }
        Specialization callee = cx.specialize(fn, List.of(slots), call.pos());
        if (callee == null) {
            return;
        }
        spec.calls.computeIfAbsent(call, c -> new LinkedHashMap<>()).put(key, new CallTarget.User(callee));
        cx.callGraph.addEdge(spec, callee);
        solver.addFlow(callee.returnVar(), result);
    }

    private void callModel(ConstraintSolver solver, ModelFunction fn, PyType recv, List<PyType> tuple, List<PyType> key) {
        for (boolean strict : new boolean[] {true, false}) {
            for (ModelSignature sig : fn.overloads()) {
                List<ModelParam> binding = bind(sig, tuple, strict);
                if (binding != null) {
                    apply(solver, sig, binding, recv, tuple, key);
                    return;
                }
            }
        }
        List<String> names = tuple.stream().map(TypeNaming::name).toList();
        cx.error(call.pos(), MessageId.NO_MATCHING_OVERLOAD, fn.name(), "(" + String.join(", ", names) + ")");
    }

    /** The parameter each argument goes to (positional arguments, then keywords), or null if it doesn't fit. */
    private List<ModelParam> bind(ModelSignature sig, List<PyType> tuple, boolean strict) {
        List<ModelParam> positional = sig.positional();
        var varargs = sig.varargs();
        List<ModelParam> out = new ArrayList<>();
        int n = call.args().size();
        for (int i = 0; i < n; i++) {
            if (i < positional.size()) {
                out.add(positional.get(i));
            } else if (varargs.isPresent()) {
                out.add(varargs.get());
            } else {
                return null;
            }
        }
        for (Keyword kw : call.keywords()) {
            ModelParam p = sig.params().stream()
                    .filter(q -> q.kind() != ModelParam.Kind.VARARGS && q.name().equals(kw.arg()))
                    .findFirst().orElse(null);
            if (p == null || out.contains(p)) {
                return null;
            }
            out.add(p);
        }
        for (ModelParam p : sig.params()) {
            if (p.kind() != ModelParam.Kind.VARARGS && p.defaultValue() == null && !out.contains(p)) {
                return null;
            }
        }
        for (int i = 0; i < out.size(); i++) {
            if (!out.get(i).type().accepts(tuple.get(i), strict)) {
                return null;
            }
        }
        return out;
    }

    private void apply(ConstraintSolver solver, ModelSignature sig, List<ModelParam> binding, PyType recv,
                       List<PyType> tuple, List<PyType> key) {
        Pos pos = call.pos();
        Map<String, TypeVar> vars = typeParams.computeIfAbsent(key, k -> new HashMap<>());
        if (recv instanceof PyType.ListType l) {
            vars.putIfAbsent("T", l.site().elements());
        }
        for (int i = 0; i < binding.size(); i++) {
            bindPattern(solver, binding.get(i).type(), tuple.get(i), vars, pos);
        }
        AllocSite site = null;
        TypePattern returns = sig.returns();
        if (returns instanceof TypePattern.OrNone o) {
            solver.addType(result, PyType.NONE, pos);
            returns = o.inner();
        }
        if (returns instanceof TypePattern.Concrete c) {
            solver.addType(result, c.type(), pos);
        } else if (returns instanceof TypePattern.Param p) {
            solver.addFlow(typeParam(solver, vars, p.name(), pos), result);
        } else if (returns instanceof TypePattern.ListOf l) {
            site = spec.sites.computeIfAbsent(call, x -> cx.siteFor(x, pos, "list"));
            if (l.element() instanceof TypePattern.Param p) {
                solver.addFlow(typeParam(solver, vars, p.name(), pos), site.elements());
            } else if (l.element() instanceof TypePattern.Concrete c) {
                solver.addType(site.elements(), c.type(), pos);
            }
            solver.addType(result, new PyType.ListType(site), pos);
        } else {
            cx.error(pos, MessageId.MODEL_ERROR, "unsupported return type of " + sig.name());
        }
        spec.calls.computeIfAbsent(call, c -> new LinkedHashMap<>()).put(key, new CallTarget.Builtin(sig, site));
    }

    private void bindPattern(ConstraintSolver solver, TypePattern p, PyType t, Map<String, TypeVar> vars, Pos pos) {
        if (p instanceof TypePattern.Param param) {
            solver.addType(typeParam(solver, vars, param.name(), pos), t, pos);
        } else if (p instanceof TypePattern.ListOf l && l.element() instanceof TypePattern.Param param
                && t instanceof PyType.ListType lt) {
            TypeVar bound = vars.get(param.name());
            if (bound == null) {
                vars.put(param.name(), lt.site().elements());
            } else {
                solver.addFlow(lt.site().elements(), bound);
            }
        } else if (p instanceof TypePattern.OrNone o && !t.equals(PyType.NONE)) {
            bindPattern(solver, o.inner(), t, vars, pos);
        }
    }

    private TypeVar typeParam(ConstraintSolver solver, Map<String, TypeVar> vars, String name, Pos pos) {
        return vars.computeIfAbsent(name, n -> solver.newVar("type parameter " + n, pos));
    }

    private static String plural(int n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }
}
