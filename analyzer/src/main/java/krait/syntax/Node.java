package krait.syntax;

/** Any node of the syntax tree. Nodes are immutable records; passes walk them with switch patterns. */
public interface Node {
}
