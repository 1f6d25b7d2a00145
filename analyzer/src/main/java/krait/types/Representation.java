package krait.types;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Which abstract types share one machine representation. Two lists from different allocation
 * sites with the same element representation are the same C++ type; None can share a reference
 * type's representation (a null pointer) but not a value type's. A variable is well-typed when all
 * its types have one representation.
 */
public final class Representation {
    private Representation() {
    }

    /** A key naming the representation of {@code t}; equal keys mean the same C++ type. */
    public static String key(PyType t) {
        return key(t, 0);
    }

    private static String key(PyType t, int depth) {
        if (t instanceof PyType.ListType l) {
            if (depth > 16) {
                return "list[...]";
            }
            return "list[" + joinedKey(l.site().elements().types(), depth + 1) + "]";
        }
        if (t instanceof PyType.FunctionRef f) {
            return "def " + f.function().name();
        }
        if (t instanceof PyType.BuiltinRef b) {
            return "builtin " + b.function().name();
        }
        return TypeNaming.name(t);
    }

    private static String joinedKey(Set<PyType> types, int depth) {
        Map<String, PyType> keys = byKey(types, depth);
        return keys.isEmpty() ? "Never" : String.join(" | ", keys.keySet());
    }

    /** The distinct representations among {@code types}, None left out when a reference type can hold it. */
    public static Map<String, PyType> distinct(Set<PyType> types) {
        return byKey(types, 0);
    }

    private static Map<String, PyType> byKey(Set<PyType> types, int depth) {
        Map<String, PyType> keys = new LinkedHashMap<>();
        boolean hasReference = false;
        for (PyType t : types) {
            hasReference |= isReference(t);
        }
        for (PyType t : types) {
            if (t.equals(PyType.NONE) && hasReference) {
                continue;
            }
            keys.putIfAbsent(key(t, depth), t);
        }
        return keys;
    }

    /** Types held by pointer, where None is a null pointer. */
    public static boolean isReference(PyType t) {
        return t.equals(PyType.STR) || t instanceof PyType.ListType;
    }
}
