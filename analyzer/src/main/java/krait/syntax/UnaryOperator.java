package krait.syntax;

/** Unary operators, named as CPython's {@code ast.unaryop} subclasses. */
public enum UnaryOperator {
    Invert("~"), Not("not"), UAdd("+"), USub("-");

    public final String symbol;

    UnaryOperator(String symbol) {
        this.symbol = symbol;
    }
}
