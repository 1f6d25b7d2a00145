package krait.syntax;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Expressions by recursive descent, one method per precedence level of Python 3.11's grammar
 * (named after the grammar's rules so the two can be read side by side). Assignment targets are
 * parsed as expressions and converted afterwards ({@link Targets}), which keeps the parser free of
 * the PEG grammar's backtracking.
 */
class ExpressionParser extends ParserBase {
    /** The last complete {@code disjunction}: the "a" of CPython's "Perhaps you forgot a comma?". */
    private Expr lastDisjunction;

    ExpressionParser(Tokenizer tokenizer, SyntaxErrors errors) {
        super(tokenizer, errors);
    }

    // ---- lists of expressions

    /** {@code star_expressions}: one expression, or a tuple when there are commas. */
    Expr starExpressions() {
        Token begin = peek();
        Expr first = starExpression();
        if (!at(TokenKind.COMMA)) {
            return first;
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (accept(TokenKind.COMMA)) {
            if (!startsExpression()) {
                break;
            }
            elts.add(starExpression());
        }
        return new Expr.Tuple(from(begin), elts, ExprContext.Load);
    }

    /** {@code star_expression}: {@code *bitwise_or} or an expression. */
    Expr starExpression() {
        if (at(TokenKind.STAR)) {
            Token star = advance();
            Expr value = bitwiseOr();
            return new Expr.Starred(from(star), value, ExprContext.Load);
        }
        return expression();
    }

    /** {@code star_named_expression}: like {@link #starExpression} but walrus is allowed. */
    Expr starNamedExpression() {
        if (at(TokenKind.STAR)) {
            Token star = advance();
            Expr value = bitwiseOr();
            return new Expr.Starred(from(star), value, ExprContext.Load);
        }
        return namedExpression();
    }

    /** Whether the current token can begin an expression (used after trailing commas). */
    protected final boolean startsExpression() {
        return switch (kind()) {
            case NAME, NUMBER, STRING, LPAR, LSQB, LBRACE, MINUS, PLUS, TILDE, STAR, NOT, LAMBDA, AWAIT, NONE,
                    TRUE, FALSE, ELLIPSIS -> true;
            default -> false;
        };
    }

    // ---- single expressions

    /** {@code named_expression}: {@code NAME := expression} or an expression. */
    Expr namedExpression() {
        return namedExpression(true);
    }

    /**
     * {@code named_expression}; {@code explainWalrus} says whether {@code a.b := 1} gets CPython's
     * "cannot use assignment expressions with attribute" (not in call arguments, where CPython's
     * grammar never reaches that rule).
     */
    private Expr namedExpression(boolean explainWalrus) {
        if (at(TokenKind.NAME) && peek(1).kind() == TokenKind.COLONEQUAL) {
            Token name = advance();
            advance();
            Expr value = expression();
            return new Expr.NamedExpr(from(name), new Expr.Name(name.pos(), name.text(), ExprContext.Store), value);
        }
        Expr e = expression();
        if (at(TokenKind.COLONEQUAL)) {
            throw explainWalrus ? error(e.pos(), "cannot use assignment expressions with " + Targets.describe(e))
                    : invalidSyntax();
        }
        return e;
    }

    /**
     * The condition of if/elif/while: a named expression, where a lone '=' is taken for a typo of
     * '==' or ':=', as CPython explains.
     */
    Expr condition() {
        Expr e = namedExpression();
        if (at(TokenKind.EQUAL) && isBitwiseOr(e)) {
            int mark = mark();
            advance();
            boolean typo;
            try {
                bitwiseOr();
                typo = !at(TokenKind.EQUAL) && !at(TokenKind.COLONEQUAL);
            } catch (krait.diag.CompileError err) {
                if (fatal(err)) {
                    throw err;
                }
                typo = false;
            }
            reset(mark);
            if (typo && e instanceof Expr.Name) {
                throw error(e.pos(), "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
            }
            if (typo && !(e instanceof Expr.List || e instanceof Expr.Tuple || e instanceof Expr.GeneratorExp
                    || e instanceof Expr.Constant c && (c.value() instanceof ConstValue.BoolValue
                    || c.value() instanceof ConstValue.NoneValue))) {
                throw error(e.pos(), "cannot assign to " + Targets.describe(e) + " here. Maybe you meant '==' instead of '='?");
            }
        }
        return e;
    }

    /** Whether {@code e} is no looser than CPython's {@code bitwise_or} rule. */
    protected static boolean isBitwiseOr(Expr e) {
        return !(e instanceof Expr.BoolOp || e instanceof Expr.Compare || e instanceof Expr.IfExp
                || e instanceof Expr.Lambda || e instanceof Expr.NamedExpr
                || e instanceof Expr.UnaryOp u && u.op() == UnaryOperator.Not);
    }

    /** CPython's parser levels per bracket (see {@link ParserBase#MAX_STACK}). */
    private static final int CALL_LEVELS = 24;
    private static final int PAREN_LEVELS = 28;
    private static final int DISPLAY_LEVELS = 29;

    /** An expression nested {@code levels} deeper in CPython's parser than the current one. */
    private Expr nested(int levels) {
        enter(levels);
        try {
            return expression();
        } finally {
            leave(levels);
        }
    }

    /** {@code expression}: a conditional expression, a lambda or a disjunction. */
    Expr expression() {
        Token begin = peek();
        if (at(TokenKind.LAMBDA)) {
            return lambda();
        }
        Expr body = disjunction();
        if (at(TokenKind.IF)) {
            advance();
            Expr test = disjunction();
            if (!accept(TokenKind.ELSE)) {
                if (at(TokenKind.COLON)) {
                    throw invalidSyntax();
                }
                throw error(body.pos(), "expected 'else' after 'if' expression");
            }
            Expr orelse = nested(1);
            return new Expr.IfExp(from(begin), test, body, orelse);
        }
        return body;
    }

    private Expr lambda() {
        Token start = advance();
        Arguments args = at(TokenKind.COLON) ? Arguments.empty() : parameters(TokenKind.COLON, false);
        expect(TokenKind.COLON);
        Expr body = nested(2);
        return new Expr.Lambda(from(start), args, body);
    }

    Expr disjunction() {
        Token begin = peek();
        Expr first = conjunction();
        if (!at(TokenKind.OR)) {
            lastDisjunction = first;
            return first;
        }
        List<Expr> values = new ArrayList<>();
        values.add(first);
        while (accept(TokenKind.OR)) {
            values.add(conjunction());
        }
        lastDisjunction = new Expr.BoolOp(from(begin), BoolOperator.Or, values);
        return lastDisjunction;
    }

    private Expr conjunction() {
        Token begin = peek();
        Expr first = inversion();
        if (!at(TokenKind.AND)) {
            return first;
        }
        List<Expr> values = new ArrayList<>();
        values.add(first);
        while (accept(TokenKind.AND)) {
            values.add(inversion());
        }
        return new Expr.BoolOp(from(begin), BoolOperator.And, values);
    }

    private Expr inversion() {
        if (at(TokenKind.NOT)) {
            Token not = advance();
            Expr operand;
            enter(1);
            try {
                operand = inversion();
            } finally {
                leave(1);
            }
            return new Expr.UnaryOp(from(not), UnaryOperator.Not, operand);
        }
        return comparison();
    }

    private Expr comparison() {
        Token begin = peek();
        Expr left = bitwiseOr();
        List<CmpOperator> ops = null;
        List<Expr> comparators = null;
        while (true) {
            CmpOperator op = comparisonOperator();
            if (op == null) {
                break;
            }
            if (ops == null) {
                ops = new ArrayList<>();
                comparators = new ArrayList<>();
            }
            ops.add(op);
            comparators.add(bitwiseOr());
        }
        return ops == null ? left : new Expr.Compare(from(begin), left, ops, comparators);
    }

    /** Consumes a comparison operator (one or two tokens) and returns it, or null. */
    private CmpOperator comparisonOperator() {
        CmpOperator op = switch (kind()) {
            case EQEQUAL -> CmpOperator.Eq;
            case NOTEQUAL -> CmpOperator.NotEq;
            case LESS -> CmpOperator.Lt;
            case LESSEQUAL -> CmpOperator.LtE;
            case GREATER -> CmpOperator.Gt;
            case GREATEREQUAL -> CmpOperator.GtE;
            case IN -> CmpOperator.In;
            case IS -> peek(1).kind() == TokenKind.NOT ? CmpOperator.IsNot : CmpOperator.Is;
            case NOT -> peek(1).kind() == TokenKind.IN ? CmpOperator.NotIn : null;
            default -> null;
        };
        if (op != null) {
            advance();
            if (op == CmpOperator.IsNot || op == CmpOperator.NotIn) {
                advance();
            }
        }
        return op;
    }

    Expr bitwiseOr() {
        Token begin = peek();
        Expr left = bitwiseXor();
        while (at(TokenKind.VBAR)) {
            advance();
            Expr right = bitwiseXor();
            left = new Expr.BinOp(from(begin), left, Operator.BitOr, right);
        }
        return left;
    }

    private Expr bitwiseXor() {
        Token begin = peek();
        Expr left = bitwiseAnd();
        while (at(TokenKind.CIRCUMFLEX)) {
            advance();
            Expr right = bitwiseAnd();
            left = new Expr.BinOp(from(begin), left, Operator.BitXor, right);
        }
        return left;
    }

    private Expr bitwiseAnd() {
        Token begin = peek();
        Expr left = shiftExpr();
        while (at(TokenKind.AMPER)) {
            advance();
            Expr right = shiftExpr();
            left = new Expr.BinOp(from(begin), left, Operator.BitAnd, right);
        }
        return left;
    }

    private Expr shiftExpr() {
        Token begin = peek();
        Expr left = sum();
        while (true) {
            Operator op = switch (kind()) {
                case LEFTSHIFT -> Operator.LShift;
                case RIGHTSHIFT -> Operator.RShift;
                default -> null;
            };
            if (op == null) {
                return left;
            }
            advance();
            Expr right = sum();
            left = new Expr.BinOp(from(begin), left, op, right);
        }
    }

    private Expr sum() {
        Token begin = peek();
        Expr left = term();
        while (true) {
            Operator op = switch (kind()) {
                case PLUS -> Operator.Add;
                case MINUS -> Operator.Sub;
                default -> null;
            };
            if (op == null) {
                return left;
            }
            advance();
            Expr right = term();
            left = new Expr.BinOp(from(begin), left, op, right);
        }
    }

    private Expr term() {
        Token begin = peek();
        Expr left = factor();
        while (true) {
            Operator op = switch (kind()) {
                case STAR -> Operator.Mult;
                case SLASH -> Operator.Div;
                case DOUBLESLASH -> Operator.FloorDiv;
                case PERCENT -> Operator.Mod;
                case AT -> Operator.MatMult;
                default -> null;
            };
            if (op == null) {
                return left;
            }
            advance();
            Expr right = factor();
            left = new Expr.BinOp(from(begin), left, op, right);
        }
    }

    private Expr factor() {
        UnaryOperator op = switch (kind()) {
            case PLUS -> UnaryOperator.UAdd;
            case MINUS -> UnaryOperator.USub;
            case TILDE -> UnaryOperator.Invert;
            default -> null;
        };
        if (op == null) {
            return power();
        }
        Token start = advance();
        Expr operand;
        enter(1);
        try {
            operand = factor();
        } finally {
            leave(1);
        }
        return new Expr.UnaryOp(from(start), op, operand);
    }

    private Expr power() {
        Token begin = peek();
        Expr base = awaitPrimary();
        if (at(TokenKind.DOUBLESTAR)) {
            advance();
            Expr exponent;
            enter(2);
            try {
                exponent = factor();
            } finally {
                leave(2);
            }
            return new Expr.BinOp(from(begin), base, Operator.Pow, exponent);
        }
        return base;
    }

    private Expr awaitPrimary() {
        if (at(TokenKind.AWAIT)) {
            Token start = advance();
            Expr value = primary();
            return new Expr.Await(from(start), value);
        }
        return primary();
    }

    /** {@code primary}: an atom followed by any number of {@code .name}, calls and subscripts. */
    Expr primary() {
        Token begin = peek();
        Expr e = atom();
        while (true) {
            switch (kind()) {
                case DOT -> {
                    advance();
                    String attr = expectName();
                    e = new Expr.Attribute(from(begin), e, attr, ExprContext.Load);
                }
                case LPAR -> {
                    int levels = enterBracket(CALL_LEVELS);
                    try {
                        e = callArguments(e, begin.pos());
                    } finally {
                        leaveBracket(levels);
                    }
                }
                case LSQB -> {
                    advance();
                    Expr slice;
                    int levels = enterBracket(CALL_LEVELS);
                    try {
                        slice = slices();
                    } finally {
                        leaveBracket(levels);
                    }
                    closeBracket(TokenKind.RSQB);
                    e = new Expr.Subscript(from(begin), e, slice, ExprContext.Load);
                }
                default -> {
                    return e;
                }
            }
        }
    }

    // ---- atoms

    Expr atom() {
        Token t = peek();
        switch (t.kind()) {
            case NAME -> {
                advance();
                return new Expr.Name(t.pos(), t.text(), ExprContext.Load);
            }
            case NUMBER -> {
                advance();
                return new Expr.Constant(t.pos(), number(t.text()), null);
            }
            case STRING -> {
                return strings();
            }
            case TRUE -> {
                advance();
                return new Expr.Constant(t.pos(), ConstValue.TRUE, null);
            }
            case FALSE -> {
                advance();
                return new Expr.Constant(t.pos(), ConstValue.FALSE, null);
            }
            case NONE -> {
                advance();
                return new Expr.Constant(t.pos(), ConstValue.NONE, null);
            }
            case ELLIPSIS -> {
                advance();
                return new Expr.Constant(t.pos(), ConstValue.ELLIPSIS, null);
            }
            case LPAR, LSQB, LBRACE -> {
                int levels = enterBracket(t.kind() == TokenKind.LPAR ? PAREN_LEVELS : DISPLAY_LEVELS);
                try {
                    return t.kind() == TokenKind.LPAR ? parenthesized()
                            : t.kind() == TokenKind.LSQB ? listDisplay() : braceDisplay();
                } finally {
                    leaveBracket(levels);
                }
            }
            default -> throw invalidSyntax();
        }
    }

    static ConstValue number(String text) {
        String s = text.indexOf('_') >= 0 ? text.replace("_", "") : text;
        char last = s.charAt(s.length() - 1);
        if (last == 'j' || last == 'J') {
            return new ConstValue.ComplexValue(Double.parseDouble(s.substring(0, s.length() - 1)));
        }
        if (s.length() > 1 && s.charAt(0) == '0') {
            switch (s.charAt(1)) {
                case 'x', 'X' -> {
                    return new ConstValue.IntValue(new BigInteger(s.substring(2), 16));
                }
                case 'o', 'O' -> {
                    return new ConstValue.IntValue(new BigInteger(s.substring(2), 8));
                }
                case 'b', 'B' -> {
                    return new ConstValue.IntValue(new BigInteger(s.substring(2), 2));
                }
                default -> {
                }
            }
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '.' || c == 'e' || c == 'E') {
                return new ConstValue.FloatValue(Double.parseDouble(s));
            }
        }
        if (s.length() < 18) {
            return new ConstValue.IntValue(BigInteger.valueOf(Long.parseLong(s)));
        }
        return new ConstValue.IntValue(new BigInteger(s));
    }

    /** Adjacent string literals, concatenated; f-strings among them make a JoinedStr. */
    private Expr strings() {
        List<Token> parts = new ArrayList<>(2);
        while (at(TokenKind.STRING)) {
            parts.add(advance());
        }
        return new StringLiterals(errors, tokenizer.buffer(), peek()).concatenate(parts);
    }

    /** {@code ( ... )}: empty tuple, yield, group, tuple or generator expression. */
    private Expr parenthesized() {
        Token open = advance();
        if (accept(TokenKind.RPAR)) {
            return new Expr.Tuple(from(open), List.of(), ExprContext.Load);
        }
        if (at(TokenKind.YIELD)) {
            Expr y = yieldExpression();
            expect(TokenKind.RPAR);
            return y;
        }
        Expr first = starNamedExpression();
        if (at(TokenKind.FOR) || at(TokenKind.ASYNC)) {
            if (first instanceof Expr.Starred) {
                throw error(first.pos(), "iterable unpacking cannot be used in comprehension");
            }
            List<Comprehension> generators = comprehensionClauses();
            closeAfterComprehension(TokenKind.RPAR);
            return new Expr.GeneratorExp(from(open), first, generators);
        }
        if (at(TokenKind.RPAR)) {
            advance();
            if (first instanceof Expr.Starred) {
                throw error(first.pos(), "cannot use starred expression here");
            }
            return first;
        }
        if (!at(TokenKind.COMMA)) {
            throw missingCommaOr();
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (accept(TokenKind.COMMA)) {
            if (at(TokenKind.RPAR)) {
                break;
            }
            elts.add(starNamedExpression());
        }
        closeBracket(TokenKind.RPAR);
        return new Expr.Tuple(from(open), elts, ExprContext.Load);
    }

    /**
     * Two expressions side by side inside brackets is usually a forgotten comma. CPython says so
     * (pointing at the first of the two) when what follows parses as an expression.
     */
    protected final RuntimeException missingCommaOr() {
        Expr a = lastDisjunction;
        if (a == null || !startsExpression() || at(TokenKind.STAR)) {
            return invalidSyntax();
        }
        if (a instanceof Expr.Name n && (n.id().equals("print") || n.id().equals("exec"))) {
            return error(a.pos(), "Missing parentheses in call to '" + n.id() + "'. Did you mean " + n.id() + "(...)?");
        }
        if (a instanceof Expr.Name n && (n.id().equals("match") || n.id().equals("case") || n.id().equals("_")
                || at(TokenKind.STRING))) {
            // CPython does not guess on NAME STRING (legacy print "x") or after a soft keyword
            return invalidSyntax();
        }
        Token far = furthest();
        int mark = mark();
        boolean second;
        try {
            expression();
            second = true;
        } catch (krait.diag.CompileError e) {
            if (fatal(e)) {
                throw e;
            }
            second = false;
        }
        reset(mark);
        return second ? error(a.pos(), "invalid syntax. Perhaps you forgot a comma?") : invalidSyntaxAt(far);
    }

    /** {@code [ ... ]}: list display or list comprehension. */
    private Expr listDisplay() {
        Token open = advance();
        if (accept(TokenKind.RSQB)) {
            return new Expr.List(from(open), List.of(), ExprContext.Load);
        }
        Expr first = starNamedExpression();
        if (at(TokenKind.FOR) || at(TokenKind.ASYNC)) {
            if (first instanceof Expr.Starred) {
                throw error(first.pos(), "iterable unpacking cannot be used in comprehension");
            }
            List<Comprehension> generators = comprehensionClauses();
            closeAfterComprehension(TokenKind.RSQB);
            return new Expr.ListComp(from(open), first, generators);
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (accept(TokenKind.COMMA)) {
            if (at(TokenKind.RSQB)) {
                break;
            }
            elts.add(starNamedExpression());
        }
        checkNotComprehensionTarget(elts);
        closeBracket(TokenKind.RSQB);
        return new Expr.List(from(open), elts, ExprContext.Load);
    }

    /** {@code [a, b for ...]}: a tuple as a comprehension's element needs parentheses. */
    private void checkNotComprehensionTarget(List<Expr> elts) {
        if (elts.size() > 1 && (at(TokenKind.FOR) || at(TokenKind.ASYNC) && peek(1).kind() == TokenKind.FOR)) {
            int mark = mark();
            boolean clauses;
            try {
                comprehensionClauses();
                clauses = true;
            } catch (krait.diag.CompileError e) {
                if (fatal(e)) {
                    throw e;
                }
                clauses = false;
            }
            reset(mark);
            if (clauses) {
                throw error(elts.get(0).pos(), "did you forget parentheses around the comprehension target?");
            }
        }
    }

    /** A comprehension's iterables and conditions are disjunctions: no comma guessing after them. */
    private void closeAfterComprehension(TokenKind close) {
        if (!at(close)) {
            throw invalidSyntax();
        }
        advance();
    }

    private void closeBracket(TokenKind close) {
        if (!at(close)) {
            throw missingCommaOr();
        }
        advance();
    }

    /** <code>{ ... }</code>: dict or set display, or their comprehensions. */
    private Expr braceDisplay() {
        Token open = advance();
        if (accept(TokenKind.RBRACE)) {
            return new Expr.Dict(from(open), List.of(), List.of());
        }
        if (at(TokenKind.DOUBLESTAR)) {
            return dictRest(open, null, null);
        }
        Expr first = starNamedExpression();
        if (at(TokenKind.COLON) && !(first instanceof Expr.Starred)) {
            advance();
            if (at(TokenKind.RBRACE) || at(TokenKind.COMMA)) {
                throw error(peek(), "expression expected after dictionary key and ':'");
            }
            Expr value = expression();
            if (at(TokenKind.FOR) || at(TokenKind.ASYNC)) {
                List<Comprehension> generators = comprehensionClauses();
                closeAfterComprehension(TokenKind.RBRACE);
                return new Expr.DictComp(from(open), first, value, generators);
            }
            return dictRest(open, first, value);
        }
        if (at(TokenKind.FOR) || at(TokenKind.ASYNC)) {
            if (first instanceof Expr.Starred) {
                throw error(first.pos(), "iterable unpacking cannot be used in comprehension");
            }
            List<Comprehension> generators = comprehensionClauses();
            closeAfterComprehension(TokenKind.RBRACE);
            return new Expr.SetComp(from(open), first, generators);
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (accept(TokenKind.COMMA)) {
            if (at(TokenKind.RBRACE)) {
                break;
            }
            elts.add(starNamedExpression());
        }
        checkNotComprehensionTarget(elts);
        closeBracket(TokenKind.RBRACE);
        return new Expr.Set(from(open), elts);
    }

    /** The rest of a dict display, after an optional first {@code key: value}. */
    private Expr dictRest(Token open, Expr firstKey, Expr firstValue) {
        List<Expr> keys = new ArrayList<>();
        List<Expr> values = new ArrayList<>();
        boolean needComma = false;
        if (firstValue != null) {
            keys.add(firstKey);
            values.add(firstValue);
            needComma = true;
        }
        while (true) {
            if (needComma) {
                if (!accept(TokenKind.COMMA)) {
                    break;
                }
                if (at(TokenKind.RBRACE)) {
                    break;
                }
            }
            needComma = true;
            if (at(TokenKind.DOUBLESTAR)) {
                Token stars = advance();
                keys.add(null);
                values.add(bitwiseOr());
                if (at(TokenKind.FOR) || at(TokenKind.ASYNC)) {
                    throw error(stars, "dict unpacking cannot be used in dict comprehension");
                }
            } else {
                Expr key = expression();
                if (!at(TokenKind.COLON)) {
                    throw error(key.pos(), "':' expected after dictionary key");
                }
                advance();
                if (at(TokenKind.RBRACE) || at(TokenKind.COMMA)) {
                    throw error(peek(), "expression expected after dictionary key and ':'");
                }
                keys.add(key);
                values.add(expression());
            }
        }
        closeBracket(TokenKind.RBRACE);
        return new Expr.Dict(from(open), keys, values);
    }

    /** One or more {@code [async] for targets in iter [if cond]...} clauses. */
    protected final List<Comprehension> comprehensionClauses() {
        List<Comprehension> out = new ArrayList<>();
        while (at(TokenKind.FOR) || at(TokenKind.ASYNC) && peek(1).kind() == TokenKind.FOR) {
            int isAsync = accept(TokenKind.ASYNC) ? 1 : 0;
            advance();
            Expr target = starTargets();
            if (!at(TokenKind.IN)) {
                Expr bad = Targets.invalid(target, false);
                if (bad != null) {
                    throw error(bad.pos(), "cannot assign to " + Targets.describe(bad));
                }
                // CPython re-reads the target as an expression to explain the error
                lastDisjunction = target instanceof Expr.Tuple t ? t.elts().get(t.elts().size() - 1) : target;
                throw missingCommaOr();
            }
            target = Targets.store(target, errors, Targets.Kind.FOR);
            advance();
            Expr iter = disjunction();
            List<Expr> ifs = new ArrayList<>();
            while (accept(TokenKind.IF)) {
                ifs.add(disjunction());
            }
            out.add(new Comprehension(target, iter, ifs, isAsync));
        }
        return out;
    }

    /**
     * {@code star_targets} of for loops and comprehensions, still in Load context: targets stop
     * before {@code in}, so each element is parsed at the {@code bitwise_or} level.
     */
    protected final Expr starTargets() {
        Token begin = peek();
        Expr first = starTarget();
        if (!at(TokenKind.COMMA)) {
            return first;
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (accept(TokenKind.COMMA)) {
            if (at(TokenKind.IN) || at(TokenKind.EQUAL) || !startsExpression()) {
                break;
            }
            elts.add(starTarget());
        }
        return new Expr.Tuple(from(begin), elts, ExprContext.Load);
    }

    /** One {@code star_target}: a (possibly starred) target at the {@code bitwise_or} level. */
    protected final Expr starTarget() {
        if (at(TokenKind.STAR)) {
            Token star = advance();
            Expr value = starTarget();
            return new Expr.Starred(from(star), value, ExprContext.Load);
        }
        return bitwiseOr();
    }

    // ---- calls and subscripts

    /**
     * The argument list of a call, or of a class's bases, from the '(' on. Returns a Call whose
     * func is {@code func} and which spans from {@code callStart}.
     */
    protected final Expr.Call callArguments(Expr func, Pos callStart) {
        Token open = advance();
        List<Expr> args = new ArrayList<>();
        List<Keyword> keywords = new ArrayList<>();
        boolean sawKeyword = false;
        boolean sawDoubleStar = false;
        String misplaced = null;
        while (!at(TokenKind.RPAR)) {
            Token start = peek();
            if (accept(TokenKind.DOUBLESTAR)) {
                Expr value = expression();
                keywords.add(new Keyword(from(start), null, value));
                sawDoubleStar = true;
            } else if (accept(TokenKind.STAR)) {
                Expr value = expression();
                if (sawDoubleStar) {
                    throw error(start, "iterable argument unpacking follows keyword argument unpacking");
                }
                args.add(new Expr.Starred(from(start), value, ExprContext.Load));
            } else if (at(TokenKind.NAME) && peek(1).kind() == TokenKind.EQUAL) {
                advance();
                advance();
                Expr value = expression();
                keywords.add(new Keyword(from(start), start.text(), value));
                sawKeyword = true;
            } else {
                Expr arg = namedExpression(false);
                if (at(TokenKind.FOR) || at(TokenKind.ASYNC)) {
                    List<Comprehension> generators = comprehensionClauses();
                    if (!args.isEmpty() || !keywords.isEmpty() || at(TokenKind.COMMA)) {
                        throw error(arg.pos(), "Generator expression must be parenthesized");
                    }
                    if (!at(TokenKind.RPAR)) {
                        throw invalidSyntax();
                    }
                    advance();
                    Expr gen = new Expr.GeneratorExp(from(open), arg, generators);
                    return new Expr.Call(from(callStart), func, List.of(gen), List.of());
                }
                if (at(TokenKind.EQUAL)) {
                    throw error(arg.pos(), "expression cannot contain assignment, perhaps you meant \"==\"?");
                }
                if (misplaced == null && (sawDoubleStar || sawKeyword)) {
                    // CPython notices this only after reading the rest of the arguments
                    misplaced = sawDoubleStar ? "positional argument follows keyword argument unpacking"
                            : "positional argument follows keyword argument";
                }
                args.add(arg);
            }
            if (!accept(TokenKind.COMMA)) {
                if (!at(TokenKind.RPAR)) {
                    throw missingCommaOr();
                }
                break;
            }
        }
        if (misplaced != null) {
            throw errorAtFurthest(misplaced);
        }
        advance();
        return new Expr.Call(from(callStart), func, args, keywords);
    }

    /** {@code slices}: one slice or expression, or a tuple of them. */
    private Expr slices() {
        Token begin = peek();
        Expr first = slice();
        if (!at(TokenKind.COMMA)) {
            if (first instanceof Expr.Starred) {
                // a[*b] is a one-element tuple (PEP 646)
                return new Expr.Tuple(first.pos(), List.of(first), ExprContext.Load);
            }
            return first;
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (accept(TokenKind.COMMA)) {
            if (at(TokenKind.RSQB)) {
                break;
            }
            elts.add(slice());
        }
        return new Expr.Tuple(from(begin), elts, ExprContext.Load);
    }

    private Expr slice() {
        Token start = peek();
        Expr lower = null;
        if (at(TokenKind.STAR)) {
            return starExpression();
        }
        if (!at(TokenKind.COLON)) {
            lower = namedExpression();
            if (!at(TokenKind.COLON)) {
                return lower;
            }
        }
        advance();
        Expr upper = at(TokenKind.COLON) || at(TokenKind.COMMA) || at(TokenKind.RSQB) ? null : expression();
        Expr step = null;
        if (accept(TokenKind.COLON)) {
            step = at(TokenKind.COMMA) || at(TokenKind.RSQB) ? null : expression();
        }
        return new Expr.Slice(from(start), lower, upper, step);
    }

    /**
     * The expression of an f-string replacement field. CPython 3.11 parses it as if it were in
     * parentheses, so a bare tuple or yield is allowed.
     */
    Expr fstringField(Pos parens) {
        Expr e;
        if (at(TokenKind.YIELD)) {
            e = yieldExpression();
        } else {
            Expr first = starNamedExpression();
            if (at(TokenKind.FOR) || at(TokenKind.ASYNC)) {
                e = new Expr.GeneratorExp(parens, first, comprehensionClauses());
            } else if (at(TokenKind.COMMA)) {
                List<Expr> elts = new ArrayList<>();
                elts.add(first);
                while (accept(TokenKind.COMMA)) {
                    if (at(TokenKind.ENDMARKER)) {
                        break;
                    }
                    elts.add(starNamedExpression());
                }
                e = new Expr.Tuple(parens, elts, ExprContext.Load);
            } else if (first instanceof Expr.Starred) {
                throw error(first.pos(), "cannot use starred expression here");
            } else {
                e = first;
            }
        }
        if (!at(TokenKind.ENDMARKER)) {
            throw at(TokenKind.NAME) || at(TokenKind.NUMBER) || at(TokenKind.STRING)
                    ? error(prev, "invalid syntax. Perhaps you forgot a comma?") : invalidSyntax();
        }
        return e;
    }

    // ---- yield

    /** {@code yield_expr}: {@code yield from expression} or {@code yield [star_expressions]}. */
    Expr yieldExpression() {
        Token start = advance();
        if (accept(TokenKind.FROM)) {
            Expr value = expression();
            return new Expr.YieldFrom(from(start), value);
        }
        Expr value = startsExpression() ? starExpressions() : null;
        return new Expr.Yield(from(start), value);
    }

    // ---- parameters

    /**
     * The parameter list of a def ({@code annotations}) or lambda, up to but not including
     * {@code close}.
     */
    protected final Arguments parameters(TokenKind close, boolean annotations) {
        List<Arg> posonly = new ArrayList<>();
        List<Arg> args = new ArrayList<>();
        List<Expr> defaults = new ArrayList<>();
        Arg vararg = null;
        List<Arg> kwonly = new ArrayList<>();
        List<Expr> kwDefaults = new ArrayList<>();
        Arg kwarg = null;
        boolean sawStar = false;
        boolean sawSlash = false;
        while (!at(close)) {
            Token start = peek();
            boolean valueLast = false;
            if (kwarg != null) {
                throw error(start, "arguments cannot follow var-keyword argument");
            }
            if (at(TokenKind.SLASH)) {
                if (sawSlash) {
                    throw error(start, "/ may appear only once");
                }
                if (sawStar) {
                    throw error(start, "/ must be ahead of *");
                }
                if (args.isEmpty()) {
                    throw error(start, "at least one argument must precede /");
                }
                advance();
                sawSlash = true;
                posonly.addAll(args);
                args.clear();
            } else if (at(TokenKind.STAR)) {
                if (sawStar) {
                    throw error(start, "* argument may appear only once");
                }
                advance();
                sawStar = true;
                if (at(TokenKind.NAME)) {
                    vararg = parameter(annotations, true);
                    if (at(TokenKind.EQUAL)) {
                        throw error(peek(), "var-positional argument cannot have default value");
                    }
                } else if (at(close) || at(TokenKind.COMMA)
                        && (peek(1).kind() == close || peek(1).kind() == TokenKind.DOUBLESTAR)) {
                    throw error(start, "named arguments must follow bare *");
                }
            } else if (at(TokenKind.DOUBLESTAR)) {
                advance();
                kwarg = parameter(annotations, false);
                if (at(TokenKind.EQUAL)) {
                    throw error(peek(), "var-keyword argument cannot have default value");
                }
            } else {
                Arg arg = parameter(annotations, false);
                Expr dflt = null;
                if (accept(TokenKind.EQUAL)) {
                    dflt = expression();
                }
                valueLast = dflt != null || arg.annotation() != null;
                if (sawStar) {
                    kwonly.add(arg);
                    kwDefaults.add(dflt);
                } else {
                    if (dflt != null) {
                        defaults.add(dflt);
                    } else if (!defaults.isEmpty()) {
                        throw error(arg.pos(), "non-default argument follows default argument");
                    }
                    args.add(arg);
                }
            }
            if (!accept(TokenKind.COMMA)) {
                if (valueLast && close == TokenKind.RPAR && !at(close)) {
                    throw missingCommaOr();
                }
                break;
            }
        }
        return new Arguments(posonly, args, vararg, kwonly, kwDefaults, kwarg, defaults);
    }

    private Arg parameter(boolean annotations, boolean starAnnotation) {
        Token name = peek();
        if (!at(TokenKind.NAME)) {
            throw invalidSyntax();
        }
        advance();
        Expr annotation = null;
        if (annotations && accept(TokenKind.COLON)) {
            annotation = starAnnotation ? starExpression() : expression();
        }
        return new Arg(from(name), name.text(), annotation, null);
    }
}
