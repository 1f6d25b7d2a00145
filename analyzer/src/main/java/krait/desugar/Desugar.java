package krait.desugar;

import krait.diag.SourceFile;
import krait.syntax.Mod;

/** Runs the expansions of this package on one parsed module, in the order they depend on. */
public final class Desugar {
    private Desugar() {
    }

    public static Mod.Module apply(Mod.Module module, SourceFile file) {
        Mod.Module m = TypingErasure.imports(module);
        m = MatchStatements.apply(m);
        m = Dataclasses.apply(m, file);
        m = AbstractClasses.apply(m, file);
        m = Enums.apply(m, file);
        m = FunctoolsDecorators.apply(m, file);
        m = MethodAliases.apply(m);
        m = TypingErasure.bareAnnotations(m);
        m = StarredDisplays.apply(m);
        m = FormatFields.apply(m);
        m = LoopElse.apply(m);
        return ellipsisStatements(m);
    }

    /** {@code ...} as a statement (the body of a stub or an abstract method) does nothing, as {@code pass}. */
    private static Mod.Module ellipsisStatements(Mod.Module m) {
        return krait.syntax.Rewriter.rewrite(m, n -> n instanceof krait.syntax.Stmt.ExprStmt e
                && e.value() instanceof krait.syntax.Expr.Constant c && c.value() instanceof krait.syntax.ConstValue.EllipsisValue
                ? new krait.syntax.Stmt.Pass(e.pos()) : null);
    }
}
