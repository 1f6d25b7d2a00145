package krait.types;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import krait.syntax.Alias;
import krait.syntax.Arguments;
import krait.syntax.Comprehension;
import krait.syntax.ExceptHandler;
import krait.syntax.Expr;
import krait.syntax.ExprContext;
import krait.syntax.Mod;
import krait.syntax.Node;
import krait.syntax.Nodes;
import krait.syntax.Rewriter;
import krait.syntax.Stmt;
import krait.syntax.WithItem;

/**
 * Splits a local variable into one variable per def-use web, so that a name reused for an
 * unrelated value ({@code x = 5; print(x); x = "five"; print(x)}, or a loop variable reused by a
 * second loop) is not a type conflict. The webs come from reaching definitions on a control-flow
 * graph of each function body (and of the main module's code): definitions that reach a common
 * use are one web; each further web gets a fresh name ({@code x′2}, ... shown as {@code x}), the first keeps the
 * user's. The value a use reads is the same as before on every path, because the last assignment
 * on a path to a use always reaches it and so is in the use's web.
 *
 * <p>Names whose accesses can't all be seen in the scope's own code are left alone: global and
 * nonlocal names, names seen by nested functions, lambdas, classes or comprehensions, deleted
 * names, names bound by imports, definitions, except clauses, walrus or annotated assignments,
 * names of other modules, and every name of a scope that calls {@code locals()}-like builtins
 * or uses {@code match}.
 */
public final class VariableSplitting {
    /**
     * Joins a split variable's name to its number: not a character of Python names, so a split
     * name never meets a user's, and {@link #sourceName} can show the name as written.
     */
    private static final String MARK = "\u2032";
    private static final Set<String> INTROSPECTION = Set.of("locals", "vars", "eval", "exec", "dir", "globals");

    private VariableSplitting() {
    }

    /** The name as the user wrote it, for messages and {@code krait types}: {@code x} for the variable {@code x′2}. */
    public static String sourceName(String name) {
        int mark = name.indexOf(MARK);
        return mark < 0 ? name : name.substring(0, mark);
    }

    public static Mod.Module apply(Mod.Module module) {
        module = Rewriter.rewrite(module, VariableSplitting::copyParameterRebindings);
        Set<String> taken = new HashSet<>();
        Nodes.walk(module, n -> {
            if (n instanceof Expr.Name name) {
                taken.add(name.id());
            }
            return true;
        });
        Map<Expr.Name, String> renames = new IdentityHashMap<>();
        Scope main = new Scope(module.body(), List.of(), taken, renames);
        Nodes.walk(module, n -> {
            if (n instanceof Stmt.Global g) {
                main.excludedFromOutside.addAll(g.names()); // however deep: it names a module-level variable
            }
            return true;
        });
        main.split();
        Nodes.walk(module, n -> {
            if (n instanceof Stmt.FunctionDef f) {
                new Scope(f.body(), ScopeAnalysis.parameterNames(f.args()), taken, renames).split();
            } else if (n instanceof Stmt.AsyncFunctionDef f) {
                new Scope(f.body(), ScopeAnalysis.parameterNames(f.args()), taken, renames).split();
            }
            return true;
        });
        if (renames.isEmpty()) {
            return module;
        }
        return Rewriter.rewrite(module, n -> n instanceof Expr.Name nm && renames.containsKey(nm)
                ? new Expr.Name(nm.pos(), renames.get(nm), nm.ctx()) : null);
    }

    /**
     * In {@code if isinstance(p, C): p = convert(p)} of a parameter {@code p}, adds {@code p = p}
     * to the branch that keeps the parameter's value (an empty {@code else}), so that after the
     * {@code if} {@code p} reads only assignments: the splitting then gives the parameter's value
     * and the value after the test two variables, and a specialization whose argument type decides
     * the test analyses one branch, whose assignment alone types the later {@code p} (an int
     * argument made a {@code Polynomial} is not a variable of both types). The copy changes nothing
     * at run time.
     */
    private static Node copyParameterRebindings(Node n) {
        if (n instanceof Stmt.FunctionDef f) {
            return new Stmt.FunctionDef(f.pos(), f.name(), f.args(), copyRebindings(f.body(), ScopeAnalysis.parameterNames(f.args())),
                    f.decoratorList(), f.returns(), f.typeComment());
        }
        if (n instanceof Stmt.AsyncFunctionDef f) {
            return new Stmt.AsyncFunctionDef(f.pos(), f.name(), f.args(), copyRebindings(f.body(), ScopeAnalysis.parameterNames(f.args())),
                    f.decoratorList(), f.returns(), f.typeComment());
        }
        return null;
    }

    private static List<Stmt> copyRebindings(List<Stmt> body, List<String> params) {
        return Rewriter.rewrite(new Stmt.If(krait.syntax.Pos.NONE, new Expr.Name(krait.syntax.Pos.NONE, "_", ExprContext.Load), body, List.of()), n -> {
            if (n instanceof Stmt.FunctionDef || n instanceof Stmt.AsyncFunctionDef) {
                return copyParameterRebindings(n); // its own parameters
            }
            if (n instanceof Stmt.If i && testedParameter(i.test(), params) != null) {
                String p = testedParameter(i.test(), params);
                List<Stmt> then = copyRebindings(i.body(), params);
                List<Stmt> orelse = copyRebindings(i.orelse(), params);
                if (assignsAtTop(then, p) && !binds(orelse, p) && ControlFlow.canCompleteNormally(orelse)) {
                    orelse = withCopy(orelse, p, i);
                } else if (assignsAtTop(orelse, p) && !binds(then, p) && ControlFlow.canCompleteNormally(then)) {
                    then = withCopy(then, p, i);
                }
                return new Stmt.If(i.pos(), i.test(), then, orelse);
            }
            return null;
        }).body();
    }

    /** The parameter an {@code isinstance(p, ...)} in the test examines, or null. */
    private static String testedParameter(Expr test, List<String> params) {
        String[] found = {null};
        Nodes.walk(test, n -> {
            if (n instanceof Expr.Call c && c.func() instanceof Expr.Name f && f.id().equals("isinstance")
                    && c.args().size() == 2 && c.args().get(0) instanceof Expr.Name x && params.contains(x.id())) {
                found[0] = x.id();
            }
            return found[0] == null && !opensScope(n);
        });
        return found[0];
    }

    /** Whether one of the block's own statements assigns {@code p}: every run through it that ends normally rebinds it. */
    private static boolean assignsAtTop(List<Stmt> block, String p) {
        return block.stream().anyMatch(s -> s instanceof Stmt.Assign a
                && a.targets().stream().anyMatch(t -> t instanceof Expr.Name nm && nm.id().equals(p)));
    }

    private static boolean binds(List<Stmt> block, String p) {
        boolean[] found = {false};
        for (Stmt s : block) {
            Nodes.walk(s, n -> {
                if (n instanceof Expr.Name nm && nm.id().equals(p) && nm.ctx() != ExprContext.Load
                        || n instanceof Stmt.Global g && g.names().contains(p)
                        || n instanceof Stmt.Nonlocal g && g.names().contains(p)) {
                    found[0] = true;
                }
                return !found[0];
            });
        }
        return found[0];
    }

    private static List<Stmt> withCopy(List<Stmt> block, String p, Stmt.If at) {
        List<Stmt> out = new ArrayList<>(block);
        krait.syntax.Pos pos = at.test().pos();
        out.add(new Stmt.Assign(pos, List.of(new Expr.Name(pos, p, ExprContext.Store)), new Expr.Name(pos, p, ExprContext.Load), null));
        return List.copyOf(out);
    }

    /** Whether a node opens a scope of its own, whose names are not this scope's. */
    private static boolean opensScope(Node n) {
        return n instanceof Stmt.FunctionDef || n instanceof Stmt.AsyncFunctionDef || n instanceof Stmt.ClassDef
                || n instanceof Expr.Lambda || n instanceof Expr.ListComp || n instanceof Expr.SetComp
                || n instanceof Expr.DictComp || n instanceof Expr.GeneratorExp;
    }

    /** Thrown while building the graph of a scope whose control flow this pass doesn't model. */
    private static final class Unmodelled extends RuntimeException {
        Unmodelled() {
            super(null, null, false, false);
        }
    }

    /** One definition: an assigned name, or (name == null) a parameter's value on entry. */
    private record Def(String var, Expr.Name name, int order) {
    }

    private record Event(Expr.Name name, boolean def, int defIndex) {
    }

    private record Loop(int breakTo, int continueTo) {
    }

    private static final class Scope {
        private final List<Stmt> body;
        private final List<String> params;
        private final Set<String> taken;
        private final Map<Expr.Name, String> renames;
        private final Set<String> candidates = new HashSet<>();
        private final Set<String> excludedFromOutside = new HashSet<>();
        private final List<Def> defs = new ArrayList<>();
        private final Map<Expr.Name, Integer> defOf = new IdentityHashMap<>();
        private final List<List<Event>> events = new ArrayList<>();
        private final List<List<Integer>> succ = new ArrayList<>();
        private final List<List<Integer>> frames = new ArrayList<>();
        private final List<Loop> loops = new ArrayList<>();
        private int exit;
        private int cur;

        Scope(List<Stmt> body, List<String> params, Set<String> taken, Map<Expr.Name, String> renames) {
            this.body = body;
            this.params = params;
            this.taken = taken;
            this.renames = renames;
        }

        void split() {
            if (!findCandidates()) {
                return;
            }
            int entry = node();
            exit = node();
            for (String p : params) {
                if (candidates.contains(p)) {
                    int d = defs.size();
                    defs.add(new Def(p, null, -1));
                    events.get(entry).add(new Event(null, true, d));
                }
            }
            cur = entry;
            try {
                block(body);
            } catch (Unmodelled e) {
                return;
            }
            edge(cur, exit);
            rename(webs());
        }

        // ---- which names may be split

        private boolean findCandidates() {
            Map<String, Integer> stores = new HashMap<>();
            Set<String> excluded = new HashSet<>(excludedFromOutside);
            boolean[] dynamic = {false};
            for (Stmt s : body) {
                Nodes.walk(s, n -> {
                    if (n instanceof Expr.Name nm) {
                        if (nm.ctx() == ExprContext.Store) {
                            stores.merge(nm.id(), 1, Integer::sum);
                        } else if (nm.ctx() == ExprContext.Del) {
                            excluded.add(nm.id());
                        } else if (INTROSPECTION.contains(nm.id())) {
                            dynamic[0] = true;
                        }
                    } else if (n instanceof Stmt.Global g) {
                        excluded.addAll(g.names());
                    } else if (n instanceof Stmt.Nonlocal g) {
                        excluded.addAll(g.names());
                    } else if (n instanceof ExceptHandler h && h.name() != null) {
                        excluded.add(h.name());
                    } else if (n instanceof Alias a) {
                        excluded.add(a.asname() != null ? a.asname() : a.name().split("\\.")[0]);
                    } else if (n instanceof Expr.NamedExpr ne && ne.target() instanceof Expr.Name t) {
                        excluded.add(t.id());
                    } else if (n instanceof Stmt.AnnAssign an && an.target() instanceof Expr.Name t) {
                        excluded.add(t.id());
                    } else if (n instanceof Stmt.Match) {
                        dynamic[0] = true;
                    }
                    if (n instanceof Stmt.FunctionDef fd) {
                        excluded.add(fd.name());
                    } else if (n instanceof Stmt.AsyncFunctionDef fd) {
                        excluded.add(fd.name());
                    } else if (n instanceof Stmt.ClassDef cd) {
                        excluded.add(cd.name());
                    }
                    if (isEagerComprehension(n)) {
                        excluded.addAll(readLate(n)); // the rest it reads where it stands: uses there
                        return false;
                    }
                    if (opensScope(n)) {
                        excluded.addAll(seenBy(n));
                        return false;
                    }
                    return true;
                });
            }
            if (dynamic[0]) {
                return false;
            }
            for (var e : stores.entrySet()) {
                String name = e.getKey();
                int count = e.getValue() + (params.contains(name) ? 1 : 0);
                if (count >= 2 && !excluded.contains(name) && name.indexOf('.') < 0) {
                    candidates.add(name);
                }
            }
            return !candidates.isEmpty();
        }

        /**
         * A list, set or dict comprehension runs where it stands, so its reads of this scope's
         * names are reads at that point, as if they were written outside it.
         */
        private static boolean isEagerComprehension(Node n) {
            return n instanceof Expr.ListComp || n instanceof Expr.SetComp || n instanceof Expr.DictComp;
        }

        /**
         * The names of an eager comprehension that can't be treated as this scope's reads at its
         * place: walrus targets, and whatever its lambdas and generator expressions see, as they
         * may run later. (Its own variables shadow this scope's: {@link #access} skips them.)
         */
        private static Set<String> readLate(Node comprehension) {
            Set<String> late = new HashSet<>();
            Nodes.walk(comprehension, n -> {
                if (n != comprehension && opensScope(n) && !isEagerComprehension(n)) {
                    late.addAll(seenBy(n));
                    return false;
                }
                if (n instanceof Expr.NamedExpr ne && ne.target() instanceof Expr.Name t) {
                    late.add(t.id());
                }
                return true;
            });
            return late;
        }

        /**
         * The names a nested scope may read or write in this one: those it uses without binding
         * them itself (its own nested scopes included).
         */
        private static Set<String> seenBy(Node nested) {
            Set<String> used = new HashSet<>();
            Set<String> declared = new HashSet<>();
            Nodes.walk(nested, n -> {
                if (n != nested && opensScope(n)) {
                    used.addAll(seenBy(n));
                    return false;
                }
                if (n instanceof Expr.Name nm) {
                    used.add(nm.id());
                } else if (n instanceof Stmt.Nonlocal nl) {
                    declared.addAll(nl.names());
                } else if (n instanceof Stmt.Global g) {
                    declared.addAll(g.names());
                }
                return true;
            });
            used.addAll(declared);
            Set<String> own = new HashSet<>();
            if (nested instanceof Stmt.FunctionDef f) {
                own.addAll(ScopeAnalysis.parameterNames(f.args()));
                own.addAll(ScopeAnalysis.boundNames(f.body()));
            } else if (nested instanceof Stmt.AsyncFunctionDef f) {
                own.addAll(ScopeAnalysis.parameterNames(f.args()));
                own.addAll(ScopeAnalysis.boundNames(f.body()));
            } else if (nested instanceof Expr.Lambda l) {
                own.addAll(ScopeAnalysis.parameterNames(l.args()));
            } else if (comprehension(nested) != null) {
                List<Comprehension> gens = comprehension(nested);
                gens.forEach(g -> Nodes.walk(g.target(), n -> {
                    if (n instanceof Expr.Name nm) {
                        own.add(nm.id());
                    }
                    return true;
                }));
                // the first iterable is evaluated in this scope: a name there is this scope's
                Nodes.walk(gens.get(0).iter(), n -> {
                    if (n instanceof Expr.Name nm) {
                        own.remove(nm.id());
                    }
                    return true;
                });
            }
            own.removeAll(declared);
            used.removeAll(own);
            return used;
        }

        private static List<Comprehension> comprehension(Node n) {
            if (n instanceof Expr.ListComp c) {
                return c.generators();
            } else if (n instanceof Expr.SetComp c) {
                return c.generators();
            } else if (n instanceof Expr.DictComp c) {
                return c.generators();
            } else if (n instanceof Expr.GeneratorExp c) {
                return c.generators();
            }
            return null;
        }

        // ---- the control-flow graph: one node per simple statement, its reads before its writes

        private int node() {
            int id = events.size();
            events.add(new ArrayList<>());
            succ.add(new ArrayList<>());
            for (List<Integer> f : frames) {
                f.add(id);
            }
            return id;
        }

        private void edge(int from, int to) {
            succ.get(from).add(to);
        }

        /** A new node following the current one. */
        private int next() {
            int n = node();
            edge(cur, n);
            cur = n;
            return n;
        }

        /** After a jump: code that follows is reached from nowhere. */
        private void unreachable() {
            cur = node();
        }

        private void block(List<Stmt> stmts) {
            for (Stmt s : stmts) {
                stmt(s);
            }
        }

        private void stmt(Stmt s) {
            if (s instanceof Stmt.If i) {
                next();
                access(i.test());
                int test = cur;
                block(i.body());
                int endBody = cur;
                cur = test;
                block(i.orelse());
                int join = node();
                edge(endBody, join);
                edge(cur, join);
                cur = join;
            } else if (s instanceof Stmt.While w) {
                int head = next();
                access(w.test());
                int after = node();
                loops.add(new Loop(after, head));
                block(w.body());
                edge(cur, head);
                loops.remove(loops.size() - 1);
                cur = head;
                block(w.orelse());
                edge(cur, after);
                cur = after;
            } else if (s instanceof Stmt.For || s instanceof Stmt.AsyncFor) {
                Expr target = s instanceof Stmt.For f ? f.target() : ((Stmt.AsyncFor) s).target();
                Expr iter = s instanceof Stmt.For f ? f.iter() : ((Stmt.AsyncFor) s).iter();
                next();
                access(iter);
                int head = next();
                int after = node();
                next();
                access(target);
                loops.add(new Loop(after, head));
                block(s instanceof Stmt.For f ? f.body() : ((Stmt.AsyncFor) s).body());
                edge(cur, head);
                loops.remove(loops.size() - 1);
                cur = head;
                block(s instanceof Stmt.For f ? f.orelse() : ((Stmt.AsyncFor) s).orelse());
                edge(cur, after);
                cur = after;
            } else if (s instanceof Stmt.Try t) {
                tryStmt(t.body(), t.handlers(), t.orelse(), t.finalbody());
            } else if (s instanceof Stmt.TryStar t) {
                tryStmt(t.body(), t.handlers(), t.orelse(), t.finalbody());
            } else if (s instanceof Stmt.With || s instanceof Stmt.AsyncWith) {
                List<WithItem> items = s instanceof Stmt.With w ? w.items() : ((Stmt.AsyncWith) s).items();
                next();
                for (WithItem item : items) {
                    access(item.contextExpr());
                    if (item.optionalVars() != null) {
                        access(item.optionalVars());
                    }
                }
                // __exit__ may swallow an exception raised anywhere in the body
                List<Integer> frame = new ArrayList<>();
                frame.add(cur);
                frames.add(frame);
                block(s instanceof Stmt.With w ? w.body() : ((Stmt.AsyncWith) s).body());
                frames.remove(frames.size() - 1);
                int after = node();
                edge(cur, after);
                frame.forEach(n -> edge(n, after));
                cur = after;
            } else if (s instanceof Stmt.Break) {
                edge(cur, innermostLoop().breakTo());
                unreachable();
            } else if (s instanceof Stmt.Continue) {
                edge(cur, innermostLoop().continueTo());
                unreachable();
            } else if (s instanceof Stmt.Return r) {
                next();
                if (r.value() != null) {
                    access(r.value());
                }
                edge(cur, exit);
                unreachable();
            } else if (s instanceof Stmt.Raise r) {
                next();
                if (r.exc() != null) {
                    access(r.exc());
                }
                if (r.cause() != null) {
                    access(r.cause());
                }
                edge(cur, exit);
                unreachable();
            } else if (s instanceof Stmt.FunctionDef f) {
                next();
                f.decoratorList().forEach(this::access);
                defaults(f.args());
            } else if (s instanceof Stmt.AsyncFunctionDef f) {
                next();
                f.decoratorList().forEach(this::access);
                defaults(f.args());
            } else if (s instanceof Stmt.ClassDef c) {
                next();
                c.decoratorList().forEach(this::access);
                c.bases().forEach(this::access);
                c.keywords().forEach(k -> access(k.value()));
            } else if (s instanceof Stmt.Match) {
                throw new Unmodelled();
            } else if (s instanceof Stmt.Assign a) {
                // the value first, then each target from the left: in `i, xs[i] = 2, 9` the
                // subscript reads the i just stored
                next();
                access(a.value());
                a.targets().forEach(this::assignTo);
            } else {
                next();
                if (s instanceof Stmt.AugAssign a && a.target() instanceof Expr.Name nm && candidates.contains(nm.id())) {
                    use(nm);
                }
                access(s);
            }
        }

        private void assignTo(Expr target) {
            if (target instanceof Expr.Tuple t) {
                t.elts().forEach(this::assignTo);
            } else if (target instanceof Expr.List l) {
                l.elts().forEach(this::assignTo);
            } else if (target instanceof Expr.Starred st) {
                assignTo(st.value());
            } else {
                access(target);
            }
        }

        private Loop innermostLoop() {
            if (loops.isEmpty()) {
                throw new Unmodelled(); // break outside a loop: the parser lets it through; don't guess
            }
            return loops.get(loops.size() - 1);
        }

        private void defaults(Arguments args) {
            args.defaults().forEach(this::access);
            args.kwDefaults().forEach(e -> {
                if (e != null) {
                    access(e);
                }
            });
        }

        /**
         * A handler is reached from any point of the try body; finally from any point of the body,
         * the handlers and the else block, and after it control may go on to wherever a jump or an
         * exception in them was going.
         */
        private void tryStmt(List<Stmt> tryBody, List<ExceptHandler> handlers, List<Stmt> orelse, List<Stmt> finalbody) {
            List<Integer> all = new ArrayList<>();
            frames.add(all);
            List<Integer> inBody = new ArrayList<>();
            frames.add(inBody);
            next();
            block(tryBody);
            frames.remove(frames.size() - 1);
            block(orelse);
            List<Integer> ends = new ArrayList<>();
            ends.add(cur);
            for (ExceptHandler h : handlers) {
                int entry = node();
                inBody.forEach(n -> edge(n, entry));
                cur = entry;
                if (h.type() != null) {
                    access(h.type());
                }
                block(h.body());
                ends.add(cur);
            }
            frames.remove(frames.size() - 1);
            int join = node();
            ends.forEach(n -> edge(n, join));
            cur = join;
            if (!finalbody.isEmpty()) {
                all.forEach(n -> edge(n, join));
                block(finalbody);
                int after = node();
                edge(cur, after);
                edge(cur, exit);
                for (Loop l : loops) {
                    edge(cur, l.breakTo());
                    edge(cur, l.continueTo());
                }
                cur = after;
            }
        }

        /** The reads and writes of a statement or expression, not counting nested scopes' bodies. */
        private void access(Node root) {
            List<Expr.Name> writes = new ArrayList<>();
            access(root, Set.of(), writes);
            for (Expr.Name w : writes) {
                int d = defs.size();
                defs.add(new Def(w.id(), w, d));
                defOf.put(w, d);
                events.get(cur).add(new Event(w, true, d));
            }
        }

        /** {@code shadowed}: the variables of the eager comprehensions around {@code root}, which are not this scope's. */
        private void access(Node root, Set<String> shadowed, List<Expr.Name> writes) {
            Nodes.walk(root, n -> {
                if (n instanceof Expr.Name nm && candidates.contains(nm.id()) && !shadowed.contains(nm.id())) {
                    if (nm.ctx() == ExprContext.Store) {
                        writes.add(nm);
                    } else {
                        use(nm);
                    }
                }
                if (n instanceof Expr.Lambda l) {
                    defaults(l.args());
                    return false;
                }
                if (n instanceof Expr.GeneratorExp) {
                    return false; // its names are never candidates
                }
                if (isEagerComprehension(n)) {
                    List<Comprehension> gens = comprehension(n);
                    access(gens.get(0).iter(), shadowed, writes); // evaluated where the comprehension stands
                    Set<String> inner = new HashSet<>(shadowed);
                    gens.forEach(g -> Nodes.walk(g.target(), t -> {
                        if (t instanceof Expr.Name tn) {
                            inner.add(tn.id());
                        }
                        return true;
                    }));
                    for (int k = 0; k < gens.size(); k++) {
                        Comprehension g = gens.get(k);
                        if (k > 0) {
                            access(g.iter(), inner, writes);
                        }
                        g.ifs().forEach(c -> access(c, inner, writes));
                    }
                    if (n instanceof Expr.ListComp c) {
                        access(c.elt(), inner, writes);
                    } else if (n instanceof Expr.SetComp c) {
                        access(c.elt(), inner, writes);
                    } else if (n instanceof Expr.DictComp c) {
                        access(c.key(), inner, writes);
                        access(c.value(), inner, writes);
                    }
                    return false;
                }
                return !(n instanceof Stmt.FunctionDef || n instanceof Stmt.AsyncFunctionDef || n instanceof Stmt.ClassDef)
                        || n == root;
            });
        }

        private void use(Expr.Name nm) {
            events.get(cur).add(new Event(nm, false, -1));
        }

        // ---- reaching definitions and webs

        private int[] webs() {
            int n = events.size();
            Map<String, BitSet> defsOfVar = new HashMap<>();
            for (int d = 0; d < defs.size(); d++) {
                defsOfVar.computeIfAbsent(defs.get(d).var(), k -> new BitSet()).set(d);
            }
            List<List<Integer>> preds = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                preds.add(new ArrayList<>());
            }
            for (int i = 0; i < n; i++) {
                for (int j : succ.get(i)) {
                    preds.get(j).add(i);
                }
            }
            BitSet[] out = new BitSet[n];
            for (int i = 0; i < n; i++) {
                out[i] = new BitSet();
            }
            java.util.ArrayDeque<Integer> work = new java.util.ArrayDeque<>();
            for (int i = 0; i < n; i++) {
                work.add(i);
            }
            boolean[] queued = new boolean[n];
            java.util.Arrays.fill(queued, true);
            while (!work.isEmpty()) {
                int i = work.poll();
                queued[i] = false;
                BitSet state = in(i, preds, out);
                for (Event e : events.get(i)) {
                    if (e.def()) {
                        state.andNot(defsOfVar.get(defs.get(e.defIndex()).var()));
                        state.set(e.defIndex());
                    }
                }
                if (!state.equals(out[i])) {
                    out[i] = state;
                    for (int j : succ.get(i)) {
                        if (!queued[j]) {
                            queued[j] = true;
                            work.add(j);
                        }
                    }
                }
            }
            int[] parent = new int[defs.size()];
            for (int d = 0; d < parent.length; d++) {
                parent[d] = d;
            }
            for (int i = 0; i < n; i++) {
                BitSet state = in(i, preds, out);
                for (Event e : events.get(i)) {
                    if (e.def()) {
                        state.andNot(defsOfVar.get(defs.get(e.defIndex()).var()));
                        state.set(e.defIndex());
                        continue;
                    }
                    BitSet reaching = (BitSet) state.clone();
                    reaching.and(defsOfVar.getOrDefault(e.name().id(), new BitSet()));
                    int first = reaching.nextSetBit(0);
                    Integer self = defOf.get(e.name()); // x += 1 reads and writes one name node
                    if (self != null && first < 0) {
                        first = self;
                    }
                    for (int d = reaching.nextSetBit(0); d >= 0; d = reaching.nextSetBit(d + 1)) {
                        union(parent, first, d);
                    }
                    if (self != null) {
                        union(parent, first, self);
                    }
                    if (first >= 0) {
                        useWeb.put(e.name(), first);
                    }
                }
            }
            return parent;
        }

        private final Map<Expr.Name, Integer> useWeb = new IdentityHashMap<>();

        private static BitSet in(int i, List<List<Integer>> preds, BitSet[] out) {
            BitSet state = new BitSet();
            for (int p : preds.get(i)) {
                state.or(out[p]);
            }
            return state;
        }

        private static int find(int[] parent, int d) {
            while (parent[d] != d) {
                parent[d] = parent[parent[d]];
                d = parent[d];
            }
            return d;
        }

        private static void union(int[] parent, int a, int b) {
            int ra = find(parent, a);
            int rb = find(parent, b);
            if (ra != rb) {
                parent[Math.max(ra, rb)] = Math.min(ra, rb);
            }
        }

        private void rename(int[] parent) {
            Map<String, List<Integer>> rootsOfVar = new LinkedHashMap<>();
            for (int d = 0; d < defs.size(); d++) {
                int root = find(parent, d);
                List<Integer> roots = rootsOfVar.computeIfAbsent(defs.get(d).var(), k -> new ArrayList<>());
                if (!roots.contains(root)) {
                    roots.add(root);
                }
            }
            Map<Integer, String> nameOfRoot = new HashMap<>();
            List<String> vars = new ArrayList<>(rootsOfVar.keySet());
            vars.sort(Comparator.naturalOrder());
            for (String var : vars) {
                List<Integer> roots = rootsOfVar.get(var);
                if (roots.size() < 2) {
                    continue;
                }
                // a root is its web's first definition, and definitions are numbered in source order
                roots.sort(Comparator.naturalOrder());
                for (int k = 1; k < roots.size(); k++) {
                    String fresh = var + MARK + (k + 1);
                    while (taken.contains(fresh)) {
                        fresh = fresh + "_";
                    }
                    taken.add(fresh);
                    nameOfRoot.put(roots.get(k), fresh);
                }
            }
            if (nameOfRoot.isEmpty()) {
                return;
            }
            for (int d = 0; d < defs.size(); d++) {
                String fresh = nameOfRoot.get(find(parent, d));
                if (fresh != null && defs.get(d).name() != null) {
                    renames.put(defs.get(d).name(), fresh);
                }
            }
            for (var e : useWeb.entrySet()) {
                String fresh = nameOfRoot.get(find(parent, e.getValue()));
                if (fresh != null) {
                    renames.put(e.getKey(), fresh);
                }
            }
        }
    }
}
