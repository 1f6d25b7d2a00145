package krait.desugar;

import java.util.List;
import krait.syntax.Expr;
import krait.syntax.ExprContext;
import krait.syntax.Mod;
import krait.syntax.Node;
import krait.syntax.Rewriter;
import krait.syntax.Stmt;

/**
 * Unpacking in set displays: {@code {*a, x, *b}} becomes {@code set([*a, x, *b])}, since inference
 * and lowering gather a starred list display into one list directly (from any iterable, fixed
 * tuples included) and {@code set()} of a list is plain. Parts are evaluated left to right, once
 * each, as the display does. A module that rebinds {@code set} keeps its displays (and gets the
 * unsupported-construct error). Tuple displays likewise: {@code (x, *rest)} becomes
 * {@code tuple([x, *rest])}, a tuple of run-time length (its items share one type), which is what
 * {@code extra, unit, name = unit, *name.split(maxsplit=1)} unpacks.
 */
final class StarredDisplays {
    private StarredDisplays() {
    }

    static Mod.Module apply(Mod.Module module) {
        Mod.Module m = module;
        for (String builtin : List.of("set", "tuple")) {
            boolean[] rebinds = {false};
            boolean[] starred = {false};
            Rewriter.rewrite(m, n -> {
                if (n instanceof Expr.Name name && name.ctx() != ExprContext.Load && name.id().equals(builtin)
                        || n instanceof Stmt.FunctionDef f && f.name().equals(builtin)
                        || n instanceof Stmt.ClassDef c && c.name().equals(builtin)) {
                    rebinds[0] = true;
                }
                if (displayOf(n, builtin) != null) {
                    starred[0] = true;
                }
                return null;
            });
            if (!rebinds[0] && starred[0]) {
                m = Rewriter.rewrite(m, n -> expand(n, builtin));
            }
        }
        return m;
    }

    /** The items of a set display ({@code builtin} "set") or a loaded tuple display ("tuple") with a starred item, else null. */
    private static List<Expr> displayOf(Node n, String builtin) {
        if (builtin.equals("set") && n instanceof Expr.Set s && hasStar(s.elts())) {
            return s.elts();
        }
        if (builtin.equals("tuple") && n instanceof Expr.Tuple t && t.ctx() == ExprContext.Load && hasStar(t.elts())) {
            return t.elts();
        }
        return null;
    }

    private static boolean hasStar(List<Expr> elts) {
        return elts.stream().anyMatch(e -> e instanceof Expr.Starred);
    }

    private static Node expand(Node n, String builtin) {
        List<Expr> items = displayOf(n, builtin);
        if (items == null) {
            return null;
        }
        Expr display = (Expr) n;
        List<Expr> elts = items.stream().map(e -> Rewriter.rewrite(e, x -> expand(x, builtin))).toList();
        return new Expr.Call(display.pos(), new Expr.Name(display.pos(), builtin, ExprContext.Load),
                List.of(new Expr.List(display.pos(), elts, ExprContext.Load)), List.of());
    }
}
