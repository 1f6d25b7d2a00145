package krait.desugar;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import krait.syntax.Arguments;
import krait.syntax.Expr;
import krait.syntax.ExprContext;
import krait.syntax.Mod;
import krait.syntax.Node;
import krait.syntax.Rewriter;
import krait.syntax.Stmt;
import krait.types.ScopeAnalysis;

/**
 * Attributes the program sets on one of its module-level functions ({@code counter.calls = 0},
 * {@code counter.calls += 1} inside {@code counter}) become module variables, one per function
 * and attribute: a def bound once names one function object for the whole run, so its
 * attributes are globals in all but name.
 * <pre>
 *   def counter():                          def counter():
 *       counter.calls += 1                      global _krait_attr_counter_calls
 *   counter.calls = 0                           _krait_attr_counter_calls += 1
 *                                           _krait_attr_counter_calls = 0
 * </pre>
 * Only undecorated defs at the top level of a module whose name nothing else binds, and only
 * attributes the program assigns somewhere (not the dunder ones, {@code __name__} and the like,
 * which the analysis knows; {@code f.__doc__} reads become the docstring); a use where a local
 * variable shadows the function's name is left alone. Attributes of a def nested in a function
 * are the enclosing function's locals instead (see {@link #nested}); setting an attribute of a
 * function from anywhere else stays an error.
 */
public final class FunctionAttributes {
    private static final String PREFIX = "_krait_attr_";

    private FunctionAttributes() {
    }

    private record Key(String function, String attr) {}

    static Mod.Module apply(Mod.Module module) {
        return nested(topLevel(module));
    }

    private static Mod.Module topLevel(Mod.Module module) {
        Map<String, Stmt.FunctionDef> functions = candidates(module.body());
        if (functions.isEmpty()) {
            return module;
        }
        Set<Key> assigned = new LinkedHashSet<>();
        for (Stmt s : module.body()) {
            new Scope(functions, Set.of(), assigned, null).collect(s);
        }
        List<Stmt> body = new ArrayList<>();
        boolean changed = false;
        for (Stmt s : module.body()) {
            Stmt r = new Scope(functions, Set.of(), assigned, null).rewrite(s);
            changed |= r != s;
            body.add(r);
        }
        return changed ? new Mod.Module(body, module.typeIgnores()) : module;
    }

    /**
     * Attributes of a def nested in a function ({@code wrapper.calls = 0} in a decorator, with
     * {@code wrapper.calls += 1} inside wrapper): one per closure made, so a local variable of the
     * enclosing function, which the closure shares (declared nonlocal in the nested functions;
     * always in the def itself, so that its frame holds it and {@code add.calls} can read it
     * from the closure object). Only attributes the enclosing function itself assigns.
     */
    private static Mod.Module nested(Mod.Module module) {
        boolean[] qualnames = {false};
        krait.syntax.Nodes.walk(module, x -> {
            qualnames[0] |= x instanceof Expr.Attribute a && a.attr().equals("__qualname__");
            return true;
        });
        return Rewriter.rewrite(module, n -> nestedIn(n, qualnames[0]));
    }

    private static Node nestedIn(Node n, boolean qualnames) {
        if (!(n instanceof Stmt.FunctionDef f)) {
            return null;
        }
        List<Stmt> body = new ArrayList<>();
        for (Stmt s : f.body()) {
            body.add(Rewriter.rewrite(s, x -> nestedIn(x, qualnames)));
        }
        if (!qualnames) {
            body = renamedWrappers(body);
        }
        Map<String, Stmt.FunctionDef> defs = new LinkedHashMap<>();
        Set<String> params = new HashSet<>(ScopeAnalysis.parameterNames(f.args()));
        for (Stmt s : body) {
            if (s instanceof Stmt.FunctionDef g && !params.contains(g.name()) && g.decoratorList().stream().allMatch(
                    d -> d instanceof Expr.Call c && c.func() instanceof Expr.Name m && m.id().equals(FunctoolsDecorators.WRAPS_MARKER))
                    && body.stream().filter(o -> ScopeAnalysis.boundNames(List.of(o)).contains(g.name())).count() == 1) {
                defs.put(g.name(), g);
            }
        }
        if (defs.isEmpty()) {
            return rebuilt(f, body);
        }
        // what f's own body assigns (not its nested functions)
        Set<Key> own = new LinkedHashSet<>();
        Scope outer = new Scope(defs, Set.of(), own, null, false);
        for (Stmt s : body) {
            krait.syntax.Nodes.walk(s, x -> {
                if (x instanceof Stmt.FunctionDef || x instanceof Expr.Lambda) {
                    return false;
                }
                Key k = outer.keyOf(x);
                if (k != null && ((Expr.Attribute) x).ctx() == ExprContext.Store) {
                    own.add(k);
                }
                return true;
            });
        }
        if (own.isEmpty()) {
            return rebuilt(f, body);
        }
        List<Stmt> out = new ArrayList<>();
        for (Stmt s : body) {
            Stmt r = outer.rewrite(s);
            if (r instanceof Stmt.FunctionDef g && defs.containsKey(g.name())) {
                // the def's own frame must hold its attributes, whether or not its body uses them
                List<String> mine = own.stream().filter(k -> k.function().equals(g.name()))
                        .map(k -> globalName(k.function(), k.attr())).toList();
                r = withDeclaration(g, mine, false);
            }
            out.add(r);
        }
        return rebuilt(f, out);
    }

    /**
     * {@code wrapper.__name__ = f.__name__} after an undecorated {@code def wrapper} in the same
     * body is what {@code @functools.wraps(f)} does for the name: the def gets that marker and the
     * statement goes (not when the program reads a {@code __qualname__}, which the assignment
     * leaves as it was and the marker would not).
     */
    private static List<Stmt> renamedWrappers(List<Stmt> body) {
        List<Stmt> out = new ArrayList<>(body);
        for (int i = 0; i < out.size(); i++) {
            if (out.get(i) instanceof Stmt.Assign a && a.targets().size() == 1
                    && a.targets().get(0) instanceof Expr.Attribute t && t.attr().equals("__name__")
                    && t.value() instanceof Expr.Name w && a.value() instanceof Expr.Attribute v
                    && v.attr().equals("__name__") && v.value() instanceof Expr.Name source && !source.id().equals(w.id())) {
                for (int j = i - 1; j >= 0; j--) {
                    if (out.get(j) instanceof Stmt.FunctionDef g && g.name().equals(w.id())) {
                        if (g.decoratorList().isEmpty()) {
                            Expr marker = new Expr.Call(a.pos(), new Expr.Name(a.pos(), FunctoolsDecorators.WRAPS_MARKER,
                                    ExprContext.Load), List.of(new Expr.Name(source.pos(), source.id(), ExprContext.Load)), List.of());
                            out.set(j, new Stmt.FunctionDef(g.pos(), g.name(), g.args(), g.body(), List.of(marker), g.returns(),
                                    g.typeComment()));
                            out.remove(i);
                            i--;
                        }
                        break;
                    }
                    if (ScopeAnalysis.boundNames(List.of(out.get(j))).contains(w.id())
                            || ScopeAnalysis.boundNames(List.of(out.get(j))).contains(source.id())) {
                        break;
                    }
                }
            }
        }
        return out;
    }

    private static Stmt.FunctionDef rebuilt(Stmt.FunctionDef f, List<Stmt> body) {
        if (body.size() != f.body().size()) {
            return new Stmt.FunctionDef(f.pos(), f.name(), f.args(), List.copyOf(body), f.decoratorList(), f.returns(),
                    f.typeComment());
        }
        for (int i = 0; i < body.size(); i++) {
            if (body.get(i) != f.body().get(i)) {
                return new Stmt.FunctionDef(f.pos(), f.name(), f.args(), List.copyOf(body), f.decoratorList(), f.returns(),
                        f.typeComment());
            }
        }
        return f;
    }

    /** {@code f} with {@code global} (or {@code nonlocal}) {@code names} declared at its top, after a docstring. */
    private static Stmt.FunctionDef withDeclaration(Stmt.FunctionDef f, List<String> names, boolean global) {
        Set<String> declared = new LinkedHashSet<>(global ? ScopeAnalysis.globalDeclarations(f.body())
                : ScopeAnalysis.nonlocalDeclarations(f.body()));
        List<String> missing = names.stream().filter(x -> !declared.contains(x)).distinct().toList();
        if (missing.isEmpty()) {
            return f;
        }
        List<Stmt> body = new ArrayList<>(f.body());
        int at = !body.isEmpty() && body.get(0) instanceof Stmt.ExprStmt e && e.value() instanceof Expr.Constant c
                && c.value() instanceof krait.syntax.ConstValue.StrValue ? 1 : 0;
        body.add(at, global ? new Stmt.Global(f.pos(), missing) : new Stmt.Nonlocal(f.pos(), missing));
        return new Stmt.FunctionDef(f.pos(), f.name(), f.args(), List.copyOf(body), f.decoratorList(), f.returns(), f.typeComment());
    }

    /** The variable holding attribute {@code attr} of the function {@code function}. */
    public static String globalName(String function, String attr) {
        return PREFIX + function + "_" + attr;
    }

    /** Undecorated module-level defs whose names no other statement binds, and no function declares global. */
    private static Map<String, Stmt.FunctionDef> candidates(List<Stmt> body) {
        Map<String, Stmt.FunctionDef> defs = new LinkedHashMap<>();
        Set<String> elsewhere = new HashSet<>();
        for (Stmt s : body) {
            if (s instanceof Stmt.FunctionDef f && f.decoratorList().isEmpty() && !defs.containsKey(f.name())) {
                defs.put(f.name(), f);
            } else {
                elsewhere.addAll(ScopeAnalysis.boundNames(List.of(s)));
            }
            krait.syntax.Nodes.walk(s, n -> {
                if (n instanceof Stmt.Global g) {
                    elsewhere.addAll(g.names());
                }
                return true;
            });
        }
        defs.keySet().removeAll(elsewhere);
        return defs;
    }

    /** {@code f.__doc__}: the def's docstring, or None. */
    private static Expr docstring(Stmt.FunctionDef f, Expr.Attribute at) {
        if (!f.body().isEmpty() && f.body().get(0) instanceof Stmt.ExprStmt e && e.value() instanceof Expr.Constant c
                && c.value() instanceof krait.syntax.ConstValue.StrValue) {
            return new Expr.Constant(at.pos(), c.value(), null);
        }
        return new Expr.Constant(at.pos(), new krait.syntax.ConstValue.NoneValue(), null);
    }

    private static boolean dunder(String attr) {
        return attr.startsWith("__") && attr.endsWith("__");
    }

    /** One function scope: the names its locals (and its enclosing functions' locals) shadow. */
    private static final class Scope {
        private final Map<String, Stmt.FunctionDef> functions;
        private final Set<String> shadowed;
        private final Set<Key> assigned;
        /** The globals this function's body stores (declared global at its top); null at module level. */
        private final /* nullable */ Set<String> stored;

        /** Whether the attributes are module variables (else the enclosing function's locals). */
        private final boolean global;

        Scope(Map<String, Stmt.FunctionDef> functions, Set<String> shadowed, Set<Key> assigned, Set<String> stored) {
            this(functions, shadowed, assigned, stored, true);
        }

        Scope(Map<String, Stmt.FunctionDef> functions, Set<String> shadowed, Set<Key> assigned, Set<String> stored,
              boolean global) {
            this.functions = functions;
            this.shadowed = shadowed;
            this.assigned = assigned;
            this.stored = stored;
            this.global = global;
        }

        private Scope enter(Arguments args, List<Stmt> body, Set<String> stored) {
            Set<String> locals = new HashSet<>(shadowed);
            locals.addAll(ScopeAnalysis.parameterNames(args));
            Set<String> bound = new HashSet<>(ScopeAnalysis.boundNames(body));
            bound.removeAll(ScopeAnalysis.globalDeclarations(body));
            locals.addAll(bound);
            return new Scope(functions, locals, assigned, stored, global);
        }

        private Key keyOf(Node n) {
            if (n instanceof Expr.Attribute a && a.value() instanceof Expr.Name name && functions.containsKey(name.id())
                    && !shadowed.contains(name.id()) && !dunder(a.attr())) {
                return new Key(name.id(), a.attr());
            }
            return null;
        }

        void collect(Node root) {
            krait.syntax.Nodes.walk(root, n -> {
                if (n instanceof Stmt.FunctionDef f) {
                    f.decoratorList().forEach(this::collect);
                    collectDefaults(f.args());
                    Scope inner = enter(f.args(), f.body(), null);
                    f.body().forEach(inner::collect);
                    return false;
                }
                if (n instanceof Expr.Lambda l) {
                    collectDefaults(l.args());
                    enter(l.args(), List.of(), null).collect(l.body());
                    return false;
                }
                Key k = keyOf(n);
                if (k != null && ((Expr.Attribute) n).ctx() == ExprContext.Store) {
                    assigned.add(k);
                }
                return true;
            });
        }

        private void collectDefaults(Arguments args) {
            args.defaults().forEach(this::collect);
            args.kwDefaults().forEach(d -> {
                if (d != null) {
                    collect(d);
                }
            });
        }

        Stmt rewrite(Stmt s) {
            return Rewriter.rewrite(s, this::replace);
        }

        private Node replace(Node n) {
            if (n instanceof Stmt.FunctionDef f) {
                Set<String> stores = new LinkedHashSet<>();
                Scope inner = enter(f.args(), f.body(), stores);
                List<Stmt> body = new ArrayList<>();
                for (Stmt s : f.body()) {
                    body.add(inner.rewrite(s));
                }
                if (!stores.isEmpty()) {
                    // after a docstring, which must stay the first statement
                    int at = !body.isEmpty() && body.get(0) instanceof Stmt.ExprStmt e && e.value() instanceof Expr.Constant c
                            && c.value() instanceof krait.syntax.ConstValue.StrValue ? 1 : 0;
                    body.add(at, global ? new Stmt.Global(f.pos(), List.copyOf(stores)) : new Stmt.Nonlocal(f.pos(), List.copyOf(stores)));
                }
                List<Expr> decorators = new ArrayList<>();
                f.decoratorList().forEach(d -> decorators.add(Rewriter.rewrite(d, this::replace)));
                Arguments args = Rewriter.rewrite(f.args(), this::replace);
                boolean same = args == f.args() && stores.isEmpty();
                for (int i = 0; same && i < body.size(); i++) {
                    same = body.get(i) == f.body().get(i);
                }
                for (int i = 0; same && i < decorators.size(); i++) {
                    same = decorators.get(i) == f.decoratorList().get(i);
                }
                return same ? f : new Stmt.FunctionDef(f.pos(), f.name(), args, List.copyOf(body),
                        List.copyOf(decorators), f.returns(), f.typeComment());
            }
            if (n instanceof Expr.Lambda l) {
                Scope inner = enter(l.args(), List.of(), null);
                Arguments args = Rewriter.rewrite(l.args(), this::replace);
                Expr body = Rewriter.rewrite(l.body(), inner::replace);
                return args == l.args() && body == l.body() ? l : new Expr.Lambda(l.pos(), args, body);
            }
            if (n instanceof Expr.Attribute a && a.attr().equals("__doc__") && a.ctx() == ExprContext.Load
                    && a.value() instanceof Expr.Name name && functions.containsKey(name.id()) && !shadowed.contains(name.id())
                    && functions.get(name.id()).decoratorList().isEmpty()) {
                return docstring(functions.get(name.id()), a);
            }
            Key k = keyOf(n);
            if (k != null && assigned.contains(k)) {
                Expr.Attribute a = (Expr.Attribute) n;
                String name = globalName(k.function(), k.attr());
                if (a.ctx() != ExprContext.Load && stored != null) {
                    stored.add(name);
                }
                return new Expr.Name(a.pos(), name, a.ctx());
            }
            return null;
        }
    }
}
