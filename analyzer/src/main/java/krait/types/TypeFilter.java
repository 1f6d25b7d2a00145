package krait.types;

import java.util.List;

/**
 * What a test proves about a variable where it passed, read by {@link NarrowConstraint}: that it
 * is not None ({@code x is not None}, {@code x}), or that it is, or is not, an instance of some
 * classes ({@code isinstance(x, (C, D))}, {@code not isinstance(x, C)}). A variable's types are
 * the classes of the objects it may hold, so a filter keeps exactly the types that can reach the
 * code after the test.
 */
public sealed interface TypeFilter {
    /** Whether a value of type {@code t} can pass the test. */
    boolean admits(PyType t);

    /** Not None. */
    record NotNone() implements TypeFilter {
        @Override
        public boolean admits(PyType t) {
            return !t.equals(PyType.NONE);
        }
    }

    /** {@code isinstance(x, classes)} is {@code result}. */
    record Isinstance(List<String> classes, boolean result) implements TypeFilter {
        @Override
        public boolean admits(PyType t) {
            if (t instanceof PyType.InstanceType i && i.cls().isException()) {
                return true; // an except clause's variable holds any subclass of its class: decided when it runs
            }
            return classes.stream().anyMatch(c -> isInstance(t, c)) == result;
        }
    }

    /** {@code type(x) is C} (or {@code ==}) is {@code result}: the class itself, not a subclass. */
    record ExactClass(List<String> classes, boolean result) implements TypeFilter {
        @Override
        public boolean admits(PyType t) {
            if (t instanceof PyType.SetType || t instanceof PyType.InstanceType i && i.cls().isException()) {
                return true; // set and frozenset share a type, an exception variable its subclasses: decided when it runs
            }
            return classes.stream().anyMatch(c -> isExactly(t, c)) == result;
        }
    }

    /**
     * Whether {@code type(v) is C} for a value {@code v} of type {@code t} and the class named
     * {@code className} (by name, as {@link #isInstance}: a class typed per allocation site is
     * still its class).
     */
    static boolean isExactly(PyType t, String className) {
        if (t instanceof PyType.InstanceType i) {
            return i.cls().name().equals(className);
        }
        if (t instanceof PyType.ModelInstance m) {
            return m.cls().name().equals(className);
        }
        if (t instanceof PyType.TupleType || t instanceof PyType.VarTupleType) {
            return className.equals("tuple");
        }
        if (t instanceof PyType.SetType) {
            return className.equals("set") || className.equals("frozenset");
        }
        return !(t instanceof PyType.FunctionRef || t instanceof PyType.CallableType || t instanceof PyType.ClassRef)
                && TypeNaming.name(t).equals(className);
    }

    /**
     * Whether a value of type {@code t} is an instance of the class named {@code className}: its
     * class or a base of it, a model class or the builtin it derives from, a builtin type. The
     * lowering decides {@code isinstance} calls by the same rule, so a branch it drops is one the
     * analysis narrowed to nothing.
     */
    static boolean isInstance(PyType t, String className) {
        if (t instanceof PyType.InstanceType i) {
            // a namedtuple's class is not written with tuple as its base, but it is one
            return i.cls().mro().stream().anyMatch(c -> c.name().equals(className))
                    || className.equals("tuple") && TupleViews.has(t);
        }
        if (t instanceof PyType.ModelInstance m) {
            return m.cls().name().equals(className) || className.equals(m.cls().base());
        }
        return switch (className) {
            case "int" -> t.equals(PyType.INT) || t.equals(PyType.BOOL);
            case "bool" -> t.equals(PyType.BOOL);
            case "float" -> t.equals(PyType.FLOAT);
            case "str" -> t.equals(PyType.STR);
            case "bytes" -> t.equals(PyType.BYTES);
            case "bytearray" -> t.equals(PyType.BYTEARRAY);
            case "complex" -> t.equals(PyType.COMPLEX);
            case "list" -> t instanceof PyType.ListType;
            case "dict" -> t instanceof PyType.DictType;
            case "set", "frozenset" -> t instanceof PyType.SetType;
            case "tuple" -> t instanceof PyType.TupleType || t instanceof PyType.VarTupleType;
            default -> false;
        };
    }
}
