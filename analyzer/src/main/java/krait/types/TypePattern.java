package krait.types;

/**
 * A parameter or return type written in a model file: a concrete builtin type, {@code object}
 * (anything), a type parameter such as {@code T}, {@code list[...]}, or {@code X | None}.
 */
public sealed interface TypePattern {
    record Concrete(PyType type) implements TypePattern {}

    record AnyObject() implements TypePattern {}

    record Param(String name) implements TypePattern {}

    record ListOf(TypePattern element) implements TypePattern {}

    record OrNone(TypePattern inner) implements TypePattern {}

    /** Whether an argument of type {@code t} fits; {@code strict} refuses bool for int. */
    default boolean accepts(PyType t, boolean strict) {
        if (this instanceof Concrete c) {
            return c.type().equals(t) || (!strict && c.type().equals(PyType.INT) && t.equals(PyType.BOOL));
        }
        if (this instanceof ListOf) {
            return t instanceof PyType.ListType;
        }
        if (this instanceof OrNone o) {
            return t.equals(PyType.NONE) || o.inner().accepts(t, strict);
        }
        return true; // object and type parameters accept anything
    }
}
