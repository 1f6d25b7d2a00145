package krait.syntax;

import java.util.ArrayList;
import java.util.List;

/**
 * The token-level machinery shared by the expression, statement and pattern parsers: a lazily
 * filled lookahead buffer over the {@link Tokenizer} (so a syntax error is reported before the
 * tokenizer ever sees later lines, as in CPython), mark/reset for the few places where Python's
 * grammar needs backtracking, and helpers that build positions and errors.
 */
abstract class ParserBase {
    protected final Tokenizer tokenizer;
    protected final SyntaxErrors errors;
    private final List<Token> tokens = new ArrayList<>();
    protected int index;
    /** The last consumed token: its end is where the node being built ends. */
    protected Token prev;

    protected ParserBase(Tokenizer tokenizer, SyntaxErrors errors) {
        this.tokenizer = tokenizer;
        this.errors = errors;
    }

    /**
     * CPython 3.11's parser gives up with MemoryError when its rules nest more than 6000 deep
     * ({@code MAXSTACK}). {@link #level} approximates that depth: every construct that nests adds
     * about the number of grammar rules CPython spends on it (measured with CPython 3.11.7): 33 for
     * a statement, 6 per indented block, 1 per unary operator, 'not' or 'else' of a conditional
     * expression, 2 per '**' and per lambda, 24 per call or subscript, 28 per parenthesis and 29 per
     * list, set or dict display, less 18 for the outermost bracket. This reproduces CPython's limit
     * exactly for chains of each of these and for the mixtures we measured; other shapes may differ
     * from CPython by a few levels.
     */
    static final int MAX_STACK = 6000;
    static final int STATEMENT_LEVELS = 33;
    private int level = STATEMENT_LEVELS;

    /** Nests {@code levels} deeper; fails with CPython's MemoryError past {@link #MAX_STACK}. */
    protected final void enter(int levels) {
        level += levels;
        if (level > MAX_STACK) {
            Token t = peek();
            throw errors.tooComplex(t.line(), t.col(), SyntaxErrors.TOO_COMPLEX);
        }
    }

    protected final void leave(int levels) {
        level -= levels;
    }

    private static final int OUTERMOST_BRACKET_DISCOUNT = 18;
    private int openBrackets;

    /** {@link #enter} for a bracket; returns the levels to give {@link #leaveBracket}. */
    protected final int enterBracket(int levels) {
        int added = openBrackets++ == 0 ? levels - OUTERMOST_BRACKET_DISCOUNT : levels;
        enter(added);
        return added;
    }

    protected final void leaveBracket(int added) {
        openBrackets--;
        leave(added);
    }

    /**
     * Whether an error caught while trying an alternative must end parsing anyway: a tokenizer
     * error, or the parser stack overflowing.
     */
    protected final boolean fatal(krait.diag.CompileError e) {
        return tokenizer.failed() || SyntaxErrors.isTooComplex(e);
    }

    /** The message of a syntax error with nothing more specific to say. */
    static final String GENERIC = "invalid syntax";

    protected final Token peek() {
        return peek(0);
    }

    protected final Token peek(int ahead) {
        int want = index + ahead;
        while (tokens.size() <= want) {
            if (!tokens.isEmpty() && tokens.get(tokens.size() - 1).kind() == TokenKind.ENDMARKER) {
                return tokens.get(tokens.size() - 1);
            }
            tokens.add(tokenizer.next());
        }
        return tokens.get(want);
    }

    protected final TokenKind kind() {
        return peek().kind();
    }

    protected final boolean at(TokenKind k) {
        return peek().kind() == k;
    }

    protected final boolean atName(String softKeyword) {
        return peek().isName(softKeyword);
    }

    protected final Token advance() {
        Token t = peek();
        if (t.kind() != TokenKind.ENDMARKER) {
            index++;
        }
        if (!isLayout(t.kind())) {
            prev = t;
        }
        return t;
    }

    /**
     * Layout tokens never end a node: CPython ends a statement at its last real token, so a
     * trailing ';' counts and the NEWLINE/DEDENT after a block does not.
     */
    private static boolean isLayout(TokenKind k) {
        return k == TokenKind.NEWLINE || k == TokenKind.INDENT || k == TokenKind.DEDENT || k == TokenKind.ENDMARKER;
    }

    protected final boolean accept(TokenKind k) {
        if (at(k)) {
            advance();
            return true;
        }
        return false;
    }

    protected final Token expect(TokenKind k) {
        if (!at(k)) {
            throw invalidSyntax();
        }
        return advance();
    }

    protected final String expectName() {
        if (!at(TokenKind.NAME)) {
            throw invalidSyntax();
        }
        return advance().text();
    }

    protected final int mark() {
        return index;
    }

    protected final void reset(int mark) {
        index = mark;
        prev = null;
        for (int i = mark - 1; i >= 0 && prev == null; i--) {
            if (!isLayout(tokens.get(i).kind())) {
                prev = tokens.get(i);
            }
        }
    }

    /** The span from {@code start} to the end of the last consumed token. */
    protected final Pos from(Token start) {
        return new Pos(start.line(), start.col(), prev.endLine(), prev.endCol());
    }

    protected final Pos from(Pos start) {
        return new Pos(start.line(), start.col(), prev.endLine(), prev.endCol());
    }

    // ---- errors

    /**
     * The furthest token read so far. CPython puts generic errors there: its parser has usually
     * looked one token past the one it stumbled on.
     */
    protected final Token furthest() {
        peek();
        return tokens.get(tokens.size() - 1);
    }

    /** The line of the furthest token read so far, without reading any further. */
    final int furthestLine() {
        return tokens.isEmpty() ? 1 : tokens.get(tokens.size() - 1).line();
    }

    /** An error CPython raises with no location of its own: at the furthest token read. */
    protected final RuntimeException errorAtFurthest(String message) {
        return errors.syntax(furthest(), message);
    }

    /** CPython's generic complaint, at the furthest token read. */
    protected final RuntimeException invalidSyntax() {
        return invalidSyntaxAt(furthest());
    }

    protected final RuntimeException invalidSyntaxAt(Token t) {
        if (t.kind() == TokenKind.INDENT) {
            return errors.indentation(t.line(), t.col(), "unexpected indent");
        }
        if (t.kind() == TokenKind.DEDENT) {
            return errors.indentation(t.line(), t.col(), "unexpected unindent");
        }
        return errors.syntax(t, GENERIC);
    }

    protected final RuntimeException error(Pos at, String message) {
        return errors.syntax(at, message);
    }

    protected final RuntimeException error(Token at, String message) {
        return errors.syntax(at, message);
    }
}
