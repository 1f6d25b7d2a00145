package krait.desugar;

import java.util.ArrayList;
import java.util.List;
import krait.syntax.Expr;
import krait.syntax.Mod;
import krait.syntax.Rewriter;
import krait.syntax.Stmt;

/**
 * Type hints have no run-time effect that the compiled program could observe, so the
 * {@code typing} and {@code __future__} imports go, {@code T = TypeVar(...)} goes, {@code Generic[T]}
 * and {@code Protocol} bases go, {@code cast(T, x)} becomes {@code x}, and a bare annotation
 * ({@code x: int} with no value, which binds nothing) becomes {@code pass}. Annotations with values
 * stay as they are; inference reads only their values.
 */
final class TypingErasure {
    private TypingErasure() {
    }

    /** Erases the imports and the typing-only statements; bare annotations stay for the later passes. */
    static Mod.Module imports(Mod.Module module) {
        module = Imports.take(module, "__future__", null).module;
        Imports typing = Imports.take(module, "typing", null);
        if (!typing.any()) {
            return module;
        }
        return Rewriter.rewrite(typing.module, n -> erase(typing, n));
    }

    private static krait.syntax.Node erase(Imports typing, krait.syntax.Node n) {
        {
            if (n instanceof Stmt.Assign a && a.value() instanceof Expr.Call c && isTypeVar(typing, c.func())) {
                return new Stmt.Pass(a.pos());
            }
            if (n instanceof Stmt.ClassDef c && c.bases().stream().anyMatch(b -> isTypingBase(typing, b))) {
                List<Expr> bases = new ArrayList<>();
                for (Expr b : c.bases()) {
                    if (!isTypingBase(typing, b)) {
                        bases.add(b);
                    }
                }
                return Rewriter.rewrite(new Stmt.ClassDef(c.pos(), c.name(), List.copyOf(bases), c.keywords(), c.body(),
                        c.decoratorList()), m -> erase(typing, m));
            }
            if (n instanceof Expr.Call c && "cast".equals(typing.nameOf(c.func())) && c.args().size() == 2
                    && c.keywords().isEmpty()) {
                return c.args().get(1);
            }
            return null;
        }
    }

    /** Bare annotations become {@code pass}: run after the passes that read class-level field annotations. */
    static Mod.Module bareAnnotations(Mod.Module module) {
        return Rewriter.rewrite(module, n -> n instanceof Stmt.AnnAssign a && a.value() == null ? new Stmt.Pass(a.pos()) : null);
    }

    private static boolean isTypeVar(Imports typing, Expr f) {
        return "TypeVar".equals(typing.nameOf(f));
    }

    private static boolean isTypingBase(Imports typing, Expr b) {
        Expr head = b instanceof Expr.Subscript s ? s.value() : b;
        String name = typing.nameOf(head);
        return "Generic".equals(name) || "Protocol".equals(name);
    }
}
