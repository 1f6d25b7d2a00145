package krait.syntax;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns an expression parsed in Load context into an assignment or deletion target, or reports
 * why it cannot be one in CPython's words ("cannot assign to function call" ...). Assignment
 * statements word their errors themselves (see StatementParser).
 */
final class Targets {
    /** Where the target appears; CPython words its complaint differently for each. */
    enum Kind {
        /** for loops and comprehensions. */
        FOR,
        /** with items, walrus, plain "cannot assign to". */
        OTHER,
        DELETE
    }

    private Targets() {
    }

    static Expr store(Expr e, SyntaxErrors errors, Kind kind) {
        Expr bad = invalid(e, kind == Kind.DELETE);
        if (bad != null) {
            throw errors.syntax(bad.pos(), message(bad, kind));
        }
        return withContext(e, kind == Kind.DELETE ? ExprContext.Del : ExprContext.Store);
    }

    private static String message(Expr bad, Kind kind) {
        String what = describe(bad);
        return switch (kind) {
            case DELETE -> "cannot delete " + what;
            case FOR, OTHER -> "cannot assign to " + what;
        };
    }

    /** The first sub-expression that cannot be a target, or null if all of {@code e} can. */
    static Expr invalid(Expr e, boolean delete) {
        if (e instanceof Expr.Name || e instanceof Expr.Attribute || e instanceof Expr.Subscript) {
            return null;
        }
        if (e instanceof Expr.Starred s) {
            return delete ? e : invalid(s.value(), false);
        }
        List<Expr> elts = e instanceof Expr.Tuple t ? t.elts() : e instanceof Expr.List l ? l.elts() : null;
        if (elts == null) {
            return e;
        }
        for (Expr elt : elts) {
            Expr bad = invalid(elt, delete);
            if (bad != null) {
                return bad;
            }
        }
        return null;
    }

    static Expr withContext(Expr e, ExprContext ctx) {
        if (e instanceof Expr.Name n) {
            return new Expr.Name(n.pos(), n.id(), ctx);
        } else if (e instanceof Expr.Attribute a) {
            return new Expr.Attribute(a.pos(), a.value(), a.attr(), ctx);
        } else if (e instanceof Expr.Subscript s) {
            return new Expr.Subscript(s.pos(), s.value(), s.slice(), ctx);
        } else if (e instanceof Expr.Starred s) {
            return new Expr.Starred(s.pos(), withContext(s.value(), ctx), ctx);
        } else if (e instanceof Expr.Tuple t) {
            return new Expr.Tuple(t.pos(), all(t.elts(), ctx), ctx);
        } else if (e instanceof Expr.List l) {
            return new Expr.List(l.pos(), all(l.elts(), ctx), ctx);
        }
        return e;
    }

    private static List<Expr> all(List<Expr> elts, ExprContext ctx) {
        List<Expr> out = new ArrayList<>(elts.size());
        for (Expr elt : elts) {
            out.add(withContext(elt, ctx));
        }
        return out;
    }

    /** How CPython names an expression in "cannot assign to ..." messages. */
    static String describe(Expr e) {
        if (e instanceof Expr.Constant c) {
            ConstValue v = c.value();
            if (v instanceof ConstValue.NoneValue) {
                return "None";
            } else if (v instanceof ConstValue.BoolValue b) {
                return b.value() ? "True" : "False";
            } else if (v instanceof ConstValue.EllipsisValue) {
                return "ellipsis";
            }
            return "literal";
        }
        String name = e.getClass().getSimpleName();
        return switch (name) {
            case "Attribute" -> "attribute";
            case "Subscript" -> "subscript";
            case "Starred" -> "starred";
            case "Name" -> "name";
            case "List" -> "list";
            case "Tuple" -> "tuple";
            case "Lambda" -> "lambda";
            case "Call" -> "function call";
            case "BoolOp", "BinOp", "UnaryOp" -> "expression";
            case "GeneratorExp" -> "generator expression";
            case "Yield", "YieldFrom" -> "yield expression";
            case "Await" -> "await expression";
            case "ListComp" -> "list comprehension";
            case "SetComp" -> "set comprehension";
            case "DictComp" -> "dict comprehension";
            case "Dict" -> "dict literal";
            case "Set" -> "set display";
            case "JoinedStr", "FormattedValue" -> "f-string expression";
            case "Compare" -> "comparison";
            case "IfExp" -> "conditional expression";
            case "NamedExpr" -> "named expression";
            default -> "expression";
        };
    }
}
