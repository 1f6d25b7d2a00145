package krait.cpp.ir;

import java.util.List;

/** C++ expressions. Each carries no text: the templates decide how it is printed. */
public sealed interface CExpr {
    default String kind() {
        return getClass().getSimpleName();
    }

    /**
     * A 64-bit integer literal. {@code explicitType} spells out its type where a bare literal
     * would be a C++ {@code int} and make an overloaded call ambiguous.
     */
    record IntLit(long value, boolean explicitType) implements CExpr {
        public IntLit(long value) {
            this(value, false);
        }

        /** INT64_MIN cannot be written as a literal in C++. */
        public boolean isMin() {
            return value == Long.MIN_VALUE;
        }
    }

    /** A double literal; {@code spelling} is an exact C++ lexeme for it ({@link CppLiterals}). */
    record FloatLit(String spelling) implements CExpr {}

    record BoolLit(boolean value) implements CExpr {}

    record NullPtr() implements CExpr {}

    record NoneLit() implements CExpr {}

    record VarRef(String name) implements CExpr {}

    /** {@code function(args...)}; {@code function} is a qualified C++ name. */
    record Call(String function, List<CExpr> args) implements CExpr {}

    /** {@code receiver->method(args...)}. */
    record MemberCall(CExpr receiver, String method, List<CExpr> args) implements CExpr {}

    /** {@code (left op right)} with a native C++ operator. */
    record Binary(String op, CExpr left, CExpr right) implements CExpr {}

    record Unary(String op, CExpr operand) implements CExpr {}

    record Cast(CType type, CExpr value) implements CExpr {}

    /** A new list of {@code element}s holding {@code items}. */
    record NewList(CType element, List<CExpr> items) implements CExpr {}

    record Conditional(CExpr test, CExpr then, CExpr otherwise) implements CExpr {}

    /** {@code (first, second)}: evaluates a void call for its effect and yields a value. */
    record Comma(CExpr first, CExpr second) implements CExpr {}

    /**
     * Statements evaluated inside an expression (an immediately invoked lambda), for temporaries
     * that Python evaluates once: chained comparisons, {@code and}/{@code or} on values.
     */
    record Block(CType type, List<CStmt> body, CExpr result) implements CExpr {}

    CExpr NULL = new NullPtr();
    CExpr NONE = new NoneLit();
}
