package krait.syntax;

/** Comparison operators, named as CPython's {@code ast.cmpop} subclasses. */
public enum CmpOperator {
    Eq("=="), NotEq("!="), Lt("<"), LtE("<="), Gt(">"), GtE(">="), Is("is"), IsNot("is not"), In("in"), NotIn("not in");

    public final String symbol;

    CmpOperator(String symbol) {
        this.symbol = symbol;
    }
}
