package krait.types;

import java.math.BigInteger;
import java.util.List;
import krait.diag.MessageId;
import krait.syntax.ConstValue;
import krait.syntax.Expr;
import krait.syntax.Keyword;
import krait.syntax.Node;
import krait.syntax.Pos;
import krait.syntax.Stmt;

/**
 * Walks the body of one specialization and turns each statement and expression into type
 * variables, flow edges and constraints. Flow-insensitive: a variable's type is everything ever
 * assigned to it.
 */
final class ConstraintGenerator {
    private static final BigInteger MIN_I64 = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger MAX_I64 = BigInteger.valueOf(Long.MAX_VALUE);

    private final InferenceContext cx;
    private final Specialization spec;
    private final FunctionInfo fn;
    private final ConstraintSolver solver;

    ConstraintGenerator(InferenceContext cx, Specialization spec) {
        this.cx = cx;
        this.spec = spec;
        this.fn = spec.function();
        this.solver = cx.solver;
    }

    void generate() {
        List<String> params = fn.params();
        for (int i = 0; i < params.size(); i++) {
            solver.addType(localVar(params.get(i), fn.pos()), spec.argTypes().get(i), fn.pos());
        }
        block(fn.body());
        if (!fn.isModule() && ControlFlow.canCompleteNormally(fn.body())) {
            solver.addType(spec.returnVar(), PyType.NONE, fn.pos());
        }
    }

    private void block(List<Stmt> body) {
        for (Stmt s : body) {
            stmt(s);
        }
    }

    private void stmt(Stmt s) {
        if (s instanceof Stmt.ExprStmt e) {
            expr(e.value());
        } else if (s instanceof Stmt.Assign a) {
            TypeVar value = expr(a.value());
            for (Expr target : a.targets()) {
                assign(target, value);
            }
        } else if (s instanceof Stmt.AugAssign a) {
            augAssign(a);
        } else if (s instanceof Stmt.AnnAssign a) {
            if (a.value() != null) {
                assign(a.target(), expr(a.value()));
            }
        } else if (s instanceof Stmt.For f) {
            if (!f.orelse().isEmpty()) {
                unsupported(f, "'else' on a 'for' loop");
            }
            TypeVar iterable = expr(f.iter());
            TypeVar element = solver.newVar("loop variable", f.target().pos());
            solver.subscribe(new IterationConstraint(cx, f.iter().pos(), iterable, element), iterable);
            spec.exprTypes.put(f, element);
            assign(f.target(), element);
            block(f.body());
        } else if (s instanceof Stmt.While w) {
            if (!w.orelse().isEmpty()) {
                unsupported(w, "'else' on a 'while' loop");
            }
            expr(w.test());
            block(w.body());
        } else if (s instanceof Stmt.If i) {
            expr(i.test());
            block(i.body());
            block(i.orelse());
        } else if (s instanceof Stmt.Return r) {
            if (r.value() == null) {
                solver.addType(spec.returnVar(), PyType.NONE, r.pos());
            } else {
                solver.addFlow(expr(r.value()), spec.returnVar());
            }
        } else if (s instanceof Stmt.FunctionDef f) {
            functionDef(f);
        } else if (!(s instanceof Stmt.Global || s instanceof Stmt.Pass || s instanceof Stmt.Break
                || s instanceof Stmt.Continue)) {
            unsupported(s, Constructs.describe(s));
        }
    }

    private void augAssign(Stmt.AugAssign a) {
        if (a.target() instanceof Expr.Name n) {
            TypeVar variable = nameVar(n.id(), n.pos());
            solver.addFlow(binary(a, a.op(), variable, expr(a.value())), variable);
        } else if (a.target() instanceof Expr.Subscript sub) {
            storeItem(sub, binary(a, a.op(), expr(sub), expr(a.value())));
        } else {
            unsupported(a.target(), "this augmented assignment target");
        }
    }

    private void functionDef(Stmt.FunctionDef f) {
        if (!fn.isModule()) {
            unsupported(f, "a function defined inside another function");
            return;
        }
        if (!f.decoratorList().isEmpty()) {
            unsupported(f.decoratorList().get(0), "a decorator");
        }
        var args = f.args();
        if (!args.posonlyargs().isEmpty() || args.vararg() != null || !args.kwonlyargs().isEmpty() || args.kwarg() != null) {
            unsupported(f, "'/', '*args', keyword-only or '**kwargs' parameters");
            return;
        }
        for (Expr d : args.defaults()) {
            expr(d);
        }
        solver.addType(cx.global(f.name()), new PyType.FunctionRef(cx.functionInfo(f)), f.pos());
    }

    private void assign(Expr target, TypeVar value) {
        if (target instanceof Expr.Name n) {
            solver.addFlow(value, nameVar(n.id(), n.pos()));
        } else if (target instanceof Expr.Subscript sub) {
            storeItem(sub, value);
        } else {
            unsupported(target, "assignment to " + Constructs.describe(target));
        }
    }

    private void storeItem(Expr.Subscript s, TypeVar value) {
        TypeVar container = expr(s.value());
        TypeVar index = expr(s.slice());
        solver.subscribe(new ItemStoreConstraint(cx, s.pos(), container, index, value), container, index);
    }

    TypeVar expr(Expr e) {
        TypeVar known = spec.exprTypes.get(e);
        if (known != null) {
            return known;
        }
        TypeVar v = analyse(e);
        spec.exprTypes.put(e, v);
        return v;
    }

    private TypeVar analyse(Expr e) {
        if (e instanceof Expr.Constant c) {
            return constant(c);
        }
        if (e instanceof Expr.Name n) {
            return nameVar(n.id(), n.pos());
        }
        if (e instanceof Expr.BinOp b) {
            return binary(b, b.op(), expr(b.left()), expr(b.right()));
        }
        if (e instanceof Expr.UnaryOp u) {
            TypeVar operand = expr(u.operand());
            TypeVar result = solver.newVar("expression", u.pos());
            solver.subscribe(new UnaryConstraint(cx, u, operand, result), operand);
            return result;
        }
        if (e instanceof Expr.BoolOp b) {
            TypeVar result = solver.newVar("expression", b.pos());
            for (Expr value : b.values()) {
                solver.addFlow(expr(value), result);
            }
            return result;
        }
        if (e instanceof Expr.Compare c) {
            TypeVar left = expr(c.left());
            for (int i = 0; i < c.ops().size(); i++) {
                TypeVar right = expr(c.comparators().get(i));
                solver.subscribe(new CompareConstraint(cx, c.pos(), c.ops().get(i), left, right), left, right);
                left = right;
            }
            TypeVar result = solver.newVar("comparison", c.pos());
            solver.addType(result, PyType.BOOL, c.pos());
            return result;
        }
        if (e instanceof Expr.IfExp i) {
            expr(i.test());
            TypeVar result = solver.newVar("conditional expression", i.pos());
            solver.addFlow(expr(i.body()), result);
            solver.addFlow(expr(i.orelse()), result);
            return result;
        }
        if (e instanceof Expr.List l) {
            AllocSite site = site(l, "list");
            for (Expr elt : l.elts()) {
                if (elt instanceof Expr.Starred) {
                    unsupported(elt, "unpacking with '*' in a list display");
                }
                solver.addFlow(expr(elt), site.elements());
            }
            TypeVar result = solver.newVar("list", l.pos());
            solver.addType(result, new PyType.ListType(site), l.pos());
            return result;
        }
        if (e instanceof Expr.Subscript s) {
            if (s.slice() instanceof Expr.Slice) {
                return unsupported(s.slice(), "slicing");
            }
            TypeVar container = expr(s.value());
            TypeVar index = expr(s.slice());
            TypeVar result = solver.newVar("item", s.pos());
            solver.subscribe(new ItemLoadConstraint(cx, s.pos(), container, index, result), container, index);
            return result;
        }
        if (e instanceof Expr.Call c) {
            return call(c);
        }
        return unsupported(e, Constructs.describe(e));
    }

    private TypeVar call(Expr.Call c) {
        for (Expr a : c.args()) {
            if (a instanceof Expr.Starred) {
                return unsupported(a, "unpacking arguments with '*'");
            }
        }
        for (Keyword k : c.keywords()) {
            if (k.arg() == null) {
                return unsupported(k.value(), "unpacking arguments with '**'");
            }
        }
        List<TypeVar> args = c.args().stream().map(this::expr).toList();
        List<TypeVar> keywordArgs = c.keywords().stream().map(k -> expr(k.value())).toList();
        TypeVar result = solver.newVar("result of call", c.pos());
        TypeVar receiver = c.func() instanceof Expr.Attribute a ? expr(a.value()) : expr(c.func());
        CallConstraint constraint = new CallConstraint(cx, spec, c, receiver, args, keywordArgs, result);
        TypeVar[] inputs = new TypeVar[args.size() + keywordArgs.size() + 1];
        inputs[0] = receiver;
        for (int i = 0; i < args.size(); i++) {
            inputs[i + 1] = args.get(i);
        }
        for (int i = 0; i < keywordArgs.size(); i++) {
            inputs[args.size() + 1 + i] = keywordArgs.get(i);
        }
        solver.subscribe(constraint, inputs);
        return result;
    }

    private TypeVar binary(Node node, krait.syntax.Operator op, TypeVar left, TypeVar right) {
        TypeVar result = solver.newVar("expression", posOf(node));
        solver.subscribe(new BinaryConstraint(cx, spec, node, op, left, right, result), left, right);
        spec.exprTypes.put(node, result);
        return result;
    }

    private TypeVar constant(Expr.Constant c) {
        TypeVar v = solver.newVar("constant", c.pos());
        ConstValue value = c.value();
        PyType t = null;
        if (value instanceof ConstValue.IntValue i) {
            if (i.value().compareTo(MIN_I64) < 0 || i.value().compareTo(MAX_I64) > 0) {
                cx.error(c.pos(), MessageId.INT_LITERAL_TOO_BIG, i.value().toString());
            }
            t = PyType.INT;
        } else if (value instanceof ConstValue.FloatValue) {
            t = PyType.FLOAT;
        } else if (value instanceof ConstValue.BoolValue) {
            t = PyType.BOOL;
        } else if (value instanceof ConstValue.StrValue) {
            t = PyType.STR;
        } else if (value instanceof ConstValue.NoneValue) {
            t = PyType.NONE;
        } else {
            unsupported(c, Constructs.describe(c));
        }
        if (t != null) {
            solver.addType(v, t, c.pos());
        }
        return v;
    }

    /** The variable a name refers to here: a local, a module variable, or a builtin. */
    private TypeVar nameVar(String name, Pos pos) {
        if (!fn.isModule() && fn.isLocal(name)) {
            return localVar(name, pos);
        }
        if (cx.moduleNames.contains(name)) {
            return cx.global(name);
        }
        TypeVar v = solver.newVar("name '" + name + "'", pos);
        var builtin = cx.models.function(name);
        if (builtin.isPresent()) {
            solver.addType(v, new PyType.BuiltinRef(builtin.get()), pos);
        } else if (Constructs.isUnsupportedBuiltin(name)) {
            cx.error(pos, MessageId.UNSUPPORTED_BUILTIN, name);
        } else {
            cx.error(pos, MessageId.UNDEFINED_NAME, name);
        }
        return v;
    }

    private TypeVar localVar(String name, Pos pos) {
        return spec.locals.computeIfAbsent(name, n -> solver.newVar("variable '" + n + "'", pos));
    }

    private AllocSite site(Node node, String what) {
        return spec.sites.computeIfAbsent(node, n -> cx.siteFor(n, posOf(n), what));
    }

    private TypeVar unsupported(Node node, String what) {
        cx.error(posOf(node), MessageId.UNSUPPORTED_CONSTRUCT, what);
        return solver.newVar("unsupported", posOf(node));
    }

    static Pos posOf(Node n) {
        if (n instanceof Expr e) {
            return e.pos();
        }
        if (n instanceof Stmt st) {
            return st.pos();
        }
        return n instanceof Keyword k ? k.pos() : Pos.NONE;
    }
}
