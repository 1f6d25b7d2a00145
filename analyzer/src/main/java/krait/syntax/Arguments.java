package krait.syntax;

import java.util.List;

/** A function's or lambda's parameter list, as CPython's {@code ast.arguments}. */
public record Arguments(List<Arg> posonlyargs, List<Arg> args, /* nullable */ Arg vararg, List<Arg> kwonlyargs,
                        List<Expr> kwDefaults, /* nullable */ Arg kwarg, List<Expr> defaults) implements Node {
    public static Arguments empty() {
        return new Arguments(List.of(), List.of(), null, List.of(), List.of(), null, List.of());
    }
}
