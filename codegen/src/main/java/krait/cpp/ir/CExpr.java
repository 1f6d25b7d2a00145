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

    /** {@code static_cast}, {@code const_cast} or {@code dynamic_cast} to {@code type}. */
    record Cast(CType type, CExpr value, String castKind) implements CExpr {
        public Cast(CType type, CExpr value) {
            this(type, value, "static");
        }
    }

    /** A new list of {@code element}s holding {@code items}. */
    record NewList(CType element, List<CExpr> items) implements CExpr {}

    /**
     * {@code std::initializer_list<element>{items...}}: the items of a loop over a tuple display,
     * on the stack. Only as a range-for's iterable, where the array lives as long as the loop.
     */
    record InitList(CType element, List<CExpr> items) implements CExpr {}

    /** A new set; {@code constant} marks a display of constants, which CPython builds as a frozenset. */
    record NewSet(CType element, List<CExpr> items, boolean constant) implements CExpr {}

    /** A new dict of {@code keys[i]: values[i]}. */
    record NewDict(CType key, CType value, List<CExpr> keys, List<CExpr> values) implements CExpr {}

    /** A tuple value {@code krait::tuple<...>{items...}} (braces: evaluated left to right). */
    record NewTuple(CType type, List<CExpr> items) implements CExpr {}

    /** {@code std::get<index>(tuple)}. */
    record TupleGet(CExpr tuple, int index) implements CExpr {}

    /** A new, zero-initialized instance of a user class. */
    record NewObject(CType cls) implements CExpr {}

    /** {@code object->field}. */
    record FieldRef(CExpr object, String field) implements CExpr {}

    /** {@code Class::field}: a class attribute. */
    record StaticFieldRef(CType cls, String field) implements CExpr {}

    /** {@code [&](const auto& p0, ...) { return body; }}: a function passed to the runtime. */
    record Lambda(List<String> params, CExpr body) implements CExpr {}

    /**
     * {@code [=, name = captured](const auto& p0, ...) { return body; }}: a bound method passed to
     * the runtime; its object is evaluated once, where the method is taken, as in Python.
     */
    record CapturingLambda(String name, CExpr captured, List<String> params, CExpr body) implements CExpr {}

    /**
     * A generator: {@code krait::make_generator<element>(name, [=](yielder& y) mutable {...})}; the
     * body reaches the yielder through {@code krait_yield}. {@code sent} is the type of the values
     * {@code g.send(v)} passes in, null when nothing but None is sent.
     */
    record Generator(CType element, /* nullable */ CType sent, String nameLiteral, List<CStmt> body) implements CExpr {}

    /** A qualified C++ constant such as {@code std::nullopt}. */
    record Constant(String name) implements CExpr {}

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
