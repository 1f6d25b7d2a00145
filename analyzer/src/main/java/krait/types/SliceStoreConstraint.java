package krait.types;

import java.util.List;
import krait.diag.MessageId;
import krait.syntax.Pos;

/** {@code xs[a:b] = items}: the items join the list's elements; a bytearray takes bytes-like items. */
record SliceStoreConstraint(InferenceContext cx, Pos pos, TypeVar container, TypeVar items, TypeVar value)
        implements Constraint {
    @Override
    public void propagate(ConstraintSolver solver) {
        for (PyType t : List.copyOf(container.types())) {
            if (t instanceof PyType.ListType l) {
                solver.addFlow(items, l.site().elements());
                // xs[a:b] = []: the empty list takes xs's element type rather than the default int
                for (PyType v : List.copyOf(value.types())) {
                    AllocSite source = ConstraintSolver.siteOf(v);
                    if (source != null && source != l.site()) {
                        solver.addFlow(l.site().elements(), source.elements());
                    }
                }
            } else if (t.equals(PyType.BYTEARRAY)) {
                for (PyType v : List.copyOf(value.types())) {
                    if (!PyType.isBytesLike(v)) {
                        cx.error(pos, MessageId.UNSUPPORTED_CONSTRUCT, "assigning a '" + TypeNaming.name(v)
                                + "' to a bytearray slice (bytes or a bytearray is)");
                    }
                }
            } else {
                cx.error(pos, MessageId.NO_ITEM_ASSIGNMENT, TypeNaming.name(t));
            }
        }
    }
}
