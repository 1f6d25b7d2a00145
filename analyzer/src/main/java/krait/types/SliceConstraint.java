package krait.types;

import java.util.List;
import krait.diag.MessageId;
import krait.syntax.Pos;

/** {@code c[a:b:c]}: a slice of a list is a list of the same elements, of a str a str. */
record SliceConstraint(InferenceContext cx, Pos pos, TypeVar container, TypeVar result) implements Constraint {
    @Override
    public void propagate(ConstraintSolver solver) {
        for (PyType t : List.copyOf(container.types())) {
            if (t instanceof PyType.ListType || t.equals(PyType.STR)) {
                solver.addType(result, t, pos);
            } else if (t instanceof PyType.TupleType) {
                cx.error(pos, MessageId.UNSUPPORTED_CONSTRUCT, "slicing a tuple");
            } else {
                cx.error(pos, MessageId.NOT_SUBSCRIPTABLE, TypeNaming.name(t));
            }
        }
    }
}
