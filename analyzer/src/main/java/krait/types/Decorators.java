package krait.types;

import java.util.List;
import krait.syntax.Expr;
import krait.syntax.ExprContext;
import krait.syntax.Stmt;

/**
 * {@code @d1 @d2 def f} binds {@code f} to {@code d1(d2(f))}. The analysis and the lowering both
 * see that call as the same synthetic expression (AST nodes compare by value), whose innermost
 * argument stands for the undecorated function.
 */
public final class Decorators {
    private Decorators() {
    }

    /** The call that makes the decorated value. */
    public static Expr.Call call(Stmt.FunctionDef f) {
        Expr value = undecorated(f);
        List<Expr> decorators = f.decoratorList();
        for (int i = decorators.size() - 1; i >= 0; i--) {
            Expr d = decorators.get(i);
            value = new Expr.Call(d.pos(), d, List.of(value), List.of());
        }
        return (Expr.Call) value;
    }

    /** The name node standing for the function before decoration (at the def's own position). */
    public static Expr.Name undecorated(Stmt.FunctionDef f) {
        return new Expr.Name(f.pos(), f.name(), ExprContext.Load);
    }
}
