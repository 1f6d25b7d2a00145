package krait.cpp.lower;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import krait.cpp.ir.CExpr;
import krait.cpp.ir.CFunction;
import krait.cpp.ir.CStmt;
import krait.cpp.ir.CType;
import krait.syntax.ConstValue;
import krait.syntax.Expr;
import krait.syntax.Operator;
import krait.syntax.Stmt;
import krait.types.CallTarget;
import krait.types.ControlFlow;
import krait.types.FunctionInfo;
import krait.types.PyType;
import krait.types.Specialization;
import krait.types.TypeNaming;
import krait.types.TypeVar;

/** Lowers the statements of one specialization (or of the module body) to a C++ function. */
final class FunctionLowering {
    private final LoweringContext cx;
    private final Specialization spec;
    private final FunctionInfo fn;
    private final ExpressionLowering exprs;
    private final CType returnType;
    private final PyType returnPyType;

    FunctionLowering(LoweringContext cx, Specialization spec) {
        this.cx = cx;
        this.spec = spec;
        this.fn = spec.function();
        this.exprs = new ExpressionLowering(cx, spec);
        PyType ret = fn.isModule() ? null : CppTypes.representative(spec.returnVar());
        this.returnPyType = ret;
        this.returnType = ret == null || ret.equals(PyType.NONE) ? CType.VOID : CppTypes.of(ret);
    }

    CFunction lower(String name) {
        List<CFunction.Param> params = new ArrayList<>();
        for (int i = 0; i < fn.params().size(); i++) {
            params.add(new CFunction.Param(CppTypes.of(spec.argTypes().get(i)), Names.of(fn.params().get(i))));
        }
        List<CStmt> body = new ArrayList<>();
        if (!fn.isModule()) {
            for (Map.Entry<String, TypeVar> local : spec.locals().entrySet()) {
                if (fn.params().contains(local.getKey())) {
                    continue;
                }
                PyType t = CppTypes.representative(local.getValue());
                if (t instanceof PyType.FunctionRef || t instanceof PyType.BuiltinRef) {
                    continue;
                }
                body.add(new CStmt.VarDecl(t == null ? CType.I64 : CppTypes.of(t), Names.of(local.getKey()), null));
            }
        }
        block(fn.body(), body);
        if (!fn.isModule() && returnType.isPointer() && ControlFlow.canCompleteNormally(fn.body())) {
            body.add(new CStmt.Return(CExpr.NULL));
        }
        return new CFunction(returnType, name, params, body, pythonSignature());
    }

    private String pythonSignature() {
        if (fn.isModule()) {
            return "module " + cx.program.file().displayName();
        }
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < fn.params().size(); i++) {
            parts.add(fn.params().get(i) + ": " + TypeNaming.full(spec.argTypes().get(i)));
        }
        String ret = returnPyType == null ? "NoReturn" : TypeNaming.full(returnPyType);
        return "def " + fn.name() + "(" + String.join(", ", parts) + ") -> " + ret;
    }

    private void block(List<Stmt> stmts, List<CStmt> out) {
        for (Stmt s : stmts) {
            if (!(s instanceof Stmt.Pass || s instanceof Stmt.Global || isDocstring(s))) {
                out.add(new CStmt.LineComment(cx.program.file().displayName(), s.pos().line(),
                        cx.program.file().line(s.pos().line()).strip()));
            }
            stmt(s, out);
        }
    }

    private List<CStmt> block(List<Stmt> stmts) {
        List<CStmt> out = new ArrayList<>();
        block(stmts, out);
        return out;
    }

    private static boolean isDocstring(Stmt s) {
        return s instanceof Stmt.ExprStmt e && e.value() instanceof Expr.Constant;
    }

    private void stmt(Stmt s, List<CStmt> out) {
        if (s instanceof Stmt.ExprStmt e) {
            if (!isDocstring(s)) {
                out.add(new CStmt.ExprStmt(exprs.effect(e.value())));
            }
        } else if (s instanceof Stmt.Assign a) {
            assign(a, out);
        } else if (s instanceof Stmt.AugAssign a) {
            augAssign(a, out);
        } else if (s instanceof Stmt.AnnAssign a) {
            if (a.value() != null) {
                out.add(store(a.target(), exprs.value(a.value()), exprs.typeOf(a.value())));
            }
        } else if (s instanceof Stmt.If i) {
            out.add(new CStmt.If(exprs.condition(i.test()), block(i.body()), block(i.orelse())));
        } else if (s instanceof Stmt.While w) {
            out.add(new CStmt.While(exprs.condition(w.test()), block(w.body())));
        } else if (s instanceof Stmt.For f) {
            forLoop(f, out);
        } else if (s instanceof Stmt.Return r) {
            if (r.value() == null) {
                out.add(new CStmt.Return(returnType.isPointer() ? CExpr.NULL : null));
            } else if (returnType.equals(CType.VOID)) {
                out.add(new CStmt.ExprStmt(exprs.effect(r.value())));
                out.add(new CStmt.Return(null));
            } else {
                out.add(new CStmt.Return(exprs.coerce(exprs.value(r.value()), exprs.typeOf(r.value()), returnPyType)));
            }
        } else if (s instanceof Stmt.FunctionDef def) {
            List<Expr> defaults = def.args().defaults();
            int first = def.args().args().size() - defaults.size();
            for (int i = 0; i < defaults.size(); i++) {
                String name = LoweringContext.defaultName(def.name(), def.args().args().get(first + i).arg());
                out.add(new CStmt.Assign(new CExpr.VarRef(name), exprs.value(defaults.get(i))));
            }
        } else if (s instanceof Stmt.Break) {
            out.add(new CStmt.Break());
        } else if (s instanceof Stmt.Continue) {
            out.add(new CStmt.Continue());
        } else if (!(s instanceof Stmt.Pass || s instanceof Stmt.Global)) {
            throw cx.unsupported(s.pos(), "this statement");
        }
    }

    private void assign(Stmt.Assign a, List<CStmt> out) {
        PyType valueType = exprs.typeOf(a.value());
        CExpr value = exprs.value(a.value());
        if (a.targets().size() == 1) {
            out.add(store(a.targets().get(0), value, valueType));
            return;
        }
        // a = b = value: evaluate once, then store left to right as Python does
        String tmp = cx.temp("value");
        List<CStmt> inner = new ArrayList<>();
        inner.add(new CStmt.VarDecl(CppTypes.of(valueType), tmp, value));
        for (Expr target : a.targets()) {
            inner.add(store(target, new CExpr.VarRef(tmp), valueType));
        }
        out.add(new CStmt.Block(inner));
    }

    /** {@code target = value} for a name or an item. */
    private CStmt store(Expr target, CExpr value, PyType valueType) {
        if (target instanceof Expr.Name n) {
            PyType varType = exprs.typeOf(target);
            return new CStmt.Assign(new CExpr.VarRef(Names.of(n.id())), exprs.coerce(value, valueType, varType));
        }
        if (target instanceof Expr.Subscript sub) {
            PyType container = exprs.typeOf(sub.value());
            PyType element = elementType(container);
            return new CStmt.ExprStmt(new CExpr.MemberCall(exprs.value(sub.value()), "setitem",
                    List.of(exprs.value(sub.slice()), exprs.coerce(value, valueType, element))));
        }
        throw cx.unsupported(target.pos(), "this assignment target");
    }

    private void augAssign(Stmt.AugAssign a, List<CStmt> out) {
        PyType valueType = exprs.typeOf(a.value());
        PyType resultType = CppTypes.representative(spec.typeOf(a));
        if (a.target() instanceof Expr.Name n) {
            PyType varType = exprs.typeOf(a.target());
            CExpr variable = new CExpr.VarRef(Names.of(n.id()));
            if (varType instanceof PyType.ListType && a.op() == Operator.Add) {
                // list += list extends the list in place; other names for it see the change
                out.add(new CStmt.ExprStmt(new CExpr.MemberCall(variable, "extend", List.of(exprs.value(a.value())))));
                return;
            }
            CExpr result = exprs.binary(a.op(), variable, varType, exprs.value(a.value()), valueType);
            out.add(new CStmt.Assign(variable, exprs.coerce(result, resultType, varType)));
        } else if (a.target() instanceof Expr.Subscript sub) {
            // c[i] op= v evaluates c and i once
            PyType containerType = exprs.typeOf(sub.value());
            PyType element = elementType(containerType);
            String c = cx.temp("container");
            String i = cx.temp("index");
            CExpr item = new CExpr.MemberCall(new CExpr.VarRef(c), "getitem", List.of(new CExpr.VarRef(i)));
            CExpr result = exprs.binary(a.op(), item, element, exprs.value(a.value()), valueType);
            out.add(new CStmt.Block(List.of(
                    new CStmt.VarDecl(CppTypes.of(containerType), c, exprs.value(sub.value())),
                    new CStmt.VarDecl(CType.I64, i, exprs.value(sub.slice())),
                    new CStmt.ExprStmt(new CExpr.MemberCall(new CExpr.VarRef(c), "setitem",
                            List.of(new CExpr.VarRef(i), exprs.coerce(result, resultType, element)))))));
        } else {
            throw cx.unsupported(a.pos(), "this augmented assignment target");
        }
    }

    private PyType elementType(PyType container) {
        if (container instanceof PyType.ListType l) {
            return CppTypes.representative(l.site().elements());
        }
        return PyType.STR;
    }

    private void forLoop(Stmt.For f, List<CStmt> out) {
        if (!(f.target() instanceof Expr.Name target)) {
            throw cx.unsupported(f.target().pos(), "unpacking in a 'for' target");
        }
        String var = Names.of(target.id());
        PyType iterType = exprs.typeOf(f.iter());
        if (iterType.equals(PyType.RANGE) && f.iter() instanceof Expr.Call call && isRangeCall(call)) {
            List<CExpr> args = call.args().stream().map(exprs::value).toList();
            CExpr start = args.size() == 1 ? new CExpr.IntLit(0) : args.get(0);
            CExpr stop = args.size() == 1 ? args.get(0) : args.get(1);
            CExpr step = args.size() == 3 && !isOne(call.args().get(2)) ? args.get(2) : null;
            out.add(new CStmt.ForRange(cx.temp("i"), var, start, stop, step, block(f.body())));
            return;
        }
        PyType element = CppTypes.representative(spec.typeOf(f));
        CType elementType = element == null ? CType.I64 : CppTypes.of(element);
        boolean pointer = CppTypes.of(iterType).isPointer();
        out.add(new CStmt.ForEach(elementType, cx.temp("item"), var, exprs.value(f.iter()), pointer, block(f.body())));
    }

    private boolean isRangeCall(Expr.Call call) {
        for (CallTarget t : spec.targetsOf(call).values()) {
            if (!(t instanceof CallTarget.Builtin b && b.signature().cppName().equals("krait::range"))) {
                return false;
            }
        }
        return call.keywords().isEmpty() && !call.args().isEmpty();
    }

    private static boolean isOne(Expr e) {
        return e instanceof Expr.Constant c && c.value() instanceof ConstValue.IntValue i
                && i.value().equals(java.math.BigInteger.ONE);
    }
}
