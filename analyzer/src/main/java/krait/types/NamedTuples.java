package krait.types;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import krait.diag.SourceFile;
import krait.syntax.Alias;
import krait.syntax.ConstValue;
import krait.syntax.Expr;
import krait.syntax.Mod;
import krait.syntax.Parser;
import krait.syntax.Stmt;

/**
 * A pre-pass: {@code P = namedtuple("P", "x y")} at module level (with {@code namedtuple} from
 * {@code collections}, field names given as constants) becomes an ordinary class with those
 * fields, Python's repr, tuple equality, ordering and hash, and {@code len}. namedtuple makes a
 * class at run time, which a model file cannot describe, so the class is written out in Python
 * and analysed like the program's own. Not covered (a compile error or left to other checks):
 * indexing and unpacking a record, {@code _replace}, {@code _asdict}, {@code defaults=}.
 */
public final class NamedTuples {
    private NamedTuples() {
    }

    /**
     * Rewrites the module; a call of namedtuple this pass cannot turn into a class (inside a
     * function, with keywords, with field names not known at compile time) is an error.
     */
    public static Mod.Module apply(Mod.Module module, SourceFile file) {
        boolean imported = false;
        for (Stmt s : module.body()) {
            if (s instanceof Stmt.ImportFrom im && "collections".equals(im.module())
                    && im.names().stream().anyMatch(a -> a.name().equals("namedtuple") && a.asname() == null)) {
                imported = true;
            }
        }
        List<Stmt> body = new ArrayList<>();
        boolean changed = false;
        for (Stmt s : module.body()) {
            Stmt.ClassDef cls = record(s, imported);
            if (cls != null) {
                body.add(cls);
                changed = true;
            } else if (s instanceof Stmt.ImportFrom im && "collections".equals(im.module()) && imported) {
                // namedtuple itself is not a value of the program: only the classes it made are
                List<Alias> rest = im.names().stream().filter(a -> !a.name().equals("namedtuple")).toList();
                body.add(rest.isEmpty() ? new Stmt.Pass(im.pos()) : new Stmt.ImportFrom(im.pos(), im.module(), rest, im.level()));
                changed = true;
            } else {
                body.add(s);
            }
        }
        Mod.Module out = changed ? new Mod.Module(body, module.typeIgnores()) : module;
        boolean fromImport = imported;
        krait.syntax.Nodes.walk(out, n -> {
            if (n instanceof Expr.Call c && (fromImport && c.func() instanceof Expr.Name f && f.id().equals("namedtuple")
                    || c.func() instanceof Expr.Attribute at && at.attr().equals("namedtuple")
                    && at.value() instanceof Expr.Name m && m.id().equals("collections"))) {
                throw new krait.diag.CompileError(krait.diag.Diagnostic.error(krait.diag.Location.of(file, c.pos()),
                        krait.diag.MessageId.UNSUPPORTED_CONSTRUCT, "namedtuple() other than 'P = namedtuple(\"P\", "
                        + "\"field names\")' at module level"));
            }
            return true;
        });
        return out;
    }

    /** The class for {@code P = namedtuple(...)}, or null if {@code s} is not one this pass handles. */
    private static Stmt.ClassDef record(Stmt s, boolean imported) {
        if (!(s instanceof Stmt.Assign a && a.targets().size() == 1 && a.targets().get(0) instanceof Expr.Name target
                && a.value() instanceof Expr.Call call && call.keywords().isEmpty() && call.args().size() == 2)) {
            return null;
        }
        boolean isNamedTuple = imported && call.func() instanceof Expr.Name n && n.id().equals("namedtuple")
                || call.func() instanceof Expr.Attribute at && at.attr().equals("namedtuple")
                && at.value() instanceof Expr.Name m && m.id().equals("collections");
        String typename = string(call.args().get(0));
        List<String> fields = fields(call.args().get(1));
        if (!isNamedTuple || typename == null || fields == null || fields.isEmpty()) {
            return null;
        }
        // each member is one line parsed at the line of the call, so what is reported about it points there
        String at = "\n".repeat(Math.max(0, a.pos().line() - 1));
        String self = fields.stream().map(f -> "self." + f).reduce((x, y) -> x + ", " + y).orElseThrow();
        String other = fields.stream().map(f -> "other." + f).reduce((x, y) -> x + ", " + y).orElseThrow();
        String comma = fields.size() == 1 ? "," : "";
        List<String> members = new ArrayList<>();
        members.add("_fields = (" + String.join(", ", fields.stream().map(f -> "'" + f + "'").toList()) + comma + ")");
        members.add("def __init__(self, " + String.join(", ", fields) + "): "
                + String.join("; ", fields.stream().map(f -> "self." + f + " = " + f).toList()));
        members.add("def __repr__(self): return f\"" + typename + "("
                + String.join(", ", fields.stream().map(f -> f + "={self." + f + "!r}").toList()) + ")\"");
        members.add("def __len__(self): return " + fields.size());
        members.add("def __hash__(self): return hash((" + self + comma + "))");
        for (String[] op : new String[][] {{"eq", "=="}, {"lt", "<"}, {"le", "<="}, {"gt", ">"}, {"ge", ">="}}) {
            members.add("def __" + op[0] + "__(self, other): return (" + self + comma + ") " + op[1]
                    + " (" + other + comma + ")");
        }
        List<Stmt> body = new ArrayList<>();
        for (String m : members) {
            body.add(Parser.parseModule(SourceFile.of("<namedtuple " + typename + ">", at + m + "\n")).body().get(0));
        }
        return new Stmt.ClassDef(a.pos(), target.id(), List.of(), List.of(), body, List.of());
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
        return names;
    }

    private static final Set<String> KEYWORDS = Set.of("False", "None", "True", "and", "as", "assert", "async", "await",
            "break", "class", "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global",
            "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
            "with", "yield");
}
