package krait.cpp.lower;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import krait.cpp.ir.CType;
import krait.syntax.Expr;
import krait.syntax.ExprContext;
import krait.syntax.Keyword;
import krait.syntax.Node;
import krait.syntax.Nodes;
import krait.syntax.Operator;
import krait.syntax.RecordShape;
import krait.syntax.Stmt;
import krait.syntax.UnaryOperator;
import krait.types.AllocSite;
import krait.types.CallTarget;
import krait.types.ClassInfo;
import krait.types.FunctionInfo;
import krait.types.PyType;
import krait.types.SpecialMethods;
import krait.types.Specialization;
import krait.types.TypeVar;
import krait.types.TypedProgram;

/**
 * Which user classes become C++ values (a struct passed and returned by value, its fields in
 * registers) instead of objects on the GC heap: small immutable records such as a vector class
 * whose every operator returns a new instance, which would otherwise allocate per operation.
 *
 * <p>A copy must be indistinguishable from the original, so a class qualifies only when its
 * instances are never changed after {@code __init__} and never observed by identity: it has no
 * bases and no subclasses, only int, float and bool fields, assigned only through {@code self} in
 * its own {@code __init__}, no class attributes, decorators or special methods other than
 * {@code __init__} and arithmetic operators, and every expression holding an instance (or a list
 * or tuple holding some) is used only where a copy behaves alike: attribute reads, calls of its
 * methods and of the program's functions, its operators, assignment, return, tuple and list
 * displays, iteration and indexing. Anything else ({@code is}, {@code ==}, printing, hashing,
 * isinstance, any built-in but {@code len}, a None beside it) keeps the class an object.
 */
final class ValueClasses {
    private static final Set<String> LIST_METHODS = Set.of("append", "pop", "insert", "extend", "reverse", "copy", "clear");

    private final TypedProgram program;
    private final Set<ClassInfo> candidates = new LinkedHashSet<>();

    private ValueClasses(TypedProgram program) {
        this.program = program;
    }

    /** Marks the program's value classes ({@link ClassInfo#markValueType}). */
    static void mark(TypedProgram program) {
        ValueClasses v = new ValueClasses(program);
        for (ClassInfo c : program.classes()) {
            if (v.candidate(c)) {
                v.candidates.add(c);
            }
        }
        if (v.candidates.isEmpty()) {
            return;
        }
        for (TypeVar g : program.globals().values()) {
            v.checkVar(g);
        }
        for (ClassInfo c : program.classes()) {
            c.ownAttributes().values().forEach(v::checkVar);
            c.ownClassAttributes().values().forEach(v::checkVar);
        }
        for (Specialization s : program.specializations()) {
            if (v.candidates.isEmpty()) {
                return;
            }
            v.checkSpecialization(s);
        }
        v.candidates.forEach(ClassInfo::markValueType);
    }

    private boolean candidate(ClassInfo c) {
        if (c.isBuiltin() || c.isException() || !c.bases().isEmpty() || c.isSiteCopy()
                || !c.def().bases().isEmpty() || !c.def().keywords().isEmpty() || !c.def().decoratorList().isEmpty()
                || !c.classAttributes().isEmpty()) {
            return false;
        }
        for (ClassInfo k : program.classes()) {
            if (k != c && (k.isSubclassOf(c) || k.isSiteCopy() && k.origin() == c)) {
                return false;
            }
        }
        for (Stmt s : c.def().body()) {
            if (s instanceof Stmt.FunctionDef f) {
                // a closure over self would capture a copy (in __init__, one taken before the fields are set)
                FunctionInfo m = c.methodFor(f);
                if (!f.decoratorList().isEmpty() || !allowedMethod(f.name()) || m == null || !m.cellVars().isEmpty()) {
                    return false;
                }
            } else if (!(s instanceof Stmt.Pass) && !(s instanceof Stmt.ExprStmt e && e.value() instanceof Expr.Constant)) {
                return false;
            }
        }
        for (TypeVar field : c.ownAttributes().values()) {
            CType t = CppTypes.ofVar(field);
            if (field.types().size() != 1 || !(t.equals(CType.I64) || t.equals(CType.DOUBLE) || t.equals(CType.BOOL))) {
                return false;
            }
        }
        return true;
    }

    private static boolean allowedMethod(String name) {
        if (!name.startsWith("__") || name.equals("__init__") || name.equals("__neg__") || name.equals("__pos__")) {
            return true;
        }
        for (Operator op : Operator.values()) {
            if (name.equals(SpecialMethods.binary(op))) {
                return true;
            }
        }
        return false;
    }

    /** A variable may hold an instance only alone, or in lists and tuples that hold nothing else beside it. */
    private void checkVar(TypeVar v) {
        if (v == null) {
            return;
        }
        candidates.removeIf(c -> mentions(v.types(), c, new LinkedHashSet<>()) && !(v.types().size() == 1 && shapeOk(v.single(), c)));
    }

    private void checkSpecialization(Specialization spec) {
        FunctionInfo fn = spec.function();
        for (TypeVar local : spec.locals().values()) {
            checkVar(local);
        }
        checkVar(spec.returnVar());
        for (PyType a : spec.argTypes()) {
            candidates.removeIf(c -> mentions(Set.of(a), c, new LinkedHashSet<>()) && !shapeOk(a, c));
        }
        Map<Node, Node> parents = new IdentityHashMap<>();
        List<Node> nodes = new ArrayList<>();
        for (Stmt root : fn.body()) {
            Nodes.walk(root, n -> {
                nodes.add(n);
                RecordShape shape = RecordShape.of(n.getClass());
                for (int i = 0; i < shape.size(); i++) {
                    Object value = shape.get(n, i);
                    if (value instanceof Node child) {
                        parents.put(child, n);
                    } else if (value instanceof List<?> list) {
                        for (Object item : list) {
                            if (item instanceof Node child) {
                                parents.put(child, n);
                            }
                        }
                    }
                }
                return true;
            });
        }
        for (Node n : nodes) {
            if (!(n instanceof Expr e)) {
                continue;
            }
            TypeVar tv = spec.typeOf(e);
            if (tv == null) {
                continue;
            }
            Set<PyType> types = tv.types();
            Node parent = parents.get(e);
            for (ClassInfo c : List.copyOf(candidates)) {
                boolean ok = true;
                if (types.contains(new PyType.ClassRef(c))) {
                    ok = parent instanceof Expr.Call call && call.func() == e;
                }
                if (ok && mentions(types, c, new LinkedHashSet<>())) {
                    if (types.size() != 1) {
                        ok = false;
                    } else if (types.contains(new PyType.InstanceType(c))) {
                        ok = instanceUse(spec, e, parent, parents, c);
                    } else {
                        ok = shapeOk(tv.single(), c) && containerUse(spec, e, parent, parents);
                    }
                }
                if (!ok) {
                    candidates.remove(c);
                }
            }
        }
    }

    private boolean instanceUse(Specialization spec, Expr e, Node parent, Map<Node, Node> parents, ClassInfo c) {
        if (assigned(e)) {
            return true;
        }
        if (parent instanceof Expr.Attribute a && a.value() == e) {
            if (a.ctx() == ExprContext.Load) {
                if (c.lookupMethod(a.attr()) != null) {
                    return parents.get(a) instanceof Expr.Call call && call.func() == a;
                }
                return c.hasAttribute(a.attr());
            }
            FunctionInfo fn = spec.function();
            // self.x = ... in the class's own __init__: the only writes, made before anyone sees the value
            return a.ctx() == ExprContext.Store && fn.ownerClass() == c && fn.name().equals("__init__")
                    && e instanceof Expr.Name n && !fn.params().isEmpty() && n.id().equals(fn.params().get(0));
        }
        if (parent instanceof Expr.BinOp b) {
            String method = SpecialMethods.binary(b.op());
            if (c.lookupMethod(method) == null) {
                return false;
            }
            if (b.left() == e) {
                return true;
            }
            TypeVar left = spec.typeOf(b.left());
            return left != null && left.types().equals(Set.of(new PyType.InstanceType(c)));
        }
        if (parent instanceof Expr.UnaryOp u) {
            String method = u.op() == UnaryOperator.USub ? "__neg__" : u.op() == UnaryOperator.UAdd ? "__pos__" : null;
            return method != null && c.lookupMethod(method) != null;
        }
        return commonUse(spec, e, parent, parents);
    }

    private boolean containerUse(Specialization spec, Expr e, Node parent, Map<Node, Node> parents) {
        if (assigned(e)) {
            return true;
        }
        if (parent instanceof Stmt.For f && f.iter() == e || parent instanceof krait.syntax.Comprehension k && k.iter() == e) {
            return true;
        }
        if (parent instanceof Expr.Subscript s && s.value() == e) {
            return true;
        }
        if (parent instanceof Expr.Attribute a && a.value() == e && a.ctx() == ExprContext.Load) {
            return LIST_METHODS.contains(a.attr()) && parents.get(a) instanceof Expr.Call call && call.func() == a;
        }
        if (parent instanceof Expr.Call call && call.func() instanceof Expr.Name f && f.id().equals("len")
                && call.args().size() == 1 && call.args().get(0) == e
                && targets(spec, call).stream().allMatch(t -> t instanceof CallTarget.Builtin)) {
            return true;
        }
        if (parent instanceof Expr.BinOp b) {
            return b.op() == Operator.Add || b.op() == Operator.Mult;
        }
        return commonUse(spec, e, parent, parents);
    }

    /** Uses that pass the value on unchanged: to a variable, a function of the program, a display, a return. */
    private boolean commonUse(Specialization spec, Expr e, Node parent, Map<Node, Node> parents) {
        if (parent instanceof Expr.Call call) {
            return call.func() != e && call.args().contains(e) && (userCall(spec, call) || listStore(spec, call));
        }
        if (parent instanceof Keyword k) {
            return k.arg() != null && parents.get(k) instanceof Expr.Call call && userCall(spec, call);
        }
        if (parent instanceof Stmt.Return || parent instanceof Stmt.ExprStmt) {
            return true;
        }
        if (parent instanceof Stmt.Assign a) {
            return a.value() == e;
        }
        if (parent instanceof Stmt.AnnAssign a) {
            return a.value() == e;
        }
        if (parent instanceof Expr.NamedExpr n) {
            return n.value() == e;
        }
        if (parent instanceof Expr.Tuple t) {
            return t.ctx() == ExprContext.Load;
        }
        if (parent instanceof Expr.List l) {
            return l.ctx() == ExprContext.Load;
        }
        if (parent instanceof Expr.IfExp i) {
            return i.test() != e;
        }
        if (parent instanceof Expr.ListComp l) {
            return l.elt() == e;
        }
        return false;
    }

    /** A target of an assignment, a for loop or an unpacking: a variable, not a use. */
    private static boolean assigned(Expr e) {
        return e instanceof Expr.Name n && n.ctx() == ExprContext.Store
                || e instanceof Expr.Tuple t && t.ctx() == ExprContext.Store
                || e instanceof Expr.List l && l.ctx() == ExprContext.Store;
    }

    /** {@code items.append(v)}, {@code items.insert(i, v)} on a list (of values, as its own uses are checked). */
    private static boolean listStore(Specialization spec, Expr.Call call) {
        if (!(call.func() instanceof Expr.Attribute a) || !(a.attr().equals("append") || a.attr().equals("insert"))) {
            return false;
        }
        TypeVar receiver = spec.typeOf(a.value());
        return receiver != null && receiver.types().size() == 1 && receiver.single() instanceof PyType.ListType;
    }

    private static boolean userCall(Specialization spec, Expr.Call call) {
        List<CallTarget> ts = targets(spec, call);
        return !ts.isEmpty() && ts.stream().allMatch(t -> t instanceof CallTarget.User || t instanceof CallTarget.Construct);
    }

    private static List<CallTarget> targets(Specialization spec, Expr.Call call) {
        return List.copyOf(spec.targetsOf(call).values());
    }

    /** Whether {@code t} holds instances of {@code c} only as itself or inside lists and tuples. */
    private static boolean shapeOk(PyType t, ClassInfo c) {
        if (t.equals(new PyType.InstanceType(c))) {
            return true;
        }
        if (!mentions(Set.of(t), c, new LinkedHashSet<>())) {
            return true;
        }
        if (t instanceof PyType.TupleType tuple) {
            return tuple.elements().stream().allMatch(x -> shapeOk(x, c));
        }
        AllocSite site = t instanceof PyType.ListType l ? l.site() : t instanceof PyType.VarTupleType v ? v.site() : null;
        return site != null && site.elements().types().size() == 1 && shapeOk(site.elements().single(), c);
    }

    private static boolean mentions(Set<PyType> types, ClassInfo c, Set<AllocSite> seen) {
        for (PyType t : types) {
            if (mentions(t, c, seen)) {
                return true;
            }
        }
        return false;
    }

    private static boolean mentions(PyType t, ClassInfo c, Set<AllocSite> seen) {
        if (t instanceof PyType.InstanceType i) {
            return i.cls() == c;
        }
        if (t instanceof PyType.TupleType tuple) {
            return mentions(new LinkedHashSet<>(tuple.elements()), c, seen);
        }
        if (t instanceof PyType.OptionalType o) {
            return mentions(o.value(), c, seen);
        }
        AllocSite site = t instanceof PyType.ListType l ? l.site() : t instanceof PyType.VarTupleType v ? v.site()
                : t instanceof PyType.DictType d ? d.site() : t instanceof PyType.SetType s ? s.site()
                : t instanceof PyType.IteratorType it ? it.site() : t instanceof PyType.ModelInstance m ? m.site() : null;
        if (site == null || !seen.add(site)) {
            return false;
        }
        return site.elements() != null && mentions(site.elements().types(), c, seen)
                || site.values() != null && mentions(site.values().types(), c, seen);
    }
}
