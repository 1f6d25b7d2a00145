package krait.desugar;

import java.util.ArrayList;
import java.util.LinkedHashMap;
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
import krait.syntax.Expr;
import krait.syntax.Mod;
import krait.syntax.Pos;
import krait.syntax.Stmt;

/**
 * {@code abc.ABC} and {@code @abstractmethod} on module-level classes: the base and the decorator
 * go away (the class is an ordinary one), and instantiating a class that still has abstract
 * methods raises CPython's TypeError before its {@code __init__} body runs: a test of
 * {@code type(self).__name__} at the top of the {@code __init__} the class uses (its own or the
 * nearest base's; a class whose bases are all the program's and that has none gets one). Which
 * methods are still abstract follows the bases depth first, left to right, which is the MRO for
 * the hierarchies programs write (single inheritance and mixins without shared bases).
 */
final class AbstractClasses {
    private static final Set<String> HANDLED = Set.of("ABC", "abstractmethod");

    /** A module-level class: its (rewritten) definition and the methods it declares. */
    private static final class Info {
        Stmt.ClassDef def;
        final Set<String> abstractNames = new LinkedHashSet<>();
        final Set<String> concreteNames = new LinkedHashSet<>();
        final List<String> bases = new ArrayList<>();
        boolean onlyProgramBases = true;
        /** The abstract classes whose instantiation this class's __init__ must refuse. */
        final Map<String, Set<String>> refuses = new LinkedHashMap<>();
    }

    private final Imports imports;
    private final Map<String, Info> classes = new LinkedHashMap<>();

    private AbstractClasses(Imports imports) {
        this.imports = imports;
    }

    static Mod.Module apply(Mod.Module module, SourceFile file) {
        Imports imports = Imports.take(module, "abc", null);
        if (!imports.any()) {
            return module;
        }
        for (Map.Entry<String, String> e : imports.names.entrySet()) {
            if (!HANDLED.contains(e.getValue())) {
                throw new CompileError(Diagnostic.error(Location.of(file,
                        module.body().isEmpty() ? Pos.NONE : module.body().get(0).pos()),
                        MessageId.UNSUPPORTED_CONSTRUCT, "'abc." + e.getValue() + "'"));
            }
        }
        AbstractClasses pass = new AbstractClasses(imports);
        for (Stmt s : imports.module.body()) {
            if (s instanceof Stmt.ClassDef c) {
                pass.collect(c);
            }
        }
        pass.placeChecks();
        List<Stmt> body = new ArrayList<>();
        for (Stmt s : imports.module.body()) {
            if (s instanceof Stmt.ClassDef c && pass.classes.get(c.name()) != null
                    && pass.classes.get(c.name()).def.pos().equals(c.pos())) {
                body.add(pass.finish(pass.classes.get(c.name())));
            } else {
                body.add(s);
            }
        }
        return new Mod.Module(List.copyOf(body), imports.module.typeIgnores());
    }

    private void collect(Stmt.ClassDef c) {
        Info info = new Info();
        List<Expr> bases = new ArrayList<>();
        for (Expr b : c.bases()) {
            if ("ABC".equals(imports.nameOf(b))) {
                continue;
            }
            bases.add(b);
            if (b instanceof Expr.Name n && classes.containsKey(n.id())) {
                info.bases.add(n.id());
            } else {
                info.onlyProgramBases = false;
            }
        }
        List<Stmt> body = new ArrayList<>();
        for (Stmt s : c.body()) {
            if (s instanceof Stmt.FunctionDef f) {
                List<Expr> decorators = new ArrayList<>();
                boolean isAbstract = false;
                for (Expr d : f.decoratorList()) {
                    if ("abstractmethod".equals(imports.nameOf(d))) {
                        isAbstract = true;
                    } else {
                        decorators.add(d);
                    }
                }
                (isAbstract ? info.abstractNames : info.concreteNames).add(f.name());
                body.add(isAbstract ? new Stmt.FunctionDef(f.pos(), f.name(), f.args(), abstractBody(f), List.copyOf(decorators),
                        f.returns(), f.typeComment()) : f);
            } else {
                if (s instanceof Stmt.Assign a) {
                    for (Expr t : a.targets()) {
                        if (t instanceof Expr.Name n) {
                            info.concreteNames.add(n.id());
                        }
                    }
                }
                body.add(s);
            }
        }
        info.def = new Stmt.ClassDef(c.pos(), c.name(), List.copyOf(bases), c.keywords(), List.copyOf(body), c.decoratorList());
        classes.put(c.name(), info);
    }

    /**
     * An abstract method whose body does nothing ({@code ...}, {@code pass}, a docstring) raises
     * NotImplementedError instead of returning None: no instance of the class can run it, and
     * its None would otherwise be one of the results of every call dispatched through the base
     * (a {@code super()} call of it, which returns None in CPython, raises).
     */
    private static List<Stmt> abstractBody(Stmt.FunctionDef f) {
        for (Stmt s : f.body()) {
            boolean nothing = s instanceof Stmt.Pass
                    || s instanceof Stmt.ExprStmt e && e.value() instanceof Expr.Constant;
            if (!nothing) {
                return f.body();
            }
        }
        return Snippet.parse("raise NotImplementedError\n", f.pos(), Map.of());
    }

    /** The class and its bases among the program's, depth first, left to right. */
    private List<Info> lineage(Info c) {
        List<Info> out = new ArrayList<>();
        addLineage(c, out);
        return out;
    }

    private void addLineage(Info c, List<Info> out) {
        if (out.contains(c)) {
            return;
        }
        out.add(c);
        for (String b : c.bases) {
            addLineage(classes.get(b), out);
        }
    }

    private void placeChecks() {
        for (Map.Entry<String, Info> e : classes.entrySet()) {
            List<Info> lineage = lineage(e.getValue());
            Set<String> stillAbstract = new TreeSet<>();
            for (Info k : lineage) {
                for (String name : k.abstractNames) {
                    for (Info first : lineage) {
                        if (first.abstractNames.contains(name) || first.concreteNames.contains(name)) {
                            if (first.abstractNames.contains(name)) {
                                stillAbstract.add(name);
                            }
                            break;
                        }
                    }
                }
            }
            if (stillAbstract.isEmpty()) {
                continue;
            }
            Info init = null;
            for (Info k : lineage) {
                if (k.concreteNames.contains("__init__")) {
                    init = k;
                    break;
                }
            }
            if (init == null && lineage.stream().allMatch(k -> k.onlyProgramBases)) {
                init = e.getValue(); // object's __init__: the class gets one of its own
            }
            if (init != null) {
                init.refuses.put(e.getKey(), stillAbstract);
            }
        }
    }

    private Stmt.ClassDef finish(Info info) {
        if (info.refuses.isEmpty()) {
            return info.def;
        }
        Stmt.ClassDef c = info.def;
        List<Stmt> checks = new ArrayList<>();
        for (Map.Entry<String, Set<String>> r : info.refuses.entrySet()) {
            String methods = (r.getValue().size() == 1 ? "method " : "methods ") + String.join(", ", r.getValue());
            checks.addAll(Snippet.parse("if type(self).__name__ == \"" + r.getKey() + "\":\n"
                    + "    raise TypeError(\"Can't instantiate abstract class " + r.getKey() + " with abstract "
                    + methods + "\")\n", c.pos(), Map.of()));
        }
        List<Stmt> body = new ArrayList<>();
        boolean placed = false;
        for (Stmt s : c.body()) {
            if (s instanceof Stmt.FunctionDef f && f.name().equals("__init__") && f.decoratorList().isEmpty()) {
                List<Stmt> initBody = new ArrayList<>(checks);
                initBody.addAll(f.body());
                body.add(new Stmt.FunctionDef(f.pos(), f.name(), f.args(), List.copyOf(initBody), f.decoratorList(),
                        f.returns(), f.typeComment()));
                placed = true;
            } else {
                body.add(s);
            }
        }
        if (!placed) {
            Stmt.FunctionDef init = (Stmt.FunctionDef) Snippet.one("def __init__(self):\n    pass\n", c.pos());
            body.add(new Stmt.FunctionDef(init.pos(), init.name(), init.args(), List.copyOf(checks), List.of(),
                    null, null));
        }
        return new Stmt.ClassDef(c.pos(), c.name(), c.bases(), c.keywords(), List.copyOf(body), c.decoratorList());
    }
}
