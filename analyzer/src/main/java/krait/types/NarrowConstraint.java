package krait.types;

import java.util.List;

/**
 * A read of a variable where a test has proved something of it ({@code if x is not None:},
 * {@code if isinstance(x, C):}, the right of {@code x is None or ...}): it holds the variable's
 * types that every filter admits, plus what an assignment in the test's branch may have stored.
 * None beside a reference stays when {@code keepNoneOfReferences} (a null pointer costs nothing to
 * keep, and the code that reads it stays as it was), so only optional values lose it; the left of
 * {@code or} drops it always.
 */
record NarrowConstraint(TypeVar base, TypeVar narrowed, List<TypeFilter> filters, boolean keepNoneOfReferences)
        implements Constraint {
    NarrowConstraint(TypeVar base, TypeVar narrowed, boolean keepNoneOfReferences) {
        this(base, narrowed, List.of(new TypeFilter.NotNone()), keepNoneOfReferences);
    }

    @Override
    public void propagate(ConstraintSolver solver) {
        boolean reference = keepNoneOfReferences && base.types().stream().anyMatch(Representation::isReference);
        for (PyType t : List.copyOf(base.types())) {
            if (filters.stream().allMatch(f -> f.admits(t)) || t.equals(PyType.NONE) && reference) {
                solver.addType(narrowed, t, base.origin(t));
            }
        }
    }
}
