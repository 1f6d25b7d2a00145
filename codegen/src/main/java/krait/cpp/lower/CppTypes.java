package krait.cpp.lower;

import java.util.List;
import java.util.Set;
import krait.cpp.ir.CType;
import krait.types.ClassInfo;
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
        if (t instanceof PyType.OptionalType o) {
            return new CType.Instance("krait::optional", List.of(of(o.value())));
        }
        if (t instanceof PyType.NumberType) {
            return new CType.Named("krait::number");
        }
        if (t.equals(PyType.COMPLEX)) {
            return new CType.Named("krait::complex");
        }
        if (t.equals(PyType.BYTES)) {
            return new CType.Pointer(new CType.Named("krait::bytes"));
        }
        if (t.equals(PyType.BYTEARRAY)) {
            return new CType.Pointer(new CType.Named("krait::bytearray"));
        }
        if (t instanceof PyType.ListType l) {
            return CType.listOf(ofElements(l.site().elements().types()));
        }
        if (t.equals(PyType.RANGE)) {
            return new CType.Named("krait::range");
        }
        if (t instanceof PyType.TupleType tu) {
            return CType.tupleOf(tu.elements().stream().map(e -> ofSet(Set.of(e))).toList());
        }
        if (t instanceof PyType.VarTupleType vt) {
            return varTupleOf(ofElements(vt.site().elements().types()));
        }
        if (t instanceof PyType.DictType d) {
            return CType.dictOf(ofElements(d.site().elements().types()), ofElements(d.site().values().types()));
        }
        if (t instanceof PyType.SetType st) {
            return CType.setOf(ofElements(st.site().elements().types()));
        }
        if (t instanceof PyType.InstanceType i) {
            return classType(i.cls());
        }
        if (t instanceof PyType.ModelInstance m) {
            // the C++ class of a model class, instantiated with its own type parameters
            List<krait.types.TypeVar> slots = List.of(m.site().elements(), m.site().values());
            List<CType> args = new java.util.ArrayList<>();
            for (int i = 0; i < m.cls().typeParams().size() && i < slots.size(); i++) {
                args.add(ofElements(slots.get(i).types()));
            }
            return new CType.Pointer(args.isEmpty() ? new CType.Named(m.cls().cppName())
                    : new CType.Instance(m.cls().cppName(), args));
        }
        if (t instanceof PyType.GeneratorType g) {
            // generator<T>, or generator<T, S> when g.send(v) passes values of type S | None in
            Set<PyType> sent = g.spec().sentVar().types();
            CType element = ofSet(g.spec().yieldVar().types());
            return new CType.Pointer(new CType.Instance("krait::generator", sent.equals(Set.of(PyType.NONE))
                    ? List.of(element) : List.of(element, ofSet(sent))));
        }
        if (t instanceof PyType.IteratorType i) {
            return new CType.Pointer(new CType.Instance("krait::generator", List.of(ofSet(i.site().elements().types()))));
        }
        if (t instanceof PyType.ClassRef || t instanceof PyType.BuiltinRef || t instanceof PyType.ModuleRef) {
            return CType.NONE; // known statically: passed as a placeholder
        }
        if (t instanceof PyType.ExceptionClass) {
            return new CType.Pointer(new CType.Named("krait::ExceptionClass"));
        }
        if (t instanceof PyType.BoundMethod b) {
            return of(b.self()); // the method is known statically: the value is its object
        }
        if (t instanceof PyType.FunctionRef f) {
            // a closure is its environment; a function that captures nothing is known statically
            return capturesNothing(f) ? CType.NONE : new CType.Pointer(new CType.Named(frameName(f.env())));
        }
        if (t instanceof PyType.CallableType c) {
            // krait::func<R, A...>* (function.h); R is void for a function returning None
            List<CType> args = new java.util.ArrayList<>();
            args.add(c.result().equals(PyType.NONE) ? CType.VOID : of(c.result()));
            if (c.params() != null) {
                c.params().forEach(p -> args.add(of(p)));
            }
            return new CType.Pointer(new CType.Instance("krait::func", args));
        }
        throw new IllegalStateException("no C++ representation for " + t);
    }

    /** A tuple of run-time length: a value over list storage (vtuple.h). */
    static CType varTupleOf(CType element) {
        return new CType.Instance("krait::vtuple", List.of(element));
    }

    /** A C++ type as source text, for naming a static member of a class template. */
    static String spelled(CType t) {
        if (t instanceof CType.Named n) {
            return n.name();
        }
        if (t instanceof CType.Pointer p) {
            return spelled(p.pointee()) + "*";
        }
        CType.Instance i = (CType.Instance) t;
        return i.template() + "<" + String.join(", ", i.args().stream().map(CppTypes::spelled).toList()) + ">";
    }

    static boolean capturesNothing(PyType.FunctionRef f) {
        return f.env() == null || f.function().captures().isEmpty();
    }

    /** The heap frame struct of a specialization whose variables closures capture. */
    static String frameName(krait.types.Specialization s) {
        return "frame_" + Names.of(s.function().name()) + "_" + s.id();
    }

    static CType frameType(krait.types.Specialization s) {
        return new CType.Pointer(new CType.Named(frameName(s)));
    }

    /** The struct of a user class, held by pointer (or by value for a value class, see ValueClasses). */
    static CType classType(ClassInfo cls) {
        if (cls.isValueType()) {
            return new CType.Named(className(cls));
        }
        return new CType.Pointer(new CType.Named(className(cls)));
    }

    static String className(ClassInfo cls) {
        return cls.isBuiltin() ? cls.cppName() : Names.of(cls.uniqueName());
    }

    /**
     * The C++ type of a variable: for instances of several classes of one hierarchy, a pointer to
     * their nearest common base.
     */
    static CType ofVar(TypeVar v) {
        if (v == null) {
            return CType.I64;
        }
        return ofSet(v.types());
    }

    static CType ofSet(Set<PyType> types) {
        if (!types.isEmpty() && types.stream().allMatch(t -> t instanceof PyType.TupleType)) {
            PyType.TupleType first = (PyType.TupleType) types.iterator().next();
            if (types.size() == 1 || types.stream().allMatch(t -> ((PyType.TupleType) t).elements().size() == first.elements().size())) {
                List<CType> elements = new java.util.ArrayList<>();
                for (int i = 0; i < first.elements().size(); i++) {
                    Set<PyType> position = new java.util.LinkedHashSet<>();
                    for (PyType t : types) {
                        position.add(((PyType.TupleType) t).elements().get(i));
                    }
                    elements.add(ofSet(position));
                }
                return CType.tupleOf(elements);
            }
        }
        ClassInfo common = null;
        boolean allInstances = true;
        for (PyType t : types) {
            if (t instanceof PyType.InstanceType i) {
                common = common == null ? i.cls() : commonBase(common, i.cls());
            } else if (!t.equals(PyType.NONE)) {
                allInstances = false;
            }
        }
        if (common != null && allInstances) {
            return classType(common);
        }
        PyType r = representative(types);
        return r == null ? CType.I64 : of(r);
    }

    /** The nearest class both inherit from (along first bases), or {@code a}'s root. */
    static ClassInfo commonBase(ClassInfo a, ClassInfo b) {
        return krait.types.Representation.commonBase(a, b);
    }

    /**
     * Whether {@code c} is on {@code cls}'s chain of first bases: its C++ struct derives from c's
     * (a second base, {@code class E(AppError, KeyError)}, is a Python base only).
     */
    static boolean derivesInCpp(ClassInfo cls, ClassInfo c) {
        for (ClassInfo k = cls; k != null; k = k.bases().isEmpty() ? null : k.bases().get(0)) {
            if (k == c) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code ex} (an exception pointer) is an instance of exception class {@code c}: its C++ class
     * derives from c's, or it is one of the program's classes that has c as a later base.
     */
    static krait.cpp.ir.CExpr exceptionTest(ClassInfo c, krait.cpp.ir.CExpr ex, java.util.Collection<ClassInfo> programClasses) {
        krait.cpp.ir.CExpr test = new krait.cpp.ir.CExpr.Binary("!=", new krait.cpp.ir.CExpr.Cast(classType(c), ex, "dynamic"), krait.cpp.ir.CExpr.NULL);
        for (ClassInfo u : programClasses) {
            if (u.isSubclassOf(c) && !derivesInCpp(u, c)) {
                test = new krait.cpp.ir.CExpr.Binary("||", test,
                        new krait.cpp.ir.CExpr.Binary("!=", new krait.cpp.ir.CExpr.Cast(classType(u), ex, "dynamic"), krait.cpp.ir.CExpr.NULL));
            }
        }
        return test;
    }

    /** An empty list's elements are never read; any element type will do, and i64 costs least. */
    private static CType ofElements(Set<PyType> types) {
        return ofSet(types);
    }

    /** The type standing for all of {@code types} (they share one representation), or null if none. */
    static PyType representative(Set<PyType> types) {
        var distinct = Representation.distinct(types);
        return distinct.isEmpty() ? null : distinct.values().iterator().next();
    }

    static PyType representative(TypeVar v) {
        return v == null ? null : representative(v.types());
    }

    /**
     * What iterating a model class instance yields, from its model's {@code __iter__} over its
     * slots (a dict items view: {@code tuple[K, V]}); a class based on a builtin container
     * iterates its first slot. Null when that is unknown.
     */
    static PyType iterElement(PyType.ModelInstance m) {
        var iter = m.cls().methods().get("__iter__");
        if (iter == null) {
            return m.cls().base() == null ? null : representative(m.site().elements());
        }
        krait.types.TypePattern r = iter.overloads().get(0).returns();
        return patternType(m, r instanceof krait.types.TypePattern.IteratorOf it ? it.element()
                : r instanceof krait.types.TypePattern.IterableOf it ? it.element() : r);
    }

    private static PyType patternType(PyType.ModelInstance m, krait.types.TypePattern p) {
        if (p instanceof krait.types.TypePattern.Param param) {
            int slot = m.cls().slotOf(param.name());
            return slot == 0 ? representative(m.site().elements()) : slot == 1 ? representative(m.site().values()) : null;
        }
        if (p instanceof krait.types.TypePattern.Concrete c) {
            return c.type();
        }
        if (p instanceof krait.types.TypePattern.TupleOf t) {
            List<PyType> parts = new java.util.ArrayList<>();
            for (krait.types.TypePattern e : t.elements()) {
                PyType part = patternType(m, e);
                if (part == null) {
                    return null;
                }
                parts.add(part);
            }
            return new PyType.TupleType(parts);
        }
        return null;
    }
}
