package krait.types;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import krait.syntax.Alias;
import krait.syntax.ConstValue;
import krait.syntax.Expr;
import krait.syntax.ExprContext;
import krait.syntax.Mod;
import krait.syntax.Node;
import krait.syntax.Nodes;
import krait.syntax.Rewriter;
import krait.syntax.Stmt;

/**
 * {@code getattr(obj, "x")} is {@code obj.x}, and the statement {@code setattr(obj, "x", v)} is
 * {@code obj.x = v}: with a constant name nothing is dynamic, so they become plain attribute
 * accesses (and raise the same AttributeError). Other uses of these builtins stay calls, which the
 * inference reports as unsupported.
 */
public final class ConstantAttributeNames {
    private ConstantAttributeNames() {
    }

    public static Mod.Module apply(Mod.Module module) {
        Set<String> rebound = new HashSet<>();
        Nodes.walk(module, n -> {
            if (n instanceof Expr.Name nm && nm.ctx() != ExprContext.Load) {
                rebound.add(nm.id());
            } else if (n instanceof Stmt.FunctionDef f) {
                rebound.add(f.name());
                rebound.addAll(ScopeAnalysis.parameterNames(f.args()));
            } else if (n instanceof Stmt.ClassDef c) {
                rebound.add(c.name());
            } else if (n instanceof Alias a) {
                rebound.add(a.asname() != null ? a.asname() : a.name());
            } else if (n instanceof Expr.Lambda l) {
                rebound.addAll(ScopeAnalysis.parameterNames(l.args()));
            }
            return true;
        });
        boolean getattr = !rebound.contains("getattr");
        boolean setattr = !rebound.contains("setattr");
        if (!getattr && !setattr) {
            return module;
        }
        return new Rewrite(getattr, setattr).visit(module);
    }

    private record Rewrite(boolean getattr, boolean setattr) {
        <T extends Node> T visit(T root) {
            return Rewriter.rewrite(root, this::replace);
        }

        private Node replace(Node n) {
            if (setattr && n instanceof Stmt.ExprStmt s && s.value() instanceof Expr.Call c && isCall(c, "setattr", 3)) {
                Expr target = new Expr.Attribute(c.pos(), visit(c.args().get(0)), constantName(c), ExprContext.Store);
                return new Stmt.Assign(s.pos(), List.of(target), visit(c.args().get(2)), null);
            }
            if (getattr && n instanceof Expr.Call c && isCall(c, "getattr", 2)) {
                return new Expr.Attribute(c.pos(), visit(c.args().get(0)), constantName(c), ExprContext.Load);
            }
            return null;
        }
    }

    private static boolean isCall(Expr.Call c, String name, int arity) {
        return c.func() instanceof Expr.Name f && f.id().equals(name) && c.keywords().isEmpty()
                && c.args().size() == arity && c.args().stream().noneMatch(a -> a instanceof Expr.Starred)
                && constantName(c) != null;
    }

    private static String constantName(Expr.Call c) {
        if (c.args().get(1) instanceof Expr.Constant k && k.value() instanceof ConstValue.StrValue s
                && isIdentifier(s.value())) {
            return s.value();
        }
        return null;
    }

    private static boolean isIdentifier(String s) {
        if (s.isEmpty() || !Character.isJavaIdentifierStart(s.codePointAt(0)) || s.startsWith("$")) {
            return false;
        }
        return s.codePoints().allMatch(cp -> cp < 128 ? Character.isLetterOrDigit(cp) || cp == '_' : Character.isLetter(cp));
    }
}
