package krait.cpp.lower;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import krait.syntax.Expr;
import krait.syntax.Keyword;

/**
 * The operands an expression evaluates whenever it is evaluated, in Python's order: what must
 * still run before an operand that never produces a value (a call that always raises) ends the
 * expression. Operands evaluated only sometimes (the right of {@code and}, a branch of
 * {@code x if c else y}, the later links of a chained comparison) are not among them.
 */
final class EvaluationOrder {
    private EvaluationOrder() {
    }

    static List<Expr> unconditionalOperands(Expr e) {
        List<Expr> out = new ArrayList<>();
        if (e instanceof Expr.BinOp b) {
            out.add(b.left());
            out.add(b.right());
        } else if (e instanceof Expr.UnaryOp u) {
            out.add(u.operand());
        } else if (e instanceof Expr.Compare c) {
            out.add(c.left());
            out.add(c.comparators().get(0));
        } else if (e instanceof Expr.BoolOp b) {
            out.add(b.values().get(0));
        } else if (e instanceof Expr.IfExp i) {
            out.add(i.test());
        } else if (e instanceof Expr.NamedExpr n) {
            out.add(n.value());
        } else if (e instanceof Expr.Starred s) {
            out.add(s.value());
        } else if (e instanceof Expr.Attribute a) {
            out.add(a.value());
        } else if (e instanceof Expr.Subscript s) {
            out.add(s.value());
            if (s.slice() instanceof Expr.Slice sl) {
                addIfPresent(out, sl.lower(), sl.upper(), sl.step());
            } else {
                out.add(s.slice());
            }
        } else if (e instanceof Expr.Call c) {
            // a method's object is evaluated first; a function's name cannot fail
            if (c.func() instanceof Expr.Attribute a) {
                out.add(a.value());
            } else if (!(c.func() instanceof Expr.Name)) {
                out.add(c.func());
            }
            List<Expr> arguments = new ArrayList<>(c.args());
            c.keywords().stream().map(Keyword::value).forEach(arguments::add);
            out.addAll(inSourceOrder(arguments));
        } else if (e instanceof Expr.List l) {
            out.addAll(l.elts());
        } else if (e instanceof Expr.Tuple t) {
            out.addAll(t.elts());
        } else if (e instanceof Expr.Set s) {
            out.addAll(s.elts());
        } else if (e instanceof Expr.Dict d) {
            List<Expr> items = new ArrayList<>(d.values());
            d.keys().stream().filter(k -> k != null).forEach(items::add);
            out.addAll(inSourceOrder(items));
        } else if (e instanceof Expr.JoinedStr js) {
            js.values().stream().filter(v -> v instanceof Expr.FormattedValue)
                    .forEach(v -> out.add(((Expr.FormattedValue) v).value()));
        } else if (e instanceof Expr.ListComp c) {
            out.add(c.generators().get(0).iter());
        } else if (e instanceof Expr.SetComp c) {
            out.add(c.generators().get(0).iter());
        } else if (e instanceof Expr.DictComp c) {
            out.add(c.generators().get(0).iter());
        } else if (e instanceof Expr.GeneratorExp c) {
            out.add(c.generators().get(0).iter());
        }
        out.replaceAll(x -> x instanceof Expr.Starred s ? s.value() : x);
        return out;
    }

    private static void addIfPresent(List<Expr> out, Expr... operands) {
        for (Expr operand : operands) {
            if (operand != null) {
                out.add(operand);
            }
        }
    }

    /** Keyword arguments may follow positional ones in the source and dict keys precede their values. */
    private static List<Expr> inSourceOrder(List<Expr> operands) {
        List<Expr> sorted = new ArrayList<>(operands);
        sorted.sort(Comparator.comparingInt((Expr x) -> x.pos().line()).thenComparingInt(x -> x.pos().col()));
        return sorted;
    }
}
