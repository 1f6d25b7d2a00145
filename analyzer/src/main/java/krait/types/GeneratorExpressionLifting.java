package krait.types;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import krait.syntax.Arg;
import krait.syntax.Arguments;
import krait.syntax.Comprehension;
import krait.syntax.ExceptHandler;
import krait.syntax.Expr;
import krait.syntax.ExprContext;
import krait.syntax.MatchCase;
import krait.syntax.Mod;
import krait.syntax.Pos;
import krait.syntax.Rewriter;
import krait.syntax.Stmt;

/**
 * Makes generator expressions lazy by turning each into the generator function Python's own
 * semantics describe: {@code (f(x) for x in xs if p(x))} becomes a call {@code _genexpr_L_C(xs)} of
 *
 * <pre>
 * def _genexpr_L_C(_it):
 *     for x in _it:
 *         if p(x):
 *             yield f(x)
 * </pre>
 *
 * defined just before the statement that holds the expression. The first iterable is evaluated
 * where the expression stands and everything else only as items are asked for, exactly as in
 * Python; the rest of the compiler (closures, generators) then needs no generator-expression
 * knowledge. A generator expression that is the only argument of a builtin that consumes its
 * argument at once ({@code sum}, {@code sorted}, {@code "".join} ...) stays as it is: it is lowered to
 * a loop that builds its items directly, which is cheaper and behaves the same. So do generator
 * expressions where a def can't go: in class bodies, lambdas and other comprehensions.
 */
public final class GeneratorExpressionLifting {
    /** Builtins that read their whole argument before doing anything else. */
    private static final Set<String> EAGER_CONSUMERS = Set.of("sum", "min", "max", "sorted", "list", "tuple", "set",
            "frozenset", "dict");

    private GeneratorExpressionLifting() {
    }

    public static Mod.Module apply(Mod.Module module) {
        List<Stmt> body = block(module.body(), false);
        return body == module.body() ? module : new Mod.Module(body, module.typeIgnores());
    }

    private static List<Stmt> block(List<Stmt> stmts, boolean classBody) {
        List<Stmt> out = new ArrayList<>(stmts.size());
        boolean changed = false;
        for (Stmt s : stmts) {
            Stmt inner = nestedBlocks(s);
            List<Stmt> defs = new ArrayList<>();
            Stmt lifted = classBody ? inner : liftExpressions(inner, defs);
            changed |= lifted != s || !defs.isEmpty();
            out.addAll(defs);
            out.add(lifted);
        }
        return changed ? List.copyOf(out) : stmts;
    }

    /** {@code s} with the statement lists it contains processed. */
    private static Stmt nestedBlocks(Stmt s) {
        if (s instanceof Stmt.FunctionDef f) {
            List<Stmt> b = block(f.body(), false);
            return b == f.body() ? s : new Stmt.FunctionDef(f.pos(), f.name(), f.args(), b, f.decoratorList(), f.returns(), f.typeComment());
        }
        if (s instanceof Stmt.AsyncFunctionDef f) {
            List<Stmt> b = block(f.body(), false);
            return b == f.body() ? s : new Stmt.AsyncFunctionDef(f.pos(), f.name(), f.args(), b, f.decoratorList(), f.returns(), f.typeComment());
        }
        if (s instanceof Stmt.ClassDef c) {
            List<Stmt> b = block(c.body(), true);
            return b == c.body() ? s : new Stmt.ClassDef(c.pos(), c.name(), c.bases(), c.keywords(), b, c.decoratorList());
        }
        if (s instanceof Stmt.If i) {
            return new Stmt.If(i.pos(), i.test(), block(i.body(), false), block(i.orelse(), false));
        }
        if (s instanceof Stmt.For f) {
            return new Stmt.For(f.pos(), f.target(), f.iter(), block(f.body(), false), block(f.orelse(), false), f.typeComment());
        }
        if (s instanceof Stmt.While w) {
            return new Stmt.While(w.pos(), w.test(), block(w.body(), false), block(w.orelse(), false));
        }
        if (s instanceof Stmt.With w) {
            return new Stmt.With(w.pos(), w.items(), block(w.body(), false), w.typeComment());
        }
        if (s instanceof Stmt.Try t) {
            return new Stmt.Try(t.pos(), block(t.body(), false), handlers(t.handlers()), block(t.orelse(), false),
                    block(t.finalbody(), false));
        }
        if (s instanceof Stmt.Match m) {
            List<MatchCase> cases = new ArrayList<>();
            for (MatchCase c : m.cases()) {
                cases.add(new MatchCase(c.pattern(), c.guard(), block(c.body(), false)));
            }
            return new Stmt.Match(m.pos(), m.subject(), cases);
        }
        return s; // async statements and try* are rejected later; simple statements have no blocks
    }

    private static List<ExceptHandler> handlers(List<ExceptHandler> hs) {
        List<ExceptHandler> out = new ArrayList<>();
        for (ExceptHandler h : hs) {
            out.add(new ExceptHandler(h.pos(), h.type(), h.name(), block(h.body(), false)));
        }
        return out;
    }

    /**
     * Replaces the liftable generator expressions in the expressions of {@code s} itself (not of
     * the statements nested in it, already done) by calls, adding their defs to {@code defs}.
     */
    private static Stmt liftExpressions(Stmt s, List<Stmt> defs) {
        return Rewriter.rewrite(s, n -> {
            if (n == s) {
                return null;
            }
            if (n instanceof Stmt || n instanceof Expr.Lambda || n instanceof Expr.ListComp || n instanceof Expr.SetComp
                    || n instanceof Expr.DictComp || n instanceof ExceptHandler || n instanceof MatchCase) {
                return n; // nested statements are done; other scopes can't hold a def
            }
            if (n instanceof Expr.Call c && consumesAtOnce(c)) {
                return n;
            }
            if (n instanceof Expr.GeneratorExp g && g.generators().stream().noneMatch(x -> x.isAsync() != 0)) {
                return lift(g, defs);
            }
            return null;
        });
    }

    private static boolean consumesAtOnce(Expr.Call c) {
        if (c.args().size() != 1 || !(c.args().get(0) instanceof Expr.GeneratorExp)) {
            return false;
        }
        return c.func() instanceof Expr.Name n && EAGER_CONSUMERS.contains(n.id())
                || c.func() instanceof Expr.Attribute a && a.attr().equals("join");
    }

    private static Expr lift(Expr.GeneratorExp g, List<Stmt> defs) {
        Pos pos = g.pos();
        String name = "_genexpr_" + pos.line() + "_" + pos.col();
        String iterParam = "_it";
        Stmt body = new Stmt.ExprStmt(pos, new Expr.Yield(pos, g.elt()));
        List<Comprehension> gens = g.generators();
        for (int i = gens.size() - 1; i >= 0; i--) {
            Comprehension c = gens.get(i);
            List<Stmt> inner = List.of(body);
            for (int k = c.ifs().size() - 1; k >= 0; k--) {
                inner = List.of(new Stmt.If(pos, c.ifs().get(k), inner, List.of()));
            }
            Expr iter = i == 0 ? new Expr.Name(pos, iterParam, ExprContext.Load) : c.iter();
            body = new Stmt.For(pos, c.target(), iter, inner, List.of(), null);
        }
        Arguments args = new Arguments(List.of(), List.of(new Arg(pos, iterParam, null, null)), null, List.of(),
                List.of(), null, List.of());
        Stmt.FunctionDef def = new Stmt.FunctionDef(pos, name, args, List.of(body), List.of(), null, null);
        // generator expressions inside this one now live in the new function's scope
        defs.add(new Stmt.FunctionDef(pos, name, args, block(def.body(), false), List.of(), null, null));
        return new Expr.Call(pos, new Expr.Name(pos, name, ExprContext.Load), List.of(gens.get(0).iter()), List.of());
    }
}
