package krait.types;

import java.util.ArrayList;
import java.util.List;
import krait.diag.MessageId;
import krait.syntax.Expr;
import krait.syntax.Nodes;
import krait.syntax.Pos;

/**
 * {@code c[a:b:c]}: a slice of a list is a list of the same elements, of a str a str; a slice of
 * a tuple with bounds written as int literals is the tuple of the positions it picks; a model
 * class that declares {@link #SLICE_METHOD} slices to its own type.
 */
public record SliceConstraint(InferenceContext cx, Pos pos, Expr.Slice slice, TypeVar container, TypeVar result,
                              Specialization spec, krait.syntax.Node node)
        implements Constraint {
    /**
     * The method a model class declares to be sliceable ({@code def __getslice__(self, lo, hi, step)}
     * with {@code @cpp("slice")}): Python 3 has no such special method, so the name cannot clash.
     */
    public static final String SLICE_METHOD = "__getslice__";

    @Override
    public void propagate(ConstraintSolver solver) {
        for (PyType t : List.copyOf(Representation.withoutAbsorbedTuples(container.types()))) {
            if (t instanceof PyType.ListType || t.equals(PyType.STR) || t instanceof PyType.VarTupleType || PyType.isBytesLike(t)) {
                solver.addType(result, t, pos);
            } else if (t instanceof PyType.ModelInstance m && m.cls().methods().containsKey(SLICE_METHOD)) {
                // a model class that declares it (array.array) slices to its own type, by its C++ slice()
                solver.addType(result, t, pos);
            } else if (TupleViews.has(t)) {
                // p[1:] of a namedtuple: a slice of the tuple of its fields
                TypeVar tuple = TupleViews.view(cx, solver, spec, node, t, pos);
                if (tuple != null) {
                    solver.subscribe(new SliceConstraint(cx, pos, slice, tuple, result, spec, node), tuple);
                }
            } else if (t instanceof PyType.TupleType tt) {
                int[] picked = tupleSlice(slice, tt.elements().size());
                if (picked == null && Representation.distinct(new java.util.LinkedHashSet<>(tt.elements())).size() <= 1) {
                    // bounds known only at run time: a tuple of run-time length of the one element type
                    AllocSite site = cx.siteFor(slice, pos, "tuple", null);
                    tt.elements().forEach(e -> solver.addType(site.elements(), e, pos));
                    solver.addType(result, new PyType.VarTupleType(site), pos);
                    continue;
                }
                if (picked == null) {
                    cx.error(pos, MessageId.UNSUPPORTED_CONSTRUCT, "slicing a tuple with bounds not known at compile time");
                    continue;
                }
                List<PyType> elements = new ArrayList<>();
                for (int i : picked) {
                    elements.add(tt.elements().get(i));
                }
                solver.addType(result, new PyType.TupleType(List.copyOf(elements)), pos);
            } else {
                cx.error(pos, MessageId.NOT_SUBSCRIPTABLE, TypeNaming.name(t));
            }
        }
    }

    /**
     * The positions {@code t[lower:upper:step]} picks from a tuple of {@code length} elements, as
     * Python's slice.indices computes them, or null when a bound is not an int literal (or step is 0).
     */
    public static int[] tupleSlice(Expr.Slice slice, int length) {
        Integer lower = bound(slice.lower());
        Integer upper = bound(slice.upper());
        Integer step = bound(slice.step());
        if ((slice.lower() != null && lower == null) || (slice.upper() != null && upper == null)
                || (slice.step() != null && (step == null || step == 0))) {
            return null;
        }
        int st = step == null ? 1 : step;
        int lo;
        int hi;
        if (st > 0) {
            lo = lower == null ? 0 : clamp(lower, length, 0, length);
            hi = upper == null ? length : clamp(upper, length, 0, length);
        } else {
            lo = lower == null ? length - 1 : clamp(lower, length, -1, length - 1);
            hi = upper == null ? -1 : clamp(upper, length, -1, length - 1);
        }
        List<Integer> out = new ArrayList<>();
        for (int i = lo; st > 0 ? i < hi : i > hi; i += st) {
            out.add(i);
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    private static Integer bound(Expr e) {
        return e == null ? null : Nodes.smallIntLiteral(e);
    }

    private static int clamp(int index, int length, int min, int max) {
        int i = index < 0 ? index + length : index;
        return Math.max(min, Math.min(max, i));
    }
}
