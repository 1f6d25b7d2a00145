package krait.types;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import krait.diag.CompileError;
import krait.diag.Diagnostic;
import krait.diag.Location;
import krait.diag.MessageId;
import krait.syntax.Arg;
import krait.syntax.ConstValue;
import krait.syntax.Expr;
import krait.syntax.Operator;
import krait.syntax.Stmt;

/**
 * Type hints read as checked claims: where a parameter's, a return value's or an annotated
 * variable's hint contradicts the type the inference found, that is an error at the hint. Only
 * plain hints are judged ({@code int float str bool None}, {@code list/dict/set/tuple[...]} and their
 * {@code typing} names, {@code Optional}, {@code Union}, {@code X | Y}, the program's classes);
 * anything else (type variables, {@code Callable}, {@code Iterable}, unknown names) is accepted,
 * as the hint is never needed to compile. {@code float} accepts int and {@code int} accepts bool,
 * as in PEP 484.
 */
public final class AnnotationCheck {
    private final TypedProgram program;
    private final List<Diagnostic> errors = new ArrayList<>();
    private final Set<String> seen = new java.util.HashSet<>();

    private AnnotationCheck(TypedProgram program) {
        this.program = program;
    }

    public static void check(TypedProgram program) {
        AnnotationCheck c = new AnnotationCheck(program);
        for (Specialization s : program.specializations()) {
            FunctionInfo fn = s.function();
            if (fn.isModule()) {
                c.variables(fn.body(), program.globals());
                continue;
            }
            Stmt.FunctionDef def = fn.def();
            if (def == null) {
                continue;
            }
            List<Arg> args = new ArrayList<>(def.args().posonlyargs());
            args.addAll(def.args().args());
            args.addAll(def.args().kwonlyargs());
            for (Arg a : args) {
                int i = fn.params().indexOf(a.arg());
                if (a.annotation() != null && i >= 0 && i < s.argTypes().size()) {
                    c.judge(a.annotation(), Set.of(s.argTypes().get(i)), "parameter '" + a.arg() + "'");
                }
            }
            if (def.returns() != null && !fn.isGenerator()) {
                c.judge(def.returns(), s.returnVar().types(), "the return value of '" + fn.name() + "'");
            }
            c.variables(fn.body(), s.locals());
        }
        if (!c.errors.isEmpty()) {
            c.errors.sort(java.util.Comparator.comparingInt((Diagnostic d) -> d.location().line())
                    .thenComparingInt(d -> d.location().col()));
            throw new CompileError(c.errors);
        }
    }

    private void variables(List<Stmt> body, Map<String, TypeVar> vars) {
        for (Stmt s : body) {
            if (s instanceof Stmt.AnnAssign a && a.target() instanceof Expr.Name n && vars.get(n.id()) != null) {
                judge(a.annotation(), vars.get(n.id()).types(), "variable '" + n.id() + "'");
            }
            if (!(s instanceof Stmt.FunctionDef) && !(s instanceof Stmt.ClassDef)) {
                for (List<Stmt> inner : Blocks.nested(s)) {
                    variables(inner, vars);
                }
            }
        }
    }

    private void judge(Expr hint, Set<PyType> types, String what) {
        for (PyType t : types) {
            if (!accepts(hint, t)) {
                String key = hint.pos() + what + TypeNaming.full(t);
                if (seen.add(key)) {
                    errors.add(Diagnostic.error(Location.of(program.file(), hint.pos()), MessageId.ANNOTATION_MISMATCH,
                            what, text(hint), TypeNaming.full(t)));
                }
                return;
            }
        }
    }

    private static String text(Expr hint) {
        if (hint instanceof Expr.Name n) {
            return n.id();
        }
        if (hint instanceof Expr.Constant k && k.value() instanceof ConstValue.StrValue s) {
            return s.value();
        }
        if (hint instanceof Expr.Constant k && k.value() instanceof ConstValue.NoneValue) {
            return "None";
        }
        if (hint instanceof Expr.Attribute a) {
            return text(a.value()) + "." + a.attr();
        }
        if (hint instanceof Expr.Subscript s) {
            return text(s.value()) + "[" + text(s.slice()) + "]";
        }
        if (hint instanceof Expr.Tuple t) {
            return String.join(", ", t.elts().stream().map(AnnotationCheck::text).toList());
        }
        if (hint instanceof Expr.BinOp b && b.op() == Operator.BitOr) {
            return text(b.left()) + " | " + text(b.right());
        }
        return "...";
    }

    private static boolean isDictSubclass(PyType t) {
        return t instanceof PyType.ModelInstance m && "dict".equals(m.cls().base());
    }

    private static String nameOf(Expr e) {
        if (e instanceof Expr.Name n) {
            return n.id();
        }
        if (e instanceof Expr.Attribute a && a.value() instanceof Expr.Name m && m.id().equals("typing")) {
            return a.attr();
        }
        return null;
    }

    /**
     * Whether every element type of a container is accepted; a type the inference gave an empty
     * container so that it has one (it comes in at the container's own position) says nothing.
     */
    private boolean all(Expr hint, TypeVar v, AllocSite site) {
        if (v == null) {
            return true;
        }
        for (PyType t : v.types()) {
            if (!site.pos().equals(v.origin(t)) && !accepts(hint, t)) {
                return false;
            }
        }
        return true;
    }

    private boolean accepts(Expr hint, PyType t) {
        if (hint instanceof Expr.Constant k) {
            if (k.value() instanceof ConstValue.NoneValue) {
                return t.equals(PyType.NONE);
            }
            if (k.value() instanceof ConstValue.StrValue s && s.value().matches("[A-Za-z_][A-Za-z_0-9]*")) {
                return accepts(new Expr.Name(k.pos(), s.value(), krait.syntax.ExprContext.Load), t);
            }
            return true;
        }
        if (hint instanceof Expr.BinOp b && b.op() == Operator.BitOr) {
            return accepts(b.left(), t) || accepts(b.right(), t);
        }
        if (hint instanceof Expr.Subscript s) {
            String head = nameOf(s.value());
            List<Expr> params = s.slice() instanceof Expr.Tuple tu ? tu.elts() : List.of(s.slice());
            if (head == null) {
                return true;
            }
            switch (head) {
                case "Optional":
                    return t.equals(PyType.NONE) || accepts(params.get(0), t);
                case "Union":
                    return params.stream().anyMatch(p -> accepts(p, t));
                case "list":
                case "List":
                    return t instanceof PyType.ListType l && all(params.get(0), l.site().elements(), l.site());
                case "set":
                case "Set":
                    return t instanceof PyType.SetType st && all(params.get(0), st.site().elements(), st.site());
                case "dict":
                case "Dict":
                    if (isDictSubclass(t)) {
                        // a defaultdict, Counter or OrderedDict is a dict
                        AllocSite ms = ((PyType.ModelInstance) t).site();
                        return ms == null || params.size() != 2
                                || all(params.get(0), ms.elements(), ms) && all(params.get(1), ms.values(), ms);
                    }
                    return t instanceof PyType.DictType d && (params.size() != 2
                            || all(params.get(0), d.site().elements(), d.site()) && all(params.get(1), d.site().values(), d.site()));
                case "tuple":
                case "Tuple":
                    boolean anyLength = params.size() == 2 && params.get(1) instanceof Expr.Constant k
                            && k.value() instanceof ConstValue.EllipsisValue;
                    if (anyLength && t instanceof PyType.VarTupleType vt) {
                        // tuples of several lengths met in one place: tuple(genexpr), (a,) or (a, b)
                        return all(params.get(0), vt.site().elements(), vt.site());
                    }
                    if (!(t instanceof PyType.TupleType tt)) {
                        return false;
                    }
                    if (anyLength) {
                        return tt.elements().stream().allMatch(e -> accepts(params.get(0), e));
                    }
                    if (params.size() != tt.elements().size()) {
                        return false;
                    }
                    for (int i = 0; i < params.size(); i++) {
                        if (!accepts(params.get(i), tt.elements().get(i))) {
                            return false;
                        }
                    }
                    return true;
                default:
                    return true;
            }
        }
        String name = nameOf(hint);
        if (name == null) {
            return true;
        }
        switch (name) {
            case "int":
                return t.equals(PyType.INT) || t.equals(PyType.BOOL);
            case "float":
                return t.equals(PyType.FLOAT) || t.equals(PyType.INT) || t.equals(PyType.BOOL);
            case "bool":
                return t.equals(PyType.BOOL);
            case "str":
                return t.equals(PyType.STR);
            case "bytes":
                return t.equals(PyType.BYTES);
            case "bytearray":
                return t.equals(PyType.BYTEARRAY);
            case "complex":
                // the numeric tower: an int or float is a fine complex for a type checker
                return t.equals(PyType.COMPLEX) || OperatorTyping.isNumber(t);
            case "list":
            case "List":
                return t instanceof PyType.ListType;
            case "dict":
            case "Dict":
                return t instanceof PyType.DictType || isDictSubclass(t);
            case "set":
            case "Set":
                return t instanceof PyType.SetType;
            case "tuple":
            case "Tuple":
                return t instanceof PyType.TupleType || t instanceof PyType.VarTupleType;
            default:
                break;
        }
        ClassInfo cls = userClass(name);
        if (cls == null) {
            return true;
        }
        return t instanceof PyType.InstanceType i && i.cls().isSubclassOf(cls);
    }

    /** The program's class of that name, if exactly one has it (classes of other modules are module.Name). */
    private ClassInfo userClass(String name) {
        ClassInfo found = null;
        for (ClassInfo c : program.classes()) {
            if (c.isBuiltin() || c.isSiteCopy()) {
                continue;
            }
            String n = c.name();
            if (n.equals(name) || n.endsWith("." + name)) {
                if (found != null) {
                    return null;
                }
                found = c;
            }
        }
        return found;
    }
}
