package krait.syntax;

/** Whether an expression is read, assigned or deleted, as CPython's {@code ast.expr_context}. */
public enum ExprContext {
    Load, Store, Del
}
