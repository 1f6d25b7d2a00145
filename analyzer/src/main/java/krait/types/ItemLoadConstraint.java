package krait.types;

import java.util.List;
import krait.diag.MessageId;
import krait.syntax.Pos;

/** {@code c[i]}: an element of a list, a character of a str. */
record ItemLoadConstraint(InferenceContext cx, Pos pos, TypeVar container, TypeVar index,
                          /* nullable */ Integer constantIndex, TypeVar result, Specialization spec,
                          krait.syntax.Node node) implements Constraint {
    @Override
    public void propagate(ConstraintSolver solver) {
        for (PyType c : List.copyOf(Representation.withoutAbsorbedTuples(container.types()))) {
            if (c instanceof PyType.InstanceType inst && inst.cls().lookupMethod("__getitem__") != null) {
                for (PyType i : List.copyOf(index.types())) {
                    Specialization s = cx.specialize(inst.cls().lookupMethod("__getitem__"), List.of(c, i), pos);
                    if (s != null) {
                        spec.calls.computeIfAbsent(node, n -> new java.util.LinkedHashMap<>())
                                .put(List.of(c, i), new CallTarget.User(s));
                        cx.callGraph.addEdge(spec, s);
                        solver.addFlow(s.returnVar(), result);
                    }
                }
                continue;
            }
            if (TupleViews.has(c)) {
                // p[0] of a namedtuple: the field at that position, with its own type
                TypeVar tuple = TupleViews.view(cx, solver, spec, node, c, pos);
                if (tuple != null) {
                    solver.subscribe(new ItemLoadConstraint(cx, pos, tuple, index, constantIndex, result, spec, node), tuple, index);
                }
                continue;
            }
            if (c instanceof PyType.ModelInstance m) {
                var getitem = ModelClassTyping.special(cx, m, "__getitem__");
                if (getitem == null) {
                    cx.error(pos, MessageId.NOT_SUBSCRIPTABLE, TypeNaming.name(c));
                } else if (!getitem.argument(solver, 0, index)) {
                    index.types().forEach(i -> cx.error(pos, MessageId.BAD_INDEX, TypeNaming.name(c), TypeNaming.name(i)));
                } else {
                    getitem.result(cx, solver, result, pos);
                }
                continue;
            }
            if (c instanceof PyType.DictType d) {
                // d["x"] on a dict nothing is stored in: its keys are what they are looked up by
                solver.addMeeting(index, d.site().elements());
                solver.addFlow(d.site().values(), result);
                continue;
            }
            if (c instanceof PyType.TupleType tu) {
                Integer k = constantIndex;
                if (k != null && (k >= tu.elements().size() || k < -tu.elements().size())) {
                    cx.error(pos, MessageId.TUPLE_INDEX, k);
                } else if (k != null) {
                    solver.addType(result, tu.elements().get(k < 0 ? k + tu.elements().size() : k), pos);
                } else {
                    tu.elements().forEach(e -> solver.addType(result, e, pos));
                }
                continue;
            }
            for (PyType i : List.copyOf(index.types())) {
                // a number index holding a float raises CPython's TypeError when the program runs
                if (!OperatorTyping.isInt(i) && !(i.equals(PyType.FLOAT) && Representation.isNumber(index.types()))) {
                    cx.error(pos, MessageId.BAD_INDEX, TypeNaming.name(c), TypeNaming.name(i));
                    continue;
                }
                if (c instanceof PyType.ListType || c instanceof PyType.VarTupleType) {
                    solver.addFlow(ConstraintSolver.siteOf(c).elements(), result);
                } else if (c.equals(PyType.STR)) {
                    solver.addType(result, PyType.STR, pos);
                } else if (c.equals(PyType.RANGE) || PyType.isBytesLike(c)) {
                    solver.addType(result, PyType.INT, pos);
                } else {
                    cx.error(pos, MessageId.NOT_SUBSCRIPTABLE, TypeNaming.name(c));
                }
            }
        }
    }
}
