package krait.syntax;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Rebuilds a syntax tree with some nodes replaced: {@code replace} returns the new node for a
 * node, or null to keep it (and rebuild it only if something below changed). Unchanged subtrees
 * are shared, not copied.
 */
public final class Rewriter {
    private final Function<Node, Node> replace;

    private Rewriter(Function<Node, Node> replace) {
        this.replace = replace;
    }

    @SuppressWarnings("unchecked")
    public static <T extends Node> T rewrite(T root, Function<Node, Node> replace) {
        return (T) new Rewriter(replace).visit(root);
    }

    private Node visit(Node node) {
        if (node == null) {
            return null;
        }
        Node replaced = replace.apply(node);
        if (replaced != null) {
            return replaced;
        }
        RecordShape shape = RecordShape.of(node.getClass());
        Object[] values = new Object[shape.size()];
        boolean changed = false;
        for (int i = 0; i < values.length; i++) {
            Object value = shape.get(node, i);
            Object updated = value;
            if (value instanceof Node n) {
                updated = visit(n);
            } else if (value instanceof List<?> list) {
                List<Object> out = new ArrayList<>(list.size());
                boolean listChanged = false;
                for (Object item : list) {
                    Object u = item instanceof Node n ? visit(n) : item;
                    listChanged |= u != item;
                    out.add(u);
                }
                updated = listChanged ? java.util.Collections.unmodifiableList(out) : value;
            }
            changed |= updated != value;
            values[i] = updated;
        }
        return changed ? (Node) shape.make(values) : node;
    }
}
