package krait.modules;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import krait.syntax.Node;
import krait.syntax.Pos;

/** Moves every position of a syntax tree down by a number of lines (the tree is rebuilt). */
final class PositionShift {
    private final int lines;
    private final Map<Class<?>, Constructor<?>> constructors = new IdentityHashMap<>();

    private PositionShift(int lines) {
        this.lines = lines;
    }

    @SuppressWarnings("unchecked")
    static <T extends Node> T shift(T root, int lines) {
        return lines == 0 ? root : (T) new PositionShift(lines).visit(root);
    }

    private Object value(Object v) {
        if (v instanceof Pos p) {
            return p == Pos.NONE ? p : new Pos(p.line() + lines, p.col(), p.endLine() + lines, p.endCol());
        }
        if (v instanceof Node n) {
            return visit(n);
        }
        if (v instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            for (Object item : list) {
                out.add(value(item));
            }
            return java.util.Collections.unmodifiableList(out);
        }
        return v;
    }

    private Node visit(Node node) {
        RecordComponent[] components = node.getClass().getRecordComponents();
        if (components == null) {
            return node;
        }
        Object[] values = new Object[components.length];
        try {
            for (int i = 0; i < components.length; i++) {
                values[i] = value(components[i].getAccessor().invoke(node));
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
