package krait.syntax;

import java.util.List;
import java.util.function.Predicate;

/** Generic traversal of syntax trees, and recognizers of a few node shapes the later phases share. */
public final class Nodes {
    private Nodes() {
    }

    /**
     * Calls {@code visit} on {@code root} and its descendants, depth first; a node for which
     * {@code visit} returns false is not descended into.
     */
    public static void walk(Node root, Predicate<Node> visit) {
        if (root == null || !visit.test(root)) {
            return;
        }
        RecordShape shape = RecordShape.of(root.getClass());
        for (int i = 0; i < shape.size(); i++) {
            Object value = shape.get(root, i);
            if (value instanceof Node n) {
                walk(n, visit);
            } else if (value instanceof List<?> list) {
                for (Object item : list) {
                    if (item instanceof Node n) {
                        walk(n, visit);
                    }
                }
            }
        }
    }

    /** The value of a small int literal such as {@code 0} or {@code -1} (an index), else null. */
    public static Integer smallIntLiteral(Expr e) {
        if (e instanceof Expr.Constant c && c.value() instanceof ConstValue.IntValue i && i.value().bitLength() < 31) {
            return i.value().intValue();
        }
        if (e instanceof Expr.UnaryOp u && u.op() == UnaryOperator.USub) {
            Integer inner = smallIntLiteral(u.operand());
            return inner == null ? null : -inner;
        }
        return null;
    }

    /**
     * A copy of {@code node} whose every position is {@code at} ({@link Pos#NONE} stays): for code
     * the compiler generates, so that a diagnostic in it points at the user's construct.
     */
    @SuppressWarnings("unchecked")
    public static <T extends Node> T placedAt(T node, Pos at) {
        RecordShape shape = RecordShape.of(node.getClass());
        if (shape.size() == 0) {
            return node;
        }
        Object[] values = new Object[shape.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = placedValue(shape.get(node, i), at);
        }
        return (T) shape.make(values);
    }

    private static Object placedValue(Object v, Pos at) {
        if (v instanceof Pos p) {
            return p == Pos.NONE ? p : at;
        }
        if (v instanceof Node n) {
            return placedAt(n, at);
        }
        if (v instanceof List<?> list) {
            List<Object> out = new java.util.ArrayList<>(list.size());
            for (Object item : list) {
                out.add(placedValue(item, at));
            }
            return java.util.Collections.unmodifiableList(out);
        }
        return v;
    }

    /** Whether {@code e} is a negative int literal such as {@code -1} (unary minus of a nonzero int constant). */
    public static boolean isNegativeIntLiteral(Expr e) {
        if (e instanceof Expr.UnaryOp u && u.op() == UnaryOperator.USub) {
            Expr inner = u.operand();
            while (inner instanceof Expr.UnaryOp p && p.op() == UnaryOperator.UAdd) {
                inner = p.operand();
            }
            return inner instanceof Expr.Constant c && c.value() instanceof ConstValue.IntValue i && i.value().signum() > 0;
        }
        return false;
    }

    /** {@code super()} with no arguments, as in {@code super().__init__(...)}. */
    public static boolean isBareSuperCall(Expr e) {
        return e instanceof Expr.Call c && c.func() instanceof Expr.Name n && n.id().equals("super")
                && c.args().isEmpty() && c.keywords().isEmpty();
    }
}
