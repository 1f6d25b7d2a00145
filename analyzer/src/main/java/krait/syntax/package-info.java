/**
 * The front end: tokenizer, parser and the syntax tree. The tree mirrors CPython's {@code ast}
 * module node for node ({@link krait.syntax.Stmt}, {@link krait.syntax.Expr}, ...), and
 * {@code AstDump} prints it exactly as {@code ast.dump} does.
 */
package krait.syntax;
