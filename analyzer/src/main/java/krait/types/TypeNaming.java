package krait.types;

import java.util.ArrayList;
import java.util.List;

/** Python-style names of abstract types, as users read them in diagnostics and in `krait types`. */
public final class TypeNaming {
    private TypeNaming() {
    }

    /** The type's name without its contents: what Python's {@code type(x).__name__} says. */
    public static String name(PyType t) {
        if (t instanceof PyType.Prim p) {
            return p.equals(PyType.NONE) ? "NoneType" : p.name();
        }
        if (t instanceof PyType.ListType) {
            return "list";
        }
        if (t instanceof PyType.OptionalType o) {
            return name(o.value()) + " | None";
        }
        if (t instanceof PyType.NumberType) {
            return "int | float";
        }
        if (t instanceof PyType.RangeType) {
            return "range";
        }
        if (t instanceof PyType.FunctionRef || t instanceof PyType.CallableType) {
            return "function";
        }
        if (t instanceof PyType.ExceptionClass) {
            return "type";
        }
        if (t instanceof PyType.BoundMethod b) {
            return b.self() instanceof PyType.InstanceType ? "method" : "builtin_function_or_method";
        }
        if (t instanceof PyType.TupleType || t instanceof PyType.VarTupleType) {
            return "tuple";
        }
        if (t instanceof PyType.DictType) {
            return "dict";
        }
        if (t instanceof PyType.SetType) {
            return "set";
        }
        if (t instanceof PyType.ClassRef) {
            return "type";
        }
        if (t instanceof PyType.GeneratorType) {
            return "generator";
        }
        if (t instanceof PyType.IteratorType) {
            return "iterator";
        }
        if (t instanceof PyType.ModuleRef) {
            return "module";
        }
        if (t instanceof PyType.InstanceType i) {
            return i.cls().name();
        }
        if (t instanceof PyType.ModelInstance m) {
            return m.cls().name();
        }
        if (t instanceof PyType.BuiltinRef b && isModelClass(b)) {
            return "type";
        }
        return "builtin_function_or_method";
    }

    /** The full annotation-style name, with element types: {@code list[int]}. */
    public static String full(PyType t) {
        return full(t, 0, null);
    }

    /** The full name, where {@code functions} names each user function held as a value. */
    public static String full(PyType t, java.util.function.Function<PyType.FunctionRef, String> functions) {
        return full(t, 0, functions);
    }

    /** A set of types as an annotation: {@code int | str}. */
    public static String full(java.util.Collection<PyType> types) {
        return full(types, null);
    }

    /**
     * A set of types as an annotation, where {@code functions} (when not null) names each user
     * function held as a value (else: {@code def name}).
     */
    public static String full(java.util.Collection<PyType> types,
                              /* nullable */ java.util.function.Function<PyType.FunctionRef, String> functions) {
        if (types.isEmpty()) {
            return "<nothing>";
        }
        List<String> parts = new ArrayList<>();
        for (PyType t : Representation.absorbFixedTuples(new java.util.LinkedHashSet<>(types))) {
            String s = full(t, 0, functions);
            if (!parts.contains(s) && !t.equals(PyType.NONE)) {
                parts.add(s);
            }
        }
        if (types.contains(PyType.NONE)) {
            parts.add(full(PyType.NONE)); // last, as annotations write it: int | None
        }
        return String.join(" | ", parts);
    }

    private static String full(PyType t, int depth,
                               /* nullable */ java.util.function.Function<PyType.FunctionRef, String> functions) {
        if (t instanceof PyType.ExceptionClass) {
            return "type[BaseException]";
        }
        if (t instanceof PyType.ListType l) {
            if (depth > 8) {
                return "list[...]";
            }
            return "list[" + joined(l.site().elements().types(), depth, functions) + "]";
        }
        if (t instanceof PyType.FunctionRef f) {
            return functions != null ? functions.apply(f) : "def " + f.function().name();
        }
        if (t instanceof PyType.CallableType c) {
            if (c.params() == null) {
                return "Callable[..., object]";
            }
            List<String> parts = new ArrayList<>();
            for (PyType p : c.params()) {
                parts.add(full(p, depth + 1, functions));
            }
            return "Callable[[" + String.join(", ", parts) + "], " + full(c.result(), depth + 1, functions) + "]";
        }
        if (depth > 8) {
            return name(t) + "[...]";
        }
        if (t instanceof PyType.TupleType tu) {
            List<String> parts = new ArrayList<>();
            for (PyType e : tu.elements()) {
                parts.add(full(e, depth + 1, functions));
            }
            return parts.isEmpty() ? "tuple[()]" : "tuple[" + String.join(", ", parts) + "]";
        }
        if (t instanceof PyType.VarTupleType vt) {
            return "tuple[" + joined(vt.site().elements().types(), depth, functions) + ", ...]";
        }
        if (t instanceof PyType.DictType d) {
            return "dict[" + joined(d.site().elements().types(), depth, functions) + ", "
                    + joined(d.site().values().types(), depth, functions) + "]";
        }
        if (t instanceof PyType.SetType s) {
            return "set[" + joined(s.site().elements().types(), depth, functions) + "]";
        }
        if (t instanceof PyType.ClassRef c) {
            return "type[" + c.cls().name() + "]";
        }
        if (t instanceof PyType.BuiltinRef b && isModelClass(b)) {
            return "type[" + b.function().name() + "]";
        }
        if (t instanceof PyType.ModelInstance m && !m.cls().typeParams().isEmpty()) {
            // as Python writes the parameters: deque[int], defaultdict[str, list[int]]
            List<String> parts = new ArrayList<>();
            List<TypeVar> slots = List.of(m.site().elements(), m.site().values());
            for (int i = 0; i < m.cls().typeParams().size() && i < slots.size(); i++) {
                parts.add(joined(slots.get(i).types(), depth, functions));
            }
            return m.cls().name() + "[" + String.join(", ", parts) + "]";
        }
        if (t instanceof PyType.GeneratorType g && g.spec().yieldVar() != null) {
            // typing's spelling: Generator[YieldType, SendType, ReturnType]
            return "Generator[" + joined(g.spec().yieldVar().types(), depth, functions) + ", "
                    + joined(g.spec().sentVar().types(), depth, functions) + ", "
                    + (g.spec().returnedVar() == null || g.spec().returnedVar().types().isEmpty() ? "None"
                    : joined(g.spec().returnedVar().types(), depth, functions)) + "]";
        }
        if (t instanceof PyType.InstanceType i) {
            return i.cls().displayName();
        }
        return t == PyType.NONE ? "None" : name(t);
    }

    private static String joined(java.util.Collection<PyType> types, int depth,
                                 /* nullable */ java.util.function.Function<PyType.FunctionRef, String> functions) {
        List<String> parts = new ArrayList<>();
        for (PyType e : Representation.absorbFixedTuples(new java.util.LinkedHashSet<>(types))) {
            String s = full(e, depth + 1, functions);
            if (!parts.contains(s) && !e.equals(PyType.NONE)) {
                parts.add(s);
            }
        }
        if (types.contains(PyType.NONE)) {
            parts.add("None"); // last, as annotations write it: int | None
        }
        return parts.isEmpty() ? "Never" : String.join(" | ", parts);
    }

    /** A model class used as a value: its constructor overloads. */
    private static boolean isModelClass(PyType.BuiltinRef b) {
        return b.function().overloads().get(0).returns() instanceof TypePattern.ModelObject;
    }
}
