package krait.desugar;

import java.util.ArrayList;
import java.util.List;
import krait.syntax.Expr;
import krait.syntax.ExprContext;
import krait.syntax.Mod;
import krait.syntax.Node;
import krait.syntax.Operator;
import krait.syntax.Pos;
import krait.syntax.Rewriter;
import krait.syntax.Stmt;

/**
 * Unpacking in list and set displays becomes the concatenation it means:
 * {@code [*a, x, y, *b]} is {@code list(a) + [x, y] + list(b)} and {@code {*a, x}} is
 * {@code set(a) | {x}}. Both evaluate their parts left to right, once each, as the display does,
 * and {@code list()}/{@code set()} accept any iterable, so the result is the same list or set; the
 * element types then come from inference as for any concatenation. A module that rebinds
 * {@code list} or {@code set} keeps its displays (and gets the unsupported-construct error).
 */
final class StarredDisplays {
    private StarredDisplays() {
    }

    static Mod.Module apply(Mod.Module module) {
        boolean[] rebinds = {false};
        boolean[] starred = {false};
        Rewriter.rewrite(module, n -> {
            if (n instanceof Expr.Name name && name.ctx() != ExprContext.Load && isBuiltinName(name.id())
                    || n instanceof Stmt.FunctionDef f && isBuiltinName(f.name())
                    || n instanceof Stmt.ClassDef c && isBuiltinName(c.name())) {
                rebinds[0] = true;
            }
            if (n instanceof Expr.List l && hasStar(l.elts()) || n instanceof Expr.Set s && hasStar(s.elts())) {
                starred[0] = true;
            }
            return null;
        });
        return rebinds[0] || !starred[0] ? module : Rewriter.rewrite(module, StarredDisplays::expand);
    }

    private static boolean isBuiltinName(String id) {
        return id.equals("list") || id.equals("set");
    }

    private static boolean hasStar(List<Expr> elts) {
        return elts.stream().anyMatch(e -> e instanceof Expr.Starred);
    }

    private static Node expand(Node n) {
        if (n instanceof Expr.List l && l.ctx() == ExprContext.Load && hasStar(l.elts())) {
            return concatenation(l.pos(), l.elts(), "list", Operator.Add);
        }
        if (n instanceof Expr.Set s && hasStar(s.elts())) {
            return concatenation(s.pos(), s.elts(), "set", Operator.BitOr);
        }
        return null;
    }

    /** The parts of the display joined by {@code op}: each starred value converted, each run of plain elements a display. */
    private static Expr concatenation(Pos pos, List<Expr> elts, String kind, Operator op) {
        Expr result = null;
        List<Expr> run = new ArrayList<>();
        for (Expr e : elts) {
            if (e instanceof Expr.Starred s) {
                result = join(pos, result, display(pos, run, kind), op);
                run = new ArrayList<>();
                Expr value = Rewriter.rewrite(s.value(), StarredDisplays::expand);
                result = join(pos, result, new Expr.Call(s.pos(), new Expr.Name(s.pos(), kind, ExprContext.Load),
                        List.of(value), List.of()), op);
            } else {
                run.add(Rewriter.rewrite(e, StarredDisplays::expand));
            }
        }
        return join(pos, result, display(pos, run, kind), op);
    }

    private static Expr display(Pos pos, List<Expr> run, String kind) {
        if (run.isEmpty()) {
            return null;
        }
        return kind.equals("list") ? new Expr.List(pos, List.copyOf(run), ExprContext.Load) : new Expr.Set(pos, List.copyOf(run));
    }

    private static Expr join(Pos pos, Expr left, Expr right, Operator op) {
        if (left == null) {
            return right;
        }
        return right == null ? left : new Expr.BinOp(pos, left, op, right);
    }
}
