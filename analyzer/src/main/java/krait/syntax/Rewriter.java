package krait.syntax;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Rebuilds a syntax tree with some nodes replaced: {@code replace} returns the new node for a
 * node, or null to keep it (and rebuild it only if something below changed). Unchanged subtrees
 * are shared, not copied.
 */
public final class Rewriter {
    private final Function<Node, Node> replace;
    private final Map<Class<?>, Constructor<?>> constructors = new IdentityHashMap<>();

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
        RecordComponent[] components = node.getClass().getRecordComponents();
        Object[] values = new Object[components.length];
        boolean changed = false;
        try {
            for (int i = 0; i < components.length; i++) {
                Object value = components[i].getAccessor().invoke(node);
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
            if (!changed) {
                return node;
            }
            Constructor<?> ctor = constructors.computeIfAbsent(node.getClass(), c -> {
                Class<?>[] types = new Class<?>[components.length];
                for (int i = 0; i < components.length; i++) {
                    types[i] = components[i].getType();
                }
                try {
                    return c.getDeclaredConstructor(types);
                } catch (NoSuchMethodException e) {
                    throw new IllegalStateException(e);
                }
            });
            return (Node) ctor.newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot rebuild " + node.getClass().getSimpleName(), e);
        }
    }
}
