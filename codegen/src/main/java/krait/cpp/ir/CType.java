package krait.cpp.ir;

import java.util.List;

/** A C++ type as the templates print it: a name, a pointer to a type, or a template instance. */
public sealed interface CType {
    /** The record's simple name; the templates switch on it. */
    default String kind() {
        return getClass().getSimpleName();
    }

    record Named(String name) implements CType {}

    record Pointer(CType pointee) implements CType {}

    record Instance(String template, List<CType> args) implements CType {}

    CType I64 = new Named("krait::i64");
    CType DOUBLE = new Named("double");
    CType BOOL = new Named("bool");
    CType VOID = new Named("void");
    CType NONE = new Named("krait::NoneType");
    CType STR = new Pointer(new Named("krait::str"));

    static CType listOf(CType element) {
        return new Pointer(new Instance("krait::list", List.of(element)));
    }

    static CType setOf(CType element) {
        return new Pointer(new Instance("krait::set", List.of(element)));
    }

    static CType dictOf(CType key, CType value) {
        return new Pointer(new Instance("krait::dict", List.of(key, value)));
    }

    static CType tupleOf(List<CType> elements) {
        return new Instance("krait::tuple", elements);
    }

    /** The type pointed to, for pointer types. */
    default CType pointee() {
        return this instanceof Pointer p ? p.pointee() : this;
    }

    default boolean isPointer() {
        return this instanceof Pointer;
    }
}
