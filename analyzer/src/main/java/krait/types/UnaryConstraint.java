package krait.types;

import java.util.LinkedHashMap;
import java.util.List;
import krait.diag.MessageId;
import krait.syntax.Expr;

/** A unary operator's result type for each operand type; on instances, {@code __neg__} and friends. */
record UnaryConstraint(InferenceContext cx, Specialization spec, Expr.UnaryOp node, TypeVar operand, TypeVar result)
        implements Constraint {
    @Override
    public void propagate(ConstraintSolver solver) {
        for (PyType t : List.copyOf(operand.types())) {
            String special = switch (node.op()) {
                case USub -> "__neg__";
                case UAdd -> "__pos__";
                case Invert -> "__invert__";
                default -> null;
            };
            if (special != null && t instanceof PyType.InstanceType i && i.cls().lookupMethod(special) != null) {
                Specialization s = cx.specialize(i.cls().lookupMethod(special), List.of(t), node.pos());
                if (s != null) {
                    spec.calls.computeIfAbsent(node, n -> new LinkedHashMap<>()).put(List.of(t), new CallTarget.User(s));
                    cx.callGraph.addEdge(spec, s);
                    solver.addFlow(s.returnVar(), result);
                }
                continue;
            }
            if (special != null && t instanceof PyType.ModelInstance m && m.cls().methods().containsKey(special)) {
                // the model's special method (-timedelta)
                ModelSignature sig = m.cls().methods().get(special).overloads().get(0);
                java.util.Map<String, TypeVar> vars = new java.util.HashMap<>();
                List<TypeVar> slots = List.of(m.site().elements(), m.site().values());
                for (int i = 0; i < m.cls().typeParams().size() && i < slots.size(); i++) {
                    vars.put(m.cls().typeParams().get(i), slots.get(i));
                }
                solver.addFlow(new ModelInstantiation(cx, solver, node, spec, vars, node.pos()).instantiate(sig.returns(), "return"),
                        result);
                continue;
            }
            PyType r = OperatorTyping.unary(node.op(), t);
            if (r == null && t.equals(PyType.NONE) && node.op() != krait.syntax.UnaryOperator.Not) {
                // None beside an int: a TypeError when the program runs, if ever
                cx.errorIfStill(() -> !Representation.isOptionalValue(operand.types()), node.pos(),
                        MessageId.BAD_OPERAND_TYPE, "unary " + node.op().symbol, TypeNaming.name(t));
            } else if (r == null) {
                cx.error(node.pos(), MessageId.BAD_OPERAND_TYPE, "unary " + node.op().symbol, TypeNaming.name(t));
            } else {
                solver.addType(result, r, node.pos());
            }
        }
    }
}
