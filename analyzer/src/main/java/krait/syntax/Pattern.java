package krait.syntax;

import java.util.List;

/**
 * Patterns of {@code match} statements, mirroring CPython's {@code ast.pattern} subclasses.
 */
public sealed interface Pattern extends Node {
    /** Where the node starts and ends. */
    Pos pos();

    record MatchValue(Pos pos, Expr value) implements Pattern {}
    record MatchSingleton(Pos pos, ConstValue value) implements Pattern {}
    record MatchSequence(Pos pos, List<Pattern> patterns) implements Pattern {}
    record MatchMapping(Pos pos, List<Expr> keys, List<Pattern> patterns, /* nullable */ String rest) implements Pattern {}
    record MatchClass(Pos pos, Expr cls, List<Pattern> patterns, List<String> kwdAttrs, List<Pattern> kwdPatterns) implements Pattern {}
    record MatchStar(Pos pos, /* nullable */ String name) implements Pattern {}
    record MatchAs(Pos pos, /* nullable */ Pattern pattern, /* nullable */ String name) implements Pattern {}
    record MatchOr(Pos pos, List<Pattern> patterns) implements Pattern {}
}
