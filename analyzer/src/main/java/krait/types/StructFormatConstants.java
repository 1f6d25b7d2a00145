package krait.types;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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
 * {@code struct.unpack(HEADER, data)} where {@code HEADER = "<4sHI"} is bound once, at the top
 * level, to a str literal: the model needs the format as a literal (the tuple's types come from
 * it), so the name is replaced by its value in the format position of the struct calls. A name
 * bound anywhere else too (or a computed format) stays, and the model reports it.
 */
public final class StructFormatConstants {
    private StructFormatConstants() {
    }

    private static final Set<String> FUNCTIONS = Set.of("unpack", "unpack_from", "iter_unpack");

    public static Mod.Module apply(Mod.Module module) {
        Set<String> moduleNames = new HashSet<>();
        Set<String> direct = new HashSet<>();
        Nodes.walk(module, n -> {
            if (n instanceof Stmt.Import imp) {
                imp.names().stream().filter(a -> a.name().equals("struct"))
                        .forEach(a -> moduleNames.add(a.asname() != null ? a.asname() : a.name()));
            } else if (n instanceof Stmt.ImportFrom from && "struct".equals(from.module())
                    && (from.level() == null || from.level() == 0)) {
                from.names().stream().filter(a -> FUNCTIONS.contains(a.name()))
                        .forEach(a -> direct.add(a.asname() != null ? a.asname() : a.name()));
            }
            return true;
        });
        if (moduleNames.isEmpty() && direct.isEmpty()) {
            return module;
        }
        Map<String, String> constants = constants(module);
        if (constants.isEmpty()) {
            return module;
        }
        return Rewriter.rewrite(module, n -> {
            if (!(n instanceof Expr.Call call) || call.args().isEmpty()
                    || !(call.args().get(0) instanceof Expr.Name fmt) || !constants.containsKey(fmt.id())) {
                return null;
            }
            boolean isStruct = call.func() instanceof Expr.Name f && direct.contains(f.id())
                    || call.func() instanceof Expr.Attribute a && FUNCTIONS.contains(a.attr())
                    && a.value() instanceof Expr.Name m && moduleNames.contains(m.id());
            if (!isStruct) {
                return null;
            }
            List<Expr> args = new ArrayList<>(call.args());
            args.set(0, new Expr.Constant(fmt.pos(), new ConstValue.StrValue(constants.get(fmt.id())), null));
            return new Expr.Call(call.pos(), call.func(), args, call.keywords());
        });
    }

    /** Names bound exactly once in the program, by a top-level {@code NAME = "literal"}. */
    private static Map<String, String> constants(Mod.Module module) {
        Map<String, Integer> bindings = new HashMap<>();
        Nodes.walk(module, n -> {
            List<String> bound = new ArrayList<>();
            if (n instanceof Expr.Name nm && nm.ctx() != ExprContext.Load) {
                bound.add(nm.id());
            } else if (n instanceof Stmt.FunctionDef f) {
                bound.add(f.name());
                bound.addAll(ScopeAnalysis.parameterNames(f.args()));
            } else if (n instanceof Stmt.ClassDef c) {
                bound.add(c.name());
            } else if (n instanceof Alias a) {
                bound.add(a.asname() != null ? a.asname() : a.name());
            } else if (n instanceof Expr.Lambda l) {
                bound.addAll(ScopeAnalysis.parameterNames(l.args()));
            }
            bound.forEach(b -> bindings.merge(b, 1, Integer::sum));
            return true;
        });
        Map<String, String> out = new HashMap<>();
        for (Stmt s : module.body()) {
            if (s instanceof Stmt.Assign a && a.targets().size() == 1 && a.targets().get(0) instanceof Expr.Name target
                    && a.value() instanceof Expr.Constant k && k.value() instanceof ConstValue.StrValue v
                    && bindings.getOrDefault(target.id(), 0) == 1) {
                out.put(target.id(), v.value());
            }
        }
        return out;
    }
}
