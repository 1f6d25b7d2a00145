package krait.syntax;

import java.util.HashMap;
import java.util.Map;

/**
 * The kinds of token the {@link Tokenizer} produces. Hard keywords get kinds of their own so the
 * parser can switch on them; soft keywords ({@code match}, {@code case}, {@code _}) stay NAMEs
 * because they are ordinary identifiers almost everywhere.
 */
public enum TokenKind {
    NAME, NUMBER, STRING, NEWLINE, INDENT, DEDENT, ENDMARKER,

    // keywords
    FALSE("False"), NONE("None"), TRUE("True"), AND("and"), AS("as"), ASSERT("assert"), ASYNC("async"),
    AWAIT("await"), BREAK("break"), CLASS("class"), CONTINUE("continue"), DEF("def"), DEL("del"),
    ELIF("elif"), ELSE("else"), EXCEPT("except"), FINALLY("finally"), FOR("for"), FROM("from"),
    GLOBAL("global"), IF("if"), IMPORT("import"), IN("in"), IS("is"), LAMBDA("lambda"),
    NONLOCAL("nonlocal"), NOT("not"), OR("or"), PASS("pass"), RAISE("raise"), RETURN("return"),
    TRY("try"), WHILE("while"), WITH("with"), YIELD("yield"),

    // operators and delimiters
    LPAR("("), RPAR(")"), LSQB("["), RSQB("]"), LBRACE("{"), RBRACE("}"), COLON(":"), COMMA(","),
    SEMI(";"), PLUS("+"), MINUS("-"), STAR("*"), SLASH("/"), VBAR("|"), AMPER("&"), LESS("<"),
    GREATER(">"), EQUAL("="), DOT("."), PERCENT("%"), EQEQUAL("=="), NOTEQUAL("!="),
    LESSEQUAL("<="), GREATEREQUAL(">="), TILDE("~"), CIRCUMFLEX("^"), LEFTSHIFT("<<"),
    RIGHTSHIFT(">>"), DOUBLESTAR("**"), PLUSEQUAL("+="), MINEQUAL("-="), STAREQUAL("*="),
    SLASHEQUAL("/="), PERCENTEQUAL("%="), AMPEREQUAL("&="), VBAREQUAL("|="), CIRCUMFLEXEQUAL("^="),
    LEFTSHIFTEQUAL("<<="), RIGHTSHIFTEQUAL(">>="), DOUBLESTAREQUAL("**="), DOUBLESLASH("//"),
    DOUBLESLASHEQUAL("//="), AT("@"), ATEQUAL("@="), RARROW("->"), ELLIPSIS("..."),
    COLONEQUAL(":="),
    /** A lone {@code !}: not Python, but tokenized so the parser reports "invalid syntax" where CPython does. */
    BANG("!"),
    /** Any other stray ASCII character ({@code $ ? `}): CPython's tokenizer passes these on too. */
    UNKNOWN;

    /** The keyword or operator spelling, or null for NAME, NUMBER and the layout tokens. */
    public final String text;

    private static final Map<String, TokenKind> KEYWORDS = new HashMap<>();
    private static final Map<String, TokenKind> OPERATORS = new HashMap<>();

    static {
        for (TokenKind k : values()) {
            if (k.text == null) {
                continue;
            }
            if (Character.isLetter(k.text.charAt(0))) {
                KEYWORDS.put(k.text, k);
            } else {
                OPERATORS.put(k.text, k);
            }
        }
    }

    TokenKind() {
        this(null);
    }

    TokenKind(String text) {
        this.text = text;
    }

    /** The keyword kind spelled {@code word}, or null if it is an ordinary name. */
    public static TokenKind keyword(String word) {
        return KEYWORDS.get(word);
    }

    /** The operator spelled {@code op}, or null. */
    public static TokenKind operator(String op) {
        return OPERATORS.get(op);
    }

    public boolean isKeyword() {
        return text != null && Character.isLetter(text.charAt(0));
    }

    /** How the token is named in messages such as "expected ':'". */
    public String describe() {
        return text != null ? text : name();
    }
}
