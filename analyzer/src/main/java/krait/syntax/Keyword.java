package krait.syntax;

/** A keyword argument {@code name=value}, or {@code **value} when {@code arg} is null. */
public record Keyword(Pos pos, /* nullable */ String arg, Expr value) implements Node {
}
