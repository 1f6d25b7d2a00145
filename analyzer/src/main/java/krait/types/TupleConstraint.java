package krait.types;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import krait.diag.MessageId;
import krait.syntax.Pos;

/** {@code (a, b)}: one tuple type per combination of the element types. */
record TupleConstraint(InferenceContext cx, Pos pos, List<TypeVar> elements, TypeVar result) implements Constraint {
    private static final int MAX_COMBINATIONS = 64;
    /**
     * Tuples nested deeper than this are taken for a recursive structure ({@code ("neg", node)}
     * where node is such a tuple): each level would be a new type, so inference would not end.
     */
    private static final int MAX_NESTING = 16;

    @Override
    public void propagate(ConstraintSolver solver) {
        List<Set<PyType>> sets = new ArrayList<>();
        long combinations = 1;
        for (TypeVar e : elements) {
            if (e.types().isEmpty()) {
                return;
            }
            Set<PyType> types = oneContainerPerKind(e.types());
            sets.add(types);
            combinations *= types.size();
        }
        if (combinations > MAX_COMBINATIONS) {
            boolean nested = sets.stream().flatMap(Set::stream).anyMatch(t -> t instanceof PyType.TupleType);
            if (nested) {
                cx.error(pos, MessageId.RECURSIVE_TUPLE, "more than " + MAX_COMBINATIONS + " combinations");
            } else {
                cx.error(pos, MessageId.TOO_MANY_SPECIALIZATIONS, "tuple", MAX_COMBINATIONS);
            }
            return;
        }
        for (List<PyType> combo : Cartesian.product(sets)) {
            if (nesting(combo, 1) > MAX_NESTING) {
                cx.error(pos, MessageId.RECURSIVE_TUPLE, "tuples nested more than " + MAX_NESTING + " deep");
                return;
            }
            solver.addType(result, new PyType.TupleType(combo), pos);
        }
    }

    private static int nesting(List<PyType> elements, int depth) {
        int max = depth;
        for (PyType e : elements) {
            if (e instanceof PyType.TupleType t && depth <= MAX_NESTING) {
                max = Math.max(max, nesting(t.elements(), depth + 1));
            }
        }
        return max;
    }

    /**
     * Containers of one kind from different allocation sites that meet in one variable are
     * unified by the solver (their elements flow both ways), so one of them stands for all:
     * zipping the rows of matrices built by several comprehensions is then one tuple type
     * instead of one per pair of sites.
     */
    private static Set<PyType> oneContainerPerKind(Set<PyType> types) {
        Set<PyType> out = new LinkedHashSet<>();
        List<PyType> kept = new ArrayList<>();
        for (PyType t : types) {
            if (ConstraintSolver.siteOf(t) != null && kept.stream().anyMatch(k -> sameKind(k, t))) {
                continue;
            }
            if (ConstraintSolver.siteOf(t) != null) {
                kept.add(t);
            }
            out.add(t);
        }
        return out;
    }

    private static boolean sameKind(PyType a, PyType b) {
        if (a.getClass() != b.getClass()) {
            return false;
        }
        return !(a instanceof PyType.ModelInstance m) || m.cls().equals(((PyType.ModelInstance) b).cls());
    }
}
