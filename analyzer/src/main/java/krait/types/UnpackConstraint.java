package krait.types;

import java.util.List;
import krait.diag.MessageId;
import krait.syntax.Pos;

/**
 * {@code a, b = value} (also in {@code for} targets): position {@code i} of each tuple, or any
 * element of a list or str, flows into target {@code i}. With a starred target
 * ({@code first, *rest = value}) that target is a list made at {@code rest} of the items it takes.
 * An object with {@code __iter__}, a dict, a set or a generator goes to {@code iterated}, which an
 * IterationConstraint turns into {@code items}, the value of every target.
 */
record UnpackConstraint(InferenceContext cx, Pos pos, TypeVar value, List<TypeVar> targets, int starred,
                        /* nullable */ AllocSite rest, TypeVar iterated, TypeVar items, Specialization spec,
                        krait.syntax.Node node) implements Constraint {

    @Override
    public void propagate(ConstraintSolver solver) {
        if (rest != null) {
            solver.addType(targets.get(starred), new PyType.ListType(rest), pos);
        }
        for (PyType t : List.copyOf(Representation.withoutAbsorbedTuples(value.types()))) {
            if (t instanceof PyType.TupleType tu) {
                int n = tu.elements().size();
                int fixed = targets.size() - (starred >= 0 ? 1 : 0);
                if (starred < 0 ? n != targets.size() : n < fixed) {
                    cx.error(pos, MessageId.UNPACK_COUNT, targets.size(), n);
                    continue;
                }
                for (int i = 0; i < targets.size(); i++) {
                    if (i == starred) {
                        int after = targets.size() - starred - 1;
                        for (int k = starred; k < n - after; k++) {
                            solver.addType(rest.elements(), tu.elements().get(k), pos);
                        }
                    } else {
                        int k = starred >= 0 && i > starred ? n - (targets.size() - i) : i;
                        solver.addType(targets.get(i), tu.elements().get(k), pos);
                    }
                }
            } else if (t instanceof PyType.RangeType || PyType.isBytesLike(t)) {
                // a, b, c = range(3); x, y = b"xy" (ints)
                for (int i = 0; i < targets.size(); i++) {
                    solver.addType(i == starred ? rest.elements() : targets.get(i), PyType.INT, pos);
                }
            } else if (t instanceof PyType.ListType || t.equals(PyType.STR) || t instanceof PyType.VarTupleType) {
                for (int i = 0; i < targets.size(); i++) {
                    TypeVar into = i == starred ? rest.elements() : targets.get(i);
                    if (t instanceof PyType.ListType || t instanceof PyType.VarTupleType) {
                        solver.addFlow(ConstraintSolver.siteOf(t).elements(), into);
                    } else {
                        solver.addType(into, PyType.STR, pos);
                    }
                }
            } else if (t instanceof PyType.ModelInstance m && ModelClassTyping.special(cx, m, "__iter__") != null) {
                // a dict view, a deque...: what its __iter__ yields, into each target
                TypeVar items = ModelClassTyping.special(cx, m, "__iter__").resultVar(cx, solver, pos);
                for (int i = 0; i < targets.size(); i++) {
                    solver.addFlow(items, i == starred ? rest.elements() : targets.get(i));
                }
            } else if (TupleViews.has(t)) {
                // a namedtuple: its fields as the tuple they are, each target keeping its field's type
                TypeVar tuple = TupleViews.view(cx, solver, spec, node, t, pos);
                if (tuple != null) {
                    solver.subscribe(new UnpackConstraint(cx, pos, tuple, targets, starred, rest, iterated, items, spec, node), tuple);
                }
            } else if (t instanceof PyType.InstanceType || t instanceof PyType.DictType || t instanceof PyType.SetType
                    || t instanceof PyType.GeneratorType || t instanceof PyType.IteratorType) {
                solver.addType(iterated, t, pos);  // reports an object that is not iterable
                for (int i = 0; i < targets.size(); i++) {
                    solver.addFlow(items, i == starred ? rest.elements() : targets.get(i));
                }
            } else {
                cx.error(pos, MessageId.NOT_ITERABLE, TypeNaming.name(t));
            }
        }
    }
}
