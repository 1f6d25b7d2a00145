package krait.types;

import java.util.List;
import krait.diag.MessageId;
import krait.syntax.Pos;

/** {@code c[i]}: an element of a list, a character of a str. */
record ItemLoadConstraint(InferenceContext cx, Pos pos, TypeVar container, TypeVar index, TypeVar result)
        implements Constraint {
    @Override
    public void propagate(ConstraintSolver solver) {
        for (PyType c : List.copyOf(container.types())) {
            for (PyType i : List.copyOf(index.types())) {
                if (!OperatorTyping.isInt(i)) {
                    cx.error(pos, MessageId.BAD_INDEX, TypeNaming.name(c), TypeNaming.name(i));
                    continue;
                }
                if (c instanceof PyType.ListType l) {
                    solver.addFlow(l.site().elements(), result);
                } else if (c.equals(PyType.STR)) {
                    solver.addType(result, PyType.STR, pos);
                } else {
                    cx.error(pos, MessageId.NOT_SUBSCRIPTABLE, TypeNaming.name(c));
                }
            }
        }
    }
}
