package krait.modules;

import java.util.ArrayList;
import java.util.List;
import krait.syntax.Node;
import krait.syntax.Pos;

/** Moves every position of a syntax tree down by a number of lines (the tree is rebuilt). */
final class PositionShift {
    private final int lines;

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
        krait.syntax.RecordShape shape = krait.syntax.RecordShape.of(node.getClass());
        if (shape.size() == 0) {
            return node;
        }
        Object[] values = new Object[shape.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = value(shape.get(node, i));
        }
        return (Node) shape.make(values);
    }
}
