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
import krait.types.SpecialMethods;
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
        if (cls.isValueType()) {
            // nothing in the runtime sees it as a krait::Object (ValueClasses made sure)
            return new CClass(name, cls.name(), base, root, cls.id() + 1, fields, statics, overrides, true);
        }
        // a class of another module is called module.Class (see ModuleLinker); Python shows the parts apart
        int dot = cls.name().lastIndexOf('.');
        overrides.add(new CClass.Override(new CType.Named("const char*"), "class_name", List.of(), true,
                new CExpr.Constant(cppStringLiteral(cls.name().substring(dot + 1)))));
        if (dot > 0) {
            overrides.add(new CClass.Override(new CType.Named("const char*"), "module_name", List.of(), true,
                    new CExpr.Constant(cppStringLiteral(cls.name().substring(0, dot)))));
        } else if (cls.isException()) {
            // not the builtin base's "builtins": the class of a raised one prints as <class '__main__.E'>
            overrides.add(new CClass.Override(new CType.Named("const char*"), "module_name", List.of(), true,
                    new CExpr.Constant(cppStringLiteral("__main__"))));
        }
        PyType self = new PyType.InstanceType(cls);
        forward(cls, "__str__", List.of(self), CType.STR, "str_", overrides);
        forward(cls, "__repr__", List.of(self), CType.STR, "repr_", overrides);
        forward(cls, "__bool__", List.of(self), CType.BOOL, "truthy_", overrides);
        if (!unhashable(cls)) {
            forward(cls, "__hash__", List.of(self), new CType.Named("std::size_t"), "hash_", overrides);
        } else if (root || !unhashable(baseClass)) {
            // subclasses inherit it; the message names the object's own class
            overrides.add(new CClass.Override(new CType.Named("std::size_t"), "hash_", List.of(), true,
                    new CExpr.Comma(new CExpr.Call("krait::detail::raise_unhashable",
                            List.of(new CExpr.MemberCall(new CExpr.VarRef("this"), "class_name", List.of()))),
                            new CExpr.Constant("std::size_t(0)"))));
        }
        forward(cls, "__len__", List.of(self), CType.I64, "len", overrides);
        if (overrides.stream().anyMatch(o -> o.name().equals("len")) && overrides.stream().noneMatch(o -> o.name().equals("truthy_"))) {
            // without __bool__, Python's truth of an object with __len__ is len() != 0
            overrides.add(new CClass.Override(CType.BOOL, "truthy_", List.of(), true,
                    new CExpr.Binary("!=", new CExpr.MemberCall(new CExpr.VarRef("this"), "len", List.of()), new CExpr.IntLit(0))));
        }
        formatHook(cls, self, overrides);
        ClassInfo keyError = cx.program.builtinClasses().get("KeyError");
        if (cls.isException() && keyError != null && cls.isSubclassOf(keyError) && !CppTypes.derivesInCpp(cls, keyError)
                && cls.lookupMethod("__str__") == null) {
            // KeyError as a later base (class NotFound(AppError, KeyError)): its str() is the key's repr
            overrides.add(new CClass.Override(CType.STR, "str_", List.of(), true,
                    new CExpr.MemberCall(new CExpr.VarRef("this"), "arg_repr_text", List.of())));
        }
        equals(cls, overrides);
        compare(cls, overrides);
        if (usesCopy()) {
            copyHooks(cls, root ? null : base, overrides);
        }
        return new CClass(name, cls.name(), base, root, cls.id() + 1, fields, statics, overrides, false);
    }

    /**
     * Whether instances are unhashable, as in CPython: a class whose body defines {@code __eq__}
     * without {@code __hash__} has {@code __hash__ = None}, and so do its subclasses unless one
     * nearer in the MRO defines {@code __hash__} (as does {@code __hash__ = None} written out).
     */
    private static boolean unhashable(ClassInfo cls) {
        for (ClassInfo c : cls.mro()) {
            if (c.isBuiltin()) {
                return false;
            }
            if (c.methods().containsKey("__hash__")) {
                return false;
            }
            if (c.methods().containsKey("__eq__") || c.classAttributes().contains("__hash__")) {
                return true;
            }
        }
        return false;
    }

    private Boolean usesCopy;

    /** Whether the program imports copy: only then do classes get copy hooks (their attributes must support it). */
    private boolean usesCopy() {
        if (usesCopy == null) {
            usesCopy = false;
            krait.syntax.Rewriter.rewrite(cx.program.module(), n -> {
                if (n instanceof krait.syntax.Stmt.Import im && im.names().stream().anyMatch(a -> a.name().equals("copy"))
                        || n instanceof krait.syntax.Stmt.ImportFrom f && "copy".equals(f.module())) {
                    usesCopy = true;
                }
                return null;
            });
        }
        return usesCopy;
    }

    /** copy_ and deepcopy_ (the same class, by its copy constructor) and deep_fields_ (this class's attributes, after the base's). */
    private static void copyHooks(ClassInfo cls, String base, List<CClass.Override> out) {
        CType object = new CType.Named("krait::Object*");
        CFunction.Param memo = new CFunction.Param(new CType.Named("krait::CopyMemo&"), "krait_memo");
        CExpr self = new CExpr.VarRef("this");
        CExpr memoRef = new CExpr.VarRef("krait_memo");
        out.add(new CClass.Override(object, "copy_", List.of(), true,
                new CExpr.Call("krait::copy_module::shallow_object", List.of(self))));
        out.add(new CClass.Override(object, "deepcopy_", List.of(memo), true,
                new CExpr.Call("krait::copy_module::deep_object", List.of(self, memoRef))));
        List<CExpr> args = new ArrayList<>();
        args.add(memoRef);
        args.add(base == null ? new CExpr.IntLit(0) : new CExpr.Call(base + "::deep_fields_", List.of(memoRef)));
        for (String attr : cls.ownAttributes().keySet()) {
            args.add(new CExpr.VarRef(Names.of(attr)));
        }
        out.add(new CClass.Override(new CType.Named("int"), "deep_fields_", List.of(memo), false,
                new CExpr.Call("krait::copy_module::deep_fields", args)));
    }

    private static CType fieldType(TypeVar v) {
        return CppTypes.ofVar(v);
    }

    /** {@code format_(spec)}: the class's {@code __format__(self, spec)}, which format() and f-strings call. */
    private void formatHook(ClassInfo cls, PyType self, List<CClass.Override> out) {
        FunctionInfo m = cls.lookupMethod("__format__");
        Specialization s = m == null ? null : cx.program.specialization(m, List.of(self, PyType.STR));
        if (s == null || !CppTypes.ofVar(s.returnVar()).equals(CType.STR)) {
            return;
        }
        out.add(new CClass.Override(CType.STR, "format_", List.of(new CFunction.Param(CType.STR, "spec")), true,
                new CExpr.Call(cx.functionName(s), List.of(thisAs(cls), new CExpr.VarRef("spec")))));
    }

    /** An override of {@code hook} calling the specialization of {@code method} for {@code args}, if there is one. */
    private void forward(ClassInfo cls, String method, List<PyType> args, CType type, String hook,
                         List<CClass.Override> out) {
        FunctionInfo m = cls.lookupMethod(method);
        if (m == null) {
            return;
        }
        Specialization s = cx.program.specialization(m, args);
        if (s == null) {
            return;
        }
        CExpr call = new CExpr.Call(cx.functionName(s), List.of(thisAs(cls)));
        if (hook.equals("hash_")) {
            call = new CExpr.Cast(type, call);
        }
        out.add(new CClass.Override(type, hook, List.of(), true, call, !hook.equals("len")));
    }

    /**
     * {@code eq_(other)}, for the comparisons the runtime makes ({@code in}, {@code index},
     * dict keys): {@code __eq__} for each class the other may be of; an other of a class it has no
     * specialization for is not equal (CPython would compare identities).
     */
    private void equals(ClassInfo cls, List<CClass.Override> out) {
        FunctionInfo m = cls.lookupMethod("__eq__");
        if (m == null || cx.program.specialization(m, List.of(instance(cls), instance(cls))) == null) {
            return;
        }
        CExpr result = byOthersClass(cls, m, "__eq__", new CExpr.BoolLit(false));
        out.add(new CClass.Override(CType.BOOL, "eq_", List.of(otherParam()), true, result));
    }

    /**
     * {@code compare_(op, other)} for sorting and comparisons the runtime makes: {@code __lt__},
     * {@code __le__}, {@code __gt__}, {@code __ge__} by op code 0..3 (or the other's reflection),
     * the base behaviour (a TypeError) for the missing ones and for others of classes without a
     * specialization.
     */
    private void compare(ClassInfo cls, List<CClass.Override> out) {
        String[] methods = {"__lt__", "__le__", "__gt__", "__ge__"};
        String base = cls.bases().isEmpty() || cls.bases().get(0).isBuiltin() ? "krait::Object"
                : CppTypes.className(cls.bases().get(0));
        CExpr inherited = new CExpr.Call(base + "::compare_", List.of(new CExpr.Constant("op"), new CExpr.Constant("other")));
        CExpr result = inherited;
        boolean any = false;
        int[] reflection = {2, 3, 0, 1}; // a < b is b > a, a <= b is b >= a
        for (int op = methods.length - 1; op >= 0; op--) {
            FunctionInfo m = cls.lookupMethod(methods[op]);
            CExpr byOther = byOthersClass(cls, m, methods[reflection[op]], inherited);
            if (byOther == inherited) {
                continue;
            }
            any = true;
            result = new CExpr.Conditional(new CExpr.Binary("==", new CExpr.Constant("op"), new CExpr.IntLit(op)), byOther, result);
        }
        if (any) {
            out.add(new CClass.Override(CType.BOOL, "compare_", List.of(new CFunction.Param(new CType.Named("int"), "op"),
                    otherParam()), true, result));
        }
    }

    /**
     * The comparison of {@code this} with {@code other} for the class {@code other} is of, among
     * those the analysis specialized for (InferenceContext#specializeComparison), tested from the
     * most derived; {@code otherwise} when it is of none. As in Python: the other's
     * {@code reflected} method when its class derives from this one's and overrides it, else
     * {@code m} (this class's method), else, without one, the other's {@code reflected} method.
     */
    private CExpr byOthersClass(ClassInfo cls, /* nullable */ FunctionInfo m, String reflected, CExpr otherwise) {
        CExpr result = otherwise;
        for (ClassInfo other : othersLeastDerivedFirst()) {
            FunctionInfo first = SpecialMethods.subclassReflection(instance(cls), instance(other), reflected);
            CExpr call = first == null ? null : reflectedCall(first, cls, other);
            if (call == null && m != null) {
                Specialization s = cx.program.specialization(m, List.of(instance(cls), instance(other)));
                call = s == null ? null : new CExpr.Call(cx.functionName(s), List.of(thisAs(cls), otherAs(other)));
            }
            if (call == null && m == null && other.lookupMethod(reflected) != null) {
                call = reflectedCall(other.lookupMethod(reflected), cls, other);
            }
            if (call != null) {
                result = new CExpr.Conditional(new CExpr.Binary("!=", otherAs(other), CExpr.NULL),
                        new CExpr.Call("krait::truthy", List.of(call)), result);
            }
        }
        return result;
    }

    /** {@code other.method(this)}, if the analysis specialized it. */
    private CExpr reflectedCall(FunctionInfo method, ClassInfo cls, ClassInfo other) {
        Specialization s = cx.program.specialization(method, List.of(instance(other), instance(cls)));
        return s == null ? null : new CExpr.Call(cx.functionName(s), List.of(otherAs(other), thisAs(cls)));
    }

    /**
     * The program's classes, bases before the classes derived from them: a chain of tests built
     * in this order tests a subclass first, since its instances pass its base's test too.
     */
    private List<ClassInfo> othersLeastDerivedFirst() {
        if (leastDerivedFirst == null) {
            List<ClassInfo> classes = new ArrayList<>(cx.program.classes());
            classes.sort(java.util.Comparator.comparingInt(c -> c.mro().size()));
            leastDerivedFirst = List.copyOf(classes);
        }
        return leastDerivedFirst;
    }

    private List<ClassInfo> leastDerivedFirst;

    private static PyType instance(ClassInfo cls) {
        return new PyType.InstanceType(cls);
    }

    private static CFunction.Param otherParam() {
        return new CFunction.Param(new CType.Named("const krait::Object*"), "other");
    }

    private static CExpr thisAs(ClassInfo cls) {
        return new CExpr.Cast(CppTypes.classType(cls), new CExpr.Constant("this"), "const");
    }

    private static CExpr otherAs(ClassInfo cls) {
        CExpr other = new CExpr.Cast(new CType.Pointer(new CType.Named("krait::Object")), new CExpr.Constant("other"), "const");
        return new CExpr.Cast(CppTypes.classType(cls), other, "dynamic");
    }

    private static String cppStringLiteral(String s) {
        return krait.cpp.ir.CppLiterals.stringLiteral(s);
    }
}
