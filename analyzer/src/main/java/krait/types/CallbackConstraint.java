package krait.types;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import krait.syntax.Expr;

/**
 * A user function passed to a model function that calls it ({@code sorted(xs, key=f)}): it is
 * specialized for each tuple of argument types the model will pass, and its results flow into the
 * model's type parameter. The specializations are recorded under the argument's node.
 */
record CallbackConstraint(InferenceContext cx, Specialization spec, Expr argNode, PyType callee,
                          List<TypeVar> params, TypeVar result) implements Constraint {
    @Override
    public void propagate(ConstraintSolver solver) {
        List<Set<PyType>> sets = new ArrayList<>();
        for (TypeVar p : params) {
            if (p.types().isEmpty()) {
                return;
            }
            sets.add(new LinkedHashSet<>(p.types()));
        }
        for (List<PyType> tuple : Cartesian.product(sets)) {
            if (callee instanceof PyType.BuiltinRef b) {
                builtin(solver, b.function(), tuple);
                continue;
            }
            if (callee instanceof PyType.BoundMethod bm) {
                boundMethod(solver, bm, tuple);
                continue;
            }
            PyType.FunctionRef function = (PyType.FunctionRef) callee;
            List<PyType> args = withDefaults(function, tuple);
            if (args == null) {
                continue;
            }
            Specialization s = cx.specialize(function.function(), args, function.env(), argNode.pos());
            if (s == null) {
                continue;
            }
            spec.calls.computeIfAbsent(argNode, n -> new LinkedHashMap<>()).put(tuple, new CallTarget.User(s));
            cx.callGraph.addEdge(spec, s);
            solver.addFlow(s.returnVar(), result);
        }
    }

    /**
     * The argument types the callee is specialized for: those the runtime passes, then the types of
     * the defaults of the parameters it doesn't ({@code key=f} for {@code def f(n, cache={})});
     * null while a default's type is unknown or when a parameter gets no value at all.
     */
    private List<PyType> withDefaults(PyType.FunctionRef function, List<PyType> passed) {
        FunctionInfo fn = function.function();
        List<String> names = fn.params();
        if (passed.size() >= names.size()) {
            return passed;
        }
        List<PyType> args = new ArrayList<>(passed);
        for (int i = passed.size(); i < names.size(); i++) {
            if (i == fn.varargIndex() || i == fn.kwargIndex() || fn.defaultFor(i) == null) {
                cx.error(argNode.pos(), krait.diag.MessageId.MISSING_ARGUMENT, fn.name(), names.get(i));
                return null;
            }
            TypeVar dflt = cx.defaultValue(fn, i, function.env());
            if (dflt == null || dflt.single() == null) {
                return null;
            }
            args.add(dflt.single());
        }
        return args;
    }

    /**
     * A bound method as the callback ({@code key=d.get}, {@code key=obj.rank}): the object comes
     * first; a model method's type parameters are the object's element and value variables.
     */
    private void boundMethod(ConstraintSolver solver, PyType.BoundMethod bm, List<PyType> tuple) {
        if (bm.self() instanceof PyType.InstanceType i) {
            List<PyType> args = new ArrayList<>();
            args.add(i);
            args.addAll(tuple);
            Specialization s = cx.specialize(i.cls().lookupMethod(bm.name()), args, argNode.pos());
            if (s != null) {
                spec.calls.computeIfAbsent(argNode, n -> new LinkedHashMap<>()).put(tuple, new CallTarget.User(s));
                cx.callGraph.addEdge(spec, s);
                solver.addFlow(s.returnVar(), result);
            }
            return;
        }
        ModelClass owner = cx.models.methodOwner(cx.models.classOf(bm.self()).orElseThrow(), bm.name());
        AllocSite site = ConstraintSolver.siteOf(bm.self());
        java.util.Map<String, TypeVar> vars = new java.util.HashMap<>();
        if (site != null) {
            List<TypeVar> slots = List.of(site.elements(), site.values());
            for (int i = 0; i < owner.typeParams().size() && i < slots.size(); i++) {
                vars.put(owner.typeParams().get(i), slots.get(i));
            }
        } else if (bm.self().equals(PyType.STR) && !owner.typeParams().isEmpty()) {
            TypeVar chars = solver.newVar("str element", argNode.pos());
            solver.addType(chars, PyType.STR, argNode.pos());
            vars.put(owner.typeParams().get(0), chars);
        }
        for (boolean strict : new boolean[] {true, false}) {
            for (ModelSignature sig : owner.methods().get(bm.name()).overloads()) {
                List<ModelParam> ps = sig.positional();
                if (ps.size() < tuple.size() || sig.cppName().startsWith("!")) {
                    continue;
                }
                boolean ok = true;
                for (int i = 0; i < ps.size(); i++) {
                    ok &= i < tuple.size() ? accepts(ps.get(i).type(), tuple.get(i), vars, strict)
                            : ps.get(i).defaultValue() != null;
                }
                if (!ok) {
                    continue;
                }
                TypeVar made = new ModelInstantiation(cx, solver, argNode, spec, vars, argNode.pos())
                        .instantiate(sig.returns(), "return");
                solver.addFlow(made, result);
                spec.calls.computeIfAbsent(argNode, n -> new LinkedHashMap<>())
                        .put(tuple, new CallTarget.Builtin(sig, spec.sites.get(argNode)));
                return;
            }
        }
        cx.error(argNode.pos(), krait.diag.MessageId.NO_MATCHING_OVERLOAD, bm.name(),
                "(" + String.join(", ", tuple.stream().map(TypeNaming::name).toList()) + ")");
    }

    /** A type parameter bound to the object's elements takes what they hold. */
    private static boolean accepts(TypePattern p, PyType t, java.util.Map<String, TypeVar> vars, boolean strict) {
        if (p instanceof TypePattern.Param param && vars.containsKey(param.name())) {
            Set<PyType> held = vars.get(param.name()).types();
            return held.contains(t) || !strict && t.equals(PyType.BOOL) && held.contains(PyType.INT)
                    || Representation.distinct(held).containsKey(Representation.key(t));
        }
        return p.accepts(t, strict);
    }

    /** A builtin as the callback ({@code key=len}): the overload that takes these argument types. */
    private void builtin(ConstraintSolver solver, ModelFunction fn, List<PyType> tuple) {
        if (tuple.size() == 1 && tuple.get(0) instanceof PyType.InstanceType i
                && i.cls().lookupMethod("__" + fn.name() + "__") != null) {
            // key=abs on objects: their __abs__
            Specialization s = cx.specialize(i.cls().lookupMethod("__" + fn.name() + "__"), tuple, argNode.pos());
            if (s != null) {
                spec.calls.computeIfAbsent(argNode, n -> new LinkedHashMap<>()).put(tuple, new CallTarget.User(s));
                cx.callGraph.addEdge(spec, s);
                solver.addFlow(s.returnVar(), result);
            }
            return;
        }
        for (boolean strict : new boolean[] {true, false}) {
            for (ModelSignature sig : fn.overloads()) {
                List<ModelParam> ps = sig.positional();
                if (ps.size() < tuple.size() || sig.isMember() && !sig.cppName().startsWith(".")) {
                    continue;
                }
                if (ps.stream().anyMatch(p -> p.type() instanceof TypePattern.IntLiteral
                        || p.type() instanceof TypePattern.NegativeIntLiteral)) {
                    continue; // the argument written as a literal at a call: a callback's never is
                }
                boolean ok = true;
                for (int i = 0; i < ps.size(); i++) {
                    ok &= i < tuple.size() ? ps.get(i).type().accepts(tuple.get(i), strict) : ps.get(i).defaultValue() != null;
                }
                if (!ok) {
                    continue;
                }
                TypePattern r = sig.returns();
                if (r instanceof TypePattern.Concrete c) {
                    solver.addType(result, c.type(), argNode.pos());
                } else if (r instanceof TypePattern.Param && ps.get(0).type() instanceof TypePattern.Param) {
                    solver.addType(result, tuple.get(0), argNode.pos());
                } else if (tuple.isEmpty() && (r instanceof TypePattern.ListOf || r instanceof TypePattern.SetOf
                        || r instanceof TypePattern.DictOf)) {
                    // a factory such as defaultdict(list): each call makes a new container, one site at the argument
                    TypeVar made = new ModelInstantiation(cx, solver, argNode, spec, new java.util.HashMap<>(), argNode.pos())
                            .instantiate(r, "return");
                    solver.addFlow(made, result);
                    spec.calls.computeIfAbsent(argNode, n -> new LinkedHashMap<>())
                            .put(tuple, new CallTarget.Builtin(sig, spec.sites.get(argNode)));
                    return;
                } else {
                    continue;
                }
                spec.calls.computeIfAbsent(argNode, n -> new LinkedHashMap<>()).put(tuple, new CallTarget.Builtin(sig, null));
                return;
            }
        }
        cx.error(argNode.pos(), krait.diag.MessageId.NO_MATCHING_OVERLOAD, fn.name(),
                "(" + String.join(", ", tuple.stream().map(TypeNaming::name).toList()) + ")");
    }
}
