package krait.types;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Set;
import krait.syntax.Pos;

/**
 * The worklist engine: propagates types along flow edges and re-runs the constraints that
 * subscribed to a variable until nothing changes. Monotone (types only grow) over finite sets, so
 * it reaches a fixpoint; the number of specializations is bounded elsewhere.
 */
public final class ConstraintSolver {
    private final Deque<Constraint> pending = new ArrayDeque<>();
    private final Set<Constraint> queued = new LinkedHashSet<>();
    private long steps;
    private InferenceProgress progress = InferenceProgress.SILENT;
    /** Makes the site of the variable-length tuple that fixed tuples of several lengths meeting in a variable become. */
    private java.util.function.BiFunction<TypeVar, String, AllocSite> varTupleSites;

    void varTupleSites(java.util.function.BiFunction<TypeVar, String, AllocSite> sites) {
        this.varTupleSites = sites;
    }

    void reportTo(InferenceProgress progress) {
        this.progress = progress;
    }

    public TypeVar newVar(String description, Pos pos) {
        return new TypeVar(description, pos);
    }

    /** Adds {@code type} to {@code var} (coming in at {@code origin}) and propagates it. */
    public void addType(TypeVar var, PyType type, Pos origin) {
        Deque<TypeVar> work = new ArrayDeque<>();
        List<TypeVar> reached = new ArrayList<>();
        if (var.add(type, origin)) {
            work.add(var);
        }
        while (!work.isEmpty()) {
            TypeVar v = work.poll();
            reached.add(v);
            for (TypeVar target : v.flowsTo) {
                if (target.add(type, v.origin(type))) {
                    work.add(target);
                }
            }
            for (Constraint c : v.dependents) {
                enqueue(c);
            }
        }
        AllocSite site = siteOf(type);
        if (site != null) {
            for (TypeVar v : reached) {
                unifyElements(v, type, site);
            }
        }
        if (type instanceof PyType.TupleType || type instanceof PyType.VarTupleType) {
            for (TypeVar v : reached) {
                introduceVarTuple(v);
                joinFixedIntoVarTuples(v);
            }
        }
    }

    /**
     * Fixed tuples of different lengths whose items share one representation ({@code [(0,), (0, 1)]},
     * {@code t = t + (x,)} in a loop, {@code *args} of calls with different counts) meet as one
     * tuple of run-time length: the variable gets one, and {@link #joinFixedIntoVarTuples} converts
     * the fixed ones to it. Items of several representations stay an error about the tuples.
     */
    private void introduceVarTuple(TypeVar v) {
        if (varTupleSites == null) {
            return;
        }
        PyType.VarTupleType vt = varTupleFor(v.types(), v, "");
        if (vt != null) {
            addType(v, vt, v.pos());
        }
        introducePositionVarTuples(v);
    }

    /** The variable tuple that {@code types} need (made at {@code v}, told apart by {@code tag}), or null. */
    private PyType.VarTupleType varTupleFor(java.util.Collection<PyType> types, TypeVar v, String tag) {
        Set<Integer> arities = new java.util.HashSet<>();
        Set<PyType> items = new LinkedHashSet<>();
        for (PyType t : types) {
            if (t instanceof PyType.VarTupleType) {
                return null;
            }
            if (t instanceof PyType.TupleType tu) {
                arities.add(tu.elements().size());
                items.addAll(tu.elements());
            }
        }
        if (arities.size() < 2 || !oneShallowKind(items) || Representation.distinct(items).size() > 1) {
            return null;
        }
        return new PyType.VarTupleType(varTupleSites.apply(v, tag));
    }

    /**
     * Whether {@code items} could share one representation, decided without computing it: of one
     * kind of type (None aside), and not tuples nested deeper than a few levels. Trees built from
     * tuples ({@code ("neg", node)}) would otherwise have their ever deeper types compared here,
     * before {@link TupleConstraint} reports them.
     */
    private static boolean oneShallowKind(Set<PyType> items) {
        Set<Object> kinds = new java.util.HashSet<>();
        for (PyType t : items) {
            if (t.equals(PyType.NONE)) {
                continue;
            }
            kinds.add(t instanceof PyType.Prim p ? p : t.getClass());
            if (tupleDepth(t, 0) > MAX_VAR_TUPLE_NESTING) {
                return false;
            }
        }
        return kinds.size() <= 1;
    }

    private static final int MAX_VAR_TUPLE_NESTING = 4;

    private static int tupleDepth(PyType t, int depth) {
        if (!(t instanceof PyType.TupleType tu) || depth > MAX_VAR_TUPLE_NESTING) {
            return depth;
        }
        int max = depth + 1;
        for (PyType e : tu.elements()) {
            max = Math.max(max, tupleDepth(e, depth + 1));
        }
        return max;
    }

    /**
     * The same one level down: tuples of one length whose position holds tuples of different
     * lengths ({@code [((1,), "a"), ((1, 2), "b")]}) get a tuple with a variable tuple there, which
     * {@link Representation#mergeTuples} makes their common type.
     */
    private void introducePositionVarTuples(TypeVar v) {
        Map<Integer, List<PyType.TupleType>> byArity = new java.util.LinkedHashMap<>();
        for (PyType t : List.copyOf(v.types())) {
            if (t instanceof PyType.TupleType tu && !tu.elements().isEmpty()) {
                byArity.computeIfAbsent(tu.elements().size(), n -> new ArrayList<>()).add(tu);
            }
        }
        for (List<PyType.TupleType> group : byArity.values()) {
            if (group.size() < 2) {
                continue;
            }
            int n = group.get(0).elements().size();
            for (int i = 0; i < n; i++) {
                Set<PyType> at = new LinkedHashSet<>();
                for (PyType.TupleType tu : group) {
                    at.add(tu.elements().get(i));
                }
                PyType.VarTupleType vt = null;
                for (PyType t : at) {
                    if (t instanceof PyType.VarTupleType found) {
                        vt = found;
                        break;
                    }
                }
                boolean made = vt == null;
                if (made) {
                    vt = varTupleFor(at, v, n + "." + i);
                    if (vt == null) {
                        continue;
                    }
                }
                for (PyType t : at) {
                    if (t instanceof PyType.TupleType fixed) {
                        for (PyType e : fixed.elements()) {
                            addType(vt.site().elements(), e, v.pos());
                        }
                    }
                }
                if (made) {
                    List<PyType> elements = new ArrayList<>(group.get(0).elements());
                    elements.set(i, vt);
                    addType(v, new PyType.TupleType(List.copyOf(elements)), v.pos());
                }
            }
        }
    }

    /**
     * A fixed tuple that meets a variable-length one becomes one (see {@link Representation}): its
     * positions join the variable tuple's elements. Variable tuples that meet share elements.
     */
    private void joinFixedIntoVarTuples(TypeVar v) {
        List<PyType.VarTupleType> vars = new ArrayList<>();
        for (PyType t : v.types()) {
            if (t instanceof PyType.VarTupleType vt) {
                vars.add(vt);
            }
        }
        if (vars.isEmpty()) {
            return;
        }
        for (PyType t : List.copyOf(v.types())) {
            if (t instanceof PyType.TupleType tu) {
                for (PyType.VarTupleType vt : vars) {
                    for (PyType e : tu.elements()) {
                        addType(vt.site().elements(), e, v.origin(t));
                    }
                }
            }
        }
        for (int i = 1; i < vars.size(); i++) {
            addFlow(vars.get(0).site().elements(), vars.get(i).site().elements());
            addFlow(vars.get(i).site().elements(), vars.get(0).site().elements());
        }
    }

    /** The allocation site of a container type, or null. */
    static AllocSite siteOf(PyType t) {
        if (t instanceof PyType.ListType l) {
            return l.site();
        }
        if (t instanceof PyType.DictType d) {
            return d.site();
        }
        if (t instanceof PyType.SetType s) {
            return s.site();
        }
        if (t instanceof PyType.ModelInstance m) {
            return m.site();
        }
        if (t instanceof PyType.VarTupleType vt) {
            return vt.site();
        }
        return null;
    }

    /**
     * Lists that meet in one variable are the same list as far as the program can tell (it may
     * append to either through it), so their elements flow both ways: {@code [[1], []]} is a list
     * of lists of ints.
     */
    private void unifyElements(TypeVar v, PyType container, AllocSite site) {
        for (PyType other : List.copyOf(v.types())) {
            AllocSite o = siteOf(other);
            if (o != null && o != site && other.getClass() == container.getClass()
                    && (!(other instanceof PyType.ModelInstance m) || m.cls().equals(((PyType.ModelInstance) container).cls()))) {
                addFlow(site.elements(), o.elements());
                addFlow(o.elements(), site.elements());
                addFlow(site.values(), o.values());
                addFlow(o.values(), site.values());
            }
        }
    }

    /** Everything {@code from} holds (now and later) also flows into {@code to}. */
    public void addFlow(TypeVar from, TypeVar to) {
        if (from == to || from.flowsTo.contains(to)) {
            return;
        }
        from.flowsTo.add(to);
        for (PyType t : from.types().toArray(new PyType[0])) {
            addType(to, t, from.origin(t));
        }
    }

    /** {@code a}'s and {@code b}'s values meet in an operation (see {@link TypeVar#meets}); no types flow. */
    public void addMeeting(TypeVar a, TypeVar b) {
        if (a != b && !a.meets.contains(b)) {
            a.meets.add(b);
            b.meets.add(a);
        }
    }

    /** Runs {@code c} now and whenever one of {@code inputs} grows. */
    public void subscribe(Constraint c, TypeVar... inputs) {
        for (TypeVar v : inputs) {
            v.dependents.add(c);
        }
        enqueue(c);
    }

    /** Runs {@code c} again (at the next {@link #solve()}). */
    void rerun(Constraint c) {
        enqueue(c);
    }

    private void enqueue(Constraint c) {
        if (queued.add(c)) {
            pending.add(c);
        }
    }

    /** Runs constraints until nothing changes. */
    public void solve() {
        while (!pending.isEmpty()) {
            Constraint c = pending.poll();
            queued.remove(c);
            steps++;
            c.propagate(this);
            progress.step(steps, pending.size());
        }
    }

    public long steps() {
        return steps;
    }
}
