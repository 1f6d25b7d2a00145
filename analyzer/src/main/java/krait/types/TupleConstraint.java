package krait.types;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import krait.diag.MessageId;
import krait.syntax.Pos;

/** {@code (a, b)}: one tuple type per combination of the element types. */
record TupleConstraint(InferenceContext cx, Pos pos, List<TypeVar> elements, TypeVar result) implements Constraint {
    private static final int MAX_COMBINATIONS = 64;

    @Override
    public void propagate(ConstraintSolver solver) {
        List<Set<PyType>> sets = new ArrayList<>();
        long combinations = 1;
        for (TypeVar e : elements) {
            if (e.types().isEmpty()) {
                return;
            }
            sets.add(new LinkedHashSet<>(e.types()));
            combinations *= e.types().size();
        }
        if (combinations > MAX_COMBINATIONS) {
            cx.error(pos, MessageId.TOO_MANY_SPECIALIZATIONS, "tuple", MAX_COMBINATIONS);
            return;
        }
        for (List<PyType> combo : Cartesian.product(sets)) {
            solver.addType(result, new PyType.TupleType(combo), pos);
        }
    }
}
