package krait.syntax;

import java.util.List;

/** One {@code case pattern if guard:} block of a {@code match} statement. */
public record MatchCase(Pattern pattern, /* nullable */ Expr guard, List<Stmt> body) implements Node {
}
