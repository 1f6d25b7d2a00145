package krait.syntax;

import java.util.List;

/**
 * CPython 3.11 compiles a tree only while its statements, expressions and patterns nest at most
 * 3000 deep (3 x the default recursion limit of 1000, counted from the top-level statements at 1;
 * arguments, keywords, comprehensions, with-items, handlers and match cases do not count). Deeper
 * trees, such as {@code x = ----...1} with 3000 minus signs or a chain of 3000 {@code elif}s, get
 * "RecursionError: maximum recursion depth exceeded during compilation". Checking that here also
 * keeps every later pass's recursion over the tree bounded.
 */
final class NestingDepth {
    static final int LIMIT = 3000;

    private final SyntaxErrors errors;

    private NestingDepth(SyntaxErrors errors) {
        this.errors = errors;
    }

    static void check(Mod.Module module, SyntaxErrors errors) {
        new NestingDepth(errors).stmts(module.body(), 1);
    }

    /**
     * Whether the subtree of a node at {@code depth} spanning {@code at} surely fits, so need not be
     * walked: on one line, a subtree spans its children (decorators aside, which sit before a def's
     * span), and going down a level shrinks the span by a byte at least every other level, except
     * for the few nodes an f-string puts on its whole span. Nearly every single-line statement and
     * expression is decided here, so only the multi-line skeleton of a file is walked.
     */
    private static boolean surelyFits(int depth, Pos at) {
        return at.line() == at.endLine() && depth + 4L * (at.endCol() - at.col()) + 16 <= LIMIT;
    }

    private RuntimeException tooDeep(Pos at) {
        return errors.tooComplex(at.line(), at.col(), SyntaxErrors.TOO_DEEP);
    }

    private void stmts(List<Stmt> body, int depth) {
        for (Stmt s : body) {
            stmt(s, depth);
        }
    }

    private void exprs(List<Expr> list, int depth) {
        for (Expr e : list) {
            expr(e, depth);
        }
    }

    private void patterns(List<Pattern> list, int depth) {
        for (Pattern p : list) {
            pattern(p, depth);
        }
    }

    private void arguments(Arguments a, int depth) {
        for (List<Arg> args : List.of(a.posonlyargs(), a.args(), a.kwonlyargs())) {
            for (Arg arg : args) {
                arg(arg, depth);
            }
        }
        arg(a.vararg(), depth);
        arg(a.kwarg(), depth);
        exprs(a.kwDefaults(), depth);
        exprs(a.defaults(), depth);
    }

    private void arg(Arg a, int depth) {
        if (a != null) {
            expr(a.annotation(), depth);
        }
    }

    private void keywords(List<Keyword> list, int depth) {
        for (Keyword k : list) {
            expr(k.value(), depth);
        }
    }

    private void generators(List<Comprehension> list, int depth) {
        for (Comprehension c : list) {
            expr(c.target(), depth);
            expr(c.iter(), depth);
            exprs(c.ifs(), depth);
        }
    }

    private void handlers(List<ExceptHandler> list, int depth) {
        for (ExceptHandler h : list) {
            expr(h.type(), depth);
            stmts(h.body(), depth);
        }
    }

    private void stmt(Stmt s, int depth) {
        if (surelyFits(depth, s.pos()) && !(s instanceof Stmt.FunctionDef || s instanceof Stmt.AsyncFunctionDef
                || s instanceof Stmt.ClassDef)) {
            return;
        }
        if (depth > LIMIT) {
            throw tooDeep(s.pos());
        }
        int d = depth + 1;
        if (s instanceof Stmt.ExprStmt x) {
            expr(x.value(), d);
        } else if (s instanceof Stmt.Assign x) {
            exprs(x.targets(), d);
            expr(x.value(), d);
        } else if (s instanceof Stmt.If x) {
            expr(x.test(), d);
            stmts(x.body(), d);
            stmts(x.orelse(), d);
        } else if (s instanceof Stmt.Return x) {
            expr(x.value(), d);
        } else if (s instanceof Stmt.FunctionDef x) {
            exprs(x.decoratorList(), d);
            arguments(x.args(), d);
            expr(x.returns(), d);
            stmts(x.body(), d);
        } else if (s instanceof Stmt.AsyncFunctionDef x) {
            exprs(x.decoratorList(), d);
            arguments(x.args(), d);
            expr(x.returns(), d);
            stmts(x.body(), d);
        } else if (s instanceof Stmt.ClassDef x) {
            exprs(x.decoratorList(), d);
            exprs(x.bases(), d);
            keywords(x.keywords(), d);
            stmts(x.body(), d);
        } else if (s instanceof Stmt.AugAssign x) {
            expr(x.target(), d);
            expr(x.value(), d);
        } else if (s instanceof Stmt.AnnAssign x) {
            expr(x.target(), d);
            expr(x.annotation(), d);
            expr(x.value(), d);
        } else if (s instanceof Stmt.For x) {
            expr(x.target(), d);
            expr(x.iter(), d);
            stmts(x.body(), d);
            stmts(x.orelse(), d);
        } else if (s instanceof Stmt.AsyncFor x) {
            expr(x.target(), d);
            expr(x.iter(), d);
            stmts(x.body(), d);
            stmts(x.orelse(), d);
        } else if (s instanceof Stmt.While x) {
            expr(x.test(), d);
            stmts(x.body(), d);
            stmts(x.orelse(), d);
        } else if (s instanceof Stmt.With x) {
            for (WithItem w : x.items()) {
                expr(w.contextExpr(), d);
                expr(w.optionalVars(), d);
            }
            stmts(x.body(), d);
        } else if (s instanceof Stmt.AsyncWith x) {
            for (WithItem w : x.items()) {
                expr(w.contextExpr(), d);
                expr(w.optionalVars(), d);
            }
            stmts(x.body(), d);
        } else if (s instanceof Stmt.Match x) {
            expr(x.subject(), d);
            for (MatchCase c : x.cases()) {
                pattern(c.pattern(), d);
                expr(c.guard(), d);
                stmts(c.body(), d);
            }
        } else if (s instanceof Stmt.Raise x) {
            expr(x.exc(), d);
            expr(x.cause(), d);
        } else if (s instanceof Stmt.Try x) {
            stmts(x.body(), d);
            handlers(x.handlers(), d);
            stmts(x.orelse(), d);
            stmts(x.finalbody(), d);
        } else if (s instanceof Stmt.TryStar x) {
            stmts(x.body(), d);
            handlers(x.handlers(), d);
            stmts(x.orelse(), d);
            stmts(x.finalbody(), d);
        } else if (s instanceof Stmt.Assert x) {
            expr(x.test(), d);
            expr(x.msg(), d);
        } else if (s instanceof Stmt.Delete x) {
            exprs(x.targets(), d);
        }
        // Import, ImportFrom, Global, Nonlocal, Pass, Break, Continue: nothing nested
    }

    private void expr(Expr e, int depth) {
        if (e == null || surelyFits(depth, e.pos())) {
            return;
        }
        if (depth > LIMIT) {
            throw tooDeep(e.pos());
        }
        int d = depth + 1;
        if (e instanceof Expr.Name || e instanceof Expr.Constant) {
            return;
        } else if (e instanceof Expr.BinOp x) {
            expr(x.left(), d);
            expr(x.right(), d);
        } else if (e instanceof Expr.Attribute x) {
            expr(x.value(), d);
        } else if (e instanceof Expr.Call x) {
            expr(x.func(), d);
            exprs(x.args(), d);
            keywords(x.keywords(), d);
        } else if (e instanceof Expr.Subscript x) {
            expr(x.value(), d);
            expr(x.slice(), d);
        } else if (e instanceof Expr.UnaryOp x) {
            expr(x.operand(), d);
        } else if (e instanceof Expr.Tuple x) {
            exprs(x.elts(), d);
        } else if (e instanceof Expr.List x) {
            exprs(x.elts(), d);
        } else if (e instanceof Expr.Compare x) {
            expr(x.left(), d);
            exprs(x.comparators(), d);
        } else if (e instanceof Expr.BoolOp x) {
            exprs(x.values(), d);
        } else if (e instanceof Expr.Dict x) {
            exprs(x.keys(), d); // a null key stands for **value
            exprs(x.values(), d);
        } else if (e instanceof Expr.Set x) {
            exprs(x.elts(), d);
        } else if (e instanceof Expr.JoinedStr x) {
            exprs(x.values(), d);
        } else if (e instanceof Expr.FormattedValue x) {
            expr(x.value(), d);
            expr(x.formatSpec(), d);
        } else if (e instanceof Expr.Starred x) {
            expr(x.value(), d);
        } else if (e instanceof Expr.Slice x) {
            expr(x.lower(), d);
            expr(x.upper(), d);
            expr(x.step(), d);
        } else if (e instanceof Expr.IfExp x) {
            expr(x.test(), d);
            expr(x.body(), d);
            expr(x.orelse(), d);
        } else if (e instanceof Expr.Lambda x) {
            arguments(x.args(), d);
            expr(x.body(), d);
        } else if (e instanceof Expr.NamedExpr x) {
            expr(x.target(), d);
            expr(x.value(), d);
        } else if (e instanceof Expr.ListComp x) {
            expr(x.elt(), d);
            generators(x.generators(), d);
        } else if (e instanceof Expr.SetComp x) {
            expr(x.elt(), d);
            generators(x.generators(), d);
        } else if (e instanceof Expr.DictComp x) {
            expr(x.key(), d);
            expr(x.value(), d);
            generators(x.generators(), d);
        } else if (e instanceof Expr.GeneratorExp x) {
            expr(x.elt(), d);
            generators(x.generators(), d);
        } else if (e instanceof Expr.Await x) {
            expr(x.value(), d);
        } else if (e instanceof Expr.Yield x) {
            expr(x.value(), d);
        } else if (e instanceof Expr.YieldFrom x) {
            expr(x.value(), d);
        }
    }

    private void pattern(Pattern p, int depth) {
        if (p == null || surelyFits(depth, p.pos())) {
            return;
        }
        if (depth > LIMIT) {
            throw tooDeep(p.pos());
        }
        int d = depth + 1;
        if (p instanceof Pattern.MatchValue x) {
            expr(x.value(), d);
        } else if (p instanceof Pattern.MatchSequence x) {
            patterns(x.patterns(), d);
        } else if (p instanceof Pattern.MatchMapping x) {
            exprs(x.keys(), d);
            patterns(x.patterns(), d);
        } else if (p instanceof Pattern.MatchClass x) {
            expr(x.cls(), d);
            patterns(x.patterns(), d);
            patterns(x.kwdPatterns(), d);
        } else if (p instanceof Pattern.MatchAs x) {
            pattern(x.pattern(), d);
        } else if (p instanceof Pattern.MatchOr x) {
            patterns(x.patterns(), d);
        }
        // MatchSingleton, MatchStar: nothing nested
    }
}
