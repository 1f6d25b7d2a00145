package krait.types;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import krait.syntax.Expr;
import krait.syntax.ExprContext;
import krait.syntax.Node;
import krait.syntax.Nodes;
import krait.syntax.Stmt;

/**
 * Which attribute reads a test may narrow ({@code if self.due is not None and self.due < today:}).
 * A narrowed read takes the value out of its optional without a check, so the narrowing must hold
 * for every run: no code between the test and the read may store the attribute. An attribute the
 * program stores only as {@code self.x = ...} in {@code __init__} never changes once its object
 * exists, whatever runs between; any other attribute keeps its narrowing only across code that
 * calls nothing of the program (operators and builtins may still run special methods, so the
 * attributes those store, and what generators, properties and decorated functions store, never
 * narrow this way). One walk over the whole program, made once per analysis.
 */
final class AttributeStability {
    /** Builtins that call no function the program passes them (no {@code key=}) besides special methods. */
    private static final Set<String> PLAIN_BUILTINS = Set.of("abs", "len", "int", "float", "str", "repr", "round",
            "print", "range", "bool", "divmod", "pow", "hex", "oct", "bin", "chr", "ord", "format", "isinstance",
            "hash", "min", "max", "sum", "list", "tuple", "set", "dict", "sorted", "enumerate", "zip", "reversed",
            "any", "all", "id", "type");

    private final Set<String> storedOutsideInit = new HashSet<>();
    private final Set<String> storedByHiddenCode = new HashSet<>();
    private final Set<String> properties = new HashSet<>();
    /** setattr, __setattr__, __getattr__...: attributes are not plain fields, nothing narrows. */
    private boolean dynamic;

    AttributeStability(List<Stmt> moduleBody) {
        for (Stmt s : moduleBody) {
            scan(s, false, false);
        }
    }

    /** {@code inInit}: directly in an {@code __init__} method; {@code hidden}: in code the program never calls by name. */
    private void scan(Node root, boolean inInit, boolean hidden) {
        Nodes.walk(root, n -> {
            if (n != root && n instanceof Stmt.FunctionDef f) {
                String name = f.name();
                boolean isProperty = f.decoratorList().stream().anyMatch(d -> d instanceof Expr.Name dn
                        && dn.id().equals("property") || d instanceof Expr.Attribute da && da.attr().equals("setter"));
                if (isProperty) {
                    properties.add(name);
                }
                boolean dunder = name.startsWith("__") && name.endsWith("__") && !name.equals("__init__");
                if (name.equals("__setattr__") || name.equals("__getattr__") || name.equals("__getattribute__")
                        || name.equals("__delattr__")) {
                    dynamic = true;
                }
                boolean generator = containsYield(f);
                boolean hides = hidden || dunder || generator || isProperty || !f.decoratorList().isEmpty();
                f.decoratorList().forEach(d -> scan(d, false, hidden));
                for (Stmt s : f.body()) {
                    scan(s, name.equals("__init__"), hides);
                }
                return false;
            }
            if (n instanceof Expr.Name nm && (nm.id().equals("setattr") || nm.id().equals("delattr")
                    || nm.id().equals("vars") || nm.id().equals("__dict__"))
                    || n instanceof Expr.Attribute a && (a.attr().equals("__dict__") || a.attr().equals("__init__")
                    && !inInit)) {
                dynamic = true; // an explicit obj.__init__() may store again into a living object
            }
            if (n instanceof Expr.Attribute a && a.ctx() != ExprContext.Load) {
                boolean ownInit = inInit && a.value() instanceof Expr.Name self && self.id().equals("self");
                if (!ownInit) {
                    storedOutsideInit.add(a.attr());
                }
                if (hidden) {
                    storedByHiddenCode.add(a.attr());
                }
            }
            return true;
        });
    }

    private static boolean containsYield(Stmt.FunctionDef f) {
        boolean[] found = {false};
        for (Stmt s : f.body()) {
            Nodes.walk(s, x -> {
                found[0] |= x instanceof Expr.Yield || x instanceof Expr.YieldFrom;
                return !found[0] && !(x instanceof Stmt.FunctionDef) && !(x instanceof Expr.Lambda)
                        && !(x instanceof Stmt.ClassDef);
            });
        }
        return found[0];
    }

    /**
     * Whether a test's proof about {@code attr} still holds at every read of it in {@code region}
     * (which rebinds nothing the read goes through). {@code inInit}: the region is in an
     * {@code __init__}, which may store the attribute through calls of its own.
     * {@code definedByProgram}: whether a name is the program's own rather than a builtin.
     */
    boolean holdsIn(String attr, List<? extends Node> region, boolean inInit,
                    java.util.function.Predicate<String> definedByProgram) {
        if (dynamic || properties.contains(attr)) {
            return false;
        }
        boolean[] ok = {true};
        boolean[] callsProgram = {false};
        for (Node r : region) {
            Nodes.walk(r, x -> {
                if (x instanceof Expr.Attribute a && a.attr().equals(attr) && a.ctx() != ExprContext.Load) {
                    ok[0] = false;
                }
                if (x instanceof Expr.Yield || x instanceof Expr.YieldFrom || x instanceof Expr.Await) {
                    callsProgram[0] = true; // others run while this generator waits
                }
                if (x instanceof Expr.Call c && !(c.func() instanceof Expr.Name f && PLAIN_BUILTINS.contains(f.id())
                        && !definedByProgram.test(f.id())
                        && c.keywords().stream().noneMatch(k -> "key".equals(k.arg()) || "file".equals(k.arg())))) {
                    callsProgram[0] = true;
                }
                return ok[0];
            });
        }
        if (!ok[0]) {
            return false;
        }
        if (!storedOutsideInit.contains(attr) && !inInit) {
            return true;
        }
        return !callsProgram[0] && !storedByHiddenCode.contains(attr);
    }
}
