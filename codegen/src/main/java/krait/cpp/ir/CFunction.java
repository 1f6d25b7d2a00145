package krait.cpp.ir;

import java.util.List;

/** A C++ function: one specialization of a Python function, or the module body. */
public record CFunction(CType returnType, String name, List<Param> params, List<CStmt> body, String pythonSignature) {
    public record Param(CType type, String name) {}
}
