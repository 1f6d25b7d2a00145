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
        if (depth > 16) {
            return TypeNaming.name(t) + "[...]";
        }
        if (t instanceof PyType.TupleType tu) {
            java.util.List<String> parts = new java.util.ArrayList<>();
            for (PyType e : tu.elements()) {
                parts.add(key(e, depth + 1));
            }
            return "tuple[" + String.join(", ", parts) + "]";
        }
        if (t instanceof PyType.VarTupleType vt) {
            return "tuple[" + joinedKey(vt.site().elements().types(), depth + 1) + ", ...]";
        }
        if (t instanceof PyType.DictType d) {
            return "dict[" + joinedKey(d.site().elements().types(), depth + 1) + ", "
                    + joinedKey(d.site().values().types(), depth + 1) + "]";
        }
        if (t instanceof PyType.SetType s) {
            return "set[" + joinedKey(s.site().elements().types(), depth + 1) + "]";
        }
        if (t instanceof PyType.GeneratorType g) {
            Set<PyType> sent = g.spec().sentVar().types();
            return "generator[" + joinedKey(g.spec().yieldVar().types(), depth + 1)
                    + (sent.equals(Set.of(PyType.NONE)) ? "" : ", " + joinedKey(sent, depth + 1)) + "]";
        }
        if (t instanceof PyType.ModelInstance m) {
            java.util.List<String> parts = new java.util.ArrayList<>();
            java.util.List<TypeVar> slots = java.util.List.of(m.site().elements(), m.site().values());
            for (int i = 0; i < m.cls().slotCount() && i < slots.size(); i++) {
                parts.add(joinedKey(slots.get(i).types(), depth + 1));
            }
            return "model " + m.cls() + "[" + String.join(", ", parts) + "]";
        }
        if (t instanceof PyType.IteratorType i) {
            return "generator[" + joinedKey(i.site().elements().types(), depth + 1) + "]"; // the same C++ type
        }
        if (t instanceof PyType.InstanceType i) {
            // instances of one hierarchy share the root class's pointer type
            return "instance " + root(i.cls()).uniqueName();
        }
        if (t instanceof PyType.ClassRef c) {
            return "class " + c.cls().name();
        }
        if (t instanceof PyType.OptionalType o) {
            return key(o.value(), depth) + " | None";
        }
        if (t instanceof PyType.NumberType) {
            return "number";
        }
        if (t instanceof PyType.ModuleRef m) {
            return "module " + m.name();
        }
        if (t instanceof PyType.FunctionRef f) {
            // each function (and each closure environment) is its own C++ type
            return "def " + f.function().name() + "@" + f.function().pos().line() + ":" + f.function().pos().col()
                    + (f.env() == null || f.function().captures().isEmpty() ? "" : "/" + f.env().id());
        }
        if (t instanceof PyType.BuiltinRef b) {
            return "builtin " + b.function().name();
        }
        if (t instanceof PyType.CallableType c) {
            if (c.params() == null) {
                return "callable[...]";
            }
            java.util.List<String> parts = new java.util.ArrayList<>();
            for (PyType p : c.params()) {
                parts.add(key(p, depth + 1));
            }
            return "callable[(" + String.join(", ", parts) + ") -> " + key(c.result(), depth + 1) + "]";
        }
        if (t instanceof PyType.BoundMethod b) {
            // held as its object: one C++ type per object representation and method
            return "bound " + b.name() + " of " + key(b.self(), depth + 1);
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
        types = mergeTuples(types, depth);
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
        String intKey = key(PyType.INT, depth);
        String floatKey = key(PyType.FLOAT, depth);
        if (keys.size() == 2 && keys.containsKey(intKey) && keys.containsKey(floatKey)) {
            // an int beside a float: one tagged number
            keys.clear();
            keys.put(key(PyType.NUMBER, depth), PyType.NUMBER);
        }
        String noneKey = key(PyType.NONE, depth);
        if (keys.size() == 2 && keys.containsKey(noneKey)) {
            // None beside one value type: an optional value
            keys.remove(noneKey);
            PyType value = keys.values().iterator().next();
            if (PyType.isOptionalValue(value)) {
                PyType.OptionalType o = new PyType.OptionalType(value);
                keys.clear();
                keys.put(key(o, depth), o);
            } else {
                keys.clear();
                for (PyType t : types) {
                    keys.putIfAbsent(key(t, depth), t);
                }
            }
        }
        return keys;
    }

    /**
     * Tuples of one length whose positions agree (None beside a reference is that reference, as
     * for variables) are one tuple type: {@code (None, node)} and {@code (node, node)} share
     * {@code tuple<Node*, Node*>}. Returns the set with each such group replaced by its merge.
     */
    public static Set<PyType> mergeTuples(Set<PyType> types) {
        return mergeTuples(types, 0);
    }

    /**
     * {@code depth} counts the containers and tuples already entered: recursive data (a tuple
     * holding a list of such tuples) would otherwise be merged without end.
     */
    private static Set<PyType> mergeTuples(Set<PyType> types, int depth) {
        if (depth > 16) {
            return types;
        }
        types = absorbFixedTuples(types, depth);
        Map<Integer, java.util.List<PyType.TupleType>> byArity = new LinkedHashMap<>();
        for (PyType t : types) {
            if (t instanceof PyType.TupleType tu) {
                byArity.computeIfAbsent(tu.elements().size(), n -> new java.util.ArrayList<>()).add(tu);
            }
        }
        if (byArity.values().stream().allMatch(l -> l.size() < 2)) {
            return types;
        }
        Set<PyType> out = new java.util.LinkedHashSet<>();
        for (PyType t : types) {
            if (!(t instanceof PyType.TupleType)) {
                out.add(t);
            }
        }
        for (java.util.List<PyType.TupleType> group : byArity.values()) {
            int n = group.get(0).elements().size();
            java.util.List<PyType> merged = new java.util.ArrayList<>();
            boolean ok = true;
            for (int i = 0; i < n && ok; i++) {
                Set<PyType> position = new java.util.LinkedHashSet<>();
                for (PyType.TupleType tu : group) {
                    position.add(tu.elements().get(i));
                }
                Map<String, PyType> kinds = byKey(position, depth + 1);
                ok = kinds.size() == 1;
                if (ok) {
                    merged.add(kinds.values().iterator().next());
                }
            }
            if (ok) {
                out.add(new PyType.TupleType(merged));
            } else {
                out.addAll(group);
            }
        }
        return out;
    }

    /**
     * A fixed tuple beside a variable-length one is converted to it where they meet (the solver
     * has joined its positions into the variable tuple's elements), so only the variable tuple
     * stays: {@code t = (1, 2)} then {@code t = tuple(xs)} is a {@code tuple[int, ...]}.
     */
    public static Set<PyType> absorbFixedTuples(Set<PyType> types) {
        return absorbFixedTuples(types, 0);
    }

    private static Set<PyType> absorbFixedTuples(Set<PyType> types, int depth) {
        types = absorbFunctions(types);
        PyType.VarTupleType var = null;
        boolean fixed = false;
        for (PyType t : types) {
            if (t instanceof PyType.VarTupleType vt && var == null) {
                var = vt;
            }
            fixed |= t instanceof PyType.TupleType;
        }
        if (var == null || !fixed) {
            return types;
        }
        Map<String, PyType> elements = byKey(var.site().elements().types(), depth + 1);
        Set<PyType> out = new java.util.LinkedHashSet<>();
        for (PyType t : types) {
            if (t instanceof PyType.TupleType tu && fitsElements(tu, elements, depth + 1)) {
                continue;
            }
            out.add(t);
        }
        // the variable tuple stands first: it is the representative
        Set<PyType> ordered = new java.util.LinkedHashSet<>();
        ordered.add(var);
        ordered.addAll(out);
        return ordered;
    }

    /**
     * {@code types} without the fixed tuples that a variable-length tuple among them absorbs: what
     * the variable holds when the program runs, so what operations on it must handle (an index or
     * an unpacking checked against a fixed length would be checked against a tuple that is not there).
     */
    public static Set<PyType> withoutAbsorbedTuples(Set<PyType> types) {
        PyType.VarTupleType var = null;
        for (PyType t : types) {
            if (t instanceof PyType.VarTupleType vt) {
                var = vt;
                break;
            }
        }
        if (var == null) {
            return types;
        }
        Map<String, PyType> elements = byKey(var.site().elements().types(), 1);
        Set<PyType> out = new java.util.LinkedHashSet<>();
        for (PyType t : types) {
            if (!(t instanceof PyType.TupleType tu && fitsElements(tu, elements, 1))) {
                out.add(t);
            }
        }
        return out;
    }

    /**
     * The functions a function object holds are converted to it where they come in
     * ({@link FunctionObjects}): beside a callable type only that type stays.
     */
    public static Set<PyType> absorbFunctions(Set<PyType> types) {
        PyType.CallableType callable = null;
        for (PyType t : types) {
            if (t instanceof PyType.CallableType c) {
                callable = c;
            }
        }
        if (callable == null) {
            return types;
        }
        Set<PyType> out = new java.util.LinkedHashSet<>();
        out.add(callable);
        for (PyType t : types) {
            if (!PyType.isFunctionValue(t)) {
                out.add(t);
            }
        }
        return out;
    }

    private static boolean fitsElements(PyType.TupleType tu, Map<String, PyType> elements, int depth) {
        if (elements.size() > 1) {
            return false;
        }
        for (PyType e : tu.elements()) {
            if (elements.isEmpty() || !elements.containsKey(key(e, depth))) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code types} are None beside one value type (an {@link PyType.OptionalType}). */
    public static boolean isOptionalValue(Set<PyType> types) {
        return types.contains(PyType.NONE) && distinct(types).values().stream().anyMatch(t -> t instanceof PyType.OptionalType);
    }

    /** Whether {@code types} are ints beside floats: one {@link PyType.NumberType}. */
    public static boolean isNumber(Set<PyType> types) {
        return types.contains(PyType.INT) && types.contains(PyType.FLOAT)
                && distinct(types).values().stream().anyMatch(t -> t instanceof PyType.NumberType);
    }

    /** Types held by pointer, where None is a null pointer. */
    public static boolean isReference(PyType t) {
        return t.equals(PyType.STR) || PyType.isBytesLike(t) || t instanceof PyType.ListType || t instanceof PyType.DictType
                || t instanceof PyType.SetType || t instanceof PyType.InstanceType || t instanceof PyType.GeneratorType
                || t instanceof PyType.ModelInstance
                || t instanceof PyType.IteratorType || t instanceof PyType.ExceptionClass
                || t instanceof PyType.CallableType;
    }

    /** The first class of the single-inheritance chain above {@code c} that has no base. */
    /**
     * The nearest class both inherit from along first bases (the chain a C++ struct derives
     * through), or {@code a}'s root.
     */
    public static ClassInfo commonBase(ClassInfo a, ClassInfo b) {
        for (ClassInfo c = a; c != null; c = c.bases().isEmpty() ? null : c.bases().get(0)) {
            for (ClassInfo k = b; k != null; k = k.bases().isEmpty() ? null : k.bases().get(0)) {
                if (k == c) {
                    return c;
                }
            }
        }
        return root(a);
    }

    public static ClassInfo root(ClassInfo c) {
        ClassInfo r = c;
        while (!r.bases().isEmpty()) {
            r = r.bases().get(0);
        }
        return r;
    }
}
