package krait.types;

import java.util.List;
import krait.diag.MessageId;
import krait.syntax.Pos;

/**
 * {@code for x in it}: what iterating each type of {@code it} yields flows into {@code element}.
 * An object is iterated through what its {@code __iter__} returns; when that is an object again
 * ({@code iterator}), its {@code __next__} gives the items, recorded under the key
 * {@code [iterator type, iterator type]} beside {@code __iter__}'s {@code [object type]}.
 */
record IterationConstraint(InferenceContext cx, Pos pos, TypeVar iterable, TypeVar element,
                           /* nullable */ Specialization spec, /* nullable */ krait.syntax.Node node, boolean iterator)
        implements Constraint {
    IterationConstraint(InferenceContext cx, Pos pos, TypeVar iterable, TypeVar element) {
        this(cx, pos, iterable, element, null, null, false);
    }

    IterationConstraint(InferenceContext cx, Pos pos, TypeVar iterable, TypeVar element, Specialization spec,
                        krait.syntax.Node node) {
        this(cx, pos, iterable, element, spec, node, false);
    }

    @Override
    public void propagate(ConstraintSolver solver) {
        for (PyType t : List.copyOf(Representation.withoutAbsorbedTuples(iterable.types()))) {
            if (t instanceof PyType.ListType l) {
                solver.addFlow(l.site().elements(), element);
            } else if (t instanceof PyType.RangeType || PyType.isBytesLike(t)) {
                solver.addType(element, PyType.INT, pos);
            } else if (t.equals(PyType.STR)) {
                solver.addType(element, PyType.STR, pos);
            } else if (t instanceof PyType.DictType || t instanceof PyType.SetType || t instanceof PyType.VarTupleType) {
                solver.addFlow(ConstraintSolver.siteOf(t).elements(), element);
            } else if (t instanceof PyType.GeneratorType g) {
                solver.addFlow(g.spec().yieldVar(), element);
            } else if (t instanceof PyType.IteratorType i) {
                solver.addFlow(i.site().elements(), element);
            } else if (iterator && t instanceof PyType.InstanceType i && i.cls().lookupMethod("__next__") != null) {
                Specialization s = cx.specialize(i.cls().lookupMethod("__next__"), List.of(t), pos);
                if (s != null) {
                    spec.calls.computeIfAbsent(node, n -> new java.util.LinkedHashMap<>()).put(List.of(t, t), new CallTarget.User(s));
                    cx.callGraph.addEdge(spec, s);
                    solver.addFlow(s.returnVar(), element);
                }
            } else if (!iterator && t instanceof PyType.InstanceType i && i.cls().lookupMethod("__iter__") != null && spec != null) {
                // for x in obj: iterate what obj.__iter__() returns (typically a generator)
                Specialization s = cx.specialize(i.cls().lookupMethod("__iter__"), List.of(t), pos);
                if (s != null) {
                    spec.calls.computeIfAbsent(node, n -> new java.util.LinkedHashMap<>()).put(List.of(t), new CallTarget.User(s));
                    cx.callGraph.addEdge(spec, s);
                    TypeVar iterator = s.returnVar();
                    solver.subscribe(new IterationConstraint(cx, pos, iterator, element, spec, node, true), iterator);
                }
            } else if (t instanceof PyType.ModelInstance m && ModelClassTyping.special(cx, m, "__iter__") != null) {
                ModelClassTyping.special(cx, m, "__iter__").result(cx, solver, element, pos);
            } else if (t instanceof PyType.TupleType tu) {
                tu.elements().forEach(e -> solver.addType(element, e, pos));
            } else {
                cx.error(pos, MessageId.NOT_ITERABLE, TypeNaming.name(t));
            }
        }
    }
}
