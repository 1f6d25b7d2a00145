package krait.desugar;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import krait.diag.CompileError;
import krait.diag.Diagnostic;
import krait.diag.Location;
import krait.diag.MessageId;
import krait.diag.SourceFile;
import krait.syntax.ConstValue;
import krait.syntax.Expr;
import krait.syntax.Keyword;
import krait.syntax.Mod;
import krait.syntax.Rewriter;
import krait.syntax.Stmt;

/**
 * namedtuple classes become ordinary classes written out in Python: {@code P = namedtuple("P",
 * "x y", defaults=[...])} and {@code collections.namedtuple} at module level, a class whose only
 * base is such a call ({@code class P(namedtuple("P", "x y")): def norm(self): ...}) and
 * {@code class P(typing.NamedTuple)} with annotated fields, defaults and methods. namedtuple makes
 * a class at run time, which a model file cannot describe.
 *
 * <p>A namedtuple is a tuple, and the class says so two ways. Its special methods compare, hash,
 * add, iterate and test membership through the tuple of its fields (so {@code p == (1, 2)} and
 * {@code p < q} are tuple comparisons), and its method {@link krait.types.TupleViews#METHOD}
 * returns that tuple: the type inference and the lowering use it wherever an instance stands
 * where a tuple's positions matter (unpacking, {@code p[0]}, {@code p[1:]}), so fields of
 * different types keep their own types there, as a tuple's positions do. This design (a class
 * with a tuple view, rather than a tuple type carrying field names) keeps methods, subclasses and
 * attribute access on the ordinary class machinery. {@code p._replace(f=v)} is rewritten to a
 * method made for its set of keywords; a class derived from a namedtuple class of the same module
 * gets its own repr, {@code _make} and {@code _replace} methods, which make instances of it.
 * Not covered (compile errors): namedtuple() inside a function or with {@code rename=} or
 * {@code module=}, field names not known at compile time, {@code _replace} of a namedtuple of
 * another module.
 */
public final class NamedTuples {
    private static final String HOLE = "__krait_hole_";

    /** A namedtuple class: its fields, in order, and the default values of the last ones. */
    private record Spec(String reprName, List<String> fields, List<Expr> defaults) {}

    private final SourceFile file;
    private final Imports collections;
    private final Imports typing;
    /** The keyword sets of every {@code x._replace(...)} in the module, sorted. */
    private final Set<List<String>> replaceSets = new LinkedHashSet<>();

    private NamedTuples(SourceFile file, Imports collections, Imports typing) {
        this.file = file;
        this.collections = collections;
        this.typing = typing;
    }

    public static Mod.Module apply(Mod.Module module, SourceFile file) {
        Imports collections = Imports.take(module, "collections", Set.of("namedtuple"));
        Imports typing = Imports.take(collections.module, "typing", Set.of("NamedTuple"));
        if (!collections.any() && !typing.any()) {
            return module;
        }
        NamedTuples pass = new NamedTuples(file, collections, typing);
        return pass.rewrite(typing.module);
    }

    private Mod.Module rewrite(Mod.Module module) {
        krait.syntax.Nodes.walk(module, n -> {
            if (n instanceof Expr.Call c && c.func() instanceof Expr.Attribute a && a.attr().equals("_replace")
                    && c.args().isEmpty() && c.keywords().stream().allMatch(k -> k.arg() != null)) {
                replaceSets.add(List.copyOf(new TreeSet<>(c.keywords().stream().map(Keyword::arg).toList())));
            }
            return true;
        });
        Map<String, Spec> classes = new HashMap<>();
        List<Stmt> body = new ArrayList<>();
        for (Stmt s : module.body()) {
            if (s instanceof Stmt.Assign a && a.targets().size() == 1 && a.targets().get(0) instanceof Expr.Name target
                    && isNamedTupleCall(a.value())) {
                Spec spec = spec((Expr.Call) a.value());
                classes.put(target.id(), spec);
                body.add(new Stmt.ClassDef(a.pos(), target.id(), List.of(), List.of(), members(spec, target.id(), List.of(), s), List.of()));
            } else if (s instanceof Stmt.ClassDef c && c.bases().size() == 1 && isNamedTupleCall(c.bases().get(0))) {
                Spec spec = spec((Expr.Call) c.bases().get(0));
                spec = new Spec(c.name(), spec.fields(), spec.defaults());
                classes.put(c.name(), spec);
                body.add(new Stmt.ClassDef(c.pos(), c.name(), List.of(), c.keywords(), members(spec, c.name(), c.body(), s),
                        c.decoratorList()));
            } else if (s instanceof Stmt.ClassDef c && c.bases().size() == 1 && isTypingBase(c.bases().get(0))) {
                Spec spec = annotated(c);
                classes.put(c.name(), spec);
                List<Stmt> rest = c.body().stream().filter(m -> !(m instanceof Stmt.AnnAssign)).toList();
                body.add(new Stmt.ClassDef(c.pos(), c.name(), List.of(), c.keywords(), members(spec, c.name(), rest, s),
                        c.decoratorList()));
            } else if (s instanceof Stmt.ClassDef c && c.bases().size() == 1 && c.bases().get(0) instanceof Expr.Name b
                    && classes.containsKey(b.id())) {
                // a subclass makes instances of itself and shows its own name
                Spec base = classes.get(b.id());
                Spec spec = new Spec(c.name(), base.fields(), base.defaults());
                classes.put(c.name(), spec);
                List<Stmt> own = new ArrayList<>(c.body());
                Set<String> defined = definedNames(c.body());
                for (Stmt m : members(spec, c.name(), List.of(), s)) {
                    String name = memberName(m);
                    if (!defined.contains(name) && (name.equals("__repr__") || name.equals("_make") || name.startsWith("_replace_"))) {
                        own.add(m);
                    }
                }
                body.add(new Stmt.ClassDef(c.pos(), c.name(), c.bases(), c.keywords(), own, c.decoratorList()));
            } else {
                body.add(s);
            }
        }
        Mod.Module out = new Mod.Module(List.copyOf(body), module.typeIgnores());
        krait.syntax.Nodes.walk(out, n -> {
            if (n instanceof Expr.Call c && isNamedTupleCall(c)) {
                throw error(c, "namedtuple() other than 'P = namedtuple(\"P\", \"field names\")' or a class based on it, at module level");
            }
            if (n instanceof Stmt.ClassDef c && c.bases().stream().anyMatch(this::isTypingBase)) {
                throw error(c, "a class based on typing.NamedTuple other than at module level with NamedTuple as its only base");
            }
            if (n instanceof Expr expr && isTypingBase(expr)) {
                throw error(expr, "typing.NamedTuple other than as the base of a class");
            }
            return true;
        });
        if (classes.isEmpty()) {
            return out;
        }
        return Rewriter.rewrite(out, NamedTuples::replaceCall);
    }

    /** {@code x._replace(a=.., b=..)} calls the method made for the keywords {a, b}. */
    private static krait.syntax.Node replaceCall(krait.syntax.Node n) {
        if (n instanceof Expr.Call c && c.func() instanceof Expr.Attribute a && a.attr().equals("_replace")
                && c.args().isEmpty() && c.keywords().stream().allMatch(k -> k.arg() != null)) {
            List<String> keys = List.copyOf(new TreeSet<>(c.keywords().stream().map(Keyword::arg).toList()));
            Expr object = Rewriter.rewrite(a.value(), NamedTuples::replaceCall);
            List<Keyword> keywords = c.keywords().stream()
                    .map(k -> new Keyword(k.pos(), k.arg(), Rewriter.rewrite(k.value(), NamedTuples::replaceCall))).toList();
            return new Expr.Call(c.pos(), new Expr.Attribute(a.pos(), object, replaceName(keys), a.ctx()), c.args(), keywords);
        }
        return null;
    }

    private static String replaceName(List<String> keys) {
        return "_replace_" + String.join("", keys.stream().map(k -> "_" + k).toList());
    }

    private static Set<String> definedNames(List<Stmt> body) {
        Set<String> names = new java.util.HashSet<>();
        for (Stmt m : body) {
            String name = memberName(m);
            if (name != null) {
                names.add(name);
            }
        }
        return names;
    }

    private static String memberName(Stmt m) {
        if (m instanceof Stmt.FunctionDef f) {
            return f.name();
        }
        if (m instanceof Stmt.Assign a && a.targets().size() == 1 && a.targets().get(0) instanceof Expr.Name n) {
            return n.id();
        }
        return null;
    }

    /** The generated members, then the user's own {@code body}, whose definitions replace generated ones of the same name. */
    private List<Stmt> members(Spec spec, String cls, List<Stmt> body, Stmt at) {
        List<String> f = spec.fields();
        String comma = f.size() == 1 ? "," : "";
        String tuple = "(" + String.join(", ", f.stream().map(x -> "self." + x).toList()) + comma + ")";
        int firstDefault = f.size() - spec.defaults().size();
        List<String> params = new ArrayList<>();
        Map<String, Expr> holes = new HashMap<>();
        for (int i = 0; i < f.size(); i++) {
            if (i >= firstDefault) {
                holes.put(HOLE + i, spec.defaults().get(i - firstDefault));
                params.add(f.get(i) + "=" + HOLE + i);
            } else {
                params.add(f.get(i));
            }
        }
        StringBuilder text = new StringBuilder();
        text.append("_fields = (").append(String.join(", ", f.stream().map(x -> "'" + x + "'").toList())).append(comma).append(")\n");
        text.append("__match_args__ = (").append(String.join(", ", f.stream().map(x -> "'" + x + "'").toList())).append(comma).append(")\n");
        text.append("def __init__(self, ").append(String.join(", ", params)).append("):\n");
        for (String x : f) {
            text.append("    self.").append(x).append(" = ").append(x).append("\n");
        }
        text.append("def ").append(krait.types.TupleViews.METHOD).append("(self):\n    return ").append(tuple).append("\n");
        text.append("def __repr__(self):\n    return f\"").append(spec.reprName()).append("(")
                .append(String.join(", ", f.stream().map(x -> x + "={self." + x + "!r}").toList())).append(")\"\n");
        text.append("def __len__(self):\n    return ").append(f.size()).append("\n");
        text.append("def __iter__(self):\n    return iter([").append(String.join(", ", f.stream().map(x -> "self." + x).toList()))
                .append("])\n");
        text.append("def __contains__(self, item):\n    return item in ").append(tuple).append("\n");
        text.append("def __hash__(self):\n    return hash(").append(tuple).append(")\n");
        // the other side may be a tuple or another instance (whose reflected method then compares as a tuple)
        for (String[] op : new String[][] {{"eq", "=="}, {"ne", "!="}, {"lt", "<"}, {"le", "<="}, {"gt", ">"}, {"ge", ">="}}) {
            text.append("def __").append(op[0]).append("__(self, other):\n    return ").append(tuple).append(" ")
                    .append(op[1]).append(" other\n");
        }
        text.append("def __add__(self, other):\n    return ").append(tuple).append(" + other\n");
        text.append("def __radd__(self, other):\n    return other + ").append(tuple).append("\n");
        text.append("def __mul__(self, n):\n    return ").append(tuple).append(" * n\n");
        text.append("def __rmul__(self, n):\n    return ").append(tuple).append(" * n\n");
        text.append("def count(self, value):\n    return ").append(tuple).append(".count(value)\n");
        text.append("def index(self, value):\n    return ").append(tuple).append(".index(value)\n");
        text.append("def _asdict(self):\n    return {").append(String.join(", ", f.stream().map(x -> "'" + x + "': self." + x).toList()))
                .append("}\n");
        text.append("@staticmethod\ndef _make(iterable):\n    return ").append(cls).append("(*iterable)\n");
        for (List<String> keys : replaceSets) {
            if (!f.containsAll(keys)) {
                continue;
            }
            text.append("def ").append(replaceName(keys)).append("(self").append(String.join("", keys.stream().map(k -> ", " + k).toList()))
                    .append("):\n    return self._make((")
                    .append(String.join(", ", f.stream().map(x -> keys.contains(x) ? x : "self." + x).toList())).append(comma)
                    .append("))\n");
        }
        Set<String> defined = definedNames(body);
        List<Stmt> out = new ArrayList<>();
        for (Stmt m : Snippet.parse(text.toString(), at.pos(), holes)) {
            if (!defined.contains(memberName(m))) {
                out.add(m);
            }
        }
        for (Stmt m : body) {
            // __slots__ = () is what such a subclass is told to write; instances here have no dict either way
            if (!"__slots__".equals(memberName(m))) {
                out.add(m);
            }
        }
        return out;
    }

    private boolean isNamedTupleCall(Expr e) {
        return e instanceof Expr.Call c && "namedtuple".equals(collections.nameOf(c.func()));
    }

    private boolean isTypingBase(Expr e) {
        return "NamedTuple".equals(typing.nameOf(e));
    }

    /** The spec of {@code namedtuple("P", fields, defaults=[...])}; any other form is an error. */
    private Spec spec(Expr.Call call) {
        String typename = call.args().isEmpty() ? null : string(call.args().get(0));
        List<String> fields = call.args().size() == 2 ? fields(call.args().get(1)) : null;
        if (typename == null || fields == null) {
            throw error(call, "namedtuple() with arguments other than a str literal and field names written as literals");
        }
        List<Expr> defaults = List.of();
        for (Keyword k : call.keywords()) {
            if ("defaults".equals(k.arg()) && (k.value() instanceof Expr.List || k.value() instanceof Expr.Tuple)) {
                defaults = k.value() instanceof Expr.List l ? l.elts() : ((Expr.Tuple) k.value()).elts();
            } else {
                throw error(call, "namedtuple() with keyword arguments other than defaults=[...] written as a list or tuple");
            }
        }
        if (defaults.size() > fields.size()) {
            throw error(call, "namedtuple() with more defaults than fields");
        }
        return new Spec(typename, fields, List.copyOf(defaults));
    }

    /** The fields of {@code class P(NamedTuple)}: its annotated names, in order, with their defaults. */
    private Spec annotated(Stmt.ClassDef c) {
        List<String> fields = new ArrayList<>();
        List<Expr> defaults = new ArrayList<>();
        for (Stmt s : c.body()) {
            if (s instanceof Stmt.AnnAssign a) {
                if (!(a.target() instanceof Expr.Name n) || n.id().startsWith("_")) {
                    throw error(a, "a field of a NamedTuple class other than a public name");
                }
                if (a.value() == null && !defaults.isEmpty()) {
                    throw error(a, "a NamedTuple field without a default after one with a default");
                }
                fields.add(n.id());
                if (a.value() != null) {
                    defaults.add(a.value());
                }
            }
        }
        if (fields.isEmpty()) {
            throw error(c, "a NamedTuple class without fields");
        }
        return new Spec(c.name(), List.copyOf(fields), List.copyOf(defaults));
    }

    private CompileError error(krait.syntax.Node at, String what) {
        krait.syntax.Pos pos = at instanceof Expr e ? e.pos() : ((Stmt) at).pos();
        return new CompileError(Diagnostic.error(Location.of(file, pos), MessageId.UNSUPPORTED_CONSTRUCT, what));
    }

    private static String string(Expr e) {
        return e instanceof Expr.Constant c && c.value() instanceof ConstValue.StrValue s ? s.value() : null;
    }

    /** "x y", "x, y", ["x", "y"] or ("x", "y"): valid, distinct, public names; else null. */
    private static List<String> fields(Expr e) {
        List<String> names = new ArrayList<>();
        String text = string(e);
        if (text != null) {
            for (String part : text.replace(',', ' ').trim().split("\\s+")) {
                if (!part.isEmpty()) {
                    names.add(part);
                }
            }
        } else if (e instanceof Expr.List || e instanceof Expr.Tuple) {
            List<Expr> elts = e instanceof Expr.List l ? l.elts() : ((Expr.Tuple) e).elts();
            for (Expr elt : elts) {
                String name = string(elt);
                if (name == null) {
                    return null;
                }
                names.add(name);
            }
        } else {
            return null;
        }
        Set<String> seen = new LinkedHashSet<>();
        for (String n : names) {
            if (!n.matches("[A-Za-z][A-Za-z0-9_]*") || KEYWORDS.contains(n) || !seen.add(n)) {
                return null;
            }
        }
        return names.isEmpty() ? null : names;
    }

    private static final Set<String> KEYWORDS = Set.of("False", "None", "True", "and", "as", "assert", "async", "await",
            "break", "class", "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global",
            "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
            "with", "yield");
}
