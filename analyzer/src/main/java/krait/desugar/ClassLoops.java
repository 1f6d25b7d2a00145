package krait.desugar;

import java.util.ArrayList;
import java.util.List;
import krait.syntax.CmpOperator;
import krait.syntax.ConstValue;
import krait.syntax.ExceptHandler;
import krait.syntax.Expr;
import krait.syntax.ExprContext;
import krait.syntax.MatchCase;
import krait.syntax.Mod;
import krait.syntax.Node;
import krait.syntax.Nodes;
import krait.syntax.Pos;
import krait.syntax.Rewriter;
import krait.syntax.Stmt;

/**
 * A loop over a tuple of classes ({@code for cls in (Circle, Square): if isinstance(s, cls): ...})
 * would make its variable hold several classes, which has no representation. Each class is a
 * name the module binds once, by its class statement, so the loop is unrolled: its body once per
 * class with the variable's reads replaced by the class's name, chosen by a counted loop (so
 * {@code break} and {@code continue} keep their meaning):
 * <pre>
 *   for k in range(2):                     for cls in (Circle, Square):
 *       if k == 0: BODY[cls := Circle]         BODY
 *       else: BODY[cls := Square]
 * </pre>
 * Only where the variable is read nowhere but in the body (not after the loop, not by a nested
 * function) and the body neither rebinds it nor defines functions or classes. Runs after
 * {@link LoopElse}, so the loop has no else.
 */
final class ClassLoops {
    private static final String COUNTER = "class_loop\u2032";

    private final List<Stmt> module;
    private int loops;

    private ClassLoops(List<Stmt> module) {
        this.module = module;
    }

    static Mod.Module apply(Mod.Module m) {
        ClassLoops pass = new ClassLoops(m.body());
        List<Stmt> body = pass.block(m.body(), m.body());
        return pass.loops == 0 ? m : new Mod.Module(body, m.typeIgnores());
    }

    /** {@code scope}: the statements of the function (or module) whose variable a loop's target is; null in a class body. */
    private List<Stmt> block(List<Stmt> body, List<Stmt> scope) {
        List<Stmt> out = new ArrayList<>();
        for (Stmt s : body) {
            out.add(statement(s, scope));
        }
        return out;
    }

    private Stmt statement(Stmt s, List<Stmt> scope) {
        if (s instanceof Stmt.For f && scope != null && unrollable(f, scope)) {
            return unroll(f, scope);
        }
        if (s instanceof Stmt.For f) {
            return new Stmt.For(f.pos(), f.target(), f.iter(), block(f.body(), scope), block(f.orelse(), scope), f.typeComment());
        }
        if (s instanceof Stmt.While w) {
            return new Stmt.While(w.pos(), w.test(), block(w.body(), scope), block(w.orelse(), scope));
        }
        if (s instanceof Stmt.FunctionDef f) {
            return new Stmt.FunctionDef(f.pos(), f.name(), f.args(), block(f.body(), f.body()), f.decoratorList(), f.returns(),
                    f.typeComment());
        }
        if (s instanceof Stmt.ClassDef c) {
            return new Stmt.ClassDef(c.pos(), c.name(), c.bases(), c.keywords(), block(c.body(), null), c.decoratorList());
        }
        if (s instanceof Stmt.If i) {
            return new Stmt.If(i.pos(), i.test(), block(i.body(), scope), block(i.orelse(), scope));
        }
        if (s instanceof Stmt.Try t) {
            List<ExceptHandler> hs = new ArrayList<>();
            for (ExceptHandler h : t.handlers()) {
                hs.add(new ExceptHandler(h.pos(), h.type(), h.name(), block(h.body(), scope)));
            }
            return new Stmt.Try(t.pos(), block(t.body(), scope), hs, block(t.orelse(), scope), block(t.finalbody(), scope));
        }
        if (s instanceof Stmt.With w) {
            return new Stmt.With(w.pos(), w.items(), block(w.body(), scope), w.typeComment());
        }
        if (s instanceof Stmt.Match m) {
            List<MatchCase> cases = new ArrayList<>();
            for (MatchCase c : m.cases()) {
                cases.add(new MatchCase(c.pattern(), c.guard(), block(c.body(), scope)));
            }
            return new Stmt.Match(m.pos(), m.subject(), cases);
        }
        return s;
    }

    private boolean unrollable(Stmt.For f, List<Stmt> scope) {
        if (!(f.target() instanceof Expr.Name v) || !(f.iter() instanceof Expr.Tuple t) || t.elts().isEmpty()
                || !f.orelse().isEmpty()) {
            return false;
        }
        for (Expr e : t.elts()) {
            if (!(e instanceof Expr.Name n) || !classBoundOnce(n.id())) {
                return false;
            }
        }
        boolean[] ok = {true};
        for (Stmt s : f.body()) {
            Nodes.walk(s, x -> {
                if (x instanceof Stmt.FunctionDef || x instanceof Stmt.ClassDef || x instanceof Expr.Lambda
                        || x instanceof Expr.Yield || x instanceof Expr.YieldFrom || x instanceof Stmt.Global
                        || x instanceof Stmt.Nonlocal
                        || x instanceof Expr.Name n && n.id().equals(v.id()) && n.ctx() != ExprContext.Load) {
                    ok[0] = false;
                }
                return ok[0];
            });
        }
        return ok[0] && readsElsewhere(v.id(), f, scope) == 0;
    }

    /** Whether {@code name} is bound in the module by one top-level class statement and nothing else. */
    private boolean classBoundOnce(String name) {
        int classes = 0;
        for (Stmt s : module) {
            if (s instanceof Stmt.ClassDef c && c.name().equals(name)) {
                classes++;
            }
        }
        if (classes != 1) {
            return false;
        }
        boolean[] rebound = {false};
        for (Stmt s : module) {
            Nodes.walk(s, x -> {
                if (x instanceof Expr.Name n && n.id().equals(name) && n.ctx() != ExprContext.Load
                        || x instanceof Stmt.Global g && g.names().contains(name)
                        || x instanceof Stmt.Import || x instanceof Stmt.ImportFrom
                        || x instanceof Stmt.ClassDef c && c.name().equals(name) && !module.contains(c)
                        || x instanceof Stmt.FunctionDef d && d.name().equals(name)) {
                    rebound[0] = true;
                }
                return !rebound[0];
            });
        }
        return !rebound[0];
    }

    /**
     * How many times {@code name} occurs in {@code scope} outside the loop (functions with a
     * parameter of that name and the bodies of other loops over it aside).
     */
    private static int readsElsewhere(String name, Stmt.For loop, List<Stmt> scope) {
        int[] count = {0};
        for (Stmt s : scope) {
            Nodes.walk(s, x -> {
                if (x == loop) {
                    return false;
                }
                if (x instanceof Stmt.For other && other.target() instanceof Expr.Name t && t.id().equals(name)) {
                    // another loop of this variable: its body reads its own binding
                    count[0] += readsElsewhere(name, loop, List.of(new Stmt.ExprStmt(other.pos(), other.iter())));
                    count[0] += readsElsewhere(name, loop, other.orelse());
                    return false;
                }
                if (x instanceof Stmt.FunctionDef d && d.args().inOrder().stream().anyMatch(a -> a.arg().equals(name))
                        && !d.body().equals(scope)) {
                    return false;
                }
                if (x instanceof Expr.Lambda l && l.args().inOrder().stream().anyMatch(a -> a.arg().equals(name))) {
                    return false;
                }
                if (x instanceof Expr.Name n && n.id().equals(name)) {
                    count[0]++;
                }
                return true;
            });
        }
        return count[0];
    }

    private Stmt unroll(Stmt.For f, List<Stmt> scope) {
        Pos pos = f.pos();
        String v = ((Expr.Name) f.target()).id();
        List<Expr> classes = ((Expr.Tuple) f.iter()).elts();
        String counter = COUNTER + (++loops);
        List<Stmt> chain = null;
        for (int i = classes.size() - 1; i >= 0; i--) {
            String cls = ((Expr.Name) classes.get(i)).id();
            List<Stmt> body = new ArrayList<>();
            for (Stmt s : block(f.body(), scope)) {
                body.add(Rewriter.rewrite(s, (Node n) -> n instanceof Expr.Name nm && nm.id().equals(v)
                        ? new Expr.Name(nm.pos(), cls, ExprContext.Load) : null));
            }
            if (chain == null) {
                chain = body;
                continue;
            }
            Expr test = new Expr.Compare(pos, new Expr.Name(pos, counter, ExprContext.Load), List.of(CmpOperator.Eq),
                    List.of(new Expr.Constant(pos, new ConstValue.IntValue(java.math.BigInteger.valueOf(i)), null)));
            chain = List.of(new Stmt.If(pos, test, body, chain));
        }
        Expr range = new Expr.Call(pos, new Expr.Name(pos, "range", ExprContext.Load),
                List.of(new Expr.Constant(pos, new ConstValue.IntValue(java.math.BigInteger.valueOf(classes.size())), null)),
                List.of());
        return new Stmt.For(pos, new Expr.Name(pos, counter, ExprContext.Store), range, chain, List.of(), null);
    }
}
