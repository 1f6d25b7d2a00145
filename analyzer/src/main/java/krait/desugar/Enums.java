package krait.desugar;

import java.math.BigInteger;
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
import krait.syntax.Mod;
import krait.syntax.Node;
import krait.syntax.Pos;
import krait.syntax.Rewriter;
import krait.syntax.Stmt;
import krait.syntax.UnaryOperator;

/**
 * A module-level {@code class C(Enum)} or {@code class C(IntEnum)} becomes an ordinary class whose
 * instances carry {@code _name_} and {@code _value_}, with one module-level instance per member
 * (created right after the class, in definition order) and a list of them. Uses of the class are
 * rewritten: {@code C.RED} names the member's instance, {@code C(v)} and {@code C['RED']} look a
 * member up (raising CPython's ValueError and KeyError), and {@code C} as a value (iterated,
 * {@code len(C)}, {@code list(C)}) is the member list; {@code isinstance(x, C)} keeps the class.
 * IntEnum members print as their value (CPython 3.11), compare with each other and with ints by
 * value, and take part in arithmetic ({@code + - * // % / & | ^ << >>}, unary {@code - + ~},
 * {@code abs}, {@code int}, {@code float}, truth) as ints.
 */
final class Enums {
    private static final Set<String> HANDLED = Set.of("Enum", "IntEnum", "auto", "unique");

    /** An enum class: its members' names in order. */
    private record Info(String name, List<String> members) {}

    private final SourceFile file;
    private final Imports imports;
    private final Map<String, Info> enums = new HashMap<>();

    private Enums(SourceFile file, Imports imports) {
        this.file = file;
        this.imports = imports;
    }

    static Mod.Module apply(Mod.Module module, SourceFile file) {
        Imports imports = Imports.take(module, "enum", null);
        if (!imports.any()) {
            return module;
        }
        for (Map.Entry<String, String> e : imports.names.entrySet()) {
            if (!HANDLED.contains(e.getValue())) {
                throw error(file, module.body().isEmpty() ? Pos.NONE : module.body().get(0).pos(),
                        MessageId.UNSUPPORTED_CONSTRUCT, "'enum." + e.getValue() + "'");
            }
        }
        Enums pass = new Enums(file, imports);
        List<Stmt> body = new ArrayList<>();
        for (Stmt s : imports.module.body()) {
            if (s instanceof Stmt.ClassDef c && pass.enumKind(c) != null) {
                body.addAll(pass.expand(c, pass.enumKind(c)));
            } else {
                body.add(s);
            }
        }
        if (pass.enums.isEmpty()) {
            return new Mod.Module(List.copyOf(body), module.typeIgnores());
        }
        return Rewriter.rewrite(new Mod.Module(List.copyOf(body), module.typeIgnores()), pass::uses);
    }

    private static CompileError error(SourceFile file, Pos pos, MessageId id, Object... args) {
        return new CompileError(Diagnostic.error(Location.of(file, pos), id, args));
    }

    private String enumKind(Stmt.ClassDef c) {
        for (Expr b : c.bases()) {
            String name = imports.nameOf(b);
            if ("Enum".equals(name) || "IntEnum".equals(name)) {
                if (c.bases().size() != 1 || !c.keywords().isEmpty()) {
                    throw error(file, c.pos(), MessageId.UNSUPPORTED_CONSTRUCT, "an enum class with other bases");
                }
                return name;
            }
            if (b instanceof Expr.Name n && enums.containsKey(n.id())) {
                throw error(file, b.pos(), MessageId.UNSUPPORTED_CONSTRUCT, "a subclass of an enum");
            }
        }
        return null;
    }

    private static String member(String cls, String name) {
        return "_krait_enum_" + cls + "_" + name;
    }

    private List<Stmt> expand(Stmt.ClassDef c, String kind) {
        boolean intEnum = kind.equals("IntEnum");
        for (Expr d : c.decoratorList()) {
            if (!"unique".equals(imports.nameOf(d))) {
                throw error(file, d.pos(), MessageId.UNSUPPORTED_CONSTRUCT, "a decorator on an enum class");
            }
        }
        LinkedHashMap<String, Expr> members = new LinkedHashMap<>();
        Map<Object, String> byValue = new HashMap<>();
        List<Stmt> rest = new ArrayList<>();
        Set<String> defined = new java.util.HashSet<>();
        BigInteger lastInt = null;
        boolean onlyInts = true;
        for (Stmt s : c.body()) {
            if (s instanceof Stmt.Assign a && a.targets().size() == 1 && a.targets().get(0) instanceof Expr.Name n
                    && !n.id().startsWith("_")) {
                Expr value = a.value();
                if (value instanceof Expr.Call call && "auto".equals(imports.nameOf(call.func()))) {
                    if (!onlyInts) {
                        throw error(file, value.pos(), MessageId.UNSUPPORTED_CONSTRUCT, "auto() after a value that is not an int");
                    }
                    lastInt = lastInt == null ? BigInteger.ONE : lastInt.add(BigInteger.ONE);
                    value = new Expr.Constant(value.pos(), new ConstValue.IntValue(lastInt), null);
                }
                Object key = constant(value);
                if (key == null) {
                    throw error(file, value.pos(), MessageId.UNSUPPORTED_CONSTRUCT, "an enum member value that is not an int or str constant");
                }
                if (key instanceof BigInteger i) {
                    lastInt = i;
                } else {
                    onlyInts = false;
                }
                if (intEnum && !(key instanceof BigInteger)) {
                    throw error(file, value.pos(), MessageId.LIBRARY_DEFINITION_ERROR,
                            "ValueError: invalid literal for int() with base 10: " + value);
                }
                if (byValue.containsKey(key)) {
                    throw error(file, a.pos(), MessageId.UNSUPPORTED_CONSTRUCT, "an enum alias (a second name for the value of '"
                            + byValue.get(key) + "')");
                }
                if (members.containsKey(n.id())) {
                    throw error(file, a.pos(), MessageId.LIBRARY_DEFINITION_ERROR, "TypeError: '" + n.id() + "' already defined as "
                            + "'" + n.id() + "'");
                }
                byValue.put(key, n.id());
                members.put(n.id(), value);
            } else if (s instanceof Stmt.Pass || s instanceof Stmt.ExprStmt e && e.value() instanceof Expr.Constant) {
                continue;
            } else if (s instanceof Stmt.FunctionDef f) {
                defined.add(f.name());
                rest.add(s);
            } else {
                throw error(file, s.pos(), MessageId.UNSUPPORTED_CONSTRUCT, "this statement in an enum class");
            }
        }
        String name = c.name();
        StringBuilder code = new StringBuilder();
        code.append("class ").append(name).append(":\n")
                .append("    def __init__(self, name, value):\n        self._name_ = name\n        self._value_ = value\n")
                .append("    @property\n    def name(self):\n        return self._name_\n")
                .append("    @property\n    def value(self):\n        return self._value_\n");
        if (!defined.contains("__repr__")) {
            code.append("    def __repr__(self):\n        return \"<").append(name)
                    .append(".\" + self._name_ + \": \" + repr(self._value_) + \">\"\n");
        }
        if (!defined.contains("__str__")) {
            code.append("    def __str__(self):\n        return ")
                    .append(intEnum ? "str(self._value_)" : "\"" + name + ".\" + self._name_").append('\n');
        }
        if (!defined.contains("__hash__")) {
            code.append("    def __hash__(self):\n        return hash(self.").append(intEnum ? "_value_" : "_name_").append(")\n");
        }
        if (intEnum) {
            // an IntEnum member is an int: `other + 0` is the int itself, or a member's value through __add__
            for (String[] op : new String[][] {{"__eq__", "=="}, {"__ne__", "!="}, {"__lt__", "<"}, {"__le__", "<="}, {"__gt__", ">"},
                    {"__ge__", ">="}}) {
                if (!defined.contains(op[0])) {
                    code.append("    def ").append(op[0]).append("(self, other):\n        return self._value_ ").append(op[1])
                            .append(" (other + 0)\n");
                }
            }
            for (String[] op : new String[][] {{"neg", "-"}, {"pos", "+"}, {"invert", "~"}}) {
                if (!defined.contains("__" + op[0] + "__")) {
                    code.append("    def __").append(op[0]).append("__(self):\n        return ").append(op[1])
                            .append("self._value_\n");
                }
            }
            for (String[] op : new String[][] {{"abs", "abs"}, {"int", "int"}, {"float", "float"}, {"index", "int"}}) {
                if (!defined.contains("__" + op[0] + "__")) {
                    code.append("    def __").append(op[0]).append("__(self):\n        return ").append(op[1])
                            .append("(self._value_)\n");
                }
            }
            if (!defined.contains("__bool__")) {
                code.append("    def __bool__(self):\n        return self._value_ != 0\n");
            }
            for (String[] op : new String[][] {{"add", "+"}, {"sub", "-"}, {"mul", "*"}, {"floordiv", "//"}, {"mod", "%"},
                    {"truediv", "/"}, {"and", "&"}, {"or", "|"}, {"xor", "^"}, {"lshift", "<<"}, {"rshift", ">>"}}) {
                if (!defined.contains("__" + op[0] + "__")) {
                    code.append("    def __").append(op[0]).append("__(self, other):\n        return self._value_ ")
                            .append(op[1]).append(" other\n");
                }
                if (!defined.contains("__r" + op[0] + "__")) {
                    code.append("    def __r").append(op[0]).append("__(self, other):\n        return other ")
                            .append(op[1]).append(" self._value_\n");
                }
            }
        }
        StringBuilder after = new StringBuilder();
        List<String> names = new ArrayList<>(members.keySet());
        Map<String, Expr> holes = new HashMap<>();
        for (String m : names) {
            String hole = "__krait_hole_" + holes.size();
            holes.put(hole, members.get(m));
            after.append(member(name, m)).append(" = ").append(name).append("(name=\"").append(m).append("\", value=")
                    .append(hole).append(")\n");
        }
        after.append(member(name, "members")).append(" = [");
        for (String m : names) {
            after.append(member(name, m)).append(", ");
        }
        after.append("]\n");
        after.append("def ").append(member(name, "lookup")).append("(value):\n    for m in ").append(member(name, "members"))
                .append(":\n        if m._value_ == value:\n            return m\n")
                .append("    raise ValueError(repr(value) + \" is not a valid ").append(name).append("\")\n");
        after.append("def ").append(member(name, "byname")).append("(name):\n    for m in ").append(member(name, "members"))
                .append(":\n        if m._name_ == name:\n            return m\n    raise KeyError(name)\n");
        Stmt.ClassDef generated = (Stmt.ClassDef) Snippet.one(code.toString(), c.pos());
        List<Stmt> classBody = new ArrayList<>(generated.body());
        classBody.addAll(rest);
        List<Stmt> out = new ArrayList<>();
        out.add(new Stmt.ClassDef(c.pos(), name, List.of(), List.of(), List.copyOf(classBody), List.of()));
        out.addAll(Snippet.parse(after.toString(), c.pos(), holes));
        enums.put(name, new Info(name, names));
        return out;
    }

    private static Object constant(Expr e) {
        if (e instanceof Expr.Constant k) {
            if (k.value() instanceof ConstValue.IntValue i) {
                return i.value();
            }
            if (k.value() instanceof ConstValue.StrValue s) {
                return s.value();
            }
            return null;
        }
        if (e instanceof Expr.UnaryOp u && u.op() == UnaryOperator.USub && u.operand() instanceof Expr.Constant k
                && k.value() instanceof ConstValue.IntValue i) {
            return i.value().negate();
        }
        return null;
    }

    private Node uses(Node n) {
        if (n instanceof Expr.Attribute a && a.value() instanceof Expr.Name c && enums.containsKey(c.id())
                && a.ctx() == ExprContext.Load) {
            if (enums.get(c.id()).members().contains(a.attr())) {
                return new Expr.Name(a.pos(), member(c.id(), a.attr()), ExprContext.Load);
            }
            return a;
        }
        if (n instanceof Expr.Call call && call.func() instanceof Expr.Name c) {
            if (enums.containsKey(c.id()) && !call.keywords().isEmpty() && call.args().isEmpty()) {
                // the generated creation of a member, C(name=..., value=...): the class stays the class
                List<krait.syntax.Keyword> keywords = new ArrayList<>();
                call.keywords().forEach(k -> keywords.add(Rewriter.rewrite(k, this::uses)));
                return new Expr.Call(call.pos(), c, List.of(), List.copyOf(keywords));
            }
            if (enums.containsKey(c.id())) {
                if (call.args().size() != 1 || !call.keywords().isEmpty()) {
                    throw error(file, call.pos(), MessageId.UNSUPPORTED_CONSTRUCT, "calling an enum class other than C(value)");
                }
                return new Expr.Call(call.pos(), new Expr.Name(c.pos(), member(c.id(), "lookup"), ExprContext.Load),
                        List.of(Rewriter.rewrite(call.args().get(0), this::uses)), List.of());
            }
            if (c.id().equals("isinstance") && call.args().size() == 2 && call.args().get(1) instanceof Expr.Name k
                    && enums.containsKey(k.id())) {
                return new Expr.Call(call.pos(), c, List.of(Rewriter.rewrite(call.args().get(0), this::uses), k), List.of());
            }
        }
        if (n instanceof Expr.Subscript s && s.value() instanceof Expr.Name c && enums.containsKey(c.id())
                && s.ctx() == ExprContext.Load) {
            return new Expr.Call(s.pos(), new Expr.Name(c.pos(), member(c.id(), "byname"), ExprContext.Load),
                    List.of(Rewriter.rewrite(s.slice(), this::uses)), List.of());
        }
        if (n instanceof Expr.Name c && enums.containsKey(c.id()) && c.ctx() == ExprContext.Load) {
            return new Expr.Name(c.pos(), member(c.id(), "members"), ExprContext.Load);
        }
        if (n instanceof Stmt.AnnAssign a) {
            // annotations are not evaluated: keep an enum class named there as it is
            Expr value = a.value() == null ? null : Rewriter.rewrite(a.value(), this::uses);
            return new Stmt.AnnAssign(a.pos(), Rewriter.rewrite(a.target(), this::uses), a.annotation(), value, a.simple());
        }
        return null;
    }
}
