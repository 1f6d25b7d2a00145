package krait.cpp.lower;

import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.Set;
import krait.syntax.Alias;
import krait.syntax.ExceptHandler;
import krait.syntax.Expr;
import krait.syntax.Node;
import krait.syntax.Nodes;
import krait.syntax.Stmt;
import krait.types.FunctionInfo;

/**
 * Finds a function's scratch lists: local variables that only ever hold a list made by a slice
 * ({@code perm = perm1[:]}) and are only used as the container of a subscript ({@code perm[i]},
 * {@code perm[i] = x}, {@code perm[a:b] = ...}, {@code del perm[i]}). Such a list is never seen by
 * anything but its variable, so when the variable gets a new slice the old list is garbage and its
 * buffer can hold the new items ({@code slice_into}) instead of allocating another list: fannkuch's
 * {@code perm = perm1[:]} once per permutation.
 */
final class ScratchLists {
    private ScratchLists() {
    }

    /** The names of {@code f}'s scratch lists (before the type check the caller makes). */
    static Set<String> of(FunctionInfo f) {
        if (f.isModule() || f.def() == null) {
            return Set.of();
        }
        Set<String> candidates = new LinkedHashSet<>();
        Set<Node> allowed = Collections.newSetFromMap(new IdentityHashMap<>());
        Set<String> rejected = new HashSet<>(f.params());
        rejected.addAll(f.cellVars());
        rejected.addAll(f.captures());
        boolean[] hasMatch = {false};
        for (Stmt s : f.body()) {
            Nodes.walk(s, n -> {
                if (n instanceof Stmt.Match) {
                    hasMatch[0] = true; // patterns bind names without Name nodes
                }
                if (n instanceof Stmt.Assign a && a.targets().size() == 1 && a.targets().get(0) instanceof Expr.Name t
                        && a.value() instanceof Expr.Subscript sub && sub.slice() instanceof Expr.Slice) {
                    candidates.add(t.id());
                    allowed.add(t);
                }
                if (n instanceof Expr.Subscript sub && sub.value() instanceof Expr.Name base) {
                    allowed.add(base);
                }
                String bound = nameBoundWithoutAssignment(n);
                if (bound != null) {
                    rejected.add(bound);
                }
                return true;
            });
        }
        if (hasMatch[0] || candidates.isEmpty()) {
            return Set.of();
        }
        for (Stmt s : f.body()) {
            Nodes.walk(s, n -> {
                if (n instanceof Expr.Lambda || n instanceof Stmt.FunctionDef || n instanceof Stmt.ClassDef
                        || n instanceof Expr.ListComp || n instanceof Expr.SetComp || n instanceof Expr.DictComp
                        || n instanceof Expr.GeneratorExp) {
                    // another scope (or a lazily run one) that sees the variable: not a scratch list
                    Nodes.walk(n, inner -> {
                        if (inner instanceof Expr.Name name) {
                            rejected.add(name.id());
                        }
                        return true;
                    });
                    return false;
                }
                if (n instanceof Expr.Name name && !allowed.contains(name)) {
                    rejected.add(name.id());
                }
                return true;
            });
        }
        candidates.removeAll(rejected);
        candidates.removeIf(v -> !f.isLocal(v) || f.declaredGlobal().contains(v));
        return candidates;
    }

    /**
     * The name {@code n} binds other than by an assignment to a Name: an {@code except ... as e}
     * name, an import alias, a def or class name (null for other nodes). Counters uses it too.
     */
    static String nameBoundWithoutAssignment(Node n) {
        if (n instanceof ExceptHandler h) {
            return h.name();
        }
        if (n instanceof Alias al) {
            return al.asname() != null ? al.asname() : al.name();
        }
        if (n instanceof Stmt.FunctionDef d) {
            return d.name();
        }
        return n instanceof Stmt.ClassDef c ? c.name() : null;
    }
}
