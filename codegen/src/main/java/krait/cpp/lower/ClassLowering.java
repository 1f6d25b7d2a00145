package krait.cpp.lower;

import java.util.ArrayList;
import java.util.List;
import krait.cpp.ir.CClass;
import krait.cpp.ir.CExpr;
import krait.cpp.ir.CFunction;
import krait.cpp.ir.CType;
import krait.types.ClassInfo;
import krait.types.FunctionInfo;
import krait.types.PyType;
import krait.types.Specialization;
import krait.types.TypeVar;

/**
 * A user class as a C++ struct: the fields its layout adds, its class attributes, and overrides of
 * {@code krait::Object}'s hooks that forward to the special methods (so that {@code print},
 * {@code str}, {@code ==} in containers, {@code hash} and truth tests in the runtime find them).
 */
final class ClassLowering {
    private final LoweringContext cx;

    ClassLowering(LoweringContext cx) {
        this.cx = cx;
    }

    CClass lower(ClassInfo cls) {
        String name = CppTypes.className(cls);
        ClassInfo baseClass = cls.bases().isEmpty() ? null : cls.bases().get(0);
        String base = baseClass == null ? "krait::Object" : CppTypes.className(baseClass);
        boolean root = baseClass == null || baseClass.isBuiltin();
        List<CClass.Field> fields = new ArrayList<>();
        for (var e : cls.ownAttributes().entrySet()) {
            fields.add(new CClass.Field(fieldType(e.getValue()), Names.of(e.getKey())));
        }
        List<CClass.Field> statics = new ArrayList<>();
        for (var e : cls.ownClassAttributes().entrySet()) {
            statics.add(new CClass.Field(fieldType(e.getValue()), Names.of(e.getKey())));
        }
        List<CClass.Override> overrides = new ArrayList<>();
        overrides.add(new CClass.Override(new CType.Named("const char*"), "class_name", List.of(), true,
                new CExpr.Constant(cppStringLiteral(cls.name()))));
        PyType self = new PyType.InstanceType(cls);
        forward(cls, "__str__", List.of(self), CType.STR, "str_", List.of(), overrides);
        forward(cls, "__repr__", List.of(self), CType.STR, "repr_", List.of(), overrides);
        forward(cls, "__bool__", List.of(self), CType.BOOL, "truthy_", List.of(), overrides);
        forward(cls, "__hash__", List.of(self), new CType.Named("std::size_t"), "hash_", List.of(), overrides);
        forward(cls, "__len__", List.of(self), CType.I64, "len", List.of(), overrides);
        forward(cls, "__eq__", List.of(self, self), CType.BOOL, "eq_",
                List.of(new CFunction.Param(new CType.Named("const krait::Object*"), "other")), overrides);
        return new CClass(name, cls.name(), base, root, cls.id() + 1, fields, statics, overrides);
    }

    private static CType fieldType(TypeVar v) {
        return CppTypes.ofVar(v);
    }

    /** An override of {@code hook} calling the specialization of {@code method} for {@code args}, if there is one. */
    private void forward(ClassInfo cls, String method, List<PyType> args, CType type, String hook,
                         List<CFunction.Param> params, List<CClass.Override> out) {
        FunctionInfo m = cls.methods().get(method);
        if (m == null) {
            return; // inherited overrides stay in the base's struct
        }
        Specialization s = cx.program.specialization(m, args);
        if (s == null) {
            return;
        }
        List<CExpr> callArgs = new ArrayList<>();
        CType selfType = CppTypes.classType(cls);
        callArgs.add(new CExpr.Cast(selfType, new CExpr.Constant("this"), "const"));
        for (CFunction.Param p : params) {
            // __eq__(self, other): a different class is never equal (CPython would return NotImplemented)
            CExpr other = new CExpr.Cast(new CType.Pointer(new CType.Named("krait::Object")), new CExpr.Constant(p.name()), "const");
            callArgs.add(new CExpr.Cast(selfType, other, "dynamic"));
        }
        CExpr call = new CExpr.Call(cx.functionName(s), callArgs);
        if (!params.isEmpty()) {
            call = new CExpr.Conditional(new CExpr.Binary("==", callArgs.get(1), CExpr.NULL), new CExpr.BoolLit(false), call);
        }
        if (hook.equals("hash_")) {
            call = new CExpr.Cast(type, call);
        }
        out.add(new CClass.Override(type, hook, params, true, call, !hook.equals("len")));
    }

    private static String cppStringLiteral(String s) {
        return krait.cpp.ir.CppLiterals.stringLiteral(s);
    }
}
