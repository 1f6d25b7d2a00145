package krait.syntax;

import java.util.List;

/**
 * Statements, one record per CPython {@code ast.stmt} subclass, with the same fields in the same order.
 * {@code ExprStmt} is CPython's {@code Expr} statement, renamed so it does not shadow {@link Expr}.
 */
public sealed interface Stmt extends Node {
    /** Where the node starts and ends. */
    Pos pos();

    record FunctionDef(Pos pos, String name, Arguments args, List<Stmt> body, List<Expr> decoratorList, /* nullable */ Expr returns, /* nullable */ String typeComment) implements Stmt {}
    record AsyncFunctionDef(Pos pos, String name, Arguments args, List<Stmt> body, List<Expr> decoratorList, /* nullable */ Expr returns, /* nullable */ String typeComment) implements Stmt {}
    record ClassDef(Pos pos, String name, List<Expr> bases, List<Keyword> keywords, List<Stmt> body, List<Expr> decoratorList) implements Stmt {}
    record Return(Pos pos, /* nullable */ Expr value) implements Stmt {}
    record Delete(Pos pos, List<Expr> targets) implements Stmt {}
    record Assign(Pos pos, List<Expr> targets, Expr value, /* nullable */ String typeComment) implements Stmt {}
    record AugAssign(Pos pos, Expr target, Operator op, Expr value) implements Stmt {}
    record AnnAssign(Pos pos, Expr target, Expr annotation, /* nullable */ Expr value, int simple) implements Stmt {}
    record For(Pos pos, Expr target, Expr iter, List<Stmt> body, List<Stmt> orelse, /* nullable */ String typeComment) implements Stmt {}
    record AsyncFor(Pos pos, Expr target, Expr iter, List<Stmt> body, List<Stmt> orelse, /* nullable */ String typeComment) implements Stmt {}
    record While(Pos pos, Expr test, List<Stmt> body, List<Stmt> orelse) implements Stmt {}
    record If(Pos pos, Expr test, List<Stmt> body, List<Stmt> orelse) implements Stmt {}
    record With(Pos pos, List<WithItem> items, List<Stmt> body, /* nullable */ String typeComment) implements Stmt {}
    record AsyncWith(Pos pos, List<WithItem> items, List<Stmt> body, /* nullable */ String typeComment) implements Stmt {}
    record Match(Pos pos, Expr subject, List<MatchCase> cases) implements Stmt {}
    record Raise(Pos pos, /* nullable */ Expr exc, /* nullable */ Expr cause) implements Stmt {}
    record Try(Pos pos, List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse, List<Stmt> finalbody) implements Stmt {}
    record TryStar(Pos pos, List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse, List<Stmt> finalbody) implements Stmt {}
    record Assert(Pos pos, Expr test, /* nullable */ Expr msg) implements Stmt {}
    record Import(Pos pos, List<Alias> names) implements Stmt {}
    record ImportFrom(Pos pos, /* nullable */ String module, List<Alias> names, /* nullable */ Integer level) implements Stmt {}
    record Global(Pos pos, List<String> names) implements Stmt {}
    record Nonlocal(Pos pos, List<String> names) implements Stmt {}
    record ExprStmt(Pos pos, Expr value) implements Stmt {}
    record Pass(Pos pos) implements Stmt {}
    record Break(Pos pos) implements Stmt {}
    record Continue(Pos pos) implements Stmt {}
}
