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
 *
 * <p>A list, set or dict comprehension is lifted the same way (into a function that builds the
 * container) when a lambda in it uses the comprehension's variables: the lambdas then share the
 * function's variables, so {@code [lambda: i for i in range(3)]} makes functions that all see the
 * last {@code i}, as in Python, where the comprehension is a scope of its own. Other
 * comprehensions stay loops in the enclosing function.
 */
public final class GeneratorExpressionLifting {
    /** Builtins that read their whole argument before doing anything else. */
    private static final Set<String> EAGER_CONSUMERS = Set.of("sum", "min", "max", "sorted", "list", "tuple", "set",
            "frozenset", "dict");

    private GeneratorExpressionLifting() {
    }

    public static Mod.Module apply(Mod.Module module) {
        List<Stmt> body = block(module.body(), false);
        Pos sum = firstSumCall(body);
        if (sum != null) {
            List<Stmt> withHelpers = new ArrayList<>();
            for (Stmt helper : SUM_HELPER_DEFS.get()) {
                withHelpers.add(krait.syntax.Nodes.placedAt(helper, sum)); // its diagnostics point at a sum() call
            }
            withHelpers.addAll(body);
            body = List.copyOf(withHelpers);
        }
        return body == module.body() ? module : new Mod.Module(body, module.typeIgnores());
    }

    /** {@code sum(xs, start)} of objects: the helper CallConstraint calls instead of the builtin. */
    static final String SUM_START = "_krait_sum_start";
    /** {@code sum(xs)} of objects. */
    static final String SUM_OBJECTS = "_krait_sum_objects";

    /**
     * sum() of objects as CPython computes it: {@code start + x1 + x2 ...}, where without a start
     * the first step is {@code 0 + x1} ({@code x1.__radd__(0)}). Of no objects CPython's result is
     * the int 0 (or the start), which cannot stand where the objects do: that case raises.
     */
    static final String SUM_HELPERS = """
            def _krait_sum_start(xs, start):
                acc = start
                for x in xs:
                    acc = acc + x
                return acc


            def _krait_sum_objects(xs):
                it = iter(xs)
                for first in it:
                    acc = 0 + first
                    for x in it:
                        acc = acc + x
                    return acc
                raise TypeError("sum() of no objects is the int 0, which Krait cannot return where the objects are expected")
            """;

    private static final java.util.function.Supplier<List<Stmt>> SUM_HELPER_DEFS = () -> krait.syntax.Parser.parseModule(
            krait.diag.SourceFile.of("<sum helpers>", SUM_HELPERS)).body();

    private static Pos firstSumCall(List<Stmt> body) {
        Pos[] found = {null};
        for (Stmt s : body) {
            krait.syntax.Nodes.walk(s, n -> {
                if (found[0] == null && n instanceof Expr.Call c && c.func() instanceof Expr.Name name
                        && name.id().equals("sum")) {
                    found[0] = c.pos();
                }
                return found[0] == null;
            });
        }
        return found[0];
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
            if ((n instanceof Expr.ListComp || n instanceof Expr.SetComp || n instanceof Expr.DictComp)
                    && lambdaUsesItsVariables((Expr) n)) {
                return liftComprehension((Expr) n, defs);
            }
            if (n instanceof Expr.Lambda l && !FunctionInfo.evaluatedDefaults(l.args()).isEmpty()) {
                return liftLambda(l, defs);
            }
            if (n instanceof Stmt || n instanceof Expr.Lambda || n instanceof Expr.ListComp || n instanceof Expr.SetComp
                    || n instanceof Expr.DictComp || n instanceof ExceptHandler || n instanceof MatchCase) {
                return n; // nested statements are done; other scopes can't hold a def
            }
            if (n instanceof Expr.Call c && consumesAtOnce(c) && !lambdaUsesItsVariables(c.args().get(0))) {
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
        String name = GENEXPR + pos.line() + "_" + pos.col();
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

    /**
     * A lambda whose defaults are not literals, as a call {@code _krait_lambda_L_C(d1, ...)} of a
     * function that takes the default values and returns the lambda, its defaults now the
     * parameters {@code _krait_default_NAME}: each lambda made gets a frame of its own holding its
     * defaults (the lambda captures them; a call that omits the argument reads the lambda's frame).
     */
    private static Expr liftLambda(Expr.Lambda l, List<Stmt> defs) {
        Pos pos = l.pos();
        Arguments a = l.args();
        List<Arg> helperParams = new ArrayList<>();
        List<Expr> values = new ArrayList<>();
        java.util.function.BiFunction<Arg, Expr, Expr> replace = (param, d) -> {
            if (d == null || FunctionInfo.isLiteralDefault(d)) {
                return d;
            }
            String name = FunctionInfo.DEFAULT_PREFIX + param.arg();
            helperParams.add(new Arg(pos, name, null, null));
            values.add(d);
            return new Expr.Name(d.pos(), name, ExprContext.Load);
        };
        List<Arg> positional = new ArrayList<>(a.posonlyargs());
        positional.addAll(a.args());
        int first = positional.size() - a.defaults().size();
        List<Expr> defaults = new ArrayList<>();
        for (int i = 0; i < a.defaults().size(); i++) {
            defaults.add(replace.apply(positional.get(first + i), a.defaults().get(i)));
        }
        List<Expr> kwDefaults = new ArrayList<>();
        for (int i = 0; i < a.kwonlyargs().size(); i++) {
            kwDefaults.add(replace.apply(a.kwonlyargs().get(i), a.kwDefaults().get(i)));
        }
        Arguments inner = new Arguments(a.posonlyargs(), a.args(), a.vararg(), a.kwonlyargs(),
                java.util.Collections.unmodifiableList(kwDefaults), a.kwarg(), List.copyOf(defaults));
        String name = LAMBDA + pos.line() + "_" + pos.col();
        Arguments helperArgs = new Arguments(List.of(), List.copyOf(helperParams), null, List.of(), List.of(), null, List.of());
        defs.add(new Stmt.FunctionDef(pos, name, helperArgs,
                List.of(new Stmt.Return(pos, new Expr.Lambda(pos, inner, l.body()))), List.of(), null, null));
        return new Expr.Call(pos, new Expr.Name(pos, name, ExprContext.Load), List.copyOf(values), List.of());
    }

    /** Prefix of the functions made for lambdas with evaluated defaults: not a scope of their own for qualnames. */
    static final String LAMBDA = "_krait_lambda_";

    /** Prefix of the functions lifted from comprehensions, by kind; {@link FunctionInfo} names them as CPython does. */
    static final String LISTCOMP = "_listcomp_";
    static final String SETCOMP = "_setcomp_";
    static final String DICTCOMP = "_dictcomp_";
    static final String GENEXPR = "_genexpr_";

    /**
     * Whether a lambda inside the comprehension {@code comp} reads a variable of it (or of a
     * comprehension nested in it): then the lambda must capture that variable from a real scope.
     * A name the lambda binds as a parameter ({@code lambda i=i: ...}) is its own.
     */
    private static boolean lambdaUsesItsVariables(Expr comp) {
        java.util.Set<String> targets = new java.util.HashSet<>();
        List<Expr.Lambda> lambdas = new ArrayList<>();
        krait.syntax.Nodes.walk(comp, n -> {
            if (n instanceof Comprehension c) {
                targets.addAll(names(c.target()));
            } else if (n instanceof Expr.Lambda l) {
                lambdas.add(l);
            }
            return true;
        });
        for (Expr.Lambda l : lambdas) {
            java.util.Set<String> own = new java.util.HashSet<>(ScopeAnalysis.parameterNames(l.args()));
            for (Expr d : FunctionInfo.evaluatedDefaults(l.args())) {
                for (String used : names(d)) {
                    if (targets.contains(used)) {
                        return true; // lambda i=i: each lambda keeps the i of its iteration
                    }
                }
            }
            boolean[] uses = {false};
            krait.syntax.Nodes.walk(l.body(), n -> {
                if (n instanceof Expr.Name name && targets.contains(name.id()) && !own.contains(name.id())) {
                    uses[0] = true;
                }
                return !uses[0];
            });
            if (uses[0]) {
                return true;
            }
        }
        return false;
    }

    private static List<String> names(Expr target) {
        List<String> out = new ArrayList<>();
        krait.syntax.Nodes.walk(target, n -> {
            if (n instanceof Expr.Name name) {
                out.add(name.id());
            }
            return true;
        });
        return out;
    }

    /**
     * {@code [e for x in xs if p]} as a call {@code _listcomp_L_C(xs)} of a function that loops
     * like the comprehension and returns the container it fills (a dict's key is evaluated
     * before its value, as in Python 3.8+).
     */
    private static Expr liftComprehension(Expr comp, List<Stmt> defs) {
        Pos pos = comp.pos();
        String iterParam = "_it";
        String resultName = "_krait_result";
        Expr result = new Expr.Name(pos, resultName, ExprContext.Load);
        List<Comprehension> gens;
        String prefix;
        Expr empty;
        List<Stmt> add;
        if (comp instanceof Expr.ListComp lc) {
            gens = lc.generators();
            prefix = LISTCOMP;
            empty = new Expr.List(pos, List.of(), ExprContext.Load);
            add = List.of(new Stmt.ExprStmt(pos, new Expr.Call(pos,
                    new Expr.Attribute(pos, result, "append", ExprContext.Load), List.of(lc.elt()), List.of())));
        } else if (comp instanceof Expr.SetComp sc) {
            gens = sc.generators();
            prefix = SETCOMP;
            empty = new Expr.Call(pos, new Expr.Name(pos, "set", ExprContext.Load), List.of(), List.of());
            add = List.of(new Stmt.ExprStmt(pos, new Expr.Call(pos,
                    new Expr.Attribute(pos, result, "add", ExprContext.Load), List.of(sc.elt()), List.of())));
        } else {
            Expr.DictComp dc = (Expr.DictComp) comp;
            gens = dc.generators();
            prefix = DICTCOMP;
            empty = new Expr.Dict(pos, List.of(), List.of());
            String key = "_krait_key";
            add = List.of(new Stmt.Assign(pos, List.of(new Expr.Name(pos, key, ExprContext.Store)), dc.key(), null),
                    new Stmt.Assign(pos, List.of(new Expr.Subscript(pos, result,
                            new Expr.Name(pos, key, ExprContext.Load), ExprContext.Store)), dc.value(), null));
        }
        String name = prefix + pos.line() + "_" + pos.col();
        List<Stmt> body = add;
        for (int i = gens.size() - 1; i >= 0; i--) {
            Comprehension c = gens.get(i);
            List<Stmt> inner = body;
            for (int k = c.ifs().size() - 1; k >= 0; k--) {
                inner = List.of(new Stmt.If(pos, c.ifs().get(k), inner, List.of()));
            }
            Expr iter = i == 0 ? new Expr.Name(pos, iterParam, ExprContext.Load) : c.iter();
            body = List.of(new Stmt.For(pos, c.target(), iter, inner, List.of(), null));
        }
        List<Stmt> fn = new ArrayList<>();
        fn.add(new Stmt.Assign(pos, List.of(new Expr.Name(pos, resultName, ExprContext.Store)), empty, null));
        fn.addAll(body);
        fn.add(new Stmt.Return(pos, result));
        Arguments args = new Arguments(List.of(), List.of(new Arg(pos, iterParam, null, null)), null, List.of(),
                List.of(), null, List.of());
        // comprehensions inside this one now live in the new function's scope
        defs.add(new Stmt.FunctionDef(pos, name, args, block(fn, false), List.of(), null, null));
        return new Expr.Call(pos, new Expr.Name(pos, name, ExprContext.Load), List.of(gens.get(0).iter()), List.of());
    }
}
