package krait.types;

/**
 * A read of a variable where a test has proved it is not None ({@code if x is not None:}, the
 * right of {@code x is None or ...}): it holds the variable's types without None, plus what an
 * assignment in the test's branch may have stored. None beside a reference stays when
 * {@code keepNoneOfReferences} (a null pointer costs nothing to keep, and the code that reads it
 * stays as it was), so only optional values are narrowed; the left of {@code or} drops it always.
 */
record NarrowConstraint(TypeVar base, TypeVar narrowed, boolean keepNoneOfReferences) implements Constraint {
    @Override
    public void propagate(ConstraintSolver solver) {
        boolean reference = keepNoneOfReferences && base.types().stream().anyMatch(Representation::isReference);
        for (PyType t : java.util.List.copyOf(base.types())) {
            if (!t.equals(PyType.NONE) || reference) {
                solver.addType(narrowed, t, base.origin(t));
            }
        }
    }
}
