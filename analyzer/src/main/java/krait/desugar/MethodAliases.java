package krait.desugar;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import krait.syntax.Arg;
import krait.syntax.Arguments;
import krait.syntax.Expr;
import krait.syntax.Mod;
import krait.syntax.Node;
import krait.syntax.Rewriter;
import krait.syntax.Stmt;

/**
 * A method bound to a second name in its class body ({@code __radd__ = __add__},
 * {@code __str__ = __repr__}) becomes a method of that name that calls the first through the
 * class, so that a subclass overriding the first leaves the alias as it was, as in Python:
 * <pre>
 *   def __radd__(self, other):                       __radd__ = __add__
 *       return Rational.__add__(self, other)
 * </pre>
 * Only plain methods (no decorators) defined earlier in the same class body are aliased; any other
 * class-body assignment of a name stays a class attribute.
 */
final class MethodAliases {
    private MethodAliases() {
    }

    static Mod.Module apply(Mod.Module module) {
        return Rewriter.rewrite(module, MethodAliases::replace);
    }

    private static Node replace(Node n) {
        if (!(n instanceof Stmt.ClassDef c)) {
            return null;
        }
        Map<String, Stmt.FunctionDef> methods = new HashMap<>();
        List<Stmt> body = new ArrayList<>();
        for (Stmt s : c.body()) {
            Stmt s2 = Rewriter.rewrite(s, MethodAliases::replace); // classes nested in this one
            if (s2 instanceof Stmt.Assign a && a.targets().size() == 1 && a.targets().get(0) instanceof Expr.Name target
                    && a.value() instanceof Expr.Name source && methods.containsKey(source.id())) {
                s2 = delegate(c.name(), target.id(), methods.get(source.id()), a);
            }
            if (s2 instanceof Stmt.FunctionDef f && f.decoratorList().isEmpty()
                    && f.args().posonlyargs().size() + f.args().args().size() > 0) {
                methods.put(f.name(), f); // a plain method (it has a self)
            } else {
                for (String bound : boundNames(s2)) {
                    methods.remove(bound); // rebound to something else: no longer that method
                }
            }
            body.add(s2);
        }
        return new Stmt.ClassDef(c.pos(), c.name(), c.bases(), c.keywords(), body, c.decoratorList());
    }

    private static List<String> boundNames(Stmt s) {
        List<String> out = new ArrayList<>();
        if (s instanceof Stmt.FunctionDef f) {
            out.add(f.name());
        } else if (s instanceof Stmt.Assign a) {
            for (Expr t : a.targets()) {
                if (t instanceof Expr.Name nm) {
                    out.add(nm.id());
                }
            }
        } else if (s instanceof Stmt.ClassDef c) {
            out.add(c.name());
        }
        return out;
    }

    /** {@code def alias(<the method's parameters>): return Cls.method(<each passed on as it came>)}. */
    private static Stmt delegate(String cls, String alias, Stmt.FunctionDef method, Stmt.Assign at) {
        Arguments args = method.args();
        Map<String, Expr> holes = new HashMap<>();
        List<String> params = new ArrayList<>();
        List<String> passed = new ArrayList<>();
        List<Arg> positional = new ArrayList<>(args.posonlyargs());
        positional.addAll(args.args());
        int firstDefault = positional.size() - args.defaults().size();
        for (int i = 0; i < positional.size(); i++) {
            String name = positional.get(i).arg();
            params.add(i >= firstDefault ? name + "=" + hole(holes, args.defaults().get(i - firstDefault)) : name);
            if (i + 1 == args.posonlyargs().size()) {
                params.add("/");
            }
            passed.add(name);
        }
        if (args.vararg() != null) {
            params.add("*" + args.vararg().arg());
            passed.add("*" + args.vararg().arg());
        } else if (!args.kwonlyargs().isEmpty()) {
            params.add("*");
        }
        for (int i = 0; i < args.kwonlyargs().size(); i++) {
            String name = args.kwonlyargs().get(i).arg();
            Expr d = args.kwDefaults().get(i);
            params.add(d == null ? name : name + "=" + hole(holes, d));
            passed.add(name + "=" + name);
        }
        if (args.kwarg() != null) {
            params.add("**" + args.kwarg().arg());
            passed.add("**" + args.kwarg().arg());
        }
        String text = "def " + alias + "(" + String.join(", ", params) + "):\n"
                + "    return " + cls + "." + method.name() + "(" + String.join(", ", passed) + ")\n";
        return Snippet.parse(text, at.pos(), holes).get(0);
    }

    private static String hole(Map<String, Expr> holes, Expr value) {
        String name = "__krait_hole_" + holes.size();
        holes.put(name, value);
        return name;
    }
}
