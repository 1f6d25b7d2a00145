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
            List<PyType> bound = bind(function, tuple);
            if (bound == null) {
                continue;
            }
            List<Integer> numbers = new ArrayList<>();
            if (bound == tuple) {
                // an element that is a number: one specialization, for int, takes the float too
                bound = new ArrayList<>(tuple);
                for (int i = 0; i < tuple.size(); i++) {
                    if ((tuple.get(i).equals(PyType.INT) || tuple.get(i).equals(PyType.FLOAT))
                            && Representation.isNumber(params.get(i).types())) {
                        bound.set(i, PyType.INT);
                        numbers.add(i);
                    }
                }
            }
            Specialization s = cx.specialize(function.function(), bound, function.env(), argNode.pos());
            if (s == null) {
                continue;
            }
            for (int i : numbers) {
                TypeVar param = s.locals.get(function.function().params().get(i));
                if (param != null) {
                    solver.addType(param, PyType.FLOAT, argNode.pos());
                }
            }
            spec.calls.computeIfAbsent(spec.callbackNode(argNode), n -> new LinkedHashMap<>()).put(tuple, new CallTarget.User(s));
            cx.callGraph.addEdge(spec, s);
            solver.addFlow(s.returnVar(), result);
        }
    }

    /**
     * The callback's parameters for the arguments the runtime passes: the extra ones in its
     * {@code *args} tuple, defaults for the ones left (the lowering passes the same); null after
     * reporting a callback that cannot take them.
     */
    private List<PyType> bind(PyType.FunctionRef function, List<PyType> tuple) {
        FunctionInfo fn = function.function();
        List<String> params = fn.params();
        int vararg = fn.varargIndex();
        if (vararg < 0 && tuple.size() == params.size() || fn.def() == null) {
            return tuple;
        }
        int positional = fn.positionalCount();
        if (fn.kwargIndex() >= 0 || vararg < 0 && tuple.size() > positional) {
            cx.error(argNode.pos(), krait.diag.MessageId.UNSUPPORTED_CONSTRUCT,
                    "a function with '**' parameters, or fewer parameters than it is called with, as a callback");
            return null;
        }
        PyType[] slots = new PyType[params.size()];
        for (int i = 0; i < Math.min(tuple.size(), positional); i++) {
            slots[i] = tuple.get(i);
        }
        if (vararg >= 0) {
            slots[vararg] = new PyType.TupleType(List.copyOf(tuple.subList(Math.min(tuple.size(), positional), tuple.size())));
        }
        for (int i = 0; i < slots.length; i++) {
            if (slots[i] != null) {
                continue;
            }
            TypeVar dflt = fn.defaultFor(i) == null ? null : cx.defaultValue(fn, i, function.env());
            if (fn.defaultFor(i) == null) {
                cx.error(argNode.pos(), krait.diag.MessageId.MISSING_ARGUMENT, fn.name(), params.get(i));
                return null;
            }
            if (dflt == null || dflt.single() == null) {
                cx.error(argNode.pos(), krait.diag.MessageId.UNSUPPORTED_CONSTRUCT,
                        "a callback whose default value's type is not known where it is called");
                return null;
            }
            slots[i] = dflt.single();
        }
        return List.of(slots);
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
                spec.calls.computeIfAbsent(spec.callbackNode(argNode), n -> new LinkedHashMap<>()).put(tuple, new CallTarget.User(s));
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
                } else if (r instanceof TypePattern.Param rp && tuple.size() == 1 && elementPattern(ps.get(0).type()) instanceof TypePattern.Param ep
                        && ep.name().equals(rp.name())) {
                    // key=max, map(min, rows): an item of the one iterable argument
                    if (!elementsInto(solver, tuple.get(0))) {
                        continue;
                    }
                } else if (tuple.isEmpty() && (r instanceof TypePattern.ListOf || r instanceof TypePattern.SetOf
                        || r instanceof TypePattern.DictOf)) {
                    // a factory such as defaultdict(list): each call makes a new container, one site at the argument
                    TypeVar made = new ModelInstantiation(cx, solver, argNode, spec, new java.util.HashMap<>(), argNode.pos())
                            .instantiate(r, "return");
                    solver.addFlow(made, result);
                    spec.calls.computeIfAbsent(spec.callbackNode(argNode), n -> new LinkedHashMap<>())
                            .put(tuple, new CallTarget.Builtin(sig, spec.sites.get(argNode)));
                    return;
                } else {
                    continue;
                }
                spec.calls.computeIfAbsent(spec.callbackNode(argNode), n -> new LinkedHashMap<>()).put(tuple, new CallTarget.Builtin(sig, null));
                return;
            }
        }
        cx.error(argNode.pos(), krait.diag.MessageId.NO_MATCHING_OVERLOAD, fn.name(),
                "(" + String.join(", ", tuple.stream().map(TypeNaming::name).toList()) + ")");
    }

    private static TypePattern elementPattern(TypePattern p) {
        return p instanceof TypePattern.ListOf l ? l.element() : p instanceof TypePattern.IterableOf it ? it.element()
                : p instanceof TypePattern.TupleOfAny t ? t.element() : null;
    }

    /** The items of an iterable argument into the callback's result; false for a type without known items. */
    private boolean elementsInto(ConstraintSolver solver, PyType t) {
        if (t instanceof PyType.TupleType tu) {
            tu.elements().forEach(e -> solver.addType(result, e, argNode.pos()));
            return !tu.elements().isEmpty();
        }
        AllocSite site = ConstraintSolver.siteOf(t);
        TypeVar items = site != null ? site.elements() : t instanceof PyType.GeneratorType g ? g.spec().yieldVar()
                : t instanceof PyType.IteratorType i ? i.site().elements() : null;
        if (items == null) {
            return false;
        }
        solver.addFlow(items, result);
        return true;
    }
}
