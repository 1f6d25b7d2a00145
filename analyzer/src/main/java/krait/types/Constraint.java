package krait.types;

/**
 * A rule that reads some type variables and may add types, flows or new specializations when they
 * grow. The solver calls {@link #propagate} again whenever one of the variables it subscribed to
 * changes, so a constraint must be idempotent: adding what is already there does nothing.
 */
public interface Constraint {
    void propagate(ConstraintSolver solver);
}
