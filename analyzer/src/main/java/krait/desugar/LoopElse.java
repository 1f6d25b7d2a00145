package krait.desugar;

import java.util.ArrayList;
import java.util.List;
import krait.syntax.ConstValue;
import krait.syntax.ExceptHandler;
import krait.syntax.Expr;
import krait.syntax.ExprContext;
import krait.syntax.MatchCase;
import krait.syntax.Mod;
import krait.syntax.Pos;
import krait.syntax.Rewriter;
import krait.syntax.Stmt;
import krait.syntax.UnaryOperator;

/**
 * The {@code else} of a {@code for} or {@code while} loop runs when the loop ends without
 * {@code break}. A loop with no break of its own always ends that way, so its else block simply
 * follows it. Otherwise a flag records the break:
 * <pre>
 *   broke = False                 for x in xs:
 *   for x in xs:                      if p(x): break
 *       if p(x): broke = True; break  else:
 *   if not broke: E                   E
 * </pre>
 * The flag's name carries a character no Python identifier has ({@code ′}), so it can't meet a
 * user's name; it is a bool local of the enclosing function.
 */
final class LoopElse {
    private static final String FLAG = "loop_broke\u2032";

    private int loops;

    private LoopElse() {
    }

    static Mod.Module apply(Mod.Module module) {
        return hasLoopElse(module.body()) ? new Mod.Module(new LoopElse().block(module.body()), module.typeIgnores()) : module;
    }

    private static boolean hasLoopElse(List<Stmt> body) {
        boolean[] found = {false};
        for (Stmt s : body) {
            Rewriter.rewrite(s, n -> {
                if (n instanceof Stmt.For f && !f.orelse().isEmpty() || n instanceof Stmt.While w && !w.orelse().isEmpty()) {
                    found[0] = true;
                }
                return null;
            });
        }
        return found[0];
    }

    private List<Stmt> block(List<Stmt> body) {
        List<Stmt> out = new ArrayList<>();
        for (Stmt s : body) {
            statement(s, out);
        }
        return out;
    }

    private void statement(Stmt s, List<Stmt> out) {
        if (s instanceof Stmt.For f) {
            loop(f.pos(), f.body(), f.orelse(), out, (body, orelse) ->
                    new Stmt.For(f.pos(), f.target(), f.iter(), body, orelse, f.typeComment()));
        } else if (s instanceof Stmt.While w) {
            loop(w.pos(), w.body(), w.orelse(), out, (body, orelse) -> new Stmt.While(w.pos(), w.test(), body, orelse));
        } else {
            out.add(nested(s));
        }
    }

    /** The blocks inside a statement that isn't a loop (functions, classes, ifs, trys, withs, matches). */
    private Stmt nested(Stmt s) {
        if (s instanceof Stmt.FunctionDef f) {
            return new Stmt.FunctionDef(f.pos(), f.name(), f.args(), block(f.body()), f.decoratorList(), f.returns(), f.typeComment());
        }
        if (s instanceof Stmt.ClassDef c) {
            return new Stmt.ClassDef(c.pos(), c.name(), c.bases(), c.keywords(), block(c.body()), c.decoratorList());
        }
        if (s instanceof Stmt.If i) {
            return new Stmt.If(i.pos(), i.test(), block(i.body()), block(i.orelse()));
        }
        if (s instanceof Stmt.Try t) {
            return new Stmt.Try(t.pos(), block(t.body()), handlers(t.handlers()), block(t.orelse()), block(t.finalbody()));
        }
        if (s instanceof Stmt.With w) {
            return new Stmt.With(w.pos(), w.items(), block(w.body()), w.typeComment());
        }
        if (s instanceof Stmt.Match m) {
            List<MatchCase> cases = new ArrayList<>();
            for (MatchCase c : m.cases()) {
                cases.add(new MatchCase(c.pattern(), c.guard(), block(c.body())));
            }
            return new Stmt.Match(m.pos(), m.subject(), cases);
        }
        return s;
    }

    private List<ExceptHandler> handlers(List<ExceptHandler> hs) {
        List<ExceptHandler> out = new ArrayList<>();
        for (ExceptHandler h : hs) {
            out.add(new ExceptHandler(h.pos(), h.type(), h.name(), block(h.body())));
        }
        return out;
    }

    private interface LoopBuilder {
        Stmt build(List<Stmt> body, List<Stmt> orelse);
    }

    private void loop(Pos pos, List<Stmt> body, List<Stmt> orelse, List<Stmt> out, LoopBuilder rebuild) {
        List<Stmt> inner = block(body);
        if (orelse.isEmpty()) {
            out.add(rebuild.build(inner, List.of()));
            return;
        }
        List<Stmt> elseBlock = block(orelse);
        String flag = FLAG + (++loops);
        List<Stmt> marked = markBreaks(inner, flag);
        if (marked == inner) {
            out.add(rebuild.build(inner, List.of()));   // no break: the else always runs
            out.addAll(elseBlock);
            return;
        }
        out.add(assign(pos, flag, false));
        out.add(rebuild.build(marked, List.of()));
        out.add(new Stmt.If(pos, new Expr.UnaryOp(pos, UnaryOperator.Not, new Expr.Name(pos, flag, ExprContext.Load)),
                elseBlock, List.of()));
    }

    private static Stmt assign(Pos pos, String flag, boolean value) {
        return new Stmt.Assign(pos, List.of(new Expr.Name(pos, flag, ExprContext.Store)),
                new Expr.Constant(pos, value ? ConstValue.TRUE : ConstValue.FALSE, null), null);
    }

    /** {@code body} with each break of this loop preceded by setting the flag; the same list if it has none. */
    private static List<Stmt> markBreaks(List<Stmt> body, String flag) {
        List<Stmt> out = new ArrayList<>();
        boolean changed = false;
        for (Stmt s : body) {
            Stmt r = s;
            if (s instanceof Stmt.Break b) {
                out.add(assign(b.pos(), flag, true));
                changed = true;
            } else if (s instanceof Stmt.If i) {
                r = new Stmt.If(i.pos(), i.test(), markBreaks(i.body(), flag), markBreaks(i.orelse(), flag));
            } else if (s instanceof Stmt.Try t) {
                List<ExceptHandler> hs = new ArrayList<>();
                for (ExceptHandler h : t.handlers()) {
                    hs.add(new ExceptHandler(h.pos(), h.type(), h.name(), markBreaks(h.body(), flag)));
                }
                r = new Stmt.Try(t.pos(), markBreaks(t.body(), flag), hs, markBreaks(t.orelse(), flag),
                        markBreaks(t.finalbody(), flag));
            } else if (s instanceof Stmt.With w) {
                r = new Stmt.With(w.pos(), w.items(), markBreaks(w.body(), flag), w.typeComment());
            } else if (s instanceof Stmt.Match m) {
                List<MatchCase> cases = new ArrayList<>();
                for (MatchCase c : m.cases()) {
                    cases.add(new MatchCase(c.pattern(), c.guard(), markBreaks(c.body(), flag)));
                }
                r = new Stmt.Match(m.pos(), m.subject(), cases);
            }
            if (!r.equals(s)) {
                changed = true;
            }
            out.add(r);
        }
        return changed ? out : body;
    }
}
