package krait.types;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import krait.syntax.Expr;
import krait.syntax.ExprContext;
import krait.syntax.Mod;
import krait.syntax.Node;
import krait.syntax.Nodes;
import krait.syntax.Rewriter;
import krait.syntax.Stmt;

/**
 * Splits a loop variable reused by several {@code for} loops of one function into one variable
 * per loop, when nothing outside the loops can tell the difference: the name is only assigned
 * as those loops' target, only read inside them, and no nested function sees it. Then
 * {@code for i in range(3)} followed by {@code for i in ["a", "b"]} is not a type conflict.
 */
public final class LoopVariableSplitting {
    private LoopVariableSplitting() {
    }

    public static Mod.Module apply(Mod.Module module) {
        List<Stmt> body = split(module.body(), allNames(module));
        return body == module.body() ? module : new Mod.Module(body, module.typeIgnores());
    }

    private static Set<String> allNames(Node root) {
        Set<String> out = new HashSet<>();
        Nodes.walk(root, n -> {
            if (n instanceof Expr.Name name) {
                out.add(name.id());
            }
            return true;
        });
        return out;
    }

    /** One scope's statements: nested functions first (their own scopes), then this scope's loops. */
    private static List<Stmt> split(List<Stmt> body, Set<String> taken) {
        List<Stmt> withNested = new ArrayList<>();
        boolean changed = false;
        for (Stmt s : body) {
            Stmt r = Rewriter.rewrite(s, n -> n instanceof Stmt.FunctionDef f && f != s ? withBody(f, split(f.body(), taken))
                    : null);
            if (s instanceof Stmt.FunctionDef f) {
                List<Stmt> inner = split(f.body(), taken);
                r = inner == f.body() ? f : withBody(f, inner);
            }
            changed |= r != s;
            withNested.add(r);
        }
        List<Stmt> current = changed ? withNested : body;
        return splitLoops(current, taken);
    }

    private static Stmt.FunctionDef withBody(Stmt.FunctionDef f, List<Stmt> body) {
        return body == f.body() ? f : new Stmt.FunctionDef(f.pos(), f.name(), f.args(), body, f.decoratorList(),
                f.returns(), f.typeComment());
    }

    private static List<Stmt> splitLoops(List<Stmt> body, Set<String> taken) {
        Map<String, List<Stmt.For>> loops = new LinkedHashMap<>();
        collectLoops(body, loops);
        Map<Stmt.For, String> renames = new IdentityHashMap<>();
        for (var entry : loops.entrySet()) {
            String name = entry.getKey();
            List<Stmt.For> sameName = entry.getValue();
            if (sameName.size() < 2 || !eligible(body, name, sameName)) {
                continue;
            }
            for (int k = 1; k < sameName.size(); k++) {
                String fresh = name + "_" + (k + 1);
                while (taken.contains(fresh)) {
                    fresh = fresh + "_";
                }
                taken.add(fresh);
                renames.put(sameName.get(k), fresh);
            }
        }
        if (renames.isEmpty()) {
            return body;
        }
        List<Stmt> out = new ArrayList<>();
        for (Stmt s : body) {
            out.add(Rewriter.rewrite(s, n -> {
                if (n instanceof Stmt.For f && renames.containsKey(f)) {
                    String from = ((Expr.Name) f.target()).id();
                    return Rewriter.rewrite(f, m -> m instanceof Expr.Name nm && nm.id().equals(from)
                            ? new Expr.Name(nm.pos(), renames.get(f), nm.ctx()) : null);
                }
                return null;
            }));
        }
        return out;
    }

    /** The for loops of this scope (not of nested functions) whose target is a plain name. */
    private static void collectLoops(List<Stmt> body, Map<String, List<Stmt.For>> out) {
        for (Stmt s : body) {
            if (s instanceof Stmt.For f && f.target() instanceof Expr.Name n) {
                out.computeIfAbsent(n.id(), k -> new ArrayList<>()).add(f);
            }
            for (List<Stmt> inner : Blocks.nested(s)) {
                collectLoops(inner, out);
            }
        }
    }

    /** Whether a nested function, lambda or class may see the enclosing scope's {@code name} (its own don't count). */
    private static boolean seesName(Node nested, String name) {
        if (nested instanceof Stmt.ClassDef cd) {
            return ScopeAnalysis.namesUsed(cd.body()).contains(name);
        }
        krait.syntax.Arguments args = nested instanceof Stmt.FunctionDef fd ? fd.args() : ((Expr.Lambda) nested).args();
        List<Stmt> body = nested instanceof Stmt.FunctionDef fd ? fd.body()
                : List.of(new Stmt.ExprStmt(((Expr.Lambda) nested).pos(), ((Expr.Lambda) nested).body()));
        boolean own = ScopeAnalysis.parameterNames(args).contains(name)
                || ScopeAnalysis.boundNames(body).contains(name) && !ScopeAnalysis.globalDeclarations(body).contains(name)
                && !ScopeAnalysis.nonlocalDeclarations(body).contains(name);
        if (own) {
            return false;
        }
        boolean[] seen = {false};
        for (Stmt s : body) {
            Nodes.walk(s, n -> {
                if (n instanceof Stmt.FunctionDef || n instanceof Expr.Lambda || n instanceof Stmt.ClassDef) {
                    seen[0] |= seesName(n, name); // functions nested deeper see it only if they don't bind it
                    return false;
                }
                seen[0] |= n instanceof Expr.Name nm && nm.id().equals(name)
                        || n instanceof Stmt.Nonlocal nl && nl.names().contains(name);
                return true;
            });
        }
        return seen[0];
    }

    /**
     * The name is bound only as these loops' target, read only inside them, not declared global
     * or nonlocal, not seen by nested functions, and no such loop is inside another.
     */
    private static boolean eligible(List<Stmt> body, String name, List<Stmt.For> sameName) {
        Set<Node> inLoops = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (Stmt.For f : sameName) {
            Nodes.walk(f, n -> {
                if (n != f && n instanceof Stmt.For inner && sameName.contains(inner)) {
                    inLoops.add(n); // a loop of this name inside another: leave the name alone
                }
                return true;
            });
        }
        if (!inLoops.isEmpty()) {
            return false;
        }
        Set<Node> targets = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        sameName.forEach(f -> targets.add(f.target()));
        Set<Node> insideLoops = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (Stmt.For f : sameName) {
            Nodes.walk(f, n -> {
                insideLoops.add(n);
                return true;
            });
        }
        boolean[] ok = {true};
        for (Stmt s : body) {
            Nodes.walk(s, n -> {
                if (n instanceof Stmt.Global g && g.names().contains(name)
                        || n instanceof Stmt.Nonlocal nl && nl.names().contains(name)
                        || n instanceof krait.syntax.ExceptHandler h && name.equals(h.name())
                        || n instanceof krait.syntax.Alias a && (name.equals(a.asname()) || name.equals(a.name()))
                        || n instanceof Stmt.FunctionDef fd && fd.name().equals(name)
                        || n instanceof Stmt.ClassDef cd && cd.name().equals(name)) {
                    ok[0] = false;
                } else if (n instanceof Stmt.FunctionDef || n instanceof Expr.Lambda || n instanceof Stmt.ClassDef) {
                    if (seesName(n, name)) {
                        ok[0] = false;
                    }
                    return false;
                } else if (n instanceof Expr.Name nm && nm.id().equals(name)) {
                    if (nm.ctx() == ExprContext.Load ? !insideLoops.contains(nm) : !targets.contains(nm)) {
                        ok[0] = false;
                    }
                }
                return true;
            });
        }
        return ok[0];
    }
}
