package krait.types;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import krait.diag.CompileError;
import krait.diag.Diagnostic;
import krait.diag.Location;
import krait.diag.MessageId;
import krait.diag.SourceFile;
import krait.syntax.Arg;
import krait.syntax.Arguments;
import krait.syntax.ConstValue;
import krait.syntax.Expr;
import krait.syntax.ExprContext;
import krait.syntax.Keyword;
import krait.syntax.Mod;
import krait.syntax.Node;
import krait.syntax.Pos;
import krait.syntax.Rewriter;
import krait.syntax.Stmt;
import krait.syntax.UnaryOperator;

/**
 * {@code operator.itemgetter(1)}, {@code attrgetter("name")} and {@code methodcaller("m", 2)} with
 * constant arguments become the lambdas they behave as ({@code lambda item: item[1]}), before type
 * inference: what they return depends on the item's type and on the constant (the second field of
 * a tuple), which a lambda gets from inference like any other. Constants make the rewrite exact:
 * Python evaluates the arguments once, at the call, and a constant is the same value every time.
 * Any other use of these names (non-constant arguments, the getter as a value) is a compile error,
 * and their imports are dropped (the operator model does not declare them).
 */
public final class OperatorGetters {
    private static final Set<String> GETTERS = Set.of("itemgetter", "attrgetter", "methodcaller");

    private OperatorGetters() {
    }

    public static Mod.Module apply(Mod.Module module, SourceFile file) {
        Set<String> moduleNames = new HashSet<>();   // names bound to the operator module
        java.util.Map<String, String> direct = new java.util.HashMap<>();  // local name -> getter
        collectImports(module, moduleNames, direct);
        if (moduleNames.isEmpty() && direct.isEmpty()) {
            return module;
        }
        Mod.Module rewritten = Rewriter.rewrite(module, n -> {
            if (!(n instanceof Expr.Call call) || !call.keywords().isEmpty() && !isMethodcaller(call, moduleNames, direct)) {
                return null;
            }
            String getter = null;
            if (call.func() instanceof Expr.Name name) {
                getter = direct.get(name.id());
            } else if (call.func() instanceof Expr.Attribute a && a.value() instanceof Expr.Name m
                    && moduleNames.contains(m.id()) && GETTERS.contains(a.attr())) {
                getter = a.attr();
            }
            return getter == null ? null : lambdaFor(getter, call);
        });
        Rewriter.rewrite(rewritten, n -> {
            String left = null;
            Pos at = null;
            if (n instanceof Expr.Name name && name.ctx() == ExprContext.Load && direct.containsKey(name.id())) {
                left = direct.get(name.id());
                at = name.pos();
            } else if (n instanceof Expr.Attribute a && a.value() instanceof Expr.Name m && moduleNames.contains(m.id())
                    && GETTERS.contains(a.attr())) {
                left = a.attr();
                at = a.pos();
            }
            if (left != null) {
                throw new CompileError(Diagnostic.error(Location.of(file, at), MessageId.UNSUPPORTED_CONSTRUCT,
                        "operator." + left + "() other than called with constant arguments"));
            }
            return null;
        });
        return Rewriter.rewrite(rewritten, n -> {
            if (n instanceof Stmt.ImportFrom from && "operator".equals(from.module())) {
                List<krait.syntax.Alias> kept = from.names().stream().filter(a -> !GETTERS.contains(a.name())).toList();
                if (kept.size() != from.names().size()) {
                    return kept.isEmpty() ? new Stmt.Pass(from.pos())
                            : new Stmt.ImportFrom(from.pos(), from.module(), kept, from.level());
                }
            }
            return null;
        });
    }

    private static boolean isMethodcaller(Expr.Call call, Set<String> moduleNames, java.util.Map<String, String> direct) {
        if (call.func() instanceof Expr.Name name) {
            return "methodcaller".equals(direct.get(name.id()));
        }
        return call.func() instanceof Expr.Attribute a && a.value() instanceof Expr.Name m
                && moduleNames.contains(m.id()) && a.attr().equals("methodcaller");
    }

    private static void collectImports(Node root, Set<String> moduleNames, java.util.Map<String, String> direct) {
        Rewriter.rewrite(root, n -> {
            if (n instanceof Stmt.Import imp) {
                imp.names().stream().filter(a -> a.name().equals("operator"))
                        .forEach(a -> moduleNames.add(a.asname() != null ? a.asname() : a.name()));
            } else if (n instanceof Stmt.ImportFrom from && "operator".equals(from.module())
                    && (from.level() == null || from.level() == 0)) {
                from.names().stream().filter(a -> GETTERS.contains(a.name()))
                        .forEach(a -> direct.put(a.asname() != null ? a.asname() : a.name(), a.name()));
            }
            return null;
        });
    }

    /** The lambda for one getter call, or null when an argument is not a constant. */
    private static Expr lambdaFor(String getter, Expr.Call call) {
        Pos pos = call.pos();
        if (call.args().isEmpty() || !call.args().stream().allMatch(OperatorGetters::isConstant)
                || !call.keywords().stream().allMatch(k -> k.arg() != null && isConstant(k.value()))) {
            return null;
        }
        Expr item = new Expr.Name(pos, "item", ExprContext.Load);
        Expr body;
        if (getter.equals("itemgetter")) {
            List<Expr> parts = call.args().stream().map(a -> (Expr) new Expr.Subscript(pos, item, a, ExprContext.Load)).toList();
            body = parts.size() == 1 ? parts.get(0) : new Expr.Tuple(pos, parts, ExprContext.Load);
        } else if (getter.equals("attrgetter")) {
            List<Expr> parts = new ArrayList<>();
            for (Expr a : call.args()) {
                if (!(a instanceof Expr.Constant c && c.value() instanceof ConstValue.StrValue s)) {
                    return null;
                }
                Expr e = item;
                for (String attr : s.value().split("\\.", -1)) {
                    if (attr.isEmpty()) {
                        return null;
                    }
                    e = new Expr.Attribute(pos, e, attr, ExprContext.Load);
                }
                parts.add(e);
            }
            body = parts.size() == 1 ? parts.get(0) : new Expr.Tuple(pos, parts, ExprContext.Load);
        } else {
            if (!(call.args().get(0) instanceof Expr.Constant c && c.value() instanceof ConstValue.StrValue s)) {
                return null;
            }
            List<Keyword> keywords = call.keywords();
            body = new Expr.Call(pos, new Expr.Attribute(pos, item, s.value(), ExprContext.Load),
                    call.args().subList(1, call.args().size()), keywords);
        }
        Arguments params = new Arguments(List.of(), List.of(new Arg(pos, "item", null, null)), null, List.of(),
                List.of(), null, List.of());
        return new Expr.Lambda(pos, params, body);
    }

    private static boolean isConstant(Expr e) {
        if (e instanceof Expr.Constant) {
            return true;
        }
        return e instanceof Expr.UnaryOp u && u.op() == UnaryOperator.USub && u.operand() instanceof Expr.Constant;
    }
}
