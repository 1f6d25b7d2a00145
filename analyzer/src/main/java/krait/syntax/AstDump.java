package krait.syntax;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.List;

/**
 * Prints a syntax tree exactly as CPython 3.11's {@code ast.dump} does, so the parser can be tested
 * against CPython by comparing strings. The records mirror CPython's node classes field for field,
 * so the printer walks record components and turns their camelCase names into CPython's snake_case.
 */
public final class AstDump {
    private static final ClassValue<RecordComponent[]> COMPONENTS = new ClassValue<>() {
        @Override
        protected RecordComponent[] computeValue(Class<?> type) {
            RecordComponent[] all = type.getRecordComponents();
            for (RecordComponent c : all) {
                c.getAccessor().setAccessible(true);
            }
            return all;
        }
    };

    private AstDump() {
    }

    /** {@code ast.dump(node)}. */
    public static String dump(Node node) {
        return dump(node, false);
    }

    /** {@code ast.dump(node, include_attributes=...)}. */
    public static String dump(Node node, boolean includeAttributes) {
        StringBuilder out = new StringBuilder(256);
        node(node, includeAttributes, out);
        return out.toString();
    }

    private static void node(Node node, boolean attributes, StringBuilder out) {
        Class<?> type = node.getClass();
        out.append(className(type)).append('(');
        boolean first = true;
        Pos pos = null;
        for (RecordComponent c : COMPONENTS.get(type)) {
            Object value = get(c, node);
            if (c.getName().equals("pos")) {
                pos = (Pos) value;
                continue;
            }
            if (value == null) {
                continue; // CPython omits optional fields that are None
            }
            if (!first) {
                out.append(", ");
            }
            first = false;
            out.append(snakeCase(c.getName())).append('=');
            value(value, attributes, out);
        }
        if (attributes && pos != null) {
            if (!first) {
                out.append(", ");
            }
            out.append("lineno=").append(pos.line()).append(", col_offset=").append(pos.col())
                    .append(", end_lineno=").append(pos.endLine()).append(", end_col_offset=").append(pos.endCol());
        }
        out.append(')');
    }

    private static void value(Object value, boolean attributes, StringBuilder out) {
        if (value == null) {
            out.append("None");
        } else if (value instanceof Node n) {
            node(n, attributes, out);
        } else if (value instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    out.append(", ");
                }
                value(list.get(i), attributes, out);
            }
            out.append(']');
        } else if (value instanceof Enum<?> e) {
            out.append(e.name()).append("()");
        } else if (value instanceof ConstValue c) {
            out.append(PyRepr.repr(c));
        } else if (value instanceof String s) {
            out.append(PyRepr.str(s));
        } else {
            out.append(value);
        }
    }

    private static Object get(RecordComponent c, Object record) {
        try {
            return c.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + c, e);
        }
    }

    /**
     * CPython's class name: our {@code ExprStmt} is CPython's {@code Expr} statement, and the
     * helper nodes (arguments, keyword, ...) have lower-case names in CPython.
     */
    static String className(Class<?> type) {
        return switch (type.getSimpleName()) {
            case "ExprStmt" -> "Expr";
            case "Arguments" -> "arguments";
            case "Arg" -> "arg";
            case "Keyword" -> "keyword";
            case "Alias" -> "alias";
            case "Comprehension" -> "comprehension";
            case "WithItem" -> "withitem";
            case "MatchCase" -> "match_case";
            default -> type.getSimpleName();
        };
    }

    static String snakeCase(String camel) {
        StringBuilder out = new StringBuilder(camel.length() + 4);
        for (int i = 0; i < camel.length(); i++) {
            char ch = camel.charAt(i);
            if (Character.isUpperCase(ch)) {
                out.append('_').append(Character.toLowerCase(ch));
            } else {
                out.append(ch);
            }
        }
        return out.toString();
    }
}
