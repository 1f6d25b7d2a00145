package krait.syntax;

/** Binary arithmetic operators, named as CPython's {@code ast.operator} subclasses. */
public enum Operator {
    Add("+"), Sub("-"), Mult("*"), MatMult("@"), Div("/"), Mod("%"), Pow("**"), LShift("<<"), RShift(">>"),
    BitOr("|"), BitXor("^"), BitAnd("&"), FloorDiv("//");

    public final String symbol;

    Operator(String symbol) {
        this.symbol = symbol;
    }
}
