package krait.syntax;

/** One {@code expr as target} item of a {@code with} statement. */
public record WithItem(Expr contextExpr, /* nullable */ Expr optionalVars) implements Node {
}
