package krait.types;

import java.util.List;
import krait.syntax.Node;
import krait.syntax.Pos;

/**
 * The tuple an instance of a namedtuple class stands for (see {@code krait.desugar.NamedTuples}):
 * its method {@link #METHOD} returns the tuple of its fields. Where a tuple's positions matter
 * (unpacking, an index, a slice) the constraints treat such an instance as what that method
 * returns, recorded as a call under the node with the key {@code [instance type]}, which the
 * lowering makes before it unpacks, indexes or slices the tuple.
 */
public final class TupleViews {
    /** A name no Python program defines by accident (it is not a dunder name, so never special). */
    public static final String METHOD = "_krait_tuple";

    private TupleViews() {
    }

    /** The return variable of {@code t}'s tuple view, recorded under {@code node}; null when {@code t} has none. */
    static TypeVar view(InferenceContext cx, ConstraintSolver solver, Specialization spec, Node node, PyType t, Pos pos) {
        if (spec == null || !(t instanceof PyType.InstanceType i) || i.cls().lookupMethod(METHOD) == null) {
            return null;
        }
        Specialization s = cx.specialize(i.cls().lookupMethod(METHOD), List.of(t), pos);
        if (s == null) {
            return null;
        }
        spec.calls.computeIfAbsent(node, n -> new java.util.LinkedHashMap<>()).put(List.of(t), new CallTarget.User(s));
        cx.callGraph.addEdge(spec, s);
        return s.returnVar();
    }

    /**
     * {@code f(*p)}: the types of the starred argument {@code value}, a namedtuple's replaced by
     * the tuple of its fields (recorded under {@code node}), flow into {@code spread}.
     */
    record Spread(InferenceContext cx, Specialization spec, Node node, TypeVar value, TypeVar spread) implements Constraint {
        @Override
        public void propagate(ConstraintSolver solver) {
            for (PyType t : List.copyOf(value.types())) {
                TypeVar tuple = has(t) ? view(cx, solver, spec, node, t, spread.pos()) : null;
                if (tuple != null) {
                    solver.addFlow(tuple, spread);
                } else if (!has(t)) {
                    solver.addType(spread, t, spread.pos());
                }
            }
        }
    }

    /** Whether instances of {@code t} are namedtuples. */
    public static boolean has(PyType t) {
        return t instanceof PyType.InstanceType i && i.cls().lookupMethod(METHOD) != null;
    }
}
