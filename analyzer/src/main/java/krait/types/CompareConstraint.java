package krait.types;

import java.util.List;
import krait.diag.MessageId;
import krait.syntax.CmpOperator;
import krait.syntax.Pos;

/** Checks that each pair of operand types of one comparison can be compared. */
record CompareConstraint(InferenceContext cx, Pos pos, CmpOperator op, TypeVar left, TypeVar right)
        implements Constraint {
    @Override
    public void propagate(ConstraintSolver solver) {
        for (PyType l : List.copyOf(left.types())) {
            for (PyType r : List.copyOf(right.types())) {
                if (!OperatorTyping.comparable(op, l, r)) {
                    cx.error(pos, MessageId.NOT_COMPARABLE, op.symbol, TypeNaming.name(l), TypeNaming.name(r));
                }
            }
        }
    }
}
