package krait.types;

import java.util.List;
import krait.diag.MessageId;
import krait.syntax.Expr;

/** A unary operator's result type for each operand type. */
record UnaryConstraint(InferenceContext cx, Expr.UnaryOp node, TypeVar operand, TypeVar result) implements Constraint {
    @Override
    public void propagate(ConstraintSolver solver) {
        for (PyType t : List.copyOf(operand.types())) {
            PyType r = OperatorTyping.unary(node.op(), t);
            if (r == null) {
                cx.error(node.pos(), MessageId.BAD_OPERAND_TYPE, "unary " + node.op().symbol, TypeNaming.name(t));
            } else {
                solver.addType(result, r, node.pos());
            }
        }
    }
}
