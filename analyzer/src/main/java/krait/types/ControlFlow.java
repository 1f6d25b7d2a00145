package krait.types;

import java.util.List;
import krait.syntax.ConstValue;
import krait.syntax.Expr;
import krait.syntax.Stmt;

/** Whether control can reach the end of a block: a function that can returns None there. */
public final class ControlFlow {
    private ControlFlow() {
    }

    public static boolean canCompleteNormally(List<Stmt> body) {
        for (Stmt s : body) {
            if (!canCompleteNormally(s)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Like {@link #canCompleteNormally(List)} in a specialization where {@code decided} answers
     * some {@code if} tests (null for the others): only the branch that runs counts for those
     * ({@code if isinstance(x, list): ... elif isinstance(x, str): return ...} leaves for a str).
     */
    public static boolean canCompleteNormally(List<Stmt> body, java.util.function.Function<Stmt.If, Boolean> decided) {
        for (Stmt s : body) {
            if (s instanceof Stmt.If i && decided.apply(i) != null) {
                if (!canCompleteNormally(decided.apply(i) ? i.body() : i.orelse(), decided)) {
                    return false;
                }
            } else if (!canCompleteNormally(s)) {
                return false;
            }
        }
        return true;
    }

    private static boolean canCompleteNormally(Stmt s) {
        if (s instanceof Stmt.Return || s instanceof Stmt.Raise) {
            return false;
        }
        if (s instanceof Stmt.Break || s instanceof Stmt.Continue) {
            return false; // the statements after it in its block never run (its loop completes, as Java's rules say)
        }
        if (s instanceof Stmt.If i) {
            return canCompleteNormally(i.body()) || i.orelse().isEmpty() || canCompleteNormally(i.orelse());
        }
        if (s instanceof Stmt.While w) {
            return !isTrue(w.test()) || containsBreak(w.body());
        }
        if (s instanceof Stmt.Try t) {
            return (canCompleteNormally(t.body()) && canCompleteNormally(t.orelse()))
                    || t.handlers().stream().anyMatch(h -> canCompleteNormally(h.body()));
        }
        return true;
    }

    private static boolean isTrue(Expr e) {
        return e instanceof Expr.Constant c && (c.value() instanceof ConstValue.BoolValue b && b.value()
                || c.value() instanceof ConstValue.IntValue i && i.value().signum() != 0);
    }

    /** A break of this loop: one inside nested loops belongs to them. */
    private static boolean containsBreak(List<Stmt> body) {
        for (Stmt s : body) {
            boolean found = false;
            if (s instanceof Stmt.Break) {
                found = true;
            } else if (s instanceof Stmt.If i) {
                found = containsBreak(i.body()) || containsBreak(i.orelse());
            } else if (s instanceof Stmt.Try t) {
                found = containsBreak(t.body()) || containsBreak(t.orelse()) || containsBreak(t.finalbody())
                        || t.handlers().stream().anyMatch(h -> containsBreak(h.body()));
            } else if (s instanceof Stmt.With w) {
                found = containsBreak(w.body());
            }
            if (found) {
                return true;
            }
        }
        return false;
    }
}
