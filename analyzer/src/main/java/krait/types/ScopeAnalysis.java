package krait.types;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import krait.syntax.Arg;
import krait.syntax.Arguments;
import krait.syntax.Expr;
import krait.syntax.Stmt;

/**
 * Python's scoping rule, computed once per function: a name assigned anywhere in a function body
 * is local to it unless declared {@code global}. Nested function bodies are not entered (their
 * names belong to them), but a nested {@code def} binds its name in the enclosing scope.
 */
public final class ScopeAnalysis {
    private ScopeAnalysis() {
    }

    /** Names bound by assignments, loops, imports and definitions directly in {@code body}. */
    public static Set<String> boundNames(List<Stmt> body) {
        Set<String> out = new LinkedHashSet<>();
        for (Stmt s : body) {
            collectBound(s, out);
        }
        return out;
    }

    /** Names declared {@code global} directly in {@code body} (not in nested functions). */
    public static Set<String> globalDeclarations(List<Stmt> body) {
        Set<String> out = new LinkedHashSet<>();
        walkStatements(body, s -> {
            if (s instanceof Stmt.Global g) {
                out.addAll(g.names());
            }
        });
        return out;
    }

    /** Names declared {@code nonlocal} directly in {@code body}. */
    public static Set<String> nonlocalDeclarations(List<Stmt> body) {
        Set<String> out = new LinkedHashSet<>();
        walkStatements(body, s -> {
            if (s instanceof Stmt.Nonlocal n) {
                out.addAll(n.names());
            }
        });
        return out;
    }

    /** Every name used in {@code body}, nested functions included (an over-approximation of its free names). */
    public static Set<String> namesUsed(List<Stmt> body) {
        Set<String> out = new LinkedHashSet<>();
        for (Stmt s : body) {
            krait.syntax.Nodes.walk(s, n -> {
                if (n instanceof Expr.Name name) {
                    out.add(name.id());
                } else if (n instanceof Stmt.Nonlocal nl) {
                    out.addAll(nl.names());
                }
                return true;
            });
        }
        return out;
    }

    /** Parameter names in declaration order. */
    public static List<String> parameterNames(Arguments args) {
        List<String> names = new java.util.ArrayList<>();
        for (Arg a : args.inOrder()) {
            names.add(a.arg());
        }
        return names;
    }

    private static void collectBound(Stmt s, Set<String> out) {
        if (s instanceof Stmt.FunctionDef f) {
            out.add(f.name());
        } else if (s instanceof Stmt.AsyncFunctionDef f) {
            out.add(f.name());
        } else if (s instanceof Stmt.ClassDef c) {
            out.add(c.name());
        } else if (s instanceof Stmt.Assign a) {
            a.targets().forEach(t -> targetNames(t, out));
        } else if (s instanceof Stmt.AugAssign a) {
            targetNames(a.target(), out);
        } else if (s instanceof Stmt.AnnAssign a) {
            targetNames(a.target(), out);
        } else if (s instanceof Stmt.For f) {
            targetNames(f.target(), out);
        } else if (s instanceof Stmt.AsyncFor f) {
            targetNames(f.target(), out);
        } else if (s instanceof Stmt.With w) {
            w.items().forEach(it -> {
                if (it.optionalVars() != null) {
                    targetNames(it.optionalVars(), out);
                }
            });
        } else if (s instanceof Stmt.Try t) {
            t.handlers().forEach(h -> {
                if (h.name() != null) {
                    out.add(h.name());
                }
            });
        } else if (s instanceof Stmt.Import i) {
            i.names().forEach(a -> out.add(a.asname() != null ? a.asname() : a.name().split("\\.")[0]));
        } else if (s instanceof Stmt.ImportFrom i) {
            i.names().forEach(a -> out.add(a.asname() != null ? a.asname() : a.name()));
        } else if (s instanceof Stmt.Delete d) {
            d.targets().forEach(t -> targetNames(t, out));
        }
        // (t := expr) binds t in the enclosing function, also inside a comprehension; not in a lambda
        krait.syntax.Nodes.walk(s, n -> {
            if (n instanceof Expr.NamedExpr ne && ne.target() instanceof Expr.Name t) {
                out.add(t.id());
            }
            return n == s || !(n instanceof Stmt || n instanceof Expr.Lambda);
        });
        for (List<Stmt> inner : Blocks.nested(s)) {
            inner.forEach(b -> collectBound(b, out));
        }
    }

    private static void targetNames(Expr target, Set<String> out) {
        if (target instanceof Expr.Name n) {
            out.add(n.id());
        } else if (target instanceof Expr.Tuple t) {
            t.elts().forEach(e -> targetNames(e, out));
        } else if (target instanceof Expr.List l) {
            l.elts().forEach(e -> targetNames(e, out));
        } else if (target instanceof Expr.Starred st) {
            targetNames(st.value(), out);
        }
    }

    private static void walkStatements(List<Stmt> body, java.util.function.Consumer<Stmt> visit) {
        for (Stmt s : body) {
            visit.accept(s);
            for (List<Stmt> inner : Blocks.nested(s)) {
                walkStatements(inner, visit);
            }
        }
    }
}
