package krait.types;

import java.util.List;
import krait.diag.MessageId;
import krait.syntax.Pos;

/** {@code raise X} / {@code raise X(...)}: an exception class (made with no arguments) or instance. */
record RaiseConstraint(InferenceContext cx, Pos pos, TypeVar exception) implements Constraint {
    @Override
    public void propagate(ConstraintSolver solver) {
        for (PyType t : List.copyOf(exception.types())) {
            if (t instanceof PyType.ClassRef c && c.cls().isException()) {
                cx.instantiate(c.cls());
            } else if (!(t instanceof PyType.InstanceType i && i.cls().isException())) {
                cx.error(pos, MessageId.NOT_AN_EXCEPTION, TypeNaming.name(t));
            }
        }
    }
}
