package krait.types;

import java.util.List;
import krait.diag.MessageId;
import krait.syntax.Pos;

/**
 * {@code a, b = value} (also in {@code for} targets): position {@code i} of each tuple, or any
 * element of a list, flows into target {@code i}.
 */
record UnpackConstraint(InferenceContext cx, Pos pos, TypeVar value, List<TypeVar> targets) implements Constraint {
    @Override
    public void propagate(ConstraintSolver solver) {
        for (PyType t : List.copyOf(value.types())) {
            if (t instanceof PyType.TupleType tu) {
                if (tu.elements().size() != targets.size()) {
                    cx.error(pos, MessageId.UNPACK_COUNT, targets.size(), tu.elements().size());
                    continue;
                }
                for (int i = 0; i < targets.size(); i++) {
                    solver.addType(targets.get(i), tu.elements().get(i), pos);
                }
            } else if (t instanceof PyType.ListType l) {
                targets.forEach(target -> solver.addFlow(l.site().elements(), target));
            } else if (t.equals(PyType.STR)) {
                targets.forEach(target -> solver.addType(target, PyType.STR, pos));
            } else {
                cx.error(pos, MessageId.NOT_ITERABLE, TypeNaming.name(t));
            }
        }
    }
}
