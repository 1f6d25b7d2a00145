package krait.types;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
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
                joinFixedIntoVarTuples(v);
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
