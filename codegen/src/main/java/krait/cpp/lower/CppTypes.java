package krait.cpp.lower;

import java.util.Set;
import krait.cpp.ir.CType;
import krait.types.PyType;
import krait.types.Representation;
import krait.types.TypeVar;

/** The C++ type that represents each Python type: ints and floats unboxed, str and lists by pointer. */
final class CppTypes {
    private CppTypes() {
    }

    static CType of(PyType t) {
        if (t.equals(PyType.INT)) {
            return CType.I64;
        }
        if (t.equals(PyType.FLOAT)) {
            return CType.DOUBLE;
        }
        if (t.equals(PyType.BOOL)) {
            return CType.BOOL;
        }
        if (t.equals(PyType.STR)) {
            return CType.STR;
        }
        if (t.equals(PyType.NONE)) {
            return CType.NONE;
        }
        if (t instanceof PyType.ListType l) {
            return CType.listOf(ofElements(l.site().elements().types()));
        }
        if (t.equals(PyType.RANGE)) {
            return new CType.Named("krait::range");
        }
        throw new IllegalStateException("no C++ representation for " + t);
    }

    /** An empty list's elements are never read; any element type will do, and i64 costs least. */
    private static CType ofElements(Set<PyType> types) {
        PyType t = representative(types);
        return t == null ? CType.I64 : of(t);
    }

    /** The type standing for all of {@code types} (they share one representation), or null if none. */
    static PyType representative(Set<PyType> types) {
        var distinct = Representation.distinct(types);
        return distinct.isEmpty() ? null : distinct.values().iterator().next();
    }

    static PyType representative(TypeVar v) {
        return v == null ? null : representative(v.types());
    }
}
