package krait.syntax;

/** One parameter, as CPython's {@code ast.arg}. */
public record Arg(Pos pos, String arg, /* nullable */ Expr annotation, /* nullable */ String typeComment) implements Node {
}
