package krait.syntax;

import java.util.List;

/** One {@code except Type as name:} clause. */
public record ExceptHandler(Pos pos, /* nullable */ Expr type, /* nullable */ String name, List<Stmt> body) implements Node {
}
