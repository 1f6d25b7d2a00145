package krait.types;

import java.util.List;
import krait.diag.MessageId;
import krait.syntax.Node;
import krait.syntax.Operator;

/**
 * A binary operator's result type for each pair of operand types. {@code list + list} and
 * {@code list * n} make a new list at this node, holding the operands' elements.
 */
record BinaryConstraint(InferenceContext cx, Specialization spec, Node node, Operator op, TypeVar left, TypeVar right,
                        TypeVar result) implements Constraint {
    @Override
    public void propagate(ConstraintSolver solver) {
        var pos = ConstraintGenerator.posOf(node);
        for (PyType l : List.copyOf(left.types())) {
            for (PyType r : List.copyOf(right.types())) {
                PyType t = OperatorTyping.binary(op, l, r);
                if (t == null) {
                    cx.error(pos, MessageId.BAD_OPERAND_TYPES, op.symbol, TypeNaming.name(l), TypeNaming.name(r));
                } else if (t == OperatorTyping.NEW_LIST) {
                    AllocSite site = spec.sites.computeIfAbsent(node, n -> cx.siteFor(n, pos, "list"));
                    for (PyType operand : List.of(l, r)) {
                        if (operand instanceof PyType.ListType lt) {
                            solver.addFlow(lt.site().elements(), site.elements());
                        }
                    }
                    solver.addType(result, new PyType.ListType(site), pos);
                } else {
                    solver.addType(result, t, pos);
                }
            }
        }
    }
}
