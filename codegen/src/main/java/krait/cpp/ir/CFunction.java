package krait.cpp.ir;

import java.util.List;

/**
 * A C++ function: one specialization of a Python function, or the module body. {@code inlineHint}
 * declares it {@code inline}, which lets g++ -O2 inline a small function at its call sites (its
 * limit for functions not so declared is a few instructions).
 */
public record CFunction(CType returnType, String name, List<Param> params, List<CStmt> body, String pythonSignature,
                        boolean inlineHint) {
    public record Param(CType type, String name) {}

    public CFunction(CType returnType, String name, List<Param> params, List<CStmt> body, String pythonSignature) {
        this(returnType, name, params, body, pythonSignature, false);
    }
}
