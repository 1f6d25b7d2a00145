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
import krait.types.OperatorTyping;
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

    /** The local holding a function's heap frame, and the parameter holding the frame a closure captures. */
    static final String FRAME = "krait_frame";
    static final String ENV = "krait_env";

    /**
     * The C++ lvalue of variable {@code name} seen from this specialization: a local, a field of
     * this function's frame when closures share it, or a field of a captured frame.
     */
    CExpr variable(String name) {
        krait.types.FunctionInfo fn = spec.function();
        if (fn.isLocal(name)) {
            return fn.cellVars().contains(name) ? new CExpr.FieldRef(new CExpr.VarRef(FRAME), Names.of(name))
                    : new CExpr.VarRef(Names.of(name));
        }
        if (fn.captures().contains(name)) {
            CExpr env = new CExpr.VarRef(ENV);
            for (Specialization e = spec.env(); e != null; e = e.env()) {
                if (e.function().isLocal(name)) {
                    return new CExpr.FieldRef(env, Names.of(name));
                }
                env = new CExpr.FieldRef(env, ENV);
            }
        }
        return new CExpr.VarRef(Names.of(name));
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

    /** The C++ type of {@code e}'s value (a common base class for instances of several classes). */
    CType cppTypeOf(Expr e) {
        TypeVar v = spec.typeOf(e);
        return v == null || v.types().isEmpty() ? CppTypes.of(typeOf(e)) : CppTypes.ofVar(v);
    }

    /**
     * A read of a variable with no type at all: one a test narrowed to nothing (isinstance in a
     * specialization for another class), or one nothing is ever stored in here (bound by a branch
     * of a match statement that this specialization never takes): code that never runs.
     */
    boolean neverHasValue(Expr e) {
        TypeVar v = spec.typeOf(e);
        return e instanceof Expr.Name n && n.ctx() == krait.syntax.ExprContext.Load && v != null && v.types().isEmpty()
                && (spec.narrowedBase(n) != null || spec.function().isLocal(n.id()))
                || e instanceof Expr.Attribute && v != null && v.types().isEmpty() && spec.narrowedBase(e) != null;
    }

    /** A call whose result has no type at all: the callee never returns (its C++ function is void). */
    boolean neverReturns(Expr e) {
        TypeVar v = spec.typeOf(e);
        return e instanceof Expr.Call && v != null && v.types().isEmpty();
    }

    /**
     * {@code e} as a value. A call of a function returning None yields {@code krait::None}; one
     * that never returns (a void C++ call) runs, then yields a value of whatever type is wanted,
     * which is never reached.
     */
    CExpr value(Expr e) {
        if (neverReturns(e)) {
            return neverValue(e);
        }
        CExpr c = lower(e);
        String notInt = numberIndexes.get(e);
        if (notInt != null) {
            c = new CExpr.Call("krait::num_as_index", List.of(c, new CExpr.Constant(CppLiterals.stringLiteral(notInt))));
        }
        if (e instanceof Expr.Call && typeOf(e).equals(PyType.NONE)) {
            return new CExpr.Comma(c, CExpr.NONE);
        }
        return c;
    }

    /**
     * Index expressions holding a number, by the TypeError CPython raises when it holds a float
     * (filled in as the subscript is lowered, read when its index is).
     */
    private final java.util.Map<Expr, String> numberIndexes = new java.util.IdentityHashMap<>();

    /** Notes {@code s}'s index if it holds a number where a sequence needs an int. */
    void noteNumberIndex(Expr.Subscript s) {
        if (s.slice() instanceof Expr.Slice || !(typeOf(s.slice()) instanceof PyType.NumberType)) {
            return;
        }
        PyType c = typeOf(s.value());
        String message = c instanceof PyType.ListType ? "list indices must be integers or slices, not float"
                : c.equals(PyType.STR) ? "string indices must be integers, not 'float'"
                : c instanceof PyType.TupleType || c instanceof PyType.VarTupleType ? "tuple indices must be integers or slices, not float"
                : c.equals(PyType.RANGE) ? "range indices must be integers or slices, not float"
                : PyType.isBytesLike(c) ? "byte indices must be integers or slices, not float" : null;
        if (message != null) {
            numberIndexes.put(s.slice(), message);
        }
    }

    /** An expression the analysis gave no type, as a value: it runs (and raises), if it is not a read that never runs. */
    private CExpr neverValue(Expr e) {
        return e instanceof Expr.Name ? NEVER_VALUE : new CExpr.Block(NEVER, List.of(new CStmt.ExprStmt(lower(e))), NEVER_VALUE);
    }

    private static final CType NEVER = new CType.Named("krait::never_t");
    private static final CExpr NEVER_VALUE = new CExpr.Constant("krait::never_t{}");

    /** {@code {**a, k: v, **b}}: entries added in order to a new dict, the unpacked dicts converted entry by entry. */
    private CExpr dictWithUnpacking(Expr.Dict d, CType.Instance dictType, PyType k, PyType v) {
        String tmp = cx.temp("dict");
        CType pointer = CppTypes.of(typeOf(d));
        List<CStmt> body = new ArrayList<>();
        body.add(new CStmt.VarDecl(pointer, tmp, new CExpr.NewDict(dictType.args().get(0), dictType.args().get(1),
                List.of(), List.of())));
        CExpr target = new CExpr.VarRef(tmp);
        for (int i = 0; i < d.keys().size(); i++) {
            Expr key = d.keys().get(i);
            Expr val = d.values().get(i);
            if (key == null) {
                body.add(new CStmt.ExprStmt(new CExpr.Call("krait::dict_merge_into", List.of(target, value(val)))));
            } else {
                CExpr kc = coerce(value(key), typeOf(key), k);
                CExpr vc = coerce(value(val), typeOf(val), v);
                body.add(new CStmt.ExprStmt(new CExpr.MemberCall(target, "setitem", List.of(kc, vc))));
            }
        }
        return new CExpr.Block(pointer, body, target);
    }

    CExpr effect(Expr e) {
        return lower(e);
    }

    /** {@code e} as a C++ condition, by Python's truth rules. */
    CExpr condition(Expr e) {
        if (e instanceof Expr.BoolOp b && typeOf(b).equals(PyType.BOOL)) {
            // typed as a test (see the analysis): each operand's truth, short-circuited
            String op = b.op() == BoolOperator.And ? "&&" : "||";
            CExpr acc = condition(b.values().get(0));
            for (int i = 1; i < b.values().size(); i++) {
                acc = new CExpr.Binary(op, acc, condition(b.values().get(i)));
            }
            return acc;
        }
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

    /** The {@code __name__} (or {@code __qualname__}) of a function value. */
    String shownName(PyType.FunctionRef f, krait.syntax.Pos at, boolean qualified) {
        krait.types.FunctionInfo shown = f.function();
        krait.types.Specialization env = f.env();
        while (shown.wrapped() != null) {
            // @functools.wraps(fn) def wrapper: fn's name, as the closure that made wrapper saw fn
            TypeVar v = env == null ? null : env.typeOf(shown.wrapped());
            if (v == null || v.types().size() != 1 || !(v.single() instanceof PyType.FunctionRef g)) {
                throw cx.unsupported(at, "the name of a wrapper made by functools.wraps of something other than one function");
            }
            shown = g.function();
            env = g.env();
        }
        return qualified ? shown.pythonQualname() : shown.name();
    }

    /** Converts a value of type {@code from} to the representation of {@code to}. */
    CExpr coerce(CExpr c, PyType from, PyType to) {
        if (to == null || from == null || from.equals(to)) {
            return c;
        }
        if (to instanceof PyType.CallableType callable && PyType.isFunctionValue(from)) {
            return calls.functionObject(c, from, callable);
        }
        if (from.equals(PyType.NONE) && CppTypes.of(to).isPointer()) {
            return CExpr.NULL;
        }
        if (from.equals(PyType.BOOL) && to.equals(PyType.INT)) {
            return new CExpr.Cast(CType.I64, c);
        }
        if (from instanceof PyType.TupleType ft && to instanceof PyType.TupleType tt && ft.elements().size() == tt.elements().size()
                && !CppTypes.of(from).equals(CppTypes.of(to))) {
            // position by position: (1, lambda a: ...) stored where the tuple holds a function object
            List<CExpr> items = new ArrayList<>();
            if (c instanceof CExpr.NewTuple nt && nt.items().size() == ft.elements().size()) {
                for (int i = 0; i < nt.items().size(); i++) {
                    items.add(coerce(nt.items().get(i), ft.elements().get(i), tt.elements().get(i)));
                }
                return new CExpr.NewTuple(CppTypes.of(to), items);
            }
            String tmp = cx.temp("tuple");
            for (int i = 0; i < ft.elements().size(); i++) {
                items.add(coerce(new CExpr.TupleGet(new CExpr.VarRef(tmp), i), ft.elements().get(i), tt.elements().get(i)));
            }
            return new CExpr.Block(CppTypes.of(to), List.of(new CStmt.VarDecl(CppTypes.of(from), tmp, c)),
                    new CExpr.NewTuple(CppTypes.of(to), items));
        }
        if (from instanceof PyType.TupleType && to instanceof PyType.VarTupleType) {
            // a fixed tuple meets a variable one: it becomes one (Representation)
            return new CExpr.Call(CppTypes.spelled(CppTypes.of(to)), List.of(c));
        }
        if (to instanceof PyType.NumberType && (from.equals(PyType.INT) || from.equals(PyType.FLOAT))) {
            // explicit: `1 if c else 0.5` would otherwise be a double in C++
            return new CExpr.Call("krait::number", List.of(c));
        }
        if (to instanceof PyType.OptionalType && !(from instanceof PyType.OptionalType)) {
            // explicit, so that both branches of `a if c else None` have the optional type
            return new CExpr.Cast(CppTypes.of(to), c);
        }
        return c;
    }

    /** Whether a tuple of {@code from}'s types holds a function that {@code to} keeps as a function object. */
    static boolean holdsFunctionsFor(PyType.TupleType from, PyType.TupleType to) {
        if (from.elements().size() != to.elements().size()) {
            return false;
        }
        for (int i = 0; i < from.elements().size(); i++) {
            PyType f = from.elements().get(i);
            PyType t = to.elements().get(i);
            if (t instanceof PyType.CallableType && PyType.isFunctionValue(f)
                    || f instanceof PyType.TupleType ft && t instanceof PyType.TupleType tt && holdsFunctionsFor(ft, tt)) {
                return true;
            }
        }
        return false;
    }

    CExpr binary(Operator op, CExpr l, PyType lt, CExpr r, PyType rt) {
        return operators.binary(op, l, lt, r, rt);
    }

    /** A binary operator at {@code node}: a special method on instances, else the builtin operator. */
    CExpr binaryAt(krait.syntax.Node node, Operator op, CExpr l, PyType lt, CExpr r, PyType rt) {
        if (lt instanceof PyType.OptionalType || rt instanceof PyType.OptionalType) {
            String symbol = op == Operator.Pow ? (node instanceof krait.syntax.Stmt.AugAssign ? "**=" : "** or pow()")
                    : op.symbol + (node instanceof krait.syntax.Stmt.AugAssign ? "=" : "");
            PyType lv = valueOfOptional(lt);
            PyType rv = valueOfOptional(rt);
            CType result = CppTypes.of(krait.types.OperatorTyping.binary(op, lv, rv) == null ? PyType.INT
                    : krait.types.OperatorTyping.binary(op, lv, rv));
            return checkedOperands("krait::check_binary_operands", symbol, l, lt, r, rt, result,
                    (a, b) -> binaryAt(node, op, a, lv, b, rv));
        }
        krait.types.CallTarget t = spec.targetsOf(node).get(List.of(lt, rt));
        if (t instanceof krait.types.CallTarget.User u) {
            String reflected = "__r" + krait.types.SpecialMethods.binary(op).substring(2);
            boolean swap = u.callee().function().name().equals(reflected);
            return specialCall(u.callee(), swap ? r : l, swap ? rt : lt, swap ? l : r, swap ? lt : rt);
        }
        if (lt instanceof PyType.ModelInstance m && krait.types.SpecialMethods.inPlaceOverload(node, op, m, rt) != null) {
            // a += b where the model declares __iadd__ (array.array): changed in place, the same object back
            krait.types.ModelSignature sig = krait.types.SpecialMethods.inPlaceOverload(node, op, m, rt);
            return sig.isMember() ? new CExpr.MemberCall(l, sig.cppName(), List.of(r)) : new CExpr.Call(sig.cppName(), List.of(l, r));
        }
        if (node instanceof krait.syntax.Stmt.AugAssign && lt instanceof PyType.SetType && rt instanceof PyType.SetType) {
            // s |= t updates a set in place (other names see it); a frozenset gets a new one
            String method = switch (op) {
                case BitOr -> "ior";
                case BitAnd -> "iand";
                case Sub -> "isub";
                case BitXor -> "ixor";
                default -> null;
            };
            if (method != null) {
                return new CExpr.MemberCall(l, method, List.of(r));
            }
        }
        if ((lt instanceof PyType.NumberType || rt instanceof PyType.NumberType) && node instanceof Expr e
                && typeOf(e).equals(PyType.FLOAT)) {
            // n ** -1 of a number: the analysis typed it a float, whatever the tag
            return new CExpr.Call("krait::float_of", List.of(operators.binary(op, l, lt, r, rt)));
        }
        if (OperatorTyping.isFloatPower(node, op, lt, rt)) {
            return new CExpr.Call("krait::int_pow_float", List.of(l, r));
        }
        return operators.binary(op, l, lt, r, rt);
    }

    /** The type the operator's special method returns for operands of these classes (the operator's own type if none). */
    private PyType returnedBy(krait.syntax.Node node, PyType lt, PyType rt) {
        krait.types.CallTarget t = spec.targetsOf(node).get(List.of(lt, rt));
        if (t instanceof krait.types.CallTarget.User u) {
            PyType r = CppTypes.representative(u.callee().returnVar());
            return r == null ? PyType.NONE : r;
        }
        return typeOf((Expr) node);
    }

    /** The specialization of a namedtuple's tuple view recorded under {@code key} for {@code object}, or null. */
    Specialization tupleView(krait.syntax.Node key, PyType object) {
        if (krait.types.TupleViews.has(object)
                && spec.targetsOf(key).get(List.of(object)) instanceof krait.types.CallTarget.User u
                && CppTypes.representative(u.callee().returnVar()) instanceof PyType.TupleType) {
            return u.callee();
        }
        return null;
    }

    /** The tuple of the fields of {@code self}, a namedtuple instance, by its view's specialization. */
    CExpr tupleViewCall(Specialization view, CExpr self, PyType selfType) {
        CType wantSelf = CppTypes.of(view.argTypes().get(0));
        return new CExpr.Call(cx.functionName(view), List.of(CppTypes.of(selfType).equals(wantSelf) ? self : new CExpr.Cast(wantSelf, self)));
    }

    static PyType.TupleType tupleViewType(Specialization view) {
        return (PyType.TupleType) CppTypes.representative(view.returnVar());
    }

    /** {@code self.method(other)} for a special method's specialization. */
    CExpr specialCall(Specialization s, CExpr self, PyType selfType, CExpr other, PyType otherType) {
        CType wantSelf = CppTypes.of(s.argTypes().get(0));
        CType wantOther = CppTypes.of(s.argTypes().get(1));
        CExpr a = CppTypes.of(selfType).equals(wantSelf) ? self : new CExpr.Cast(wantSelf, self);
        CExpr b = CppTypes.of(otherType).equals(wantOther) ? other : new CExpr.Cast(wantOther, other);
        return new CExpr.Call(cx.functionName(s), List.of(a, b));
    }

    /** The value type of an optional value, else {@code t}. */
    static PyType valueOfOptional(PyType t) {
        return t instanceof PyType.OptionalType o ? o.value() : t;
    }

    /**
     * An operation on operands of which one or both may be None (optional values): each is
     * evaluated once, in order, {@code check} raises CPython's TypeError if one is None, then
     * {@code build} gets the values.
     */
    private CExpr checkedOperands(String check, String symbol, CExpr l, PyType lt, CExpr r, PyType rt, CType result,
                                  java.util.function.BinaryOperator<CExpr> build) {
        List<CStmt> body = new ArrayList<>();
        String tl = cx.temp("operand");
        String tr = cx.temp("operand");
        body.add(new CStmt.VarDecl(CppTypes.of(lt), tl, l));
        body.add(new CStmt.VarDecl(CppTypes.of(rt), tr, r));
        body.add(new CStmt.ExprStmt(new CExpr.Call(check, List.of(new CExpr.VarRef(tl), new CExpr.VarRef(tr),
                new CExpr.Constant(CppLiterals.stringLiteral(symbol))))));
        return new CExpr.Block(result, body, build.apply(unwrapped(new CExpr.VarRef(tl), lt), unwrapped(new CExpr.VarRef(tr), rt)));
    }

    /** The value of an optional value known not to be None here. */
    static CExpr unwrapped(CExpr c, PyType t) {
        return t instanceof PyType.OptionalType ? new CExpr.Call("krait::value_of", List.of(c)) : c;
    }

    /** A comparison whose right operand is {@code rightNode}: a special method on instances, else builtin. */
    CExpr compareAt(Expr rightNode, krait.syntax.CmpOperator op, CExpr l, PyType lt, CExpr r, PyType rt) {
        if (lt instanceof PyType.OptionalType || rt instanceof PyType.OptionalType) {
            switch (op) {
                case Eq:
                    return new CExpr.Call("krait::py_eq", List.of(l, r));
                case NotEq:
                    return new CExpr.Call("krait::py_ne", List.of(l, r));
                case Lt:
                case LtE:
                case Gt:
                case GtE: {
                    PyType lv = valueOfOptional(lt);
                    PyType rv = valueOfOptional(rt);
                    return checkedOperands("krait::check_compare_operands", op.symbol, l, lt, r, rt, CType.BOOL,
                            (a, b) -> compareAt(rightNode, op, a, lv, b, rv));
                }
                case Is:
                case IsNot: {
                    if (lt.equals(PyType.NONE) || rt.equals(PyType.NONE)) {
                        CExpr test = new CExpr.Call("krait::is_none_value", List.of(lt.equals(PyType.NONE) ? r : l));
                        CExpr none = lt.equals(PyType.NONE) ? new CExpr.Comma(l, test) : new CExpr.Comma(r, test);
                        return op == krait.syntax.CmpOperator.Is ? none : new CExpr.Unary("!", none);
                    }
                    if (valueOfOptional(lt).equals(PyType.BOOL) && valueOfOptional(rt).equals(PyType.BOOL)) {
                        // True and False are single objects: `flag is True` is equality, None being neither
                        return new CExpr.Call(op == krait.syntax.CmpOperator.Is ? "krait::py_eq" : "krait::py_ne", List.of(l, r));
                    }
                    throw cx.unsupported(rightNode.pos(), "'is' between numbers that may be None");
                }
                default:
                    throw cx.unsupported(rightNode.pos(), "'" + op.symbol + "' with an int that may be None");
            }
        }
        if ((op == krait.syntax.CmpOperator.In || op == krait.syntax.CmpOperator.NotIn) && rt instanceof PyType.InstanceType
                && spec.targetsOf(rightNode).get(List.of(rt)) instanceof krait.types.CallTarget.User) {
            // x in obj without __contains__: the items of obj.__iter__() compared until one is equal
            CExpr items = new LoopLowering(cx, spec, this, new AssignmentLowering(cx, spec, this)).objectIterator(rightNode, r, rt);
            CExpr found = new CExpr.Call("krait::iter_contains", List.of(items, l));
            return op == krait.syntax.CmpOperator.NotIn ? new CExpr.Unary("!", found) : found;
        }
        krait.types.CallTarget t = spec.targetsOf(rightNode).get(List.of(lt, rt));
        if (t instanceof krait.types.CallTarget.User u) {
            String name = u.callee().function().name();
            boolean contains = name.equals("__contains__");
            // == and != reflect to the same name (1 == obj calls obj.__eq__(1)): tell by the receiver
            boolean reflected = !contains && (!name.equals(krait.types.SpecialMethods.compare(op))
                    || !u.callee().argTypes().get(0).equals(lt));
            CExpr call = contains ? specialCall(u.callee(), r, rt, l, lt)
                    : reflected ? specialCall(u.callee(), r, rt, l, lt) : specialCall(u.callee(), l, lt, r, rt);
            CExpr asBool = truth(call, orInt(CppTypes.representative(u.callee().returnVar())));
            return op == krait.syntax.CmpOperator.NotIn ? new CExpr.Unary("!", asBool) : asBool;
        }
        return operators.compare(op, l, lt, r, rt);
    }

    /** Builds an operation on operands of known classes. */
    @FunctionalInterface
    interface PairOperation {
        CExpr build(CExpr l, PyType lt, CExpr r, PyType rt);
    }

    /**
     * An operator whose operands hold objects of several classes ({@code a < b} over a list of
     * Circles and Rects): the analysis resolved it for each pair of classes, so the operands are
     * evaluated once, into temporaries, and the pair's operation is chosen by their class ids.
     * Null when each operand holds one class, or anything but objects of the program's classes
     * (None too): then the operation is lowered as it is.
     */
    CExpr byOperandClasses(krait.syntax.Node site, Expr left, Expr right, CExpr l, CExpr r, CType result, PairOperation build) {
        List<PyType> lefts = classChoices(left);
        List<PyType> rights = classChoices(right);
        if (lefts == null || rights == null || lefts.size() < 2 && rights.size() < 2) {
            return null;
        }
        java.util.Map<List<PyType>, krait.types.CallTarget> targets = spec.targetsOf(site);
        if (targets == null || targets.values().stream().noneMatch(t -> t instanceof krait.types.CallTarget.User)) {
            return null; // no special method of the program: identity (==, is) needs no dispatch
        }
        List<CStmt> body = new ArrayList<>();
        String tl = cx.temp("operand");
        String tr = cx.temp("operand");
        body.add(new CStmt.VarDecl(cppTypeOf(left), tl, l));
        body.add(new CStmt.VarDecl(cppTypeOf(right), tr, r));
        CExpr lv = new CExpr.VarRef(tl);
        CExpr rv = new CExpr.VarRef(tr);
        CExpr chain = null;
        for (int i = lefts.size() - 1; i >= 0; i--) {
            for (int j = rights.size() - 1; j >= 0; j--) {
                PyType lt = lefts.get(i);
                PyType rt = rights.get(j);
                CExpr branch = build.build(asClass(lv, left, lt), lt, asClass(rv, right, rt), rt);
                if (result instanceof CType.Pointer && !branch.equals(NEVER_VALUE)) {
                    branch = new CExpr.Cast(result, branch);
                }
                if (chain == null) {
                    chain = branch; // the last pair needs no test: the operands are of it
                    continue;
                }
                CExpr test = null;
                if (lefts.size() > 1) {
                    test = classIdIs(lv, lt);
                }
                if (rights.size() > 1) {
                    test = test == null ? classIdIs(rv, rt) : new CExpr.Binary("&&", test, classIdIs(rv, rt));
                }
                chain = new CExpr.Conditional(test, branch, chain);
            }
        }
        return new CExpr.Block(result, body, chain);
    }

    /** The classes of the objects {@code e} may hold; null if it may hold anything else (None, a number). */
    private List<PyType> classChoices(Expr e) {
        TypeVar v = spec.typeOf(e);
        if (v == null || v.types().isEmpty()) {
            return null;
        }
        List<PyType> out = new ArrayList<>();
        for (PyType t : v.types()) {
            if (!(t instanceof PyType.InstanceType i) || i.cls().isBuiltin() || i.cls().isValueType()) {
                return null;
            }
            out.add(t);
        }
        return out;
    }

    private CExpr asClass(CExpr value, Expr e, PyType t) {
        CType wanted = CppTypes.of(t);
        return cppTypeOf(e).equals(wanted) ? value : new CExpr.Cast(wanted, value);
    }

    private static CExpr classIdIs(CExpr object, PyType t) {
        return new CExpr.Binary("==", new CExpr.MemberCall(object, "krait_class_id", List.of()),
                new CExpr.IntLit(((PyType.InstanceType) t).cls().id() + 1));
    }

    private static PyType orInt(PyType t) {
        return t == null ? PyType.BOOL : t;
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
                hoisted.add(new CStmt.VarDecl(cppTypeOf(e), tmp, c));
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

    /** The operands of a tree of str {@code +}, left to right ({@code e} itself when it is no such +). */
    void strAddOperands(Expr e, List<Expr> out) {
        if (e instanceof Expr.BinOp b && b.op() == Operator.Add && typeOf(b).equals(PyType.STR)
                && typeOf(b.left()).equals(PyType.STR) && typeOf(b.right()).equals(PyType.STR)) {
            strAddOperands(b.left(), out);
            strAddOperands(b.right(), out);
        } else {
            out.add(e);
        }
    }

    /** n when {@code e} is the builtin {@code str(n)} of an int n, else null. */
    private Expr intOfStrCall(Expr e) {
        if (e instanceof Expr.Call c && c.args().size() == 1 && c.keywords().isEmpty()
                && !(c.args().get(0) instanceof Expr.Starred) && typeOf(c.args().get(0)).equals(PyType.INT)) {
            var targets = spec.targetsOf(c).values();
            if (!targets.isEmpty() && targets.stream().allMatch(t -> t instanceof krait.types.CallTarget.Builtin b
                    && b.signature().cppName().equals("krait::str_of"))) {
                return c.args().get(0);
            }
        }
        return null;
    }

    static boolean containsCall(Expr e) {
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
        // a call that never returns is a void C++ call, like one returning None
        return t.equals(PyType.NONE) || neverReturns(e) ? CType.VOID : cppTypeOf(e);
    }

    private CExpr lower(Expr e) {
        if (e instanceof Expr.Constant c) {
            return constant(c);
        }
        if (e instanceof Expr.Name n) {
            PyType t = typeOf(n);
            var imported = cx.program.importedAttributes().get(n.id());
            if (imported != null && !spec.function().isLocal(n.id())) {
                return new CExpr.Constant(imported.cppExpr());
            }
            if (t instanceof PyType.ClassRef || t instanceof PyType.BuiltinRef || t instanceof PyType.ModuleRef
                    || t instanceof PyType.FunctionRef f && CppTypes.capturesNothing(f)) {
                return CExpr.NONE; // known statically: the value is a placeholder
            }
            TypeVar base = spec.narrowedBase(n);
            if (base != null && spec.typeOf(n).types().isEmpty()) {
                return NEVER_VALUE; // only ever None: this read never runs
            }
            if (base != null && CppTypes.representative(base) instanceof PyType.OptionalType o
                    && !(t instanceof PyType.OptionalType)) {
                // a test proved it is not None here
                return new CExpr.Call("krait::value_of", List.of(variable(n.id())));
            }
            if (base != null && CppTypes.representative(base) instanceof PyType.NumberType && !(t instanceof PyType.NumberType)) {
                // isinstance proved which of int and float it holds
                return numberPart(variable(n.id()), t);
            }
            if (base != null && t instanceof PyType.InstanceType narrowedTo && !CppTypes.ofVar(base).equals(cppTypeOf(n))
                    && cx.classOfType(CppTypes.ofVar(base)) != null) {
                // isinstance proved the object's class: the variable holds it as a base class; cast
                // to what the narrowed name holds (the proved classes' common base), not to one of them
                return new CExpr.Cast(cppTypeOf(n), variable(n.id()));
            }
            return variable(n.id());
        }
        Expr never = firstNeverOperand(e);
        if (never != null) {
            return evaluatedUntil(e, never);
        }
        if (e instanceof Expr.NamedExpr ne) {
            // (t := value): value into a temporary, stored in t, and the expression's value
            List<CStmt> store = new ArrayList<>();
            String tmp = cx.temp("named");
            store.add(new CStmt.VarDecl(cppTypeOf(ne.value()), tmp, value(ne.value())));
            new AssignmentLowering(cx, spec, this).store(ne.target(), new CExpr.VarRef(tmp), typeOf(ne.value()), store);
            return new CExpr.Block(cppTypeOf(ne.value()), store, new CExpr.VarRef(tmp));
        }
        if (e instanceof Expr.Yield y) {
            CExpr v = y.value() == null ? CExpr.NONE
                    : coerce(value(y.value()), typeOf(y.value()), CppTypes.representative(spec.yieldVar()));
            // its value: what the consumer's g.send(v) passed in (None after next(g))
            return new CExpr.MemberCall(new CExpr.VarRef("krait_yield"), "yield", List.of(v));
        }
        if (e instanceof Expr.YieldFrom y) {
            PyType sourceType = typeOf(y.value());
            CExpr source = value(y.value());
            if (sourceType instanceof PyType.InstanceType) {
                // an object with __iter__: what its __iter__ returns
                source = new LoopLowering(cx, spec, this, new AssignmentLowering(cx, spec, this))
                        .objectIterator(y, source, sourceType);
            }
            if (sourceType instanceof PyType.GeneratorType g && g.spec().returnedVar() != null
                    && !CppTypes.representative(spec.typeOf(y)).equals(PyType.NONE)) {
                // x = yield from sub(): the value of sub's return, as the type sub returns
                CType returned = CppTypes.ofVar(g.spec().returnedVar());
                return coerce(new CExpr.MemberCall(new CExpr.VarRef("krait_yield"),
                        "template yield_from_value<" + CppTypes.spelled(returned) + ">", List.of(source)),
                        CppTypes.representative(g.spec().returnedVar()), CppTypes.representative(spec.typeOf(y)));
            }
            return new CExpr.Comma(new CExpr.MemberCall(new CExpr.VarRef("krait_yield"), "yield_from",
                    List.of(source)), CExpr.NONE);
        }
        if (e instanceof Expr.Lambda l) {
            PyType t = typeOf(l);
            CExpr made = t instanceof PyType.FunctionRef f && !CppTypes.capturesNothing(f) ? new CExpr.VarRef(FRAME) : CExpr.NONE;
            if (t instanceof PyType.FunctionRef f && !Lowering.defaultsOf(f.function().def()).isEmpty()) {
                // the defaults are evaluated where the lambda is made, into the variables calls read them from
                if (f.function().enclosing() == null || f.function().enclosing().isModule()) {
                    throw cx.unsupported(l.pos(), "a lambda with default values outside a function");
                }
                List<CStmt> defaults = new ArrayList<>();
                for (var d : Lowering.defaultsOf(f.function().def())) {
                    defaults.add(new CStmt.Assign(new CExpr.VarRef(LoweringContext.defaultName(f.function(), d.param())),
                            value(d.value())));
                }
                return new CExpr.Block(cppTypeOf(l), defaults, made);
            }
            return made;
        }
        if (e instanceof Expr.BinOp b) {
            List<Expr> strParts = new ArrayList<>();
            strAddOperands(b, strParts);
            if (strParts.size() > 2) {
                // a + f(x) + "..." + g(y): the operands in order, then one str_add (one allocation,
                // not one per +); concatenation itself has no effects, so only the order of the
                // operands matters
                // an operand str(n) of an int is n, formatted into the result by str_add_ints
                List<Expr> operands = new ArrayList<>();
                boolean ints = false;
                for (Expr part : strParts) {
                    Expr n = intOfStrCall(part);
                    ints |= n != null;
                    operands.add(n != null ? n : part);
                }
                List<CStmt> hoisted = new ArrayList<>();
                List<CExpr> ops = inOrder(operands, hoisted);
                return withHoisted(hoisted, CType.STR, new CExpr.Call(ints ? "krait::str_add_ints" : "krait::str_add", ops));
            }
            List<CStmt> hoisted = new ArrayList<>();
            List<CExpr> ops = inOrder(List.of(b.left(), b.right()), hoisted);
            CExpr dispatched = valueType(b).equals(CType.VOID) ? null : byOperandClasses(b, b.left(), b.right(), ops.get(0),
                    ops.get(1), valueType(b), (l, lt, r, rt) -> coerce(binaryAt(b, b.op(), l, lt, r, rt),
                            returnedBy(b, lt, rt), typeOf(b)));
            return withHoisted(hoisted, valueType(b), dispatched != null ? dispatched
                    : binaryAt(b, b.op(), ops.get(0), typeOf(b.left()), ops.get(1), typeOf(b.right())));
        }
        if (e instanceof Expr.UnaryOp u) {
            return unary(u);
        }
        if (e instanceof Expr.BoolOp b) {
            return boolOp(b);
        }
        if (e instanceof Expr.Compare c && (spec.isTypeObject(c.left()) || spec.isTypeObject(c.comparators().get(0)))) {
            return new TypeObjects(cx, spec, this).compare(c);
        }
        if (e instanceof Expr.Compare c) {
            return compare(c);
        }
        if (e instanceof Expr.Call c && spec.isTypeObject(c)) {
            return new TypeObjects(cx, spec, this).shown(c.args().get(0));
        }
        if (e instanceof Expr.IfExp i) {
            PyType t = typeOf(i);
            CExpr body = branch(i.body(), t);
            CExpr orelse = branch(i.orelse(), t);
            if (t instanceof PyType.InstanceType) {
                // objects of sibling classes: C++'s ?: needs both as pointers to their common base
                CType common = cppTypeOf(i);
                if (isObject(i.body()) && !cppTypeOf(i.body()).equals(common)) {
                    body = new CExpr.Cast(common, body);
                }
                if (isObject(i.orelse()) && !cppTypeOf(i.orelse()).equals(common)) {
                    orelse = new CExpr.Cast(common, orelse);
                }
            }
            return new CExpr.Conditional(condition(i.test()), body, orelse);
        }
        if (e instanceof Expr.List l) {
            PyType t = typeOf(l);
            PyType element = t instanceof PyType.ListType lt ? CppTypes.representative(lt.site().elements()) : null;
            CType elementType = ((CType.Instance) CppTypes.of(t).pointee()).args().get(0);
            List<CExpr> items = new ArrayList<>();
            if (l.elts().stream().anyMatch(x -> x instanceof Expr.Starred)) {
                // [*xs, y]: the runtime gathers the items in order
                List<CStmt> hoisted = new ArrayList<>();
                List<CExpr> values = inOrder(l.elts().stream().map(x -> x instanceof Expr.Starred st ? st.value() : x).toList(),
                        hoisted);
                for (int i = 0; i < l.elts().size(); i++) {
                    items.add(l.elts().get(i) instanceof Expr.Starred ? new CExpr.Call("krait::spread_items", List.of(values.get(i)))
                            : coerce(values.get(i), typeOf(l.elts().get(i)), element));
                }
                return withHoisted(hoisted, CppTypes.of(t),
                        new CExpr.Call("krait::spread_list<" + CppTypes.spelled(elementType) + ">", items));
            }
            for (Expr elt : l.elts()) {
                items.add(coerce(value(elt), typeOf(elt), element));
            }
            return new CExpr.NewList(elementType, items);
        }
        if (e instanceof Expr.Subscript s && s.slice() instanceof Expr.Slice sl) {
            Specialization view = tupleView(s, typeOf(s.value()));
            if (view != null) {
                return slice(s, sl, tupleViewCall(view, value(s.value()), typeOf(s.value())), tupleViewType(view));
            }
            return slice(s, sl, value(s.value()), typeOf(s.value()));
        }
        Specialization itemView = e instanceof Expr.Subscript s ? tupleView(s, typeOf(s.value())) : null;
        if (itemView != null) {
            // p[0] of a namedtuple: a position of the tuple of its fields
            Expr.Subscript s = (Expr.Subscript) e;
            PyType.TupleType tu = tupleViewType(itemView);
            CExpr tuple = tupleViewCall(itemView, value(s.value()), typeOf(s.value()));
            Integer k = krait.syntax.Nodes.smallIntLiteral(s.slice());
            if (k != null) {
                return new CExpr.TupleGet(tuple, k < 0 ? k + tu.elements().size() : k);
            }
            if (tu.elements().stream().map(CppTypes::of).distinct().count() != 1) {
                throw cx.unsupported(s.pos(), "indexing a namedtuple whose fields have different types with a value not known at compile time");
            }
            String tmp = cx.temp("fields");
            return new CExpr.Block(valueType(s), List.of(new CStmt.VarDecl(CppTypes.of(tu), tmp, tuple)),
                    new CExpr.Call("krait::tuple_at", List.of(new CExpr.VarRef(tmp), value(s.slice()))));
        }
        if (e instanceof Expr.Subscript s) {
            noteNumberIndex(s);
            PyType container = typeOf(s.value());
            if (container instanceof PyType.TupleType tu) {
                Integer k = krait.syntax.Nodes.smallIntLiteral(s.slice());
                if (k == null && !tu.elements().isEmpty()
                        && tu.elements().stream().map(CppTypes::of).distinct().count() == 1) {
                    // COINS[i] of a tuple whose positions share one C++ type: an index known when it runs
                    List<CStmt> hoisted = new ArrayList<>();
                    List<CExpr> ops = inOrder(List.of(s.value(), s.slice()), hoisted);
                    return withHoisted(hoisted, valueType(s), new CExpr.Call("krait::tuple_at", ops));
                }
                if (k == null) {
                    throw cx.unsupported(s.pos(), "indexing a tuple whose items have different types with a value not known at compile time");
                }
                return new CExpr.TupleGet(value(s.value()), k < 0 ? k + tu.elements().size() : k);
            }
            if (s.value() instanceof Expr.List l && !l.elts().isEmpty() && container instanceof PyType.ListType lt
                    && l.elts().stream().allMatch(x -> x instanceof Expr.Constant) && typeOf(s.slice()).equals(PyType.INT)) {
                // [200, 304, 404][i]: the list could never be seen again, so it is not made (an allocation
                // per evaluation); its constant items are picked from an array
                PyType element = CppTypes.representative(lt.site().elements());
                CType elementType = ((CType.Instance) CppTypes.of(container).pointee()).args().get(0);
                List<CExpr> args = new ArrayList<>();
                args.add(value(s.slice()));
                for (Expr elt : l.elts()) {
                    args.add(coerce(value(elt), typeOf(elt), element));
                }
                return new CExpr.Call("krait::list_display_at<" + CppTypes.spelled(elementType) + ">", args);
            }
            List<CStmt> hoisted = new ArrayList<>();
            List<CExpr> ops = inOrder(List.of(s.value(), s.slice()), hoisted);
            if (container instanceof PyType.InstanceType) {
                var t = spec.targetsOf(s).get(List.of(container, typeOf(s.slice())));
                if (t instanceof krait.types.CallTarget.User u) {
                    return withHoisted(hoisted, valueType(s),
                            specialCall(u.callee(), ops.get(0), container, ops.get(1), typeOf(s.slice())));
                }
            }
            if (container.equals(PyType.RANGE)) {
                return withHoisted(hoisted, valueType(s), new CExpr.Call("krait::range_getitem", ops));
            }
            return withHoisted(hoisted, valueType(s), new CExpr.MemberCall(ops.get(0), "getitem", List.of(ops.get(1))));
        }
        if (e instanceof Expr.Tuple t) {
            PyType type = typeOf(t);
            List<CExpr> items = new ArrayList<>();
            for (int i = 0; i < t.elts().size(); i++) {
                Expr elt = t.elts().get(i);
                PyType want = type instanceof PyType.TupleType tu ? tu.elements().get(i) : typeOf(elt);
                items.add(coerce(value(elt), typeOf(elt), want));
            }
            return new CExpr.NewTuple(cppTypeOf(t), items);
        }
        if (e instanceof Expr.Dict d) {
            if (d.keys().stream().anyMatch(java.util.Objects::isNull)) {
                PyType.DictType type = (PyType.DictType) typeOf(d);
                return dictWithUnpacking(d, (CType.Instance) CppTypes.of(type).pointee(),
                        CppTypes.representative(type.site().elements()), CppTypes.representative(type.site().values()));
            }
            PyType.DictType type = (PyType.DictType) typeOf(d);
            PyType k = CppTypes.representative(type.site().elements());
            PyType v = CppTypes.representative(type.site().values());
            List<CExpr> keys = new ArrayList<>();
            List<CExpr> values = new ArrayList<>();
            for (int i = 0; i < d.keys().size(); i++) {
                keys.add(coerce(value(d.keys().get(i)), typeOf(d.keys().get(i)), k));
                values.add(coerce(value(d.values().get(i)), typeOf(d.values().get(i)), v));
            }
            CType dictType = CppTypes.of(type).pointee();
            return new CExpr.NewDict(((CType.Instance) dictType).args().get(0), ((CType.Instance) dictType).args().get(1),
                    keys, values);
        }
        if (e instanceof Expr.Set st) {
            PyType.SetType type = (PyType.SetType) typeOf(st);
            PyType el = CppTypes.representative(type.site().elements());
            List<CExpr> items = new ArrayList<>();
            boolean constant = st.elts().size() > 2;
            for (Expr elt : st.elts()) {
                items.add(coerce(value(elt), typeOf(elt), el));
                constant &= elt instanceof Expr.Constant;
            }
            return new CExpr.NewSet(((CType.Instance) CppTypes.of(type).pointee()).args().get(0), items, constant);
        }
        if (e instanceof Expr.ListComp || e instanceof Expr.SetComp || e instanceof Expr.DictComp
                || e instanceof Expr.GeneratorExp) {
            return new ComprehensionLowering(cx, spec, this).lower(e);
        }
        if (e instanceof Expr.JoinedStr js) {
            return fstring(js);
        }
        if (e instanceof Expr.Attribute a && a.attr().equals("__name__") && a.value() instanceof Expr.Call c
                && c.func() instanceof Expr.Name n && n.id().equals("type") && c.args().size() == 1) {
            return typeName(c.args().get(0));
        }
        if (e instanceof Expr.Attribute a && spec.narrowedBase(a) != null) {
            return narrowedAttribute(a);
        }
        if (e instanceof Expr.Attribute a) {
            return attribute(a);
        }
        if (krait.syntax.Nodes.isBareSuperCall(e)) {
            return new CExpr.VarRef(Names.of(spec.function().params().get(0)));
        }
        if (e instanceof Expr.Call c) {
            return calls.call(c);
        }
        throw cx.unsupported(e.pos(), "this expression");
    }

    /** {@code c[lo:hi:step]}: the runtime's slice with absent bounds as {@code std::nullopt}. */
    private CExpr slice(Expr.Subscript s, Expr.Slice sl, CExpr container, PyType containerType) {
        if (containerType instanceof PyType.TupleType tt && typeOf(s) instanceof PyType.VarTupleType) {
            // bounds known only at run time: the fixed tuple converted, then sliced
            List<CExpr> bounds = new ArrayList<>();
            for (Expr b : java.util.Arrays.asList(sl.lower(), sl.upper(), sl.step())) {
                bounds.add(sliceBound(b));
            }
            CExpr converted = new CExpr.Call(CppTypes.spelled(CppTypes.of(typeOf(s))), List.of(container));
            return new CExpr.MemberCall(converted, "slice", bounds);
        }
        if (containerType instanceof PyType.TupleType tt) {
            // the positions are known at compile time: a new tuple of those elements
            String tmp = cx.temp("tuple");
            List<CExpr> items = new ArrayList<>();
            for (int i : krait.types.SliceConstraint.tupleSlice(sl, tt.elements().size())) {
                items.add(new CExpr.TupleGet(new CExpr.VarRef(tmp), i));
            }
            return new CExpr.Block(cppTypeOf(s), List.of(new CStmt.VarDecl(CppTypes.of(containerType), tmp, container)),
                    new CExpr.NewTuple(cppTypeOf(s), items));
        }
        List<CExpr> bounds = new ArrayList<>();
        for (Expr b : java.util.Arrays.asList(sl.lower(), sl.upper(), sl.step())) {
            bounds.add(sliceBound(b));
        }
        return new CExpr.MemberCall(container, "slice", bounds);
    }

    /**
     * One bound of a slice as the runtime's {@code std::optional<i64>}: absent, or an expression
     * whose type is None ({@code xs[:upto]} with {@code upto=None}), is {@code std::nullopt}.
     */
    CExpr sliceBound(/* nullable */ Expr b) {
        CExpr none = new CExpr.Constant("std::nullopt");
        if (b == null) {
            return none;
        }
        if (PyType.NONE.equals(typeOf(b))) {
            return containsCall(b) ? new CExpr.Comma(value(b), none) : none;
        }
        return typedInt(value(b));
    }

    /** A bare int literal converts ambiguously to {@code std::optional<i64>} and friends. */
    static CExpr typedInt(CExpr e) {
        return e instanceof CExpr.IntLit lit && !lit.isMin() ? new CExpr.IntLit(lit.value(), true) : e;
    }

    /** An f-string: the parts concatenated, each field formatted by the runtime. */
    private CExpr fstring(Expr.JoinedStr js) {
        List<CExpr> parts = new ArrayList<>();
        for (Expr part : js.values()) {
            if (part instanceof Expr.FormattedValue fv) {
                CExpr v = value(fv.value());
                switch (fv.conversion()) {
                    case 'r' -> v = new CExpr.Call("krait::repr_of", List.of(v));
                    case 's' -> v = new CExpr.Call("krait::str_of", List.of(v));
                    case 'a' -> v = new CExpr.Call("krait::ascii_of", List.of(v));
                    default -> {
                    }
                }
                List<CExpr> args = new ArrayList<>(List.of(v));
                if (fv.formatSpec() != null) {
                    args.add(value(fv.formatSpec()));
                }
                parts.add(new CExpr.Call("krait::format_of", args));
            } else {
                parts.add(value(part));
            }
        }
        if (parts.isEmpty()) {
            return new CExpr.VarRef(cx.stringConstant(""));
        }
        if (parts.size() == 1) {
            return parts.get(0);
        }
        boolean effects = js.values().stream().anyMatch(p -> p instanceof Expr.FormattedValue fv && containsCall(fv.value()));
        if (!effects) {
            return new CExpr.Call("krait::str_build", parts); // one allocation for the whole string
        }
        // fields with calls: each is evaluated and formatted in turn, as Python does, then joined
        List<CStmt> hoisted = new ArrayList<>();
        List<CExpr> ordered = new ArrayList<>();
        for (CExpr part : parts) {
            if (part instanceof CExpr.VarRef) {
                ordered.add(part);
            } else {
                String tmp = cx.temp("part");
                hoisted.add(new CStmt.VarDecl(CType.STR, tmp, part));
                ordered.add(new CExpr.VarRef(tmp));
            }
        }
        return new CExpr.Block(CType.STR, hoisted, new CExpr.Call("krait::str_build", ordered));
    }

    /**
     * The first operand {@code e} always evaluates that produces no value: a call that always
     * raises, or code the analysis proved never runs. Null if there is none.
     */
    private Expr firstNeverOperand(Expr e) {
        for (Expr operand : EvaluationOrder.unconditionalOperands(e)) {
            if (isNeverOperand(operand)) {
                return operand;
            }
        }
        return null;
    }

    /**
     * {@code e} cut short at {@code never}: the operands before it run for their effects, then
     * it runs (and raises); the value, of whatever type is wanted, is never produced.
     */
    private CExpr evaluatedUntil(Expr e, Expr never) {
        List<CStmt> body = new ArrayList<>();
        for (Expr operand : EvaluationOrder.unconditionalOperands(e)) {
            if (operand == never) {
                break;
            }
            if (!(operand instanceof Expr.Constant || operand instanceof Expr.Name || operand instanceof Expr.Lambda)) {
                body.add(new CStmt.ExprStmt(new CExpr.Cast(CType.VOID, lower(operand))));
            }
        }
        if (!(never instanceof Expr.Name)) {
            body.add(new CStmt.ExprStmt(lower(never))); // a read that never runs has nothing to run
        }
        TypeVar v = spec.typeOf(e);
        return new CExpr.Block(v == null || v.types().isEmpty() ? NEVER : cppTypeOf(e), body, NEVER_VALUE);
    }

    boolean isNeverOperand(Expr operand) {
        TypeVar v = spec.typeOf(operand);
        return v != null && v.types().isEmpty();
    }

    /** A branch of {@code a if c else b}; one the analysis gave no type (it raises, or never runs) is a never_t. */
    /** Whether {@code e} holds objects of the program's classes (and is evaluated at all). */
    private boolean isObject(Expr e) {
        TypeVar v = spec.typeOf(e);
        return v != null && !v.types().isEmpty() && typeOf(e) instanceof PyType.InstanceType;
    }

    private CExpr branch(Expr e, PyType t) {
        TypeVar v = spec.typeOf(e);
        if (v != null && v.types().isEmpty()) {
            return neverValue(e);
        }
        return coerce(value(e), typeOf(e), t);
    }

    /** The int or the float a number holds, where a test proved which ({@code t}). */
    private static CExpr numberPart(CExpr number, PyType t) {
        return new CExpr.Call(t.equals(PyType.FLOAT) ? "krait::num_float_value" : "krait::num_int_value", List.of(number));
    }

    /** {@code type(x).__name__}: the class name at run time for instances, else known statically. */
    private CExpr typeName(Expr x) {
        PyType t = typeOf(x);
        krait.types.TypeVar v = spec.typeOf(x);
        if (t instanceof PyType.InstanceType && v != null && v.types().contains(PyType.NONE)) {
            return new CExpr.Call("krait::class_name_or_none", List.of(value(x))); // None beside objects
        }
        if (t instanceof PyType.OptionalType) {
            throw cx.unsupported(x.pos(), "type() of a number that may be None");
        }
        if (t instanceof PyType.NumberType) {
            return new CExpr.Call("krait::str::from_cstr", List.of(new CExpr.Call("krait::py_type_name_of", List.of(value(x)))));
        }
        if (t instanceof PyType.InstanceType) {
            return new CExpr.Call("krait::str::from_cstr", List.of(new CExpr.MemberCall(value(x), "class_name", List.of())));
        }
        if (t instanceof PyType.SetType) {
            return new CExpr.Call("krait::str::from_cstr", List.of(new CExpr.MemberCall(value(x), "type_name", List.of())));
        }
        return new CExpr.Comma(value(x), new CExpr.VarRef(cx.stringConstant(krait.types.TypeNaming.name(t))));
    }

    /**
     * A read of {@code obj.attr} where a test proved something of it (see the analysis's
     * AttributeStability): an optional's value taken out, an object of a proved subclass cast to it.
     */
    private CExpr narrowedAttribute(Expr.Attribute a) {
        TypeVar base = spec.narrowedBase(a);
        PyType t = typeOf(a);
        if (spec.typeOf(a).types().isEmpty()) {
            return NEVER_VALUE; // only ever None: this read never runs
        }
        CExpr read = attribute(a);
        if (CppTypes.representative(base) instanceof PyType.OptionalType && !(t instanceof PyType.OptionalType)) {
            return new CExpr.Call("krait::value_of", List.of(read));
        }
        if (CppTypes.representative(base) instanceof PyType.NumberType && !(t instanceof PyType.NumberType)) {
            return numberPart(read, t);
        }
        if (t instanceof PyType.InstanceType narrowedTo && !CppTypes.ofVar(base).equals(cppTypeOf(a))
                && cx.classOfType(CppTypes.ofVar(base)) != null) {
            return new CExpr.Cast(cppTypeOf(a), read);
        }
        return read;
    }

    /** {@code obj.attr} as an lvalue or value. */
    CExpr lowerAttribute(Expr.Attribute a) {
        return attribute(a, null);
    }

    /** {@code obj.attr} with {@code obj} already evaluated into {@code object}. */
    CExpr lowerAttribute(Expr.Attribute a, CExpr object) {
        return attribute(a, object);
    }

    private CExpr attribute(Expr.Attribute a) {
        return attribute(a, null);
    }

    /** {@code obj.attr}: a field, a class attribute, or a property's getter. */
    private CExpr attribute(Expr.Attribute a, CExpr evaluated) {
        if (neverHasValue(a.value())) {
            return NEVER_VALUE; // a read narrowed to nothing: this code never runs
        }
        PyType objectType = typeOf(a.value());
        if (objectType instanceof PyType.ModuleRef m) {
            // a module function passed as a callback has call targets too, but no getter
            var module = cx.program.models().modules().get(m.name());
            var attr = module.attributes().get(a.attr());
            return attr != null ? new CExpr.Constant(attr.cppExpr()) : CExpr.NONE;
        }
        if (objectType.equals(PyType.COMPLEX) && (a.attr().equals("real") || a.attr().equals("imag"))) {
            return new CExpr.Call("krait::complex_" + a.attr(), List.of(evaluated != null ? evaluated : value(a.value())));
        }
        if (objectType instanceof PyType.ExceptionClass) {
            // exc_type.__name__: the class of the exception it keeps
            return new CExpr.MemberCall(nullChecked(a.value(), evaluated != null ? evaluated : value(a.value()), a.attr()),
                    "name", List.of());
        }
        if (typeOf(a) instanceof PyType.BoundMethod) {
            // a bound method is held as its object
            return nullChecked(a.value(), evaluated != null ? evaluated : value(a.value()), a.attr());
        }
        if (typeOf(a) instanceof PyType.FunctionRef f && CppTypes.capturesNothing(f)
                && (objectType instanceof PyType.ClassRef || objectType instanceof PyType.InstanceType)) {
            // C.method or obj.static_method as a value: known statically
            return objectType instanceof PyType.ClassRef ? CExpr.NONE
                    : new CExpr.Comma(evaluated != null ? evaluated : value(a.value()), CExpr.NONE);
        }
        if (objectType instanceof PyType.BuiltinRef && typeOf(a) instanceof PyType.BuiltinRef) {
            return CExpr.NONE; // str.lower as a value: known statically
        }
        if (objectType instanceof PyType.FunctionRef f && f.env() != null && !CppTypes.capturesNothing(f)
                && f.env().function().cellVars().contains(krait.desugar.FunctionAttributes.globalName(f.function().name(), a.attr()))) {
            // add.calls of a decorator's wrapper: a variable of the frame the closure holds
            return new CExpr.FieldRef(value(a.value()), Names.of(krait.desugar.FunctionAttributes.globalName(f.function().name(), a.attr())));
        }
        if (objectType instanceof PyType.FunctionRef f && (a.attr().equals("__name__") || a.attr().equals("__qualname__"))) {
            String name = shownName(f, a.pos(), a.attr().equals("__qualname__"));
            return new CExpr.Comma(evaluated != null ? evaluated : value(a.value()), new CExpr.VarRef(cx.stringConstant(name)));
        }
        if (objectType instanceof PyType.BuiltinRef b && (a.attr().equals("__name__") || a.attr().equals("__qualname__"))) {
            String name = b.function().name();
            if (a.attr().equals("__name__") && name.contains(".")) {
                name = name.substring(name.lastIndexOf('.') + 1); // str.upper.__name__ is 'upper'
            }
            return new CExpr.VarRef(cx.stringConstant(name));
        }
        if (objectType instanceof PyType.ClassRef c && (a.attr().equals("__name__") || a.attr().equals("__qualname__"))
                && c.cls().classAttributeOwner(a.attr()) == null) {
            // a class of another module is called module.Class (see ModuleLinker)
            String name = c.cls().name().substring(c.cls().name().lastIndexOf('.') + 1);
            return new CExpr.Comma(evaluated != null ? evaluated : value(a.value()), new CExpr.VarRef(cx.stringConstant(name)));
        }
        if (objectType instanceof PyType.CallableType && a.attr().equals("__name__")) {
            // a function object keeps the name of the function it holds
            return new CExpr.FieldRef(evaluated != null ? evaluated : value(a.value()), "name");
        }
        if (objectType instanceof PyType.InstanceType i && i.cls().isException() && !i.cls().hasAttribute(a.attr())
                && a.attr().equals("args")) {
            return new CExpr.Call("krait::exception_args", List.of(evaluated != null ? evaluated : value(a.value())));
        }
        if (objectType instanceof PyType.InstanceType i && i.cls().isException() && !i.cls().hasAttribute(a.attr())
                && (a.attr().equals("__cause__") || a.attr().equals("__context__"))) {
            CExpr obj = evaluated != null ? evaluated : value(a.value());
            return new CExpr.Cast(cppTypeOf(a), new CExpr.Call("krait::exception_" + a.attr().replace("_", ""),
                    List.of(obj)));
        }
        if (objectType instanceof PyType.InstanceType i && !i.cls().hasAttribute(a.attr()) && a.attr().equals("value")
                && krait.types.ExceptionAttributes.isStopIteration(i.cls()) && cx.program.stopIterationValue() != null) {
            // what the generator returned (every generator keeps it as this one type, FunctionLowering)
            return new CExpr.Call("krait::stop_iteration_value<" + CppTypes.spelled(CppTypes.ofVar(cx.program.stopIterationValue()))
                    + ">", List.of(evaluated != null ? evaluated : value(a.value())));
        }
        if (objectType instanceof PyType.InstanceType i && !i.cls().hasAttribute(a.attr())
                && krait.types.ExceptionAttributes.typeOf(i.cls(), a.attr()) != null) {
            return new CExpr.FieldRef(evaluated != null ? evaluated : value(a.value()),
                    krait.types.ExceptionAttributes.cppField(a.attr()));
        }
        var targets = spec.targetsOf(a);
        if (!targets.isEmpty()) {
            // the getter's key is [object type]; a setter's (in obj.p += v) is [object type, value type]
            krait.types.CallTarget.User getter = (krait.types.CallTarget.User) targets.entrySet().stream()
                    .filter(e -> e.getKey().size() == 1).findFirst().orElseThrow().getValue();
            CType self = CppTypes.of(getter.callee().argTypes().get(0));
            CExpr obj = evaluated != null ? evaluated : value(a.value());
            CType held = CppTypes.ofVar(spec.typeOf(a.value()));
            return new CExpr.Call(cx.functionName(getter.callee()), List.of(held.equals(self) ? obj : new CExpr.Cast(self, obj)));
        }
        if (objectType instanceof PyType.ModelInstance m && m.cls().properties().containsKey(a.attr())) {
            return new CExpr.MemberCall(evaluated != null ? evaluated : value(a.value()),
                    m.cls().properties().get(a.attr()).cppName(), List.of());
        }
        if (objectType instanceof PyType.ClassRef c && c.cls().classAttributeOwner(a.attr()) == null
                && c.cls().lookupMethod(a.attr()) != null && c.cls().lookupMethod(a.attr()).hasUserDecorators()) {
            return new CExpr.StaticFieldRef(CppTypes.classType(c.cls().lookupMethod(a.attr()).ownerClass()).pointee(),
                    Names.of(krait.types.FunctionInfo.DECORATED_PREFIX + a.attr()));
        }
        if (objectType instanceof PyType.ClassRef c) {
            krait.types.ClassInfo owner = c.cls().classAttributeOwner(a.attr());
            return new CExpr.StaticFieldRef(CppTypes.classType(owner == null ? c.cls() : owner).pointee(), Names.of(a.attr()));
        }
        if (objectType instanceof PyType.InstanceType i) {
            if (!isInstanceAttribute(i.cls(), a.attr()) && i.cls().classAttributeOwner(a.attr()) != null) {
                CExpr perClass = classAttributeByClass(a, evaluated);
                if (perClass != null) {
                    return perClass;
                }
                return new CExpr.StaticFieldRef(CppTypes.classType(i.cls().classAttributeOwner(a.attr())).pointee(),
                        Names.of(a.attr()));
            }
            CExpr separate = fieldOfSeveralOwners(a, evaluated);
            if (separate != null) {
                return separate;
            }
            krait.types.ClassInfo holder = classWithAttribute(a);
            if (holder != null) {
                return attributeOfSome(a, holder, nullChecked(a.value(), evaluated != null ? evaluated : value(a.value()), a.attr()));
            }
            krait.types.ClassInfo owner = i.cls().attributeOwner(a.attr());
            CExpr obj = nullChecked(a.value(), evaluated != null ? evaluated : value(a.value()), a.attr());
            CType held = CppTypes.ofVar(spec.typeOf(a.value()));
            CType ownerType = CppTypes.classType(owner);
            // a field of a subclass read through a base-class variable needs a downcast
            boolean visible = held instanceof CType.Pointer hp && isVisibleIn(owner, hp) || owner.isValueType();
            return new CExpr.FieldRef(visible ? obj : new CExpr.Cast(ownerType, obj), Names.of(a.attr()));
        }
        throw cx.unsupported(a.pos(), "this attribute");
    }

    /**
     * {@code obj.kind} where obj may be of several classes that define kind differently (subclasses
     * overriding a class attribute): the class's own attribute, chosen by its class id. Null when
     * every class the object may have reads the same one.
     */
    private CExpr classAttributeByClass(Expr.Attribute a, /* nullable */ CExpr evaluated) {
        TypeVar v = spec.typeOf(a.value());
        if (v == null) {
            return null;
        }
        java.util.Map<krait.types.ClassInfo, krait.types.ClassInfo> ownerOf = new java.util.LinkedHashMap<>();
        for (PyType t : v.types()) {
            if (t instanceof PyType.InstanceType i) {
                krait.types.ClassInfo owner = i.cls().classAttributeOwner(a.attr());
                if (owner == null || isInstanceAttribute(i.cls(), a.attr())) {
                    return null;
                }
                ownerOf.put(i.cls(), owner);
            } else if (!t.equals(PyType.NONE)) {
                return null;
            }
        }
        if (new java.util.HashSet<>(ownerOf.values()).size() < 2) {
            return null;
        }
        String tmp = cx.temp("object");
        CExpr obj = nullChecked(a.value(), evaluated != null ? evaluated : value(a.value()), a.attr());
        CExpr id = new CExpr.MemberCall(new CExpr.VarRef(tmp), "krait_class_id", List.of());
        List<krait.types.ClassInfo> classes = new ArrayList<>(ownerOf.keySet());
        CExpr chain = null;
        for (int k = classes.size() - 1; k >= 0; k--) {
            krait.types.ClassInfo cls = classes.get(k);
            CExpr field = new CExpr.StaticFieldRef(CppTypes.classType(ownerOf.get(cls)).pointee(), Names.of(a.attr()));
            chain = chain == null ? field
                    : new CExpr.Conditional(new CExpr.Binary("==", id, new CExpr.IntLit(cls.id() + 1)), field, chain);
        }
        return new CExpr.Block(cppTypeOf(a), List.of(new CStmt.VarDecl(CppTypes.ofVar(v), tmp, obj)), chain);
    }

    /**
     * {@code n.name} where n may be of classes that each declare their own {@code name} (Var and
     * Call, subclasses of Node, which has none): the field of the object's class, found by a cast
     * to each declaring class in turn (a static cast to one of them would read another class's
     * memory); AttributeError for a class without it. Null when one class declares the field.
     */
    private CExpr fieldOfSeveralOwners(Expr.Attribute a, /* nullable */ CExpr evaluated) {
        TypeVar v = spec.typeOf(a.value());
        if (v == null) {
            return null;
        }
        List<krait.types.ClassInfo> owners = new ArrayList<>();
        boolean without = false;
        for (PyType t : v.types()) {
            if (t instanceof PyType.InstanceType i) {
                if (isInstanceAttribute(i.cls(), a.attr())) {
                    krait.types.ClassInfo owner = i.cls().attributeOwner(a.attr());
                    if (!owners.contains(owner)) {
                        owners.add(owner);
                    }
                } else if (i.cls().classAttributeOwner(a.attr()) == null) {
                    without = true;
                }
            }
        }
        if (owners.size() < 2) {
            return null;
        }
        CType result = cppTypeOf(a);
        for (krait.types.ClassInfo owner : owners) {
            TypeVar field = owner.ownAttributes().get(a.attr());
            if (field == null || !CppTypes.ofVar(field).equals(result)) {
                throw cx.unsupported(a.pos(), "an attribute that several classes of one variable hold as different types");
            }
        }
        String tmp = cx.temp("object");
        CExpr chain = without
                ? new CExpr.Comma(new CExpr.Call("krait::raise_missing_attribute", List.of(new CExpr.VarRef(tmp),
                        new CExpr.Constant(krait.cpp.ir.CppLiterals.stringLiteral(a.attr())))), NEVER_VALUE)
                : null;
        for (int k = owners.size() - 1; k >= 0; k--) {
            CType ownerType = CppTypes.classType(owners.get(k));
            CExpr field = new CExpr.FieldRef(new CExpr.Cast(ownerType, new CExpr.VarRef(tmp)), Names.of(a.attr()));
            chain = chain == null ? field : new CExpr.Conditional(
                    new CExpr.Binary("!=", new CExpr.Cast(ownerType, new CExpr.VarRef(tmp), "dynamic"), CExpr.NULL), field, chain);
        }
        CExpr obj = nullChecked(a.value(), evaluated != null ? evaluated : value(a.value()), a.attr());
        return new CExpr.Block(result, List.of(new CStmt.VarDecl(CppTypes.ofVar(v), tmp, obj)), chain);
    }

    /**
     * When the object may be of several classes and only some have the field: one of those
     * (the analysis let the read through for them), else null.
     */
    private krait.types.ClassInfo classWithAttribute(Expr.Attribute a) {
        TypeVar v = spec.typeOf(a.value());
        if (v == null) {
            return null;
        }
        krait.types.ClassInfo with = null;
        boolean without = false;
        for (PyType t : v.types()) {
            if (t instanceof PyType.InstanceType i) {
                if (isInstanceAttribute(i.cls(), a.attr())) {
                    with = with == null ? i.cls().attributeOwner(a.attr()) : with;
                } else if (i.cls().classAttributeOwner(a.attr()) == null) {
                    without = true;
                }
            }
        }
        return without ? with : null;
    }

    /** {@code obj.f} where only objects of {@code owner}'s classes have f: AttributeError for the others. */
    private CExpr attributeOfSome(Expr.Attribute a, krait.types.ClassInfo owner, CExpr obj) {
        String tmp = cx.temp("object");
        CType ownerType = CppTypes.classType(owner);
        CExpr cast = new CExpr.Cast(ownerType, new CExpr.VarRef(tmp), "dynamic");
        CExpr raise = new CExpr.Comma(new CExpr.Call("krait::raise_missing_attribute", List.of(new CExpr.VarRef(tmp),
                new CExpr.Constant(krait.cpp.ir.CppLiterals.stringLiteral(a.attr())))), NEVER_VALUE);
        CExpr field = new CExpr.FieldRef(new CExpr.Cast(ownerType, new CExpr.VarRef(tmp)), Names.of(a.attr()));
        return new CExpr.Block(cppTypeOf(a), List.of(new CStmt.VarDecl(CppTypes.ofVar(spec.typeOf(a.value())), tmp, obj)),
                new CExpr.Conditional(new CExpr.Binary("!=", cast, CExpr.NULL), field, raise));
    }

    /** {@code obj}, checked not to be None when its variable may hold None beside an object. */
    CExpr nullChecked(Expr objExpr, CExpr obj, String attr) {
        TypeVar v = spec.typeOf(objExpr);
        if (v != null && v.types().contains(PyType.NONE) && v.types().size() > 1) {
            return new CExpr.Call("krait::not_none", List.of(obj, new CExpr.Constant(krait.cpp.ir.CppLiterals.stringLiteral(attr))));
        }
        return obj;
    }

    private boolean isVisibleIn(krait.types.ClassInfo owner, CType.Pointer held) {
        krait.types.ClassInfo c = cx.classOfType(held);
        return c != null && CppTypes.derivesInCpp(c, owner);
    }

    static boolean isInstanceAttribute(krait.types.ClassInfo cls, String attr) {
        for (krait.types.ClassInfo c : cls.mro()) {
            if (c.declaredAttributes().contains(attr)) {
                return true;
            }
        }
        return false;
    }

    /** A literal ({@code 3}, {@code -1.5}, {@code "x"}, {@code None}) as a value of type {@code to}; null for other expressions. */
    CExpr literal(Expr e, PyType to) {
        boolean negative = e instanceof Expr.UnaryOp u && u.op() == UnaryOperator.USub;
        Expr inner = negative ? ((Expr.UnaryOp) e).operand() : e;
        if (!(inner instanceof Expr.Constant c)) {
            return null;
        }
        ConstValue v = c.value();
        PyType from = v instanceof ConstValue.IntValue ? PyType.INT : v instanceof ConstValue.FloatValue ? PyType.FLOAT
                : v instanceof ConstValue.BoolValue ? PyType.BOOL : v instanceof ConstValue.StrValue ? PyType.STR
                : v instanceof ConstValue.NoneValue ? PyType.NONE : null;
        if (from == null || negative && from != PyType.INT && from != PyType.FLOAT) {
            return null;
        }
        CExpr k = constant(c);
        if (negative) {
            k = k instanceof CExpr.IntLit i ? new CExpr.IntLit(-i.value()) : new CExpr.Unary("-", k);
        }
        return coerce(k, from, to);
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
        if (v instanceof ConstValue.ComplexValue z) {
            return new CExpr.Call("krait::complex", List.of(new CExpr.FloatLit("0.0"),
                    new CExpr.FloatLit(CppLiterals.doubleLiteral(z.imag()))));
        }
        if (v instanceof ConstValue.BytesValue b) {
            return new CExpr.Call("krait::bytes::from_raw", List.of(
                    new CExpr.Constant(krait.cpp.ir.CppLiterals.bytesLiteral(b.value())), new CExpr.IntLit(b.value().length)));
        }
        throw cx.unsupported(c.pos(), "this constant");
    }

    private CExpr unary(Expr.UnaryOp u) {
        krait.types.CallTarget special = spec.targetsOf(u).get(List.of(typeOf(u.operand())));
        if (special instanceof krait.types.CallTarget.User s) {
            CType self = CppTypes.of(s.callee().argTypes().get(0));
            CExpr v = value(u.operand());
            return new CExpr.Call(cx.functionName(s.callee()),
                    List.of(cppTypeOf(u.operand()).equals(self) ? v : new CExpr.Cast(self, v)));
        }
        if (u.op() == UnaryOperator.USub && u.operand() instanceof Expr.Constant c
                && c.value() instanceof ConstValue.IntValue i && i.value().bitLength() < 64) {
            return new CExpr.IntLit(-i.value().longValue()); // a negative literal, not a negation at run time
        }
        PyType t = typeOf(u.operand());
        CExpr operand = value(u.operand());
        String modelSpecial = u.op() == UnaryOperator.USub ? "__neg__" : u.op() == UnaryOperator.UAdd ? "__pos__" : null;
        if (modelSpecial != null && t instanceof PyType.ModelInstance m && m.cls().methods().containsKey(modelSpecial)) {
            krait.types.ModelSignature sig = m.cls().methods().get(modelSpecial).overloads().get(0);
            return sig.isMember() ? new CExpr.MemberCall(operand, sig.cppName(), List.of())
                    : new CExpr.Call(sig.cppName(), List.of(operand));
        }
        if (u.op() == UnaryOperator.Not) {
            return new CExpr.Unary("!", truth(operand, t));
        }
        if (t instanceof PyType.NumberType && u.op() != UnaryOperator.Invert) {
            return new CExpr.Call(u.op() == UnaryOperator.USub ? "krait::num_neg" : "krait::num_pos", List.of(operand));
        }
        if (t instanceof PyType.OptionalType o) {
            // -x of an int that may be None: CPython's TypeError for None
            String tmp = cx.temp("operand");
            List<CStmt> body = List.of(new CStmt.VarDecl(CppTypes.of(t), tmp, operand),
                    new CStmt.ExprStmt(new CExpr.Call("krait::check_unary_operand", List.of(new CExpr.VarRef(tmp),
                            new CExpr.Constant(CppLiterals.stringLiteral(u.op().symbol))))));
            t = o.value();
            operand = unwrapped(new CExpr.VarRef(tmp), o);
            boolean isFloat = t.equals(PyType.FLOAT);
            CExpr v = t.equals(PyType.BOOL) ? new CExpr.Cast(CType.I64, operand) : operand;
            CExpr result = switch (u.op()) {
                case USub -> isFloat ? new CExpr.Unary("-", v) : new CExpr.Call("krait::int_neg", List.of(v));
                case UAdd -> v;
                case Invert -> new CExpr.Unary("~", v);
                default -> throw new IllegalStateException();
            };
            return new CExpr.Block(cppTypeOf(u), body, result);
        }
        if (t.equals(PyType.BOOL)) {
            operand = new CExpr.Cast(CType.I64, operand);
        }
        if (t.equals(PyType.COMPLEX) && u.op() != UnaryOperator.Invert) {
            return new CExpr.Call(u.op() == UnaryOperator.USub ? "krait::complex_neg" : "krait::complex_pos", List.of(operand));
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
        CType resultType = cppTypeOf(b);
        List<CStmt> body = new ArrayList<>();
        int last = b.values().size() - 1;
        for (int i = 0; i < last; i++) {
            Expr operand = b.values().get(i);
            String tmp = cx.temp("operand");
            PyType t = typeOf(operand);
            body.add(new CStmt.VarDecl(cppTypeOf(operand), tmp, value(operand)));
            CExpr test = truth(new CExpr.VarRef(tmp), t);
            if (b.op() == BoolOperator.And) {
                test = new CExpr.Unary("!", test);
            }
            CExpr taken = new CExpr.VarRef(tmp);
            if (t instanceof PyType.OptionalType && !(result instanceof PyType.OptionalType) && b.op() == BoolOperator.Or) {
                taken = unwrapped(taken, t); // `x or default` takes x only when it is true, so not None
            }
            body.add(new CStmt.If(test, List.of(new CStmt.Return(coerce(taken, t, result))), List.of()));
        }
        Expr lastOperand = b.values().get(last);
        return new CExpr.Block(resultType, body, coerce(value(lastOperand), typeOf(lastOperand), result));
    }

    /** A comparison; in a chain, each middle operand is evaluated once, and evaluation stops at the first false. */
    private CExpr compareOperands(Expr left, Expr right, krait.syntax.CmpOperator op, CExpr l, CExpr r) {
        CExpr dispatched = byOperandClasses(right, left, right, l, r, CType.BOOL, (a, at, b, bt) -> compareAt(right, op, a, at, b, bt));
        return dispatched != null ? dispatched : compareAt(right, op, l, typeOf(left), r, typeOf(right));
    }

    private CExpr compare(Expr.Compare c) {
        if (neverHasValue(c.left()) || c.comparators().stream().anyMatch(this::neverHasValue)) {
            // `x in only` after `only is None or`, where only is always None: this test never runs
            return NEVER_VALUE;
        }
        if (c.ops().size() == 1) {
            Expr right = c.comparators().get(0);
            List<CStmt> hoisted = new ArrayList<>();
            List<CExpr> ops = inOrder(List.of(c.left(), right), hoisted);
            return withHoisted(hoisted, CType.BOOL, compareOperands(c.left(), right, c.ops().get(0), ops.get(0), ops.get(1)));
        }
        List<CStmt> body = new ArrayList<>();
        CExpr left = value(c.left());
        PyType leftType = typeOf(c.left());
        for (int i = 0; i < c.ops().size(); i++) {
            Expr right = c.comparators().get(i);
            PyType rightType = typeOf(right);
            CExpr rightValue = value(right);
            Expr leftExpr = i == 0 ? c.left() : c.comparators().get(i - 1);
            if (i == c.ops().size() - 1) {
                CExpr last = byOperandClasses(right, leftExpr, right, left, rightValue, CType.BOOL, (a, at, b, bt) ->
                        compareAt(right, c.ops().get(c.ops().size() - 1), a, at, b, bt));
                return new CExpr.Block(CType.BOOL, body, last != null ? last
                        : compareAt(right, c.ops().get(i), left, leftType, rightValue, rightType));
            }
            String tmp = cx.temp("operand");
            body.add(new CStmt.VarDecl(cppTypeOf(right), tmp, rightValue));
            krait.syntax.CmpOperator op = c.ops().get(i);
            CExpr test = byOperandClasses(right, leftExpr, right, left, new CExpr.VarRef(tmp), CType.BOOL, (a, at, b, bt) ->
                    compareAt(right, op, a, at, b, bt));
            test = test != null ? test : compareAt(right, op, left, leftType, new CExpr.VarRef(tmp), rightType);
            body.add(new CStmt.If(new CExpr.Unary("!", test), List.of(new CStmt.Return(new CExpr.BoolLit(false))), List.of()));
            left = new CExpr.VarRef(tmp);
            leftType = rightType;
        }
        throw new IllegalStateException("unreachable");
    }
}
