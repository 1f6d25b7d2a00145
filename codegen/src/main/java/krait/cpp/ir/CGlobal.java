package krait.cpp.ir;

/** A module-level variable (zero-initialized; assigned by the module body). */
public record CGlobal(CType type, String name) {
}
