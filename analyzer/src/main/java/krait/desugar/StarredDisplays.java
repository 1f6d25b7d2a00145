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
 * unsupported-construct error).
 */
final class StarredDisplays {
    private StarredDisplays() {
    }

    static Mod.Module apply(Mod.Module module) {
        boolean[] rebinds = {false};
        boolean[] starred = {false};
        Rewriter.rewrite(module, n -> {
            if (n instanceof Expr.Name name && name.ctx() != ExprContext.Load && name.id().equals("set")
                    || n instanceof Stmt.FunctionDef f && f.name().equals("set")
                    || n instanceof Stmt.ClassDef c && c.name().equals("set")) {
                rebinds[0] = true;
            }
            if (n instanceof Expr.Set s && hasStar(s.elts())) {
                starred[0] = true;
            }
            return null;
        });
        return rebinds[0] || !starred[0] ? module : Rewriter.rewrite(module, StarredDisplays::expand);
    }

    private static boolean hasStar(List<Expr> elts) {
        return elts.stream().anyMatch(e -> e instanceof Expr.Starred);
    }

    private static Node expand(Node n) {
        if (n instanceof Expr.Set s && hasStar(s.elts())) {
            List<Expr> elts = s.elts().stream().map(e -> Rewriter.rewrite(e, StarredDisplays::expand)).toList();
            return new Expr.Call(s.pos(), new Expr.Name(s.pos(), "set", ExprContext.Load),
                    List.of(new Expr.List(s.pos(), elts, ExprContext.Load)), List.of());
        }
        return null;
    }
}
