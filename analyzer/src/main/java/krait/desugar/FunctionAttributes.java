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
 * which the analysis knows; {@code f.__doc__} reads become the docstring); a use where a local variable shadows the function's name is left
 * alone. Attributes of nested functions (a decorator's {@code wrapper.calls}, one per closure)
 * are not covered and stay an error.
 */
final class FunctionAttributes {
    private static final String PREFIX = "_krait_attr_";

    private FunctionAttributes() {
    }

    private record Key(String function, String attr) {}

    static Mod.Module apply(Mod.Module module) {
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

    static String globalName(String function, String attr) {
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

        Scope(Map<String, Stmt.FunctionDef> functions, Set<String> shadowed, Set<Key> assigned, Set<String> stored) {
            this.functions = functions;
            this.shadowed = shadowed;
            this.assigned = assigned;
            this.stored = stored;
        }

        private Scope enter(Arguments args, List<Stmt> body, Set<String> stored) {
            Set<String> locals = new HashSet<>(shadowed);
            locals.addAll(ScopeAnalysis.parameterNames(args));
            Set<String> bound = new HashSet<>(ScopeAnalysis.boundNames(body));
            bound.removeAll(ScopeAnalysis.globalDeclarations(body));
            locals.addAll(bound);
            return new Scope(functions, locals, assigned, stored);
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
                    body.add(at, new Stmt.Global(f.pos(), List.copyOf(stores)));
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
                    && a.value() instanceof Expr.Name name && functions.containsKey(name.id()) && !shadowed.contains(name.id())) {
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
