package krait.syntax;

import java.util.ArrayList;
import java.util.List;

import krait.diag.CompileError;

/**
 * Statements and blocks of Python 3.11. A compound statement spans from its keyword to the last
 * real token of its last block ({@link ParserBase#from} ignores NEWLINE/INDENT/DEDENT), which is
 * how CPython computes end positions.
 */
class StatementParser extends ExpressionParser {
    /**
     * Set when a line starts with {@code match subject} but no ':' follows: if the line is no good
     * as an ordinary statement either, CPython's complaint is the missing ':'.
     */
    Token matchWithoutColon;

    StatementParser(Tokenizer tokenizer, SyntaxErrors errors) {
        super(tokenizer, errors);
    }

    Mod.Module module() {
        List<Stmt> body = new ArrayList<>();
        while (!at(TokenKind.ENDMARKER)) {
            statement(body);
        }
        return new Mod.Module(body, List.of());
    }

    /** One line's worth of statements (several for {@code a; b}) appended to {@code out}. */
    private void statement(List<Stmt> out) {
        Stmt compound = compoundStatement();
        if (compound != null) {
            out.add(compound);
            return;
        }
        Token colonExpectedAt = matchWithoutColon;
        matchWithoutColon = null;
        if (colonExpectedAt == null) {
            simpleStatements(out);
            return;
        }
        try {
            simpleStatements(out);
        } catch (CompileError e) {
            if (fatal(e)) {
                throw e;
            }
            throw error(colonExpectedAt, "expected ':'");
        }
    }

    // ---- blocks

    /**
     * The block after a compound statement's ':'; {@code what} names the statement for
     * "expected an indented block after ..." errors.
     */
    /** CPython's parser levels per indented block (see {@link ParserBase#MAX_STACK}). */
    private static final int BLOCK_LEVELS = 6;

    private List<Stmt> block(String what, Token header) {
        List<Stmt> body = new ArrayList<>();
        if (!at(TokenKind.NEWLINE)) {
            simpleStatements(body);
            return body;
        }
        advance();
        if (!at(TokenKind.INDENT)) {
            Token t = peek();
            throw errors.indentation(t.line(), t.col(),
                    "expected an indented block after " + what + " on line " + header.line());
        }
        advance();
        enter(BLOCK_LEVELS);
        try {
            while (!at(TokenKind.DEDENT) && !at(TokenKind.ENDMARKER)) {
                statement(body);
            }
        } finally {
            leave(BLOCK_LEVELS);
        }
        accept(TokenKind.DEDENT);
        return body;
    }

    /**
     * The ':' that opens a block. CPython insists on it (any other token gives "expected ':'")
     * after def, try, else and finally ({@code forced}); elsewhere only a line ending early gets
     * that message and anything else is plain "invalid syntax".
     */
    private void colon(boolean forced) {
        if (accept(TokenKind.COLON)) {
            return;
        }
        Token t = peek();
        if (t.kind() != TokenKind.INDENT && (forced || t.kind() == TokenKind.NEWLINE)) {
            throw error(t, "expected ':'");
        }
        throw invalidSyntax();
    }

    // ---- simple statements

    private void simpleStatements(List<Stmt> out) {
        Stmt last;
        while (true) {
            last = simpleStatement();
            out.add(last);
            if (accept(TokenKind.SEMI)) {
                if (at(TokenKind.NEWLINE)) {
                    break;
                }
                continue;
            }
            break;
        }
        if (!at(TokenKind.NEWLINE)) {
            throw junkAfterStatement(last);
        }
        advance();
    }

    /**
     * A statement followed by more on its line. When the statement ended with an expression,
     * CPython's error pass reads what follows as another expression (to see whether a comma was
     * forgotten), which can reach a tokenizer error or the end of an unclosed bracket: do the
     * same, then complain where the statement stopped.
     */
    private RuntimeException junkAfterStatement(Stmt last) {
        Token far = furthest();
        boolean endsWithExpression = last instanceof Stmt.ExprStmt || last instanceof Stmt.Assign
                || last instanceof Stmt.AugAssign || last instanceof Stmt.AnnAssign || last instanceof Stmt.Return
                || last instanceof Stmt.Raise || last instanceof Stmt.Assert;
        if (endsWithExpression && startsExpression()) {
            int mark = mark();
            try {
                expression();
            } catch (CompileError e) {
                if (fatal(e)) {
                    throw e;
                }
            }
            reset(mark);
        }
        return invalidSyntaxAt(far);
    }

    private Stmt simpleStatement() {
        Token start = peek();
        switch (start.kind()) {
            case PASS -> {
                advance();
                return new Stmt.Pass(start.pos());
            }
            case BREAK -> {
                advance();
                return new Stmt.Break(start.pos());
            }
            case CONTINUE -> {
                advance();
                return new Stmt.Continue(start.pos());
            }
            case RETURN -> {
                advance();
                Expr value = startsExpression() ? starExpressions() : null;
                return new Stmt.Return(from(start), value);
            }
            case RAISE -> {
                return raise();
            }
            case GLOBAL, NONLOCAL -> {
                advance();
                List<String> names = new ArrayList<>();
                names.add(expectName());
                while (accept(TokenKind.COMMA)) {
                    names.add(expectName());
                }
                return start.kind() == TokenKind.GLOBAL ? new Stmt.Global(from(start), names)
                        : new Stmt.Nonlocal(from(start), names);
            }
            case DEL -> {
                return delete();
            }
            case ASSERT -> {
                advance();
                Expr test = expression();
                Expr msg = accept(TokenKind.COMMA) ? expression() : null;
                return new Stmt.Assert(from(start), test, msg);
            }
            case IMPORT -> {
                return importStatement();
            }
            case FROM -> {
                return fromImport();
            }
            default -> {
                return expressionStatement();
            }
        }
    }

    private Stmt raise() {
        Token start = advance();
        Expr exc = null;
        Expr cause = null;
        if (startsExpression()) {
            exc = expression();
            if (accept(TokenKind.FROM)) {
                cause = expression();
            }
        }
        return new Stmt.Raise(from(start), exc, cause);
    }

    private Stmt delete() {
        Token start = advance();
        List<Expr> targets = new ArrayList<>();
        do {
            if (!startsExpression()) {
                break;
            }
            Expr target = starTarget();
            targets.add(Targets.store(target, errors, Targets.Kind.DELETE));
        } while (accept(TokenKind.COMMA));
        if (targets.isEmpty()) {
            throw invalidSyntax();
        }
        return new Stmt.Delete(from(start), targets);
    }

    private Stmt importStatement() {
        Token start = advance();
        List<Alias> names = new ArrayList<>();
        do {
            Token nameStart = peek();
            String name = dottedName();
            String asname = accept(TokenKind.AS) ? expectName() : null;
            names.add(new Alias(from(nameStart), name, asname));
        } while (accept(TokenKind.COMMA));
        return new Stmt.Import(from(start), names);
    }

    private String dottedName() {
        StringBuilder name = new StringBuilder(expectName());
        while (at(TokenKind.DOT)) {
            advance();
            name.append('.').append(expectName());
        }
        return name.toString();
    }

    private Stmt fromImport() {
        Token start = advance();
        int level = 0;
        while (at(TokenKind.DOT) || at(TokenKind.ELLIPSIS)) {
            level += advance().kind() == TokenKind.DOT ? 1 : 3;
        }
        String module = null;
        if (level == 0 || !at(TokenKind.IMPORT)) {
            module = dottedName();
        }
        if (!at(TokenKind.IMPORT)) {
            throw invalidSyntax();
        }
        advance();
        List<Alias> names = new ArrayList<>();
        if (at(TokenKind.STAR)) {
            Token star = advance();
            names.add(new Alias(star.pos(), "*", null));
        } else {
            boolean parens = accept(TokenKind.LPAR);
            while (true) {
                Token nameStart = peek();
                String name = expectName();
                String asname = accept(TokenKind.AS) ? expectName() : null;
                names.add(new Alias(from(nameStart), name, asname));
                if (!accept(TokenKind.COMMA)) {
                    break;
                }
                if (parens && at(TokenKind.RPAR)) {
                    break;
                }
                if (!parens && (at(TokenKind.NEWLINE) || at(TokenKind.SEMI))) {
                    throw error(prev, "trailing comma not allowed without surrounding parentheses");
                }
            }
            if (parens) {
                expect(TokenKind.RPAR);
            }
        }
        return new Stmt.ImportFrom(from(start), module, names, level);
    }

    /** The operator of an augmented assignment token such as {@code +=}, or null. */
    private static Operator augmentedOperator(TokenKind k) {
        return switch (k) {
            case PLUSEQUAL -> Operator.Add;
            case MINEQUAL -> Operator.Sub;
            case STAREQUAL -> Operator.Mult;
            case ATEQUAL -> Operator.MatMult;
            case SLASHEQUAL -> Operator.Div;
            case PERCENTEQUAL -> Operator.Mod;
            case AMPEREQUAL -> Operator.BitAnd;
            case VBAREQUAL -> Operator.BitOr;
            case CIRCUMFLEXEQUAL -> Operator.BitXor;
            case LEFTSHIFTEQUAL -> Operator.LShift;
            case RIGHTSHIFTEQUAL -> Operator.RShift;
            case DOUBLESTAREQUAL -> Operator.Pow;
            case DOUBLESLASHEQUAL -> Operator.FloorDiv;
            default -> null;
        };
    }

    private Expr yieldOrStarExpressions() {
        return at(TokenKind.YIELD) ? yieldExpression() : starExpressions();
    }

    /** Expression statements and the three kinds of assignment, which all start with an expression. */
    private Stmt expressionStatement() {
        Token start = peek();
        Expr first = yieldOrStarExpressions();
        if (at(TokenKind.EQUAL)) {
            List<Expr> targets = new ArrayList<>();
            Expr value = first;
            while (accept(TokenKind.EQUAL)) {
                // judged as soon as its '=' is seen: CPython complains even if no value follows
                if (value instanceof Expr.Yield || value instanceof Expr.YieldFrom) {
                    throw error(value.pos(), "assignment to yield expression not possible");
                }
                Expr bad = Targets.invalid(value, false);
                if (bad != null) {
                    throw badTarget(value, targets.isEmpty(), bad, start.kind() == TokenKind.LPAR);
                }
                targets.add(Targets.withContext(value, ExprContext.Store));
                value = yieldOrStarExpressions();
            }
            return new Stmt.Assign(from(start), targets, value, null);
        }
        Operator aug = augmentedOperator(kind());
        if (aug != null) {
            if (!(first instanceof Expr.Name || first instanceof Expr.Attribute || first instanceof Expr.Subscript)) {
                throw error(first.pos(), "'" + Targets.describe(first) + "' is an illegal expression for augmented assignment");
            }
            advance();
            Expr value = yieldOrStarExpressions();
            return new Stmt.AugAssign(from(start), Targets.withContext(first, ExprContext.Store), aug, value);
        }
        if (at(TokenKind.COLON)) {
            return annotatedAssignment(start, first);
        }
        if (first instanceof Expr.Name n && (n.id().equals("print") || n.id().equals("exec"))
                && startsExpression() && start.kind() == TokenKind.NAME) {
            throw error(start, "Missing parentheses in call to '" + n.id() + "'. Did you mean " + n.id() + "(...)?");
        }
        return new Stmt.ExprStmt(from(start), first);
    }

    /**
     * Why assignment target {@code t} (just before an '=') is no good, worded as CPython 3.11 does.
     * For the first target, CPython first wonders whether the expression before the '=' was meant
     * as a comparison ("... here. Maybe you meant '==' instead of '='?") when a lone operand
     * follows the '='; otherwise it names the bad part of the target.
     */
    private RuntimeException badTarget(Expr t, boolean first, Expr bad, boolean parenthesized) {
        if (first && loneOperandFollows()) {
            Expr last = t instanceof Expr.Tuple tuple && !tuple.elts().isEmpty()
                    && tuple.pos().col() == tuple.elts().get(0).pos().col()
                    && tuple.pos().line() == tuple.elts().get(0).pos().line()
                    ? tuple.elts().get(tuple.elts().size() - 1) : t;
            if (last instanceof Expr.Name && last != t) {
                return error(last.pos(), "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
            }
            if ((isBitwiseOr(last) || parenthesized && last == t) && !(last instanceof Expr.List
                    || last instanceof Expr.Tuple || last instanceof Expr.GeneratorExp || isNamedConstant(last))) {
                return error(last.pos(), "cannot assign to " + Targets.describe(last)
                        + " here. Maybe you meant '==' instead of '='?");
            }
        }
        return error(bad.pos(), "cannot assign to " + Targets.describe(bad));
    }

    /** Whether a bitwise_or follows, and then neither '=' nor ':=' (looked at without consuming). */
    private boolean loneOperandFollows() {
        int mark = mark();
        try {
            bitwiseOr();
            return !at(TokenKind.EQUAL) && !at(TokenKind.COLONEQUAL);
        } catch (CompileError e) {
            if (fatal(e)) {
                throw e;
            }
            return false;
        } finally {
            reset(mark);
        }
    }

    private static boolean isNamedConstant(Expr e) {
        return e instanceof Expr.Constant c && (c.value() instanceof ConstValue.BoolValue
                || c.value() instanceof ConstValue.NoneValue);
    }

    private Stmt annotatedAssignment(Token start, Expr target) {
        advance();
        // CPython only judges the target once an annotation has been read after the ':'
        Expr annotation = expression();
        if (target instanceof Expr.Tuple) {
            throw error(target.pos(), "only single target (not tuple) can be annotated");
        }
        if (target instanceof Expr.List) {
            throw error(target.pos(), "only single target (not list) can be annotated");
        }
        if (!(target instanceof Expr.Name || target instanceof Expr.Attribute || target instanceof Expr.Subscript)) {
            throw error(target.pos(), "illegal target for annotation");
        }
        Expr value = accept(TokenKind.EQUAL) ? yieldOrStarExpressions() : null;
        int simple = target instanceof Expr.Name && start.kind() != TokenKind.LPAR ? 1 : 0;
        return new Stmt.AnnAssign(from(start), Targets.withContext(target, ExprContext.Store), annotation, value,
                simple);
    }

    // ---- compound statements

    /** A compound statement, or null if the current token does not start one. */
    private Stmt compoundStatement() {
        Token t = peek();
        switch (t.kind()) {
            case IF -> {
                return ifStatement(advance(), "'if' statement");
            }
            case WHILE -> {
                return whileStatement();
            }
            case FOR -> {
                return forStatement(t, false);
            }
            case WITH -> {
                return withStatement(t, false);
            }
            case TRY -> {
                return tryStatement();
            }
            case DEF -> {
                return functionDef(t, List.of(), false);
            }
            case CLASS -> {
                return classDef(List.of());
            }
            case AT -> {
                return decorated();
            }
            case ASYNC -> {
                return asyncStatement(List.of());
            }
            case INDENT -> throw errors.indentation(t.line(), t.col(), "unexpected indent");
            case NAME -> {
                return t.text().equals("match") ? new PatternParser(this).matchStatement() : null;
            }
            default -> {
                return null;
            }
        }
    }

    private Stmt ifStatement(Token start, String what) {
        Expr test = condition();
        colon(false);
        List<Stmt> body = block(what, start);
        List<Stmt> orelse = List.of();
        if (at(TokenKind.ELIF)) {
            Token elif = advance();
            orelse = List.of(ifStatement(elif, "'elif' statement"));
        } else if (at(TokenKind.ELSE)) {
            orelse = elseBlock();
        }
        return new Stmt.If(from(start), test, body, orelse);
    }

    private List<Stmt> elseBlock() {
        Token elseToken = advance();
        colon(true);
        return block("'else' statement", elseToken);
    }

    private Stmt whileStatement() {
        Token start = advance();
        Expr test = condition();
        colon(false);
        List<Stmt> body = block("'while' statement", start);
        List<Stmt> orelse = at(TokenKind.ELSE) ? elseBlock() : List.of();
        return new Stmt.While(from(start), test, body, orelse);
    }

    private Stmt forStatement(Token start, boolean isAsync) {
        advance();
        Expr target = Targets.store(starTargets(), errors, Targets.Kind.FOR);
        if (!at(TokenKind.IN)) {
            throw invalidSyntax();
        }
        advance();
        Expr iter = starExpressions();
        colon(false);
        List<Stmt> body = block("'for' statement", start);
        List<Stmt> orelse = at(TokenKind.ELSE) ? elseBlock() : List.of();
        Pos pos = from(start);
        return isAsync ? new Stmt.AsyncFor(pos, target, iter, body, orelse, null)
                : new Stmt.For(pos, target, iter, body, orelse, null);
    }

    private Stmt withStatement(Token start, boolean isAsync) {
        Token with = advance();
        List<WithItem> items = null;
        if (at(TokenKind.LPAR)) {
            items = parenthesizedWithItems();
        }
        if (items == null) {
            items = new ArrayList<>();
            do {
                items.add(withItem());
            } while (accept(TokenKind.COMMA));
        }
        colon(false);
        List<Stmt> body = block("'with' statement", with);
        Pos pos = from(start);
        return isAsync ? new Stmt.AsyncWith(pos, items, body, null) : new Stmt.With(pos, items, body, null);
    }

    /**
     * {@code with (a as b, c):} — only a with-item list if the parenthesis is followed by ':';
     * otherwise the parenthesis belongs to the first expression, so back up.
     */
    private List<WithItem> parenthesizedWithItems() {
        int mark = mark();
        try {
            advance();
            List<WithItem> items = new ArrayList<>();
            while (!at(TokenKind.RPAR)) {
                items.add(withItem());
                if (!accept(TokenKind.COMMA)) {
                    break;
                }
            }
            if (!items.isEmpty() && accept(TokenKind.RPAR) && at(TokenKind.COLON)) {
                return items;
            }
        } catch (CompileError e) {
            // not a with-item list: parse it again as an expression
            if (SyntaxErrors.isTooComplex(e)) {
                throw e;
            }
        }
        reset(mark);
        return null;
    }

    private WithItem withItem() {
        Expr context = expression();
        Expr vars = null;
        if (accept(TokenKind.AS)) {
            vars = Targets.store(starTarget(), errors, Targets.Kind.OTHER);
        }
        return new WithItem(context, vars);
    }

    private Stmt tryStatement() {
        Token start = advance();
        colon(true);
        List<Stmt> body = block("'try' statement", start);
        List<ExceptHandler> handlers = new ArrayList<>();
        Boolean star = null;
        while (at(TokenKind.EXCEPT)) {
            Token except = advance();
            boolean isStar = accept(TokenKind.STAR);
            if (star != null && star != isStar) {
                throw error(except, "cannot have both 'except' and 'except*' on the same 'try'");
            }
            star = isStar;
            Expr type = null;
            String name = null;
            if (!at(TokenKind.COLON)) {
                type = expression();
                if (at(TokenKind.COMMA)) {
                    throw error(type.pos(), "multiple exception types must be parenthesized");
                }
                if (accept(TokenKind.AS)) {
                    name = expectName();
                }
            } else if (isStar) {
                throw error(peek(), "expected one or more exception types");
            }
            colon(false);
            List<Stmt> handlerBody = block(isStar ? "'except*' statement" : "'except' statement", except);
            handlers.add(new ExceptHandler(from(except), type, name, handlerBody));
        }
        List<Stmt> orelse = List.of();
        if (at(TokenKind.ELSE)) {
            if (handlers.isEmpty()) {
                throw invalidSyntax();
            }
            orelse = elseBlock();
        }
        List<Stmt> finalbody = List.of();
        if (at(TokenKind.FINALLY)) {
            Token fin = advance();
            colon(true);
            finalbody = block("'finally' statement", fin);
        }
        if (handlers.isEmpty() && finalbody.isEmpty()) {
            throw error(peek(), "expected 'except' or 'finally' block");
        }
        Pos end = from(start);
        return Boolean.TRUE.equals(star) ? new Stmt.TryStar(end, body, handlers, orelse, finalbody)
                : new Stmt.Try(end, body, handlers, orelse, finalbody);
    }

    private Stmt decorated() {
        List<Expr> decorators = new ArrayList<>();
        while (accept(TokenKind.AT)) {
            decorators.add(namedExpression());
            if (!at(TokenKind.NEWLINE)) {
                throw invalidSyntax();
            }
            advance();
        }
        Token t = peek();
        return switch (t.kind()) {
            case DEF -> functionDef(t, decorators, false);
            case CLASS -> classDef(decorators);
            case ASYNC -> asyncStatement(decorators);
            default -> throw invalidSyntax();
        };
    }

    private Stmt asyncStatement(List<Expr> decorators) {
        Token start = advance();
        return switch (kind()) {
            case DEF -> functionDef(start, decorators, true);
            case FOR -> {
                if (!decorators.isEmpty()) {
                    throw invalidSyntax();
                }
                yield forStatement(start, true);
            }
            case WITH -> {
                if (!decorators.isEmpty()) {
                    throw invalidSyntax();
                }
                yield withStatement(start, true);
            }
            default -> throw invalidSyntax();
        };
    }

    private Stmt functionDef(Token start, List<Expr> decorators, boolean isAsync) {
        Token def = advance();
        String name = expectName();
        if (!at(TokenKind.LPAR)) {
            throw error(peek(), "expected '('");
        }
        advance();
        Arguments args = parameters(TokenKind.RPAR, true);
        expect(TokenKind.RPAR);
        Expr returns = accept(TokenKind.RARROW) ? expression() : null;
        colon(true);
        List<Stmt> body = block("function definition", def);
        Pos pos = from(start);
        return isAsync ? new Stmt.AsyncFunctionDef(pos, name, args, body, decorators, returns, null)
                : new Stmt.FunctionDef(pos, name, args, body, decorators, returns, null);
    }

    private Stmt classDef(List<Expr> decorators) {
        Token start = advance();
        String name = expectName();
        List<Expr> bases = List.of();
        List<Keyword> keywords = List.of();
        if (at(TokenKind.LPAR)) {
            Expr.Call call = callArguments(new Expr.Name(start.pos(), name, ExprContext.Load), start.pos());
            bases = call.args();
            keywords = call.keywords();
        }
        colon(false);
        List<Stmt> body = block("class definition", start);
        return new Stmt.ClassDef(from(start), name, bases, keywords, body, decorators);
    }

    // ---- used by the pattern parser

    List<Stmt> caseBlock(Token caseToken) {
        colon(false);
        return block("'case' statement", caseToken);
    }
}
