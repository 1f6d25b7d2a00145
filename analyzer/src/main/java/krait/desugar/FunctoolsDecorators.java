package krait.desugar;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import krait.diag.CompileError;
import krait.diag.Diagnostic;
import krait.diag.Location;
import krait.diag.MessageId;
import krait.diag.SourceFile;
import krait.syntax.Arg;
import krait.syntax.ConstValue;
import krait.syntax.Expr;
import krait.syntax.ExprContext;
import krait.syntax.Keyword;
import krait.syntax.Mod;
import krait.syntax.Node;
import krait.syntax.Pos;
import krait.syntax.Rewriter;
import krait.syntax.Stmt;

/**
 * The parts of {@code functools} that are plain code: {@code @lru_cache} and {@code @cache} on a
 * module-level function become a wrapper of the same name (so recursive calls go through it too)
 * around the renamed original, memoising in a module-level dict keyed by the argument (a tuple of
 * them when there are several), with CPython's least-recently-used eviction for a numeric
 * {@code maxsize}, and with CPython's statistics when the program calls {@code f.cache_info()} or
 * {@code f.cache_clear()} (rewritten to calls of generated functions); {@code @total_ordering} writes the missing comparisons from the one the class
 * defines, as CPython does; {@code cmp_to_key(f)} builds a key class of its own at each use;
 * {@code partial(f, a, k=v)} calls a module-level factory that captures f and the arguments in
 * a closure taking the rest of f's parameters (see {@link #partial}).
 * {@code reduce} stays with the functools model.
 */
public final class FunctoolsDecorators {
    private static final Set<String> HANDLED = Set.of("lru_cache", "cache", "total_ordering", "cmp_to_key", "wraps", "partial");

    /**
     * What {@code @functools.wraps(f)} on a def becomes: a marker the analysis reads (the wrapper
     * then answers {@code __name__} with the wrapped function's name) and otherwise ignores.
     */
    public static final String WRAPS_MARKER = "_krait_wraps";

    private final SourceFile file;
    private final Imports imports;
    private final List<Stmt> prelude = new ArrayList<>();
    private int keys;
    private int partials;
    /** The functions defined once in the module (at any depth), whose signatures partial() follows. */
    private final Map<String, Stmt.FunctionDef> functions = new HashMap<>();
    /**
     * The module-level cached functions whose {@code cache_info()} or {@code cache_clear()} the
     * program calls: only these count hits and misses.
     */
    private final Set<String> introspected = new java.util.HashSet<>();

    private FunctoolsDecorators(SourceFile file, Imports imports) {
        this.file = file;
        this.imports = imports;
    }

    static Mod.Module apply(Mod.Module module, SourceFile file) {
        Imports imports = Imports.take(module, "functools", HANDLED);
        if (!imports.any()) {
            return module;
        }
        FunctoolsDecorators pass = new FunctoolsDecorators(file, imports);
        pass.collectFunctions(imports.module);
        pass.collectIntrospected(imports.module);
        List<Stmt> body = new ArrayList<>();
        for (Stmt s : imports.module.body()) {
            if (s instanceof Stmt.FunctionDef f && pass.cacheDecorator(f) != null) {
                body.addAll(pass.cached(f, pass.cacheDecorator(f)));
            } else if (s instanceof Stmt.ClassDef c && pass.orderingDecorator(c) != null) {
                body.add(pass.totalOrdering(c, pass.orderingDecorator(c)));
            } else {
                body.add(s);
            }
        }
        Mod.Module out = Rewriter.rewrite(new Mod.Module(List.copyOf(body), module.typeIgnores()), pass::rest);
        if (pass.prelude.isEmpty()) {
            return out;
        }
        List<Stmt> all = new ArrayList<>(pass.prelude);
        all.addAll(out.body());
        return new Mod.Module(List.copyOf(all), out.typeIgnores());
    }

    /** Finds the calls {@code f.cache_info()} and {@code f.cache_clear()} of module-level cached functions. */
    private void collectIntrospected(Mod.Module module) {
        Set<String> cached = new java.util.HashSet<>();
        for (Stmt s : module.body()) {
            if (s instanceof Stmt.FunctionDef f && cacheDecorator(f) != null && f.decoratorList().size() == 1) {
                cached.add(f.name());
            }
        }
        krait.syntax.Nodes.walk(module, n -> {
            String f = introspection(n, cached);
            if (f != null) {
                introspected.add(f);
            }
            return true;
        });
        if (!introspected.isEmpty()) {
            prelude.addAll(Snippet.parse("from collections import namedtuple\n"
                    + "_krait_CacheInfo = namedtuple(\"CacheInfo\", [\"hits\", \"misses\", \"maxsize\", \"currsize\"])\n",
                    module.body().get(0).pos(), Map.of()));
        }
    }

    /** The cached function whose {@code cache_info()} or {@code cache_clear()} n calls, or null. */
    private static String introspection(Node n, Set<String> cached) {
        if (n instanceof Expr.Call c && c.args().isEmpty() && c.keywords().isEmpty()
                && c.func() instanceof Expr.Attribute a && (a.attr().equals("cache_info") || a.attr().equals("cache_clear"))
                && a.value() instanceof Expr.Name f && cached.contains(f.id())) {
            return f.id();
        }
        return null;
    }

    private static CompileError error(SourceFile file, Pos pos, MessageId id, Object... args) {
        return new CompileError(Diagnostic.error(Location.of(file, pos), id, args));
    }

    private Expr cacheDecorator(Stmt.FunctionDef f) {
        for (Expr d : f.decoratorList()) {
            String name = imports.nameOf(d instanceof Expr.Call c ? c.func() : d);
            if ("lru_cache".equals(name) || "cache".equals(name)) {
                return d;
            }
        }
        return null;
    }

    private Expr orderingDecorator(Stmt.ClassDef c) {
        for (Expr d : c.decoratorList()) {
            if ("total_ordering".equals(imports.nameOf(d))) {
                return d;
            }
        }
        return null;
    }

    /** The maximum size of the cache, or -1 for none. */
    private int maxsize(Expr d) {
        if (!(d instanceof Expr.Call c)) {
            return "cache".equals(imports.nameOf(d)) ? -1 : 128;
        }
        Expr size = null;
        if (c.args().size() == 1 && c.keywords().isEmpty()) {
            size = c.args().get(0);
        } else if (c.args().isEmpty() && c.keywords().size() == 1 && "maxsize".equals(c.keywords().get(0).arg())) {
            size = c.keywords().get(0).value();
        } else if (!c.args().isEmpty() || !c.keywords().isEmpty()) {
            throw error(file, c.pos(), MessageId.UNSUPPORTED_CONSTRUCT, "lru_cache arguments other than maxsize");
        }
        if (size == null) {
            return 128;
        }
        if (size instanceof Expr.Constant k && k.value() instanceof ConstValue.NoneValue) {
            return -1;
        }
        if (size instanceof Expr.Constant k && k.value() instanceof ConstValue.IntValue i && i.value().bitLength() < 31) {
            return Math.max(0, i.value().intValue());
        }
        throw error(file, size.pos(), MessageId.UNSUPPORTED_CONSTRUCT, "a maxsize that is not None or an int constant");
    }

    private List<Stmt> cached(Stmt.FunctionDef f, Expr decorator) {
        int max = maxsize(decorator);
        if (f.args().vararg() != null || f.args().kwarg() != null || !f.args().posonlyargs().isEmpty()
                || !f.args().kwonlyargs().isEmpty()) {
            throw error(file, f.pos(), MessageId.UNSUPPORTED_CONSTRUCT, "@lru_cache on a function with '*', '/' or '**' parameters");
        }
        List<Expr> others = new ArrayList<>(f.decoratorList());
        others.remove(decorator);
        String inner = "_krait_uncached_" + f.name();
        String cache = "_krait_cache_" + f.name();
        Stmt.FunctionDef original = new Stmt.FunctionDef(f.pos(), inner, f.args(), f.body(), List.of(), f.returns(),
                f.typeComment());
        List<String> params = new ArrayList<>();
        for (Arg a : f.args().args()) {
            params.add(a.arg());
        }
        String args = String.join(", ", params);
        String key = params.isEmpty() ? "0" : params.size() == 1 ? params.get(0) : "(" + args + ",)";
        boolean stats = introspected.contains(f.name()) && others.isEmpty();
        String hits = "_krait_hits_" + f.name();
        String misses = "_krait_misses_" + f.name();
        StringBuilder code = new StringBuilder();
        code.append(cache).append(" = {}\n");
        code.append("def ").append(f.name()).append("(").append(args).append("):\n");
        if (stats) {
            code.append("    global ").append(hits).append(", ").append(misses).append('\n');
        }
        if (max == 0) {
            if (stats) {
                code.append("    ").append(misses).append(" += 1\n");
            }
            code.append("    return ").append(inner).append("(").append(args).append(")\n");
        } else {
            code.append("    _krait_key = ").append(key).append('\n');
            code.append("    if _krait_key in ").append(cache).append(":\n");
            if (stats) {
                code.append("        ").append(hits).append(" += 1\n");
            }
            if (max > 0) {
                code.append("        _krait_hit = ").append(cache).append(".pop(_krait_key)\n        ").append(cache)
                        .append("[_krait_key] = _krait_hit\n        return _krait_hit\n");
            } else {
                code.append("        return ").append(cache).append("[_krait_key]\n");
            }
            if (stats) {
                code.append("    ").append(misses).append(" += 1\n");
            }
            code.append("    _krait_result = ").append(inner).append("(").append(args).append(")\n");
            if (max > 0) {
                // as CPython: a recursive call may have cached the key meanwhile; the oldest entry goes when full
                code.append("    if _krait_key not in ").append(cache).append(":\n        ").append(cache)
                        .append("[_krait_key] = _krait_result\n        if len(").append(cache).append(") > ").append(max)
                        .append(":\n            for _krait_oldest in ").append(cache).append(":\n                break\n")
                        .append("            del ").append(cache).append("[_krait_oldest]\n");
            } else {
                code.append("    ").append(cache).append("[_krait_key] = _krait_result\n");
            }
            code.append("    return _krait_result\n");
        }
        List<Stmt> out = new ArrayList<>();
        out.add(original);
        List<Stmt> wrapper = Snippet.parse(code.toString(), f.pos(), Map.of());
        out.add(wrapper.get(0));
        Stmt.FunctionDef w = (Stmt.FunctionDef) wrapper.get(1);
        // the wrapper takes the original's parameters, defaults included
        out.add(new Stmt.FunctionDef(f.pos(), f.name(), f.args(), w.body(), List.copyOf(others), null, null));
        if (stats) {
            // CPython's cache_clear() resets the statistics too
            out.addAll(Snippet.parse(hits + " = 0\n" + misses + " = 0\n"
                    + "def _krait_cache_info_" + f.name() + "():\n"
                    + "    return _krait_CacheInfo(" + hits + ", " + misses + ", " + (max < 0 ? "None" : Integer.toString(max))
                    + ", len(" + cache + "))\n"
                    + "def _krait_cache_clear_" + f.name() + "():\n"
                    + "    global " + hits + ", " + misses + "\n"
                    + "    " + cache + ".clear()\n"
                    + "    " + hits + " = 0\n"
                    + "    " + misses + " = 0\n", f.pos(), Map.of()));
        }
        return out;
    }

    private Stmt.ClassDef totalOrdering(Stmt.ClassDef c, Expr decorator) {
        Set<String> defined = new java.util.HashSet<>();
        for (Stmt s : c.body()) {
            if (s instanceof Stmt.FunctionDef f) {
                defined.add(f.name());
            }
        }
        // CPython's choice of root when several are defined: the greatest name
        String root = null;
        for (String op : new String[] {"__lt__", "__le__", "__gt__", "__ge__"}) {
            if (defined.contains(op)) {
                root = op;
                break;
            }
        }
        if (root == null) {
            throw error(file, decorator.pos(), MessageId.LIBRARY_DEFINITION_ERROR,
                    "ValueError: must define at least one ordering operation: < > <= >=");
        }
        Map<String, String> derived = new HashMap<>();
        if (root.equals("__lt__")) {
            derived.put("__gt__", "not self < other and self != other");
            derived.put("__le__", "self < other or self == other");
            derived.put("__ge__", "not self < other");
        } else if (root.equals("__le__")) {
            derived.put("__ge__", "not self <= other or self == other");
            derived.put("__lt__", "self <= other and not self == other");
            derived.put("__gt__", "not self <= other");
        } else if (root.equals("__gt__")) {
            derived.put("__lt__", "not self > other and self != other");
            derived.put("__ge__", "self > other or self == other");
            derived.put("__le__", "not self > other");
        } else {
            derived.put("__le__", "not self >= other or self == other");
            derived.put("__gt__", "self >= other and self != other");
            derived.put("__lt__", "not self >= other");
        }
        StringBuilder code = new StringBuilder();
        for (String op : new String[] {"__lt__", "__le__", "__gt__", "__ge__"}) {
            if (!defined.contains(op)) {
                code.append("def ").append(op).append("(self, other):\n    return ").append(derived.get(op)).append('\n');
            }
        }
        List<Stmt> body = new ArrayList<>(c.body());
        body.addAll(Snippet.parse(code.toString(), c.pos(), Map.of()));
        List<Expr> decorators = new ArrayList<>(c.decoratorList());
        decorators.remove(decorator);
        return new Stmt.ClassDef(c.pos(), c.name(), c.bases(), c.keywords(), List.copyOf(body), List.copyOf(decorators));
    }

    private void collectFunctions(Mod.Module module) {
        Set<String> repeated = new java.util.HashSet<>();
        Rewriter.rewrite(module, n -> {
            if (n instanceof Stmt.FunctionDef f && functions.put(f.name(), f) != null) {
                repeated.add(f.name());
            }
            return null;
        });
        repeated.forEach(functions::remove);
    }

    /**
     * {@code partial(f, a, k=v)}: {@code _krait_partial_N(f, a, v)}, a factory whose closure calls
     * {@code f(a, <the rest>, k=v)}. The closure's parameters are f's that are left: positional ones
     * up to the first bound by keyword (with f's constant defaults), then, as in CPython, only by
     * keyword; f's {@code *args} too. Of a callee whose signature is not known here (a builtin, an
     * imported function) the closure takes one argument, the common use ({@code key=}, {@code map}).
     * Calls to the result may not pass keywords bound by the partial (CPython would override them).
     */
    private Expr partial(Expr.Call call) {
        if (call.args().isEmpty() || call.args().stream().anyMatch(a -> a instanceof Expr.Starred)
                || call.keywords().stream().anyMatch(k -> k.arg() == null)) {
            throw error(file, call.pos(), MessageId.UNSUPPORTED_CONSTRUCT,
                    "functools.partial without a function, or with '*' or '**' arguments");
        }
        Expr func = call.args().get(0);
        krait.syntax.Arguments sig = func instanceof Expr.Lambda l ? l.args()
                : func instanceof Expr.Name n && functions.containsKey(n.id()) && functions.get(n.id()).decoratorList().isEmpty()
                ? functions.get(n.id()).args() : null;
        int bound = call.args().size() - 1;
        Set<String> keywords = new java.util.LinkedHashSet<>();
        call.keywords().forEach(k -> keywords.add(k.arg()));
        Map<String, Expr> holes = new HashMap<>();
        List<String> params = new ArrayList<>();    // the closure's parameters, as written
        List<String> passed = new ArrayList<>();    // what it passes to f after the bound positional arguments
        List<String> keywordOnly = new ArrayList<>();
        if (sig == null) {
            params.add("_krait_x");
            passed.add("_krait_x");
        } else {
            List<Arg> positional = new ArrayList<>(sig.posonlyargs());
            positional.addAll(sig.args());
            int firstDefault = positional.size() - sig.defaults().size();
            boolean byKeyword = false;
            for (int i = bound; i < positional.size(); i++) {
                Arg a = positional.get(i);
                Expr dflt = i >= firstDefault ? sig.defaults().get(i - firstDefault) : null;
                byKeyword |= keywords.contains(a.arg());
                if (keywords.contains(a.arg())) {
                    continue;
                }
                if (!byKeyword) {
                    if (dflt == null) {
                        params.add(a.arg());
                    } else {
                        params.add(a.arg() + "=" + constantDefault(dflt, holes));
                    }
                    passed.add(a.arg());
                } else if (dflt == null) {
                    keywordOnly.add(a.arg());
                }
            }
            if (sig.vararg() != null && !byKeyword) {
                params.add("*_krait_args");
                passed.add("*_krait_args");
            }
            for (int i = 0; i < sig.kwonlyargs().size(); i++) {
                String name = sig.kwonlyargs().get(i).arg();
                if (!keywords.contains(name) && sig.kwDefaults().get(i) == null) {
                    keywordOnly.add(name);
                }
            }
            if (!keywordOnly.isEmpty()) {
                if (params.stream().noneMatch(p -> p.startsWith("*"))) {
                    params.add("*");
                }
                params.addAll(keywordOnly);
            }
        }
        int n = partials++;
        String factory = "_krait_partial_" + n;
        List<String> factoryParams = new ArrayList<>(List.of("_krait_f"));
        List<String> callArgs = new ArrayList<>();
        for (int i = 0; i < bound; i++) {
            factoryParams.add("_krait_a" + i);
            callArgs.add("_krait_a" + i);
        }
        callArgs.addAll(passed);
        int k = 0;
        for (String name : keywords) {
            factoryParams.add("_krait_k" + k);
            callArgs.add(name + "=_krait_k" + k++);
        }
        keywordOnly.forEach(name -> callArgs.add(name + "=" + name));
        String code = "def " + factory + "(" + String.join(", ", factoryParams) + "):\n"
                + "    def _krait_partial(" + String.join(", ", params) + "):\n"
                + "        return _krait_f(" + String.join(", ", callArgs) + ")\n"
                + "    return _krait_partial\n";
        prelude.addAll(Snippet.parse(code, call.pos(), holes));
        List<Expr> args = new ArrayList<>();
        call.args().forEach(a -> args.add(Rewriter.rewrite(a, this::rest)));
        call.keywords().forEach(kw -> args.add(Rewriter.rewrite(kw.value(), this::rest)));
        return new Expr.Call(call.pos(), new Expr.Name(call.pos(), factory, ExprContext.Load), List.copyOf(args), List.of());
    }

    /** A default of f's that the closure repeats: it must be a constant, as it is evaluated again. */
    private String constantDefault(Expr dflt, Map<String, Expr> holes) {
        boolean constant = dflt instanceof Expr.Constant
                || dflt instanceof Expr.UnaryOp u && u.operand() instanceof Expr.Constant;
        if (!constant) {
            throw error(file, dflt.pos(), MessageId.UNSUPPORTED_CONSTRUCT,
                    "functools.partial of a function whose default value is not a constant");
        }
        String hole = "__krait_hole_d" + holes.size();
        holes.put(hole, dflt);
        return hole;
    }

    /** {@code cmp_to_key} and {@code partial} anywhere, and anything of this module left where it is not supported. */
    private Node rest(Node n) {
        String introspectedFunction = introspection(n, introspected);
        if (introspectedFunction != null) {
            Expr.Call c = (Expr.Call) n;
            String what = ((Expr.Attribute) c.func()).attr();
            return new Expr.Call(c.pos(), new Expr.Name(c.func().pos(), "_krait_" + what + "_" + introspectedFunction,
                    ExprContext.Load), List.of(), List.of());
        }
        if (n instanceof Stmt.FunctionDef f && f.decoratorList().stream().anyMatch(d -> d instanceof Expr.Call c
                && "wraps".equals(imports.nameOf(c.func())))) {
            List<Expr> decorators = new ArrayList<>();
            for (Expr d : f.decoratorList()) {
                if (d instanceof Expr.Call c && "wraps".equals(imports.nameOf(c.func()))) {
                    if (c.args().size() != 1 || !c.keywords().isEmpty()) {
                        throw error(file, c.pos(), MessageId.UNSUPPORTED_CONSTRUCT, "functools.wraps with other than one argument");
                    }
                    d = new Expr.Call(c.pos(), new Expr.Name(c.func().pos(), WRAPS_MARKER, ExprContext.Load),
                            List.of(c.args().get(0)), List.of());
                }
                decorators.add(d);
            }
            return Rewriter.rewrite(new Stmt.FunctionDef(f.pos(), f.name(), f.args(), f.body(), List.copyOf(decorators),
                    f.returns(), f.typeComment()), this::rest);
        }
        if (n instanceof Expr.Call call && "partial".equals(imports.nameOf(call.func()))) {
            return partial(call);
        }
        if (n instanceof Expr.Call call && "cmp_to_key".equals(imports.nameOf(call.func()))) {
            if (call.args().size() != 1 || !call.keywords().isEmpty()) {
                throw error(file, call.pos(), MessageId.UNSUPPORTED_CONSTRUCT, "cmp_to_key with other than one argument");
            }
            int k = keys++;
            String cls = "_krait_CmpKey_" + k;
            StringBuilder code = new StringBuilder();
            code.append("class ").append(cls).append(":\n    def __init__(self, obj, cmp):\n        self.obj = obj\n")
                    .append("        self.cmp = cmp\n");
            for (String[] op : new String[][] {{"__lt__", "<"}, {"__gt__", ">"}, {"__le__", "<="}, {"__ge__", ">="},
                    {"__eq__", "=="}}) {
                code.append("    def ").append(op[0]).append("(self, other):\n        return self.cmp(self.obj, other.obj) ")
                        .append(op[1]).append(" 0\n");
            }
            prelude.addAll(Snippet.parse(code.toString(), call.pos(), Map.of()));
            // a lambda, not a function returning a closure: the runtime's key= takes a lambda directly;
            // the comparison function is evaluated at each use, so it must be a name or a lambda
            Expr cmp = call.args().get(0);
            if (!(cmp instanceof Expr.Name || cmp instanceof Expr.Lambda || cmp instanceof Expr.Attribute)) {
                throw error(file, cmp.pos(), MessageId.UNSUPPORTED_CONSTRUCT,
                        "cmp_to_key of something other than a function's name or a lambda");
            }
            Expr.Lambda key = (Expr.Lambda) Snippet.expr("lambda _krait_x: " + cls + "(_krait_x, __krait_hole_0)", call.pos());
            return Rewriter.rewrite(key, m -> m instanceof Expr.Name h && h.id().equals("__krait_hole_0")
                    ? Rewriter.rewrite(cmp, this::rest) : null);
        }
        if (n instanceof Expr e && imports.nameOf(e) != null && HANDLED.contains(imports.nameOf(e))) {
            throw error(file, e.pos(), MessageId.UNSUPPORTED_CONSTRUCT, "functools." + imports.nameOf(e)
                    + " here (only on a module-level function or class)");
        }
        return null;
    }
}
