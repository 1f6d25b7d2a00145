package krait.syntax;

/**
 * Expressions, one record per CPython {@code ast.expr} subclass, with the same fields in the same order.
 */
public sealed interface Expr extends Node {
    /** Where the node starts and ends. */
    Pos pos();

    record BoolOp(Pos pos, BoolOperator op, java.util.List<Expr> values) implements Expr {}
    record NamedExpr(Pos pos, Expr target, Expr value) implements Expr {}
    record BinOp(Pos pos, Expr left, Operator op, Expr right) implements Expr {}
    record UnaryOp(Pos pos, UnaryOperator op, Expr operand) implements Expr {}
    record Lambda(Pos pos, Arguments args, Expr body) implements Expr {}
    record IfExp(Pos pos, Expr test, Expr body, Expr orelse) implements Expr {}
    record Dict(Pos pos, java.util.List<Expr> keys, java.util.List<Expr> values) implements Expr {}
    record Set(Pos pos, java.util.List<Expr> elts) implements Expr {}
    record ListComp(Pos pos, Expr elt, java.util.List<Comprehension> generators) implements Expr {}
    record SetComp(Pos pos, Expr elt, java.util.List<Comprehension> generators) implements Expr {}
    record DictComp(Pos pos, Expr key, Expr value, java.util.List<Comprehension> generators) implements Expr {}
    record GeneratorExp(Pos pos, Expr elt, java.util.List<Comprehension> generators) implements Expr {}
    record Await(Pos pos, Expr value) implements Expr {}
    record Yield(Pos pos, /* nullable */ Expr value) implements Expr {}
    record YieldFrom(Pos pos, Expr value) implements Expr {}
    record Compare(Pos pos, Expr left, java.util.List<CmpOperator> ops, java.util.List<Expr> comparators) implements Expr {}
    record Call(Pos pos, Expr func, java.util.List<Expr> args, java.util.List<Keyword> keywords) implements Expr {}
    record FormattedValue(Pos pos, Expr value, int conversion, /* nullable */ Expr formatSpec) implements Expr {}
    record JoinedStr(Pos pos, java.util.List<Expr> values) implements Expr {}
    record Constant(Pos pos, ConstValue value, /* nullable */ String kind) implements Expr {}
    record Attribute(Pos pos, Expr value, String attr, ExprContext ctx) implements Expr {}
    record Subscript(Pos pos, Expr value, Expr slice, ExprContext ctx) implements Expr {}
    record Starred(Pos pos, Expr value, ExprContext ctx) implements Expr {}
    record Name(Pos pos, String id, ExprContext ctx) implements Expr {}
    record List(Pos pos, java.util.List<Expr> elts, ExprContext ctx) implements Expr {}
    record Tuple(Pos pos, java.util.List<Expr> elts, ExprContext ctx) implements Expr {}
    record Slice(Pos pos, /* nullable */ Expr lower, /* nullable */ Expr upper, /* nullable */ Expr step) implements Expr {}
}
