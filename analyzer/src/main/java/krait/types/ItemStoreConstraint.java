package krait.types;

import java.util.List;
import krait.diag.MessageId;
import krait.syntax.Pos;

/** {@code c[i] = v}: {@code v} flows into the elements of each list {@code c} may be. */
record ItemStoreConstraint(InferenceContext cx, Pos pos, TypeVar container, TypeVar index, TypeVar value,
                           Specialization spec, krait.syntax.Node node) implements Constraint {
    @Override
    public void propagate(ConstraintSolver solver) {
        for (PyType c : List.copyOf(container.types())) {
            if (c instanceof PyType.InstanceType inst && inst.cls().lookupMethod("__setitem__") != null) {
                for (PyType i : List.copyOf(index.types())) {
                    for (PyType v : List.copyOf(value.types())) {
                        Specialization s = cx.specialize(inst.cls().lookupMethod("__setitem__"), List.of(c, i, v), pos);
                        if (s != null) {
                            spec.calls.computeIfAbsent(node, n -> new java.util.LinkedHashMap<>())
                                    .put(List.of(c, i, v), new CallTarget.User(s));
                            cx.callGraph.addEdge(spec, s);
                        }
                    }
                }
                continue;
            }
            if (c instanceof PyType.ModelInstance m) {
                var setitem = ModelClassTyping.special(cx, m, "__setitem__");
                if (setitem == null) {
                    cx.error(pos, MessageId.NO_ITEM_ASSIGNMENT, TypeNaming.name(c));
                } else if (!setitem.argument(solver, 0, index)) {
                    index.types().forEach(i -> cx.error(pos, MessageId.BAD_INDEX, TypeNaming.name(c), TypeNaming.name(i)));
                } else {
                    setitem.argument(solver, 1, value);
                }
                continue;
            }
            if (c instanceof PyType.DictType d) {
                solver.addFlow(index, d.site().elements());
                solver.addFlow(value, d.site().values());
                continue;
            }
            for (PyType i : List.copyOf(index.types())) {
                // a number index holding a float raises CPython's TypeError when the program runs
                if (!OperatorTyping.isInt(i) && !(i.equals(PyType.FLOAT) && Representation.isNumber(index.types()))) {
                    cx.error(pos, MessageId.BAD_INDEX, TypeNaming.name(c), TypeNaming.name(i));
                    continue;
                }
                if (c instanceof PyType.ListType l) {
                    solver.addFlow(value, l.site().elements());
                } else if (c.equals(PyType.BYTEARRAY)) {
                    for (PyType v : List.copyOf(value.types())) {
                        if (!OperatorTyping.isInt(v)) {
                            cx.error(pos, MessageId.NOT_AN_INTEGER, TypeNaming.name(v));
                        }
                    }
                } else {
                    cx.error(pos, MessageId.NO_ITEM_ASSIGNMENT, TypeNaming.name(c));
                }
            }
        }
    }
}
