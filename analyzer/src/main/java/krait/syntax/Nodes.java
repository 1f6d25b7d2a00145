package krait.syntax;

import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.function.Predicate;

/** Generic traversal of syntax trees: every node reachable from a root, in source order. */
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
        for (RecordComponent c : root.getClass().getRecordComponents()) {
            Object value;
            try {
                value = c.getAccessor().invoke(root);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
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
}
