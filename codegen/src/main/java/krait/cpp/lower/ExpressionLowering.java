package krait.cpp.lower;

import java.util.ArrayList;
import java.util.List;
import krait.cpp.ir.CExpr;
import krait.cpp.ir.CStmt;
import krait.cpp.ir.CType;
import krait.cpp.ir.CppLiterals;
import krait.syntax.BoolOperator;
import krait.syntax.ConstValue;
import krait.syntax.Expr;
import krait.syntax.Operator;
import krait.syntax.UnaryOperator;
import krait.types.PyType;
import krait.types.Specialization;
import krait.types.TypeVar;

/** Lowers the expressions of one specialization, using the single type the inference gave each. */
final class ExpressionLowering {
    private final LoweringContext cx;
    private final Specialization spec;
    private final OperatorLowering operators;
    private final CallLowering calls;

    ExpressionLowering(LoweringContext cx, Specialization spec) {
        this.cx = cx;
        this.spec = spec;
        this.operators = new OperatorLowering();
        this.calls = new CallLowering(cx, spec, this);
    }

    /** The type of {@code e} (for a name used as a target, the variable's type). */
    PyType typeOf(Expr e) {
        TypeVar v = spec.typeOf(e);
        if (v == null && e instanceof Expr.Name n) {
            v = spec.function().isLocal(n.id()) ? spec.locals().get(n.id()) : cx.program.globals().get(n.id());
        }
        PyType t = CppTypes.representative(v);
        if (t == null) {
            // only reachable from code that never runs with a value here (e.g. an empty list's element)
            return PyType.INT;
        }
        return t;
    }

    /** {@code e} as a value. A call of a function returning None yields {@code krait::None}. */
    CExpr value(Expr e) {
        CExpr c = lower(e);
        if (e instanceof Expr.Call && typeOf(e).equals(PyType.NONE)) {
            return new CExpr.Comma(c, CExpr.NONE);
        }
        return c;
    }

    /** {@code e} evaluated for its effect only (an expression statement). */
    CExpr effect(Expr e) {
        return lower(e);
    }

    /** {@code e} as a C++ condition, by Python's truth rules. */
    CExpr condition(Expr e) {
        return truth(value(e), typeOf(e));
    }

    CExpr truth(CExpr c, PyType t) {
        if (t.equals(PyType.BOOL)) {
            return c;
        }
        if (t.equals(PyType.INT)) {
            return new CExpr.Binary("!=", c, new CExpr.IntLit(0));
        }
        if (t.equals(PyType.FLOAT)) {
            return new CExpr.Binary("!=", c, new CExpr.FloatLit("0.0"));
        }
        if (t.equals(PyType.NONE)) {
            return new CExpr.Comma(c, new CExpr.BoolLit(false));
        }
        return new CExpr.Call("krait::truthy", List.of(c));
    }

    /** Converts a value of type {@code from} to the representation of {@code to}. */
    CExpr coerce(CExpr c, PyType from, PyType to) {
        if (to == null || from.equals(to)) {
            return c;
        }
        if (from.equals(PyType.NONE) && CppTypes.of(to).isPointer()) {
            return CExpr.NULL;
        }
        if (from.equals(PyType.BOOL) && to.equals(PyType.INT)) {
            return new CExpr.Cast(CType.I64, c);
        }
        return c;
    }

    CExpr binary(Operator op, CExpr l, PyType lt, CExpr r, PyType rt) {
        return operators.binary(op, l, lt, r, rt);
    }

    /**
     * Lowers {@code operands} so that they run left to right, as Python evaluates them: C++
     * leaves the order of function arguments unspecified, so when more than one operand does
     * something (a call, an operation that may raise), all but the last are first stored in
     * temporaries, appended to {@code hoisted}.
     */
    List<CExpr> inOrder(List<Expr> operands, List<CStmt> hoisted) {
        List<CExpr> out = new ArrayList<>();
        boolean ordered = needsOrdering(operands);
        for (int i = 0; i < operands.size(); i++) {
            Expr e = operands.get(i);
            CExpr c = value(e);
            if (ordered && i < operands.size() - 1 && !(e instanceof Expr.Constant)) {
                String tmp = cx.temp("arg");
                hoisted.add(new CStmt.VarDecl(CppTypes.of(typeOf(e)), tmp, c));
                c = new CExpr.VarRef(tmp);
            }
            out.add(c);
        }
        return out;
    }

    /** {@code build}'s expression, preceded by the temporaries (if any) it needs. */
    CExpr withHoisted(List<CStmt> hoisted, CType type, CExpr build) {
        return hoisted.isEmpty() ? build : new CExpr.Block(type, hoisted, build);
    }

    private boolean needsOrdering(List<Expr> operands) {
        int active = 0;
        for (int i = 0; i < operands.size(); i++) {
            Expr e = operands.get(i);
            if (e instanceof Expr.Constant) {
                continue;
            }
            if (e instanceof Expr.Name n) {
                // a module variable may be rebound by a call in a later operand
                if (!spec.function().isLocal(n.id()) && callFollows(operands, i)) {
                    return true;
                }
                continue;
            }
            active++;
        }
        return active >= 2;
    }

    private static boolean callFollows(List<Expr> operands, int index) {
        for (int j = index + 1; j < operands.size(); j++) {
            if (containsCall(operands.get(j))) {
                return true;
            }
        }
        return false;
    }

    private static boolean containsCall(Expr e) {
        if (e instanceof Expr.Call) {
            return true;
        }
        if (e instanceof Expr.BinOp b) {
            return containsCall(b.left()) || containsCall(b.right());
        }
        if (e instanceof Expr.UnaryOp u) {
            return containsCall(u.operand());
        }
        if (e instanceof Expr.Constant || e instanceof Expr.Name) {
            return false;
        }
        return true; // anything else: assume it may
    }

    /** The C++ type of an expression's value, void for a call that returns None. */
    CType valueType(Expr e) {
        PyType t = typeOf(e);
        return t.equals(PyType.NONE) ? CType.VOID : CppTypes.of(t);
    }

    private CExpr lower(Expr e) {
        if (e instanceof Expr.Constant c) {
            return constant(c);
        }
        if (e instanceof Expr.Name n) {
            return new CExpr.VarRef(Names.of(n.id()));
        }
        if (e instanceof Expr.BinOp b) {
            List<CStmt> hoisted = new ArrayList<>();
            List<CExpr> ops = inOrder(List.of(b.left(), b.right()), hoisted);
            return withHoisted(hoisted, valueType(b), operators.binary(b.op(), ops.get(0), typeOf(b.left()),
                    ops.get(1), typeOf(b.right())));
        }
        if (e instanceof Expr.UnaryOp u) {
            return unary(u);
        }
        if (e instanceof Expr.BoolOp b) {
            return boolOp(b);
        }
        if (e instanceof Expr.Compare c) {
            return compare(c);
        }
        if (e instanceof Expr.IfExp i) {
            PyType t = typeOf(i);
            return new CExpr.Conditional(condition(i.test()), coerce(value(i.body()), typeOf(i.body()), t),
                    coerce(value(i.orelse()), typeOf(i.orelse()), t));
        }
        if (e instanceof Expr.List l) {
            PyType t = typeOf(l);
            PyType element = t instanceof PyType.ListType lt ? CppTypes.representative(lt.site().elements()) : null;
            CType elementType = element == null ? CType.I64 : CppTypes.of(element);
            List<CExpr> items = new ArrayList<>();
            for (Expr elt : l.elts()) {
                items.add(coerce(value(elt), typeOf(elt), element));
            }
            return new CExpr.NewList(elementType, items);
        }
        if (e instanceof Expr.Subscript s) {
            List<CStmt> hoisted = new ArrayList<>();
            List<CExpr> ops = inOrder(List.of(s.value(), s.slice()), hoisted);
            return withHoisted(hoisted, valueType(s), new CExpr.MemberCall(ops.get(0), "getitem", List.of(ops.get(1))));
        }
        if (e instanceof Expr.Call c) {
            return calls.call(c);
        }
        throw cx.unsupported(e.pos(), "this expression");
    }

    private CExpr constant(Expr.Constant c) {
        ConstValue v = c.value();
        if (v instanceof ConstValue.IntValue i) {
            return new CExpr.IntLit(i.value().longValue());
        }
        if (v instanceof ConstValue.FloatValue f) {
            return new CExpr.FloatLit(CppLiterals.doubleLiteral(f.value()));
        }
        if (v instanceof ConstValue.BoolValue b) {
            return new CExpr.BoolLit(b.value());
        }
        if (v instanceof ConstValue.StrValue s) {
            return new CExpr.VarRef(cx.stringConstant(s.value()));
        }
        if (v instanceof ConstValue.NoneValue) {
            return CExpr.NONE;
        }
        throw cx.unsupported(c.pos(), "this constant");
    }

    private CExpr unary(Expr.UnaryOp u) {
        if (u.op() == UnaryOperator.USub && u.operand() instanceof Expr.Constant c
                && c.value() instanceof ConstValue.IntValue i && i.value().bitLength() < 64) {
            return new CExpr.IntLit(-i.value().longValue()); // a negative literal, not a negation at run time
        }
        PyType t = typeOf(u.operand());
        CExpr operand = value(u.operand());
        if (u.op() == UnaryOperator.Not) {
            return new CExpr.Unary("!", truth(operand, t));
        }
        if (t.equals(PyType.BOOL)) {
            operand = new CExpr.Cast(CType.I64, operand);
        }
        boolean isFloat = t.equals(PyType.FLOAT);
        return switch (u.op()) {
            case USub -> isFloat ? new CExpr.Unary("-", operand) : new CExpr.Call("krait::int_neg", List.of(operand));
            case UAdd -> operand;
            case Invert -> new CExpr.Unary("~", operand);
            default -> throw new IllegalStateException();
        };
    }

    /** {@code a and b} / {@code a or b}: plain {@code &&}/{@code ||} on bools, else the operand values. */
    private CExpr boolOp(Expr.BoolOp b) {
        boolean allBool = b.values().stream().allMatch(v -> typeOf(v).equals(PyType.BOOL));
        if (allBool) {
            String op = b.op() == BoolOperator.And ? "&&" : "||";
            CExpr acc = value(b.values().get(0));
            for (int i = 1; i < b.values().size(); i++) {
                acc = new CExpr.Binary(op, acc, value(b.values().get(i)));
            }
            return acc;
        }
        PyType result = typeOf(b);
        CType resultType = CppTypes.of(result);
        List<CStmt> body = new ArrayList<>();
        int last = b.values().size() - 1;
        for (int i = 0; i < last; i++) {
            Expr operand = b.values().get(i);
            String tmp = cx.temp("operand");
            PyType t = typeOf(operand);
            body.add(new CStmt.VarDecl(CppTypes.of(t), tmp, value(operand)));
            CExpr test = truth(new CExpr.VarRef(tmp), t);
            if (b.op() == BoolOperator.And) {
                test = new CExpr.Unary("!", test);
            }
            body.add(new CStmt.If(test, List.of(new CStmt.Return(coerce(new CExpr.VarRef(tmp), t, result))), List.of()));
        }
        Expr lastOperand = b.values().get(last);
        return new CExpr.Block(resultType, body, coerce(value(lastOperand), typeOf(lastOperand), result));
    }

    /** A comparison; in a chain, each middle operand is evaluated once, and evaluation stops at the first false. */
    private CExpr compare(Expr.Compare c) {
        if (c.ops().size() == 1) {
            Expr right = c.comparators().get(0);
            List<CStmt> hoisted = new ArrayList<>();
            List<CExpr> ops = inOrder(List.of(c.left(), right), hoisted);
            return withHoisted(hoisted, CType.BOOL,
                    operators.compare(c.ops().get(0), ops.get(0), typeOf(c.left()), ops.get(1), typeOf(right)));
        }
        List<CStmt> body = new ArrayList<>();
        CExpr left = value(c.left());
        PyType leftType = typeOf(c.left());
        for (int i = 0; i < c.ops().size(); i++) {
            Expr right = c.comparators().get(i);
            PyType rightType = typeOf(right);
            CExpr rightValue = value(right);
            if (i == c.ops().size() - 1) {
                return new CExpr.Block(CType.BOOL, body, operators.compare(c.ops().get(i), left, leftType, rightValue, rightType));
            }
            String tmp = cx.temp("operand");
            body.add(new CStmt.VarDecl(CppTypes.of(rightType), tmp, rightValue));
            CExpr test = operators.compare(c.ops().get(i), left, leftType, new CExpr.VarRef(tmp), rightType);
            body.add(new CStmt.If(new CExpr.Unary("!", test), List.of(new CStmt.Return(new CExpr.BoolLit(false))), List.of()));
            left = new CExpr.VarRef(tmp);
            leftType = rightType;
        }
        throw new IllegalStateException("unreachable");
    }
}
