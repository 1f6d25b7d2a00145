package krait.syntax;

import java.util.List;

/**
 * A whole parse result: a module, an interactive statement, an expression or a function type comment.
 */
public sealed interface Mod extends Node {
    record Module(List<Stmt> body, List<TypeIgnore> typeIgnores) implements Mod {}
    record Interactive(List<Stmt> body) implements Mod {}
    record Expression(Expr body) implements Mod {}
    record FunctionType(List<Expr> argtypes, Expr returns) implements Mod {}
}
