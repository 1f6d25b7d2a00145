package krait.cpp.ir;

import java.util.List;

/**
 * A user class as a C++ struct: its base (another user class or {@code krait::Object}), its
 * fields, its class attributes (static members), and the hooks of {@code krait::Object} it
 * overrides (each forwarding to the specialization of the special method). A value class
 * ({@code valueType}) is a plain struct held by value: no base, no hooks.
 */
public record CClass(String name, String pythonName, String base, boolean root, int classId, List<Field> fields,
                     List<Field> staticFields, List<Override> overrides, boolean valueType) {
    public record Field(CType type, String name) {}

    /** A virtual member of {@code krait::Object}: its C++ declaration pieces and the expression it returns. */
    public record Override(CType returnType, String name, List<CFunction.Param> params, boolean constMethod, CExpr body,
                           boolean virtualMethod) {
        public Override(CType returnType, String name, List<CFunction.Param> params, boolean constMethod, CExpr body) {
            this(returnType, name, params, constMethod, body, true);
        }
    }
}
