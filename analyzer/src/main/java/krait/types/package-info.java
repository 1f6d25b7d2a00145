/**
 * Type inference. {@link krait.types.ConstraintGenerator} turns each function specialization into
 * type variables and constraints, {@link krait.types.ConstraintSolver} propagates them to a
 * fixpoint, calls are resolved per argument-type tuple (Cartesian product) by
 * {@link krait.types.CallConstraint}, and {@link krait.types.TypeInference} checks the result and
 * hands a {@link krait.types.TypedProgram} to the code generator. Builtins come from model files
 * ({@link krait.types.ModelLoader}).
 */
package krait.types;
