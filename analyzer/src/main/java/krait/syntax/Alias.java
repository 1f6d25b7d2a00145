package krait.syntax;

/** One imported name with its optional {@code as} name. */
public record Alias(Pos pos, String name, /* nullable */ String asname) implements Node {
}
