package krait.desugar;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import krait.diag.CompileError;
import krait.diag.Diagnostic;
import krait.diag.Location;
import krait.diag.MessageId;
import krait.diag.SourceFile;
import krait.syntax.ConstValue;
import krait.syntax.Expr;
import krait.syntax.ExprContext;
import krait.syntax.Keyword;
import krait.syntax.Mod;
import krait.syntax.Node;
import krait.syntax.Pos;
import krait.syntax.Rewriter;
import krait.syntax.Stmt;

/**
 * {@code @dataclass} classes become ordinary classes: the class-level annotated fields turn into
 * a generated {@code __init__} (defaults and {@code default_factory}, then {@code __post_init__}),
 * {@code __repr__} as CPython writes it, {@code __eq__} comparing the fields as a tuple, the four
 * orderings for {@code order=True}, and CPython's {@code __hash__} rules. A frozen class keeps
 * each field behind a property whose setter raises {@code dataclasses.FrozenInstanceError}.
 * Fields of a dataclass base defined earlier in the module come first, as in CPython.
 */
final class Dataclasses {
    /** The exception class frozen dataclasses raise, named so that tracebacks show its module. */
    static final String FROZEN_ERROR = "dataclasses.FrozenInstanceError";
    private static final Set<String> HANDLED = Set.of("dataclass", "field", "FrozenInstanceError");
    private static final Set<String> OPTIONS = Set.of("init", "repr", "eq", "order", "frozen", "unsafe_hash");

    /** One field: {@code dflt} is its default expression, {@code factory} its default_factory. */
    private record Field(Pos pos, String name, Expr annotation, Expr dflt, Expr factory, boolean init, boolean repr, boolean compare) {}

    private record Info(List<Field> fields, boolean frozen) {}

    private final SourceFile file;
    private final Imports imports;
    private final Map<String, Info> dataclasses = new HashMap<>();
    private boolean frozenUsed;

    private Dataclasses(SourceFile file, Imports imports) {
        this.file = file;
        this.imports = imports;
    }

    static Mod.Module apply(Mod.Module module, SourceFile file) {
        Imports imports = Imports.take(module, "dataclasses", null);
        if (!imports.any()) {
            return module;
        }
        for (Map.Entry<String, String> e : imports.names.entrySet()) {
            if (!HANDLED.contains(e.getValue())) {
                throw error(file, importPos(module, e.getValue()), MessageId.UNSUPPORTED_CONSTRUCT,
                        "'dataclasses." + e.getValue() + "'");
            }
        }
        Dataclasses pass = new Dataclasses(file, imports);
        Mod.Module out = Rewriter.rewrite(imports.module, pass::visit);
        if (pass.frozenUsed || imports.names.containsValue("FrozenInstanceError")) {
            List<Stmt> body = new ArrayList<>();
            Pos at = out.body().isEmpty() ? Pos.NONE : out.body().get(0).pos();
            Stmt.ClassDef error = (Stmt.ClassDef) Snippet.one("class FrozenInstanceError(AttributeError):\n    pass\n", at);
            body.add(new Stmt.ClassDef(at, FROZEN_ERROR, error.bases(), error.keywords(), error.body(), List.of()));
            body.addAll(out.body());
            out = new Mod.Module(List.copyOf(body), out.typeIgnores());
        }
        return out;
    }

    private static Pos importPos(Mod.Module module, String name) {
        for (Stmt s : module.body()) {
            if (s instanceof Stmt.ImportFrom f && f.names().stream().anyMatch(a -> a.name().equals(name))) {
                return f.pos();
            }
        }
        return Pos.NONE;
    }

    private static CompileError error(SourceFile file, Pos pos, MessageId id, Object... args) {
        return new CompileError(Diagnostic.error(Location.of(file, pos), id, args));
    }

    private Node visit(Node n) {
        if (n instanceof Expr e && "FrozenInstanceError".equals(imports.nameOf(e))) {
            return new Expr.Name(e.pos(), FROZEN_ERROR, ExprContext.Load);
        }
        if (n instanceof Stmt.ClassDef c) {
            for (Expr d : c.decoratorList()) {
                Expr head = d instanceof Expr.Call call ? call.func() : d;
                if ("dataclass".equals(imports.nameOf(head))) {
                    return Rewriter.rewrite(expand(c, d), this::visit);
                }
            }
        }
        return null;
    }

    private Stmt.ClassDef expand(Stmt.ClassDef c, Expr decorator) {
        Map<String, Boolean> options = new HashMap<>(Map.of("init", true, "repr", true, "eq", true, "order", false,
                "frozen", false, "unsafe_hash", false));
        if (decorator instanceof Expr.Call call) {
            if (!call.args().isEmpty()) {
                throw error(file, call.pos(), MessageId.UNSUPPORTED_CONSTRUCT, "a positional argument to @dataclass");
            }
            for (Keyword k : call.keywords()) {
                if (k.arg() == null || !OPTIONS.contains(k.arg())) {
                    throw error(file, k.pos(), MessageId.UNSUPPORTED_CONSTRUCT,
                            "@dataclass(" + (k.arg() == null ? "**" : k.arg() + "=") + ")");
                }
                options.put(k.arg(), constantBool(k.value()));
            }
        }
        boolean frozen = options.get("frozen");
        LinkedHashMap<String, Field> fields = new LinkedHashMap<>();
        for (Expr b : c.bases()) {
            Info base = b instanceof Expr.Name bn ? dataclasses.get(bn.id()) : null;
            if (base != null) {
                if (base.frozen() != frozen) {
                    throw error(file, b.pos(), MessageId.LIBRARY_DEFINITION_ERROR, frozen
                            ? "TypeError: cannot inherit frozen dataclass from a non-frozen one"
                            : "TypeError: cannot inherit non-frozen dataclass from a frozen one");
                }
                base.fields().forEach(f -> fields.put(f.name(), f));
            }
        }
        List<Stmt> rest = new ArrayList<>();
        Set<String> defined = new java.util.HashSet<>();
        for (Stmt s : c.body()) {
            if (s instanceof Stmt.AnnAssign a && a.target() instanceof Expr.Name n && !isClassVar(a.annotation())) {
                Field f = field(a.pos(), n.id(), a.annotation(), a.value());
                // a field redefined from a base keeps the base's position, as in CPython
                fields.put(f.name(), f);
            } else {
                if (s instanceof Stmt.FunctionDef f) {
                    defined.add(f.name());
                }
                rest.add(s);
            }
        }
        List<Field> all = List.copyOf(fields.values());
        dataclasses.put(c.name(), new Info(all, frozen));
        Map<String, Expr> holes = new HashMap<>();
        StringBuilder code = new StringBuilder();
        if (options.get("init") && !defined.contains("__init__")) {
            code.append(init(c, all, frozen, defined.contains("__post_init__"), holes));
        }
        if (frozen) {
            frozenUsed = true;
            holes.put("__krait_frozen_error", new Expr.Name(c.pos(), FROZEN_ERROR, ExprContext.Load));
            for (Field f : all) {
                code.append("@property\ndef ").append(f.name()).append("(self):\n    return self._krait_frozen_")
                        .append(f.name()).append("\n@").append(f.name()).append(".setter\ndef ").append(f.name())
                        .append("(self, value):\n    raise __krait_frozen_error(\"cannot assign to field '")
                        .append(f.name()).append("'\")\n");
            }
        }
        if (options.get("repr") && !defined.contains("__repr__")) {
            code.append("def __repr__(self):\n    return f\"{type(self).__name__}(");
            String sep = "";
            for (Field f : all) {
                if (f.repr()) {
                    code.append(sep).append(f.name()).append("={self.").append(f.name()).append("!r}");
                    sep = ", ";
                }
            }
            code.append(")\"\n");
        }
        String mine = tuple(all, "self");
        String theirs = tuple(all, "other");
        if (options.get("eq") && !defined.contains("__eq__")) {
            code.append("def __eq__(self, other):\n    if type(self).__name__ != type(other).__name__:\n")
                    .append("        return False\n    return ").append(mine).append(" == ").append(theirs).append('\n');
        }
        if (options.get("order")) {
            if (!options.get("eq")) {
                throw error(file, decorator.pos(), MessageId.LIBRARY_DEFINITION_ERROR, "ValueError: eq must be true if order is true");
            }
            for (String[] op : new String[][] {{"__lt__", "<"}, {"__le__", "<="}, {"__gt__", ">"}, {"__ge__", ">="}}) {
                if (defined.contains(op[0])) {
                    throw error(file, c.pos(), MessageId.LIBRARY_DEFINITION_ERROR, "TypeError: Cannot overwrite attribute "
                            + op[0] + " in class " + c.name() + ". Consider using functools.total_ordering");
                }
                // CPython's method returns NotImplemented for an other of another class, and the
                // operator then raises (the other's reflected dataclass method declines too)
                code.append("def ").append(op[0]).append("(self, other):\n    if type(self) is not type(other):\n")
                        .append("        raise TypeError(\"'").append(op[1])
                        .append("' not supported between instances of '\" + type(self).__name__ + \"' and '\"")
                        .append(" + type(other).__name__ + \"'\")\n    return ").append(mine).append(' ')
                        .append(op[1]).append(' ').append(theirs).append('\n');
            }
        }
        if (!defined.contains("__hash__")) {
            if (options.get("unsafe_hash") || options.get("eq") && frozen) {
                code.append("def __hash__(self):\n    return hash(").append(mine).append(")\n");
            } else if (options.get("eq")) {
                code.append("def __hash__(self):\n    raise TypeError(\"unhashable type: '\" + type(self).__name__ + \"'\")\n")
                        .append("    return 0\n");
            }
        }
        List<Stmt> body = new ArrayList<>();
        for (Stmt s : Snippet.parse(code.toString(), c.pos(), holes)) {
            body.add(s instanceof Stmt.FunctionDef f && f.name().equals("__init__") ? annotated(f, all) : s);
        }
        body.addAll(rest);
        if (body.isEmpty()) {
            body.add(new Stmt.Pass(c.pos()));
        }
        List<Expr> decorators = new ArrayList<>(c.decoratorList());
        decorators.remove(decorator);
        return new Stmt.ClassDef(c.pos(), c.name(), c.bases(), c.keywords(), List.copyOf(body), List.copyOf(decorators));
    }

    private String init(Stmt.ClassDef c, List<Field> all, boolean frozen, boolean postInit, Map<String, Expr> holes) {
        StringBuilder params = new StringBuilder("self");
        StringBuilder body = new StringBuilder();
        String firstDefault = null;
        for (Field f : all) {
            String target = "self." + (frozen ? "_krait_frozen_" : "") + f.name();
            if (!f.init()) {
                if (f.factory() != null) {
                    body.append("    ").append(target).append(" = ").append(hole(holes, f.factory())).append("()\n");
                } else if (f.dflt() != null) {
                    body.append("    ").append(target).append(" = ").append(hole(holes, f.dflt())).append('\n');
                }
                continue;
            }
            params.append(", ").append(f.name());
            if (f.factory() != null) {
                params.append("=None");
                body.append("    if ").append(f.name()).append(" is None:\n        ").append(target).append(" = ")
                        .append(hole(holes, f.factory())).append("()\n    else:\n        ").append(target)
                        .append(" = __krait_not_none(").append(f.name()).append(")\n");
                firstDefault = firstDefault == null ? f.name() : firstDefault;
            } else if (f.dflt() != null) {
                params.append('=').append(hole(holes, f.dflt()));
                body.append("    ").append(target).append(" = ").append(f.name()).append('\n');
                firstDefault = firstDefault == null ? f.name() : firstDefault;
            } else {
                if (firstDefault != null) {
                    throw error(file, f.pos(), MessageId.LIBRARY_DEFINITION_ERROR,
                            "TypeError: non-default argument '" + f.name() + "' follows default argument");
                }
                body.append("    ").append(target).append(" = ").append(f.name()).append('\n');
            }
        }
        if (postInit) {
            body.append("    self.__post_init__()\n");
        }
        if (body.isEmpty()) {
            body.append("    pass\n");
        }
        return "def __init__(" + params + "):\n" + body;
    }

    /**
     * The generated __init__ with each field's annotation on its parameter, so that the hints are
     * checked like any other; not where a default_factory makes the parameter None by default.
     */
    private static Stmt.FunctionDef annotated(Stmt.FunctionDef init, List<Field> all) {
        Map<String, Field> byName = new HashMap<>();
        all.forEach(f -> byName.put(f.name(), f));
        List<krait.syntax.Arg> args = new ArrayList<>();
        for (krait.syntax.Arg a : init.args().args()) {
            Field f = byName.get(a.arg());
            boolean hint = f != null && f.factory() == null && f.annotation() != null;
            args.add(hint ? new krait.syntax.Arg(a.pos(), a.arg(), f.annotation(), a.typeComment()) : a);
        }
        krait.syntax.Arguments old = init.args();
        krait.syntax.Arguments params = new krait.syntax.Arguments(old.posonlyargs(), List.copyOf(args), old.vararg(),
                old.kwonlyargs(), old.kwDefaults(), old.kwarg(), old.defaults());
        return new Stmt.FunctionDef(init.pos(), init.name(), params, init.body(), init.decoratorList(), init.returns(),
                init.typeComment());
    }

    private static String hole(Map<String, Expr> holes, Expr e) {
        String name = "__krait_hole_" + holes.size();
        holes.put(name, e);
        return name;
    }

    private static String tuple(List<Field> fields, String who) {
        StringBuilder t = new StringBuilder("(");
        for (Field f : fields) {
            if (f.compare()) {
                t.append(who).append('.').append(f.name()).append(", ");
            }
        }
        return t.append(')').toString();
    }

    private Field field(Pos pos, String name, Expr annotation, Expr value) {
        if (value instanceof Expr.Call call && "field".equals(imports.nameOf(call.func()))) {
            if (!call.args().isEmpty()) {
                throw error(file, call.pos(), MessageId.UNSUPPORTED_CONSTRUCT, "a positional argument to field()");
            }
            Expr dflt = null;
            Expr factory = null;
            boolean init = true;
            boolean repr = true;
            boolean compare = true;
            for (Keyword k : call.keywords()) {
                String arg = k.arg() == null ? "**" : k.arg();
                if (arg.equals("default")) {
                    dflt = k.value();
                } else if (arg.equals("default_factory")) {
                    factory = k.value();
                } else if (arg.equals("init")) {
                    init = constantBool(k.value());
                } else if (arg.equals("repr")) {
                    repr = constantBool(k.value());
                } else if (arg.equals("compare")) {
                    compare = constantBool(k.value());
                } else if (!arg.equals("hash")) {
                    throw error(file, k.pos(), MessageId.UNSUPPORTED_CONSTRUCT, "field(" + arg + "=)");
                }
            }
            if (dflt != null && factory != null) {
                throw error(file, call.pos(), MessageId.LIBRARY_DEFINITION_ERROR,
                        "ValueError: cannot specify both default and default_factory");
            }
            checkMutable(name, dflt);
            return new Field(pos, name, annotation, dflt, factory, init, repr, compare);
        }
        checkMutable(name, value);
        return new Field(pos, name, annotation, value, null, true, true, true);
    }

    private void checkMutable(String name, Expr dflt) {
        String kind = dflt instanceof Expr.List || dflt instanceof Expr.ListComp ? "list"
                : dflt instanceof Expr.Dict || dflt instanceof Expr.DictComp ? "dict"
                : dflt instanceof Expr.Set || dflt instanceof Expr.SetComp ? "set" : null;
        if (kind != null) {
            throw error(file, dflt.pos(), MessageId.LIBRARY_DEFINITION_ERROR, "ValueError: mutable default <class '" + kind
                    + "'> for field " + name + " is not allowed: use default_factory");
        }
    }

    private boolean constantBool(Expr e) {
        if (e instanceof Expr.Constant k && k.value() instanceof ConstValue.BoolValue b) {
            return b.value();
        }
        throw error(file, e.pos(), MessageId.UNSUPPORTED_CONSTRUCT, "a dataclass option that is not True or False");
    }

    private static boolean isClassVar(Expr annotation) {
        Expr head = annotation instanceof Expr.Subscript s ? s.value() : annotation;
        return head instanceof Expr.Name n && n.id().equals("ClassVar")
                || head instanceof Expr.Attribute a && a.attr().equals("ClassVar");
    }
}
