package krait.syntax;

/** A {@code # type: ignore} comment (only produced when type comments are requested). */
public record TypeIgnore(int lineno, String tag) implements Node {
}
