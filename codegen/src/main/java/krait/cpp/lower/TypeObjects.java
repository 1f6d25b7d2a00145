package krait.cpp.lower;

import java.util.ArrayList;
import java.util.List;
import krait.cpp.ir.CExpr;
import krait.cpp.ir.CStmt;
import krait.cpp.ir.CType;
import krait.syntax.CmpOperator;
import krait.syntax.Expr;
import krait.types.ClassInfo;
import krait.types.PyType;
import krait.types.Specialization;
import krait.types.TypeVar;

/**
 * {@code type(x)} where the analysis let it stand for x's class: compared with a class or another
 * {@code type(y)} ({@code type(x) is int}), or printed ({@code <class 'int'>}). A value's class is
 * its type where the analysis knows one; an object of several classes tells its class id when the
 * program runs.
 */
final class TypeObjects {
    private final LoweringContext cx;
    private final Specialization spec;
    private final ExpressionLowering exprs;

    TypeObjects(LoweringContext cx, Specialization spec, ExpressionLowering exprs) {
        this.cx = cx;
        this.spec = spec;
        this.exprs = exprs;
    }

    /**
     * The classes one side of a comparison may be: each with a key that names the class (equal keys,
     * the same class; a class typed per allocation site is keyed by its original) and the C++ test
     * that it is this one (null: always).
     */
    private record Alternative(String key, /* nullable */ CExpr when) {}

    /** {@code type(x) is C}, {@code type(a) == type(b)}, and their negations. */
    CExpr compare(Expr.Compare c) {
        List<CStmt> body = new ArrayList<>();
        List<Alternative> left = alternatives(c.left(), body);
        List<Alternative> right = alternatives(c.comparators().get(0), body);
        CExpr same = null;
        boolean always = false;
        for (Alternative a : left) {
            for (Alternative b : right) {
                if (!a.key().equals(b.key())) {
                    continue;
                }
                CExpr both = a.when() == null ? b.when()
                        : b.when() == null ? a.when() : new CExpr.Binary("&&", a.when(), b.when());
                if (both == null) {
                    always = true;
                }
                same = both == null ? same : same == null ? both : new CExpr.Binary("||", same, both);
            }
        }
        CExpr result = always ? new CExpr.BoolLit(true) : same == null ? new CExpr.BoolLit(false) : same;
        CmpOperator op = c.ops().get(0);
        if (op == CmpOperator.IsNot || op == CmpOperator.NotEq) {
            result = result instanceof CExpr.BoolLit lit ? new CExpr.BoolLit(!lit.value()) : new CExpr.Unary("!", result);
        }
        return body.isEmpty() ? result : new CExpr.Block(CType.BOOL, body, result);
    }

    private List<Alternative> alternatives(Expr side, List<CStmt> body) {
        if (spec.isTypeObject(side)) {
            return ofValue(((Expr.Call) side).args().get(0), body);
        }
        TypeVar named = spec.typeOf(side);
        if (named != null && named.single() instanceof PyType.ClassRef ref) {
            return List.of(new Alternative(classKey(ref.cls()), null));
        }
        if (named != null && named.single() instanceof PyType.BuiltinRef b) {
            return List.of(new Alternative("model " + b.function().name(), null)); // a library class (deque)
        }
        return List.of(new Alternative(((Expr.Name) side).id(), null)); // a builtin class
    }

    private static String classKey(ClassInfo cls) {
        return cls.isBuiltin() ? cls.name() : "class " + cls.origin().id();
    }

    /** The classes {@code type(x)} may be, x evaluated into a temporary of {@code body}. */
    private List<Alternative> ofValue(Expr x, List<CStmt> body) {
        TypeVar v = spec.typeOf(x);
        List<PyType> types = v == null || v.types().isEmpty() ? List.of(exprs.typeOf(x)) : List.copyOf(v.types());
        String tmp = cx.temp("typed");
        CType held = exprs.cppTypeOf(x);
        body.add(new CStmt.VarDecl(held, tmp, exprs.value(x)));
        CExpr obj = new CExpr.VarRef(tmp);
        if (types.size() == 1 && !(types.get(0) instanceof PyType.SetType)) {
            return List.of(new Alternative(key(types.get(0), x), null));
        }
        List<Alternative> out = new ArrayList<>();
        boolean ids = cx.classOfType(held) != null;
        for (PyType t : types) {
            if (t.equals(PyType.NONE) && held instanceof CType.Pointer) {
                out.add(new Alternative("NoneType", new CExpr.Binary("==", obj, CExpr.NULL)));
            } else if (t instanceof PyType.InstanceType i && ids && !i.cls().isValueType() && !i.cls().isException()) {
                out.add(new Alternative(key(t, x), new CExpr.Binary("&&", new CExpr.Binary("!=", obj, CExpr.NULL),
                        new CExpr.Binary("==", new CExpr.MemberCall(obj, "krait_class_id", List.of()),
                                new CExpr.IntLit(i.cls().id() + 1)))));
            } else if (t instanceof PyType.SetType && types.size() == 1) {
                CExpr frozen = new CExpr.MemberCall(obj, "frozen", List.of());
                out.add(new Alternative("set", new CExpr.Unary("!", frozen)));
                out.add(new Alternative("frozenset", frozen));
            } else {
                throw cx.unsupported(x.pos(), "type() of a value that may be of the types "
                        + krait.types.TypeNaming.full(types));
            }
        }
        return out;
    }

    private String key(PyType t, Expr x) {
        if (t instanceof PyType.InstanceType i && i.cls().isException()) {
            // a variable of an exception class holds its subclasses too
            throw cx.unsupported(x.pos(), "type() of an exception compared with a class");
        }
        if (t instanceof PyType.InstanceType i) {
            return classKey(i.cls());
        }
        if (t instanceof PyType.ModelInstance m) {
            return "model " + m.cls().name();
        }
        if (t instanceof PyType.OptionalType) {
            throw cx.unsupported(x.pos(), "type() of a number that may be None");
        }
        if (t instanceof PyType.NumberType) {
            throw cx.unsupported(x.pos(), "type() of a value that may be an int or a float (isinstance() tests it)");
        }
        return krait.types.TypeNaming.name(t);
    }

    /** {@code print(type(x))}: {@code <class 'int'>}, {@code <class '__main__.Node'>}. */
    CExpr shown(Expr x) {
        TypeVar v = spec.typeOf(x);
        List<PyType> types = v == null || v.types().isEmpty() ? List.of(exprs.typeOf(x)) : List.copyOf(v.types());
        CType held = exprs.cppTypeOf(x);
        boolean objects = types.stream().allMatch(t -> t.equals(PyType.NONE)
                || t instanceof PyType.InstanceType i && !i.cls().isValueType());
        if (objects && held instanceof CType.Pointer && types.stream().anyMatch(t -> t instanceof PyType.InstanceType)) {
            return new CExpr.Call("krait::type_repr", List.of(exprs.value(x))); // the object knows its class
        }
        if (types.size() == 1 && types.get(0) instanceof PyType.SetType) {
            String tmp = cx.temp("typed");
            return new CExpr.Block(CType.STR, List.of(new CStmt.VarDecl(held, tmp, exprs.value(x))),
                    new CExpr.Conditional(new CExpr.MemberCall(new CExpr.VarRef(tmp), "frozen", List.of()),
                            new CExpr.VarRef(cx.stringConstant("<class 'frozenset'>")),
                            new CExpr.VarRef(cx.stringConstant("<class 'set'>"))));
        }
        if (types.size() != 1) {
            throw cx.unsupported(x.pos(), "type() of a value that may be of the types " + krait.types.TypeNaming.full(types));
        }
        PyType t = types.get(0);
        String name;
        if (t instanceof PyType.InstanceType i) {
            name = i.cls().isBuiltin() || i.cls().name().contains(".") ? i.cls().name() : "__main__." + i.cls().name();
        } else if (t instanceof PyType.ModelInstance m) {
            name = m.cls().module() == null || m.cls().module().equals("builtins") ? m.cls().name()
                    : m.cls().module() + "." + m.cls().name();
        } else if (t instanceof PyType.OptionalType) {
            throw cx.unsupported(x.pos(), "type() of a number that may be None");
        } else if (t instanceof PyType.FunctionRef || t instanceof PyType.CallableType || t instanceof PyType.BuiltinRef
                || t instanceof PyType.ClassRef || t instanceof PyType.ModuleRef || t instanceof PyType.BoundMethod) {
            throw cx.unsupported(x.pos(), "printing the type of a function, class or module");
        } else {
            name = krait.types.TypeNaming.name(t);
        }
        return new CExpr.Comma(exprs.value(x), new CExpr.VarRef(cx.stringConstant("<class '" + name + "'>")));
    }
}
