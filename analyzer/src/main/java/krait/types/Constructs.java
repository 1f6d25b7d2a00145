package krait.types;

import java.util.Map;
import java.util.Set;
import krait.syntax.ConstValue;
import krait.syntax.Expr;
import krait.syntax.Node;

/** Plain-words names of Python constructs, for "... is not supported yet" errors. */
final class Constructs {
    /** Dynamic features Krait will never compile; reported as such rather than as undefined names. */
    private static final Set<String> DYNAMIC_BUILTINS = Set.of("eval", "exec", "compile", "globals", "locals", "vars",
            "setattr", "getattr", "delattr", "hasattr", "__import__");

    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("ClassDef", "a class definition"),
            Map.entry("Try", "a 'try' statement"),
            Map.entry("TryStar", "a 'try' statement with 'except*'"),
            Map.entry("Raise", "a 'raise' statement"),
            Map.entry("With", "a 'with' statement"),
            Map.entry("Import", "an 'import' statement"),
            Map.entry("ImportFrom", "an 'import' statement"),
            Map.entry("Delete", "a 'del' statement"),
            Map.entry("Assert", "an 'assert' statement"),
            Map.entry("Nonlocal", "a 'nonlocal' statement"),
            Map.entry("Match", "a 'match' statement"),
            Map.entry("AsyncFunctionDef", "an 'async def'"),
            Map.entry("AsyncFor", "an 'async for'"),
            Map.entry("AsyncWith", "an 'async with'"),
            Map.entry("Lambda", "a lambda"),
            Map.entry("Dict", "a dict"),
            Map.entry("Set", "a set"),
            Map.entry("Tuple", "a tuple"),
            Map.entry("ListComp", "a list comprehension"),
            Map.entry("SetComp", "a set comprehension"),
            Map.entry("DictComp", "a dict comprehension"),
            Map.entry("GeneratorExp", "a generator expression"),
            Map.entry("Yield", "'yield'"),
            Map.entry("YieldFrom", "'yield from'"),
            Map.entry("Await", "'await'"),
            Map.entry("JoinedStr", "an f-string"),
            Map.entry("NamedExpr", "an assignment expression ':='"),
            Map.entry("Starred", "a starred expression"),
            Map.entry("Slice", "slicing"));

    private Constructs() {
    }

    static boolean isUnsupportedBuiltin(String name) {
        return DYNAMIC_BUILTINS.contains(name);
    }

    /** What a dynamic builtin does that Krait can't compile, for {@code MessageId.UNSUPPORTED_DYNAMIC}. */
    static String dynamicBuiltin(String name) {
        if (name.equals("eval") || name.equals("exec") || name.equals("compile") || name.equals("__import__")) {
            return "'" + name + "' (running or importing code chosen while the program runs)";
        }
        if (name.equals("hasattr")) {
            return "'hasattr' (asking whether an object has an attribute)";
        }
        if (name.equals("delattr")) {
            return "'delattr' (removing an attribute from an object)";
        }
        if (name.endsWith("attr")) {
            return "'" + name + "' with an attribute name that is not a constant string"
                    + (name.equals("getattr") ? " (or with a default value)" : "");
        }
        return "'" + name + "()' (a scope's variables as a dict)";
    }

    static String describe(Node n) {
        if (n instanceof Expr.Attribute a) {
            return "an attribute ('." + a.attr() + "')";
        }
        if (n instanceof Expr.Constant c) {
            ConstValue v = c.value();
            if (v instanceof ConstValue.BytesValue) {
                return "a bytes literal";
            }
            if (v instanceof ConstValue.ComplexValue) {
                return "a complex number";
            }
            return v instanceof ConstValue.EllipsisValue ? "'...'" : "this constant";
        }
        String name = n.getClass().getSimpleName();
        return NAMES.getOrDefault(name, "'" + name + "'");
    }
}
