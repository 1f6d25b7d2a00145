package krait.syntax;

import java.util.ArrayList;
import java.util.List;

import krait.diag.CompileError;

/**
 * The {@code match} statement and its patterns (PEP 634). {@code match} is a soft keyword: a line
 * starting with it is only a match statement if a subject and ':' + NEWLINE follow, so the parser
 * tries that first and backs up to an ordinary statement otherwise.
 */
final class PatternParser {
    private final StatementParser p;

    PatternParser(StatementParser parser) {
        this.p = parser;
    }

    /** A match statement, or null (with nothing consumed) if the line is an ordinary statement. */
    Stmt matchStatement() {
        int mark = p.mark();
        Token start = p.advance();
        Expr subject;
        try {
            if (!p.startsExpression()) {
                p.reset(mark);
                return null;
            }
            subject = subject();
            if (!p.at(TokenKind.COLON) || p.peek(1).kind() != TokenKind.NEWLINE) {
                if (!p.at(TokenKind.COLON)) {
                    p.matchWithoutColon = p.peek();
                }
                p.reset(mark);
                return null;
            }
        } catch (CompileError e) {
            if (SyntaxErrors.isTooComplex(e)) {
                throw e;
            }
            p.reset(mark);
            return null;
        }
        p.advance();
        p.advance();
        if (!p.at(TokenKind.INDENT)) {
            Token t = p.peek();
            throw p.errors.indentation(t.line(), t.col(),
                    "expected an indented block after 'match' statement on line " + start.line());
        }
        p.advance();
        List<MatchCase> cases = new ArrayList<>();
        while (!p.at(TokenKind.DEDENT) && !p.at(TokenKind.ENDMARKER)) {
            if (!p.atName("case")) {
                throw p.invalidSyntax();
            }
            Token caseToken = p.advance();
            Pattern pattern = patterns();
            Expr guard = p.accept(TokenKind.IF) ? p.namedExpression() : null;
            List<Stmt> body = p.caseBlock(caseToken);
            cases.add(new MatchCase(pattern, guard, body));
        }
        p.accept(TokenKind.DEDENT);
        List<Stmt> lastBody = cases.get(cases.size() - 1).body();
        Pos end = lastBody.get(lastBody.size() - 1).pos();
        return new Stmt.Match(new Pos(start.line(), start.col(), end.endLine(), end.endCol()), subject, cases);
    }

    /** {@code subject_expr}: a named expression, or a tuple of star_named_expressions. */
    private Expr subject() {
        Token begin = p.peek();
        Expr first = p.starNamedExpression();
        if (!p.at(TokenKind.COMMA)) {
            if (first instanceof Expr.Starred) {
                throw p.invalidSyntax();
            }
            return first;
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (p.accept(TokenKind.COMMA)) {
            if (p.at(TokenKind.COLON)) {
                break;
            }
            elts.add(p.starNamedExpression());
        }
        return new Expr.Tuple(p.from(begin), elts, ExprContext.Load);
    }

    /** {@code patterns}: an open sequence ({@code case a, *b:}) or one pattern. */
    private Pattern patterns() {
        Token begin = p.peek();
        Pattern first = maybeStarPattern();
        if (!p.at(TokenKind.COMMA)) {
            if (first instanceof Pattern.MatchStar) {
                return new Pattern.MatchSequence(first.pos(), List.of(first));
            }
            return first;
        }
        List<Pattern> items = new ArrayList<>();
        items.add(first);
        while (p.accept(TokenKind.COMMA)) {
            if (p.at(TokenKind.COLON) || p.at(TokenKind.IF)) {
                break;
            }
            items.add(maybeStarPattern());
        }
        return new Pattern.MatchSequence(p.from(begin), items);
    }

    private Pattern maybeStarPattern() {
        if (p.at(TokenKind.STAR)) {
            Token star = p.advance();
            String name = p.expectName();
            return new Pattern.MatchStar(p.from(star), name.equals("_") ? null : name);
        }
        return pattern();
    }

    /** {@code pattern}: an or-pattern, optionally {@code as NAME}. */
    private Pattern pattern() {
        Token begin = p.peek();
        Pattern or = orPattern();
        if (p.accept(TokenKind.AS)) {
            Token name = p.peek();
            if (!p.at(TokenKind.NAME)) {
                throw p.invalidSyntax();
            }
            p.advance();
            if (name.text().equals("_")) {
                throw p.error(name, "cannot use '_' as a target");
            }
            return new Pattern.MatchAs(p.from(begin), or, name.text());
        }
        return or;
    }

    private Pattern orPattern() {
        Token begin = p.peek();
        Pattern first = closedPattern();
        if (!p.at(TokenKind.VBAR)) {
            return first;
        }
        List<Pattern> alts = new ArrayList<>();
        alts.add(first);
        while (p.accept(TokenKind.VBAR)) {
            alts.add(closedPattern());
        }
        return new Pattern.MatchOr(p.from(begin), alts);
    }

    private Pattern closedPattern() {
        Token t = p.peek();
        switch (t.kind()) {
            case NONE -> {
                p.advance();
                return new Pattern.MatchSingleton(t.pos(), ConstValue.NONE);
            }
            case TRUE -> {
                p.advance();
                return new Pattern.MatchSingleton(t.pos(), ConstValue.TRUE);
            }
            case FALSE -> {
                p.advance();
                return new Pattern.MatchSingleton(t.pos(), ConstValue.FALSE);
            }
            case NUMBER, MINUS, STRING -> {
                Expr value = literalExpression();
                return new Pattern.MatchValue(value.pos(), value);
            }
            case LPAR -> {
                return parenthesizedPattern();
            }
            case LSQB -> {
                Token open = p.advance();
                List<Pattern> items = sequenceItems(TokenKind.RSQB);
                p.expect(TokenKind.RSQB);
                return new Pattern.MatchSequence(p.from(open), items);
            }
            case LBRACE -> {
                return mappingPattern();
            }
            case NAME -> {
                return namePattern();
            }
            default -> throw p.invalidSyntax();
        }
    }

    private Pattern parenthesizedPattern() {
        Token open = p.advance();
        if (p.accept(TokenKind.RPAR)) {
            return new Pattern.MatchSequence(p.from(open), List.of());
        }
        Pattern first = maybeStarPattern();
        if (p.accept(TokenKind.RPAR)) {
            if (first instanceof Pattern.MatchStar) {
                return new Pattern.MatchSequence(p.from(open), List.of(first));
            }
            return first;
        }
        List<Pattern> items = new ArrayList<>();
        items.add(first);
        while (p.accept(TokenKind.COMMA)) {
            if (p.at(TokenKind.RPAR)) {
                break;
            }
            items.add(maybeStarPattern());
        }
        p.expect(TokenKind.RPAR);
        return new Pattern.MatchSequence(p.from(open), items);
    }

    private List<Pattern> sequenceItems(TokenKind close) {
        List<Pattern> items = new ArrayList<>();
        while (!p.at(close)) {
            items.add(maybeStarPattern());
            if (!p.accept(TokenKind.COMMA)) {
                break;
            }
        }
        return items;
    }

    /** Capture, wildcard, value ({@code a.b}) and class ({@code C(...)}) patterns. */
    private Pattern namePattern() {
        Token first = p.advance();
        Expr target = new Expr.Name(first.pos(), first.text(), ExprContext.Load);
        boolean dotted = false;
        while (p.at(TokenKind.DOT)) {
            p.advance();
            String attr = p.expectName();
            target = new Expr.Attribute(p.from(first), target, attr, ExprContext.Load);
            dotted = true;
        }
        if (p.at(TokenKind.LPAR)) {
            return classPattern(first, target);
        }
        if (dotted) {
            return new Pattern.MatchValue(target.pos(), target);
        }
        if (first.text().equals("_")) {
            return new Pattern.MatchAs(first.pos(), null, null);
        }
        return new Pattern.MatchAs(first.pos(), null, first.text());
    }

    private Pattern classPattern(Token start, Expr cls) {
        p.advance();
        List<Pattern> positional = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<Pattern> keywordPatterns = new ArrayList<>();
        while (!p.at(TokenKind.RPAR)) {
            if (p.at(TokenKind.NAME) && p.peek(1).kind() == TokenKind.EQUAL) {
                names.add(p.advance().text());
                p.advance();
                keywordPatterns.add(pattern());
            } else {
                Pattern pat = pattern();
                if (!names.isEmpty()) {
                    throw p.error(pat.pos(), "positional patterns follow keyword patterns");
                }
                positional.add(pat);
            }
            if (!p.accept(TokenKind.COMMA)) {
                break;
            }
        }
        p.expect(TokenKind.RPAR);
        return new Pattern.MatchClass(p.from(start), cls, positional, names, keywordPatterns);
    }

    private Pattern mappingPattern() {
        Token open = p.advance();
        List<Expr> keys = new ArrayList<>();
        List<Pattern> values = new ArrayList<>();
        String rest = null;
        while (!p.at(TokenKind.RBRACE)) {
            if (p.accept(TokenKind.DOUBLESTAR)) {
                if (p.atName("_")) {
                    throw p.invalidSyntax();
                }
                rest = p.expectName();
                p.accept(TokenKind.COMMA);
                break;
            }
            keys.add(mappingKey());
            p.expect(TokenKind.COLON);
            values.add(pattern());
            if (!p.accept(TokenKind.COMMA)) {
                break;
            }
        }
        p.expect(TokenKind.RBRACE);
        return new Pattern.MatchMapping(p.from(open), keys, values, rest);
    }

    private Expr mappingKey() {
        Token t = p.peek();
        switch (t.kind()) {
            case NONE -> {
                p.advance();
                return new Expr.Constant(t.pos(), ConstValue.NONE, null);
            }
            case TRUE -> {
                p.advance();
                return new Expr.Constant(t.pos(), ConstValue.TRUE, null);
            }
            case FALSE -> {
                p.advance();
                return new Expr.Constant(t.pos(), ConstValue.FALSE, null);
            }
            case NAME -> {
                p.advance();
                Expr target = new Expr.Name(t.pos(), t.text(), ExprContext.Load);
                if (!p.at(TokenKind.DOT)) {
                    throw p.invalidSyntax();
                }
                while (p.accept(TokenKind.DOT)) {
                    String attr = p.expectName();
                    target = new Expr.Attribute(p.from(t), target, attr, ExprContext.Load);
                }
                return target;
            }
            default -> {
                return literalExpression();
            }
        }
    }

    /** Numbers (signed, or real +/- imaginary) and strings, as allowed in literal patterns. */
    private Expr literalExpression() {
        Token start = p.peek();
        if (p.at(TokenKind.STRING)) {
            Expr s = p.atom();
            if (s instanceof Expr.JoinedStr) {
                throw p.error(s.pos(), "patterns may only match literals and attribute lookups");
            }
            return s;
        }
        Expr real = signedNumber();
        if (p.at(TokenKind.PLUS) || p.at(TokenKind.MINUS)) {
            Operator op = p.advance().kind() == TokenKind.PLUS ? Operator.Add : Operator.Sub;
            Token imag = p.peek();
            if (!p.at(TokenKind.NUMBER)) {
                throw p.invalidSyntax();
            }
            p.advance();
            Expr imagValue = new Expr.Constant(imag.pos(), ExpressionParser.number(imag.text()), null);
            if (!(((Expr.Constant) imagValue).value() instanceof ConstValue.ComplexValue)) {
                throw p.error(imag, "imaginary number required in complex literal");
            }
            return new Expr.BinOp(p.from(start), real, op, imagValue);
        }
        return real;
    }

    private Expr signedNumber() {
        Token start = p.peek();
        boolean negative = p.accept(TokenKind.MINUS);
        Token number = p.peek();
        if (!p.at(TokenKind.NUMBER)) {
            throw p.invalidSyntax();
        }
        p.advance();
        Expr value = new Expr.Constant(number.pos(), ExpressionParser.number(number.text()), null);
        return negative ? new Expr.UnaryOp(p.from(start), UnaryOperator.USub, value) : value;
    }
}
