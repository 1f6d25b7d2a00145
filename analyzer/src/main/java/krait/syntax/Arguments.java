package krait.syntax;

import java.util.List;

/** A function's or lambda's parameter list, as CPython's {@code ast.arguments}. */
public record Arguments(List<Arg> posonlyargs, List<Arg> args, /* nullable */ Arg vararg, List<Arg> kwonlyargs,
                        List<Expr> kwDefaults, /* nullable */ Arg kwarg, List<Expr> defaults) implements Node {
    /** Every parameter, in declaration order: positional-only, positional, *args, keyword-only, **kwargs. */
    public List<Arg> inOrder() {
        List<Arg> all = new java.util.ArrayList<>(posonlyargs);
        all.addAll(args);
        if (vararg != null) {
            all.add(vararg);
        }
        all.addAll(kwonlyargs);
        if (kwarg != null) {
            all.add(kwarg);
        }
        return all;
    }

    public static Arguments empty() {
        return new Arguments(List.of(), List.of(), null, List.of(), List.of(), null, List.of());
    }
}
