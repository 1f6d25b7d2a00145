package krait.types;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import krait.syntax.ConstValue;
import krait.syntax.Expr;
import krait.syntax.Mod;
import krait.syntax.Rewriter;
import krait.syntax.Stmt;

/**
 * {@code itertools.permutations(xs)} yields tuples of {@code len(xs)} items, and Krait's tuple
 * types have a length, so the model wants {@code r} as a literal. When {@code xs} is written so
 * that its length is plain from the source (a list display, a str literal,
 * {@code range} of int literals), this pass adds that length as {@code r}; other calls keep
 * their one argument and get the model's error.
 */
public final class PermutationLengths {
    private PermutationLengths() {
    }

    public static Mod.Module apply(Mod.Module module) {
        Set<String> moduleNames = new HashSet<>();
        Set<String> direct = new HashSet<>();
        Rewriter.rewrite(module, n -> {
            if (n instanceof Stmt.Import imp) {
                imp.names().stream().filter(a -> a.name().equals("itertools"))
                        .forEach(a -> moduleNames.add(a.asname() != null ? a.asname() : a.name()));
            } else if (n instanceof Stmt.ImportFrom from && "itertools".equals(from.module())
                    && (from.level() == null || from.level() == 0)) {
                from.names().stream().filter(a -> a.name().equals("permutations"))
                        .forEach(a -> direct.add(a.asname() != null ? a.asname() : a.name()));
            }
            return null;
        });
        if (moduleNames.isEmpty() && direct.isEmpty()) {
            return module;
        }
        return Rewriter.rewrite(module, n -> {
            if (!(n instanceof Expr.Call call) || call.args().size() != 1 || !call.keywords().isEmpty()) {
                return null;
            }
            boolean isPermutations = call.func() instanceof Expr.Name name && direct.contains(name.id())
                    || call.func() instanceof Expr.Attribute a && a.attr().equals("permutations")
                    && a.value() instanceof Expr.Name m && moduleNames.contains(m.id());
            long length = isPermutations ? plainLength(call.args().get(0)) : -1;
            if (length < 0) {
                return null;
            }
            List<Expr> args = new ArrayList<>(call.args());
            args.add(new Expr.Constant(call.pos(), new ConstValue.IntValue(BigInteger.valueOf(length)), null));
            return new Expr.Call(call.pos(), call.func(), args, call.keywords());
        });
    }

    /** The number of items {@code e} has when the source says it, else -1. */
    private static long plainLength(Expr e) {
        if (e instanceof Expr.List l && l.elts().stream().noneMatch(x -> x instanceof Expr.Starred)) {
            return l.elts().size();
        }
        if (e instanceof Expr.Constant c && c.value() instanceof ConstValue.StrValue s) {
            return s.value().codePointCount(0, s.value().length());
        }
        if (e instanceof Expr.Call c && c.func() instanceof Expr.Name r && r.id().equals("range") && c.keywords().isEmpty()
                && !c.args().isEmpty() && c.args().size() <= 2) {
            long[] bounds = new long[c.args().size()];
            for (int i = 0; i < bounds.length; i++) {
                if (!(c.args().get(i) instanceof Expr.Constant k && k.value() instanceof ConstValue.IntValue iv)
                        || iv.value().bitLength() > 31) {
                    return -1;
                }
                bounds[i] = iv.value().longValue();
            }
            long start = bounds.length == 2 ? bounds[0] : 0;
            long stop = bounds[bounds.length - 1];
            return Math.max(0, stop - start);
        }
        return -1;
    }
}
