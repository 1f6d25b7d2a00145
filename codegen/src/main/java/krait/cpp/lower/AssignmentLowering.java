package krait.cpp.lower;

import java.util.ArrayList;
import java.util.List;
import krait.cpp.ir.CExpr;
import krait.cpp.ir.CStmt;
import krait.cpp.ir.CType;
import krait.syntax.Expr;
import krait.types.CallTarget;
import krait.types.ClassInfo;
import krait.types.PyType;
import krait.types.Specialization;

/**
 * {@code target = value} for every kind of target: a name, an item, an attribute (a field, a class
 * attribute or a property setter), and tuples of targets (unpacking, nested).
 */
final class AssignmentLowering {
    private final LoweringContext cx;
    private final Specialization spec;
    private final ExpressionLowering exprs;

    AssignmentLowering(LoweringContext cx, Specialization spec, ExpressionLowering exprs) {
        this.cx = cx;
        this.spec = spec;
        this.exprs = exprs;
    }

    private static boolean isPlaceholder(PyType t) {
        return t instanceof PyType.FunctionRef f && CppTypes.capturesNothing(f) || t instanceof PyType.BuiltinRef
                || t instanceof PyType.ClassRef || t instanceof PyType.ModuleRef;
    }

    /** Statements storing {@code value} (of type {@code valueType}) into {@code target}. */
    void store(Expr target, CExpr value, PyType valueType, List<CStmt> out) {
        if (target instanceof Expr.Name n) {
            PyType varType = exprs.typeOf(target);
            if (!spec.function().isLocal(n.id()) && !spec.function().captures().contains(n.id())
                    && (varType instanceof PyType.ClassRef || varType instanceof PyType.BuiltinRef
                    || varType instanceof PyType.ModuleRef
                    || varType instanceof PyType.FunctionRef f && CppTypes.capturesNothing(f))) {
                // a module variable naming a function or class (g = f, from m import f) is known
                // statically and has no C++ variable: only the value's side effects remain
                if (value != CExpr.NONE) {
                    out.add(new CStmt.ExprStmt(value));
                }
                return;
            }
            if (spec.function().isLocal(n.id()) && !spec.function().cellVars().contains(n.id())
                    && spec.locals().get(n.id()) != null && isPlaceholder(CppTypes.representative(spec.locals().get(n.id())))) {
                // a local naming a lambda or function that captures nothing (sq = lambda x: x * x) has
                // no C++ variable either (see FunctionLowering): calls through it go to the function
                if (value != CExpr.NONE) {
                    out.add(new CStmt.ExprStmt(value));
                }
                return;
            }
            if (varType instanceof PyType.ListType && varType.equals(valueType) && value instanceof CExpr.MemberCall m
                    && m.method().equals("slice") && m.args().size() == 3 && cx.scratchLists(spec.function()).contains(n.id())) {
                // the variable's old list is garbage now (ScratchLists): the slice reuses its buffer
                CExpr variable = exprs.variable(n.id());
                List<CExpr> args = new ArrayList<>();
                args.add(variable);
                args.addAll(m.args());
                out.add(new CStmt.Assign(variable, new CExpr.MemberCall(m.receiver(), "slice_into", args)));
                return;
            }
            out.add(new CStmt.Assign(exprs.variable(n.id()), exprs.coerce(value, valueType, varType)));
        } else if (target instanceof Expr.Subscript sub) {
            PyType container = exprs.typeOf(sub.value());
            if (sub.slice() instanceof Expr.Slice sl) {
                List<CExpr> args = new ArrayList<>();
                for (Expr b : java.util.Arrays.asList(sl.lower(), sl.upper(), sl.step())) {
                    args.add(exprs.sliceBound(b));
                }
                CExpr receiver = exprs.value(sub.value());
                if (container instanceof PyType.ListType && container.equals(valueType)
                        && value instanceof CExpr.MemberCall m && m.method().equals("slice") && m.args().size() == 3
                        && pure(receiver) && pure(m.receiver()) && args.stream().allMatch(AssignmentLowering::pure)
                        && m.args().stream().allMatch(AssignmentLowering::pure)) {
                    // l[a:b] = m[c:d:e] without the intermediate list; evaluating the operands in
                    // another order is unobservable because none has a side effect
                    args.add(m.receiver());
                    args.addAll(m.args());
                    out.add(new CStmt.ExprStmt(new CExpr.MemberCall(receiver, "setslice_from", args)));
                    return;
                }
                CExpr items = value;
                if (!(valueType instanceof PyType.ListType) && !container.equals(PyType.BYTEARRAY)) {
                    items = new CExpr.Call("krait::list_of", List.of(value)); // any iterable: its items as a list
                }
                args.add(items);
                out.add(new CStmt.ExprStmt(new CExpr.MemberCall(receiver, "setslice", args)));
                return;
            }
            if (container instanceof PyType.InstanceType) {
                var t = spec.targetsOf(sub).get(List.of(container, exprs.typeOf(sub.slice()), valueType));
                if (t instanceof CallTarget.User u) {
                    CType self = CppTypes.of(u.callee().argTypes().get(0));
                    CExpr obj = exprs.value(sub.value());
                    out.add(new CStmt.ExprStmt(new CExpr.Call(cx.functionName(u.callee()), List.of(
                            CppTypes.ofVar(spec.typeOf(sub.value())).equals(self) ? obj : new CExpr.Cast(self, obj),
                            exprs.value(sub.slice()), value))));
                    return;
                }
            }
            PyType element = elementType(container, true);
            exprs.noteNumberIndex(sub);
            out.add(new CStmt.ExprStmt(new CExpr.MemberCall(exprs.value(sub.value()), "setitem",
                    List.of(exprs.value(sub.slice()), exprs.coerce(value, valueType, element)))));
        } else if (target instanceof Expr.Attribute a) {
            storeAttribute(a, value, valueType, out);
        } else if (target instanceof Expr.Tuple || target instanceof Expr.List) {
            unpack(target, value, valueType, out);
        } else {
            throw cx.unsupported(target.pos(), "this assignment target");
        }
    }

    /**
     * Whether evaluating {@code e} has no side effect (it may still raise, as {@code int_add} does
     * on overflow): variables, fields of such, literals and integer arithmetic on such.
     */
    private static boolean pure(CExpr e) {
        if (e instanceof CExpr.VarRef || e instanceof CExpr.IntLit) {
            return true;
        }
        if (e instanceof CExpr.Constant c) {
            return c.name().equals("std::nullopt");
        }
        if (e instanceof CExpr.FieldRef f) {
            return pure(f.object());
        }
        if (e instanceof CExpr.Unary u) {
            return u.op().equals("-") && pure(u.operand());
        }
        if (e instanceof CExpr.Binary b) {
            return java.util.Set.of("+", "-", "*").contains(b.op()) && pure(b.left()) && pure(b.right());
        }
        if (e instanceof CExpr.Call c) {
            return java.util.Set.of("krait::int_add", "krait::int_sub", "krait::int_mul", "krait::int_neg")
                    .contains(c.function()) && c.args().stream().allMatch(AssignmentLowering::pure);
        }
        return false;
    }

    private void storeAttribute(Expr.Attribute a, CExpr value, PyType valueType, List<CStmt> out) {
        PyType objectType = exprs.typeOf(a.value());
        var setters = spec.targetsOf(a);
        if (!setters.isEmpty()) {
            CallTarget.User setter = (CallTarget.User) setters.entrySet().stream()
                    .filter(e -> e.getKey().size() == 2).findFirst().orElseThrow().getValue();
            CType self = CppTypes.of(setter.callee().argTypes().get(0));
            CExpr obj = exprs.value(a.value());
            CType held = CppTypes.ofVar(spec.typeOf(a.value()));
            out.add(new CStmt.ExprStmt(new CExpr.Call(cx.functionName(setter.callee()), List.of(
                    held.equals(self) ? obj : new CExpr.Cast(self, obj), value))));
            return;
        }
        if (objectType instanceof PyType.ClassRef c) {
            ClassInfo owner = c.cls().classAttributeOwner(a.attr());
            out.add(new CStmt.Assign(new CExpr.StaticFieldRef(CppTypes.classType(owner == null ? c.cls() : owner).pointee(),
                    Names.of(a.attr())), value));
            return;
        }
        PyType slot = exprs.typeOf(a);
        if (objectType instanceof PyType.InstanceType i && i.cls().hasAttribute(a.attr())
                && CppTypes.representative(i.cls().attributeOwner(a.attr()).ownAttributes().get(a.attr()))
                instanceof PyType.CallableType c) {
            slot = c; // the attribute holds several functions over the run: a function object
        }
        out.add(new CStmt.Assign(exprs.lowerAttribute(a), exprs.coerce(value, valueType, slot)));
    }

    /** {@code a, (b, c) = value}: the value once in a temporary, then each part. */
    private void unpack(Expr target, CExpr value, PyType valueType, List<CStmt> out) {
        List<Expr> elts = target instanceof Expr.Tuple t ? t.elts() : ((Expr.List) target).elts();
        int starred = -1;
        for (int i = 0; i < elts.size(); i++) {
            if (elts.get(i) instanceof Expr.Starred) {
                starred = i;
            }
        }
        PyType listElement = null;
        Specialization view = exprs.tupleView(target, valueType);
        if (view != null) {
            // a namedtuple: the tuple of its fields, unpacked as a tuple
            value = exprs.tupleViewCall(view, value, valueType);
            valueType = ExpressionLowering.tupleViewType(view);
        }
        if (valueType instanceof PyType.ModelInstance m && CppTypes.iterElement(m) != null) {
            // a dict view, a deque...: its items as a list, unpacked as one
            value = new CExpr.Call("krait::list_of", List.of(value));
            listElement = CppTypes.iterElement(m);
        }
        if (starred < 0 && value instanceof CExpr.NewTuple nt && nt.items().size() == elts.size()
                && valueType instanceof PyType.TupleType tu && nt.type() instanceof CType.Instance tt
                && tt.args().size() == elts.size()) {
            // a, b = b, a: each item in a temporary of its own rather than a tuple of them, which
            // the C++ compiler keeps in registers (a tuple of tuples went through the stack)
            List<CStmt> inner = new ArrayList<>();
            List<String> temps = new ArrayList<>();
            for (int i = 0; i < elts.size(); i++) {
                String tmp = cx.temp("unpacked");
                temps.add(tmp);
                inner.add(new CStmt.VarDecl(tt.args().get(i), tmp, nt.items().get(i)));
            }
            for (int i = 0; i < elts.size(); i++) {
                store(elts.get(i), new CExpr.VarRef(temps.get(i)), tu.elements().get(i), inner);
            }
            out.add(new CStmt.Block(inner));
            return;
        }
        if (valueType instanceof PyType.InstanceType || valueType instanceof PyType.DictType || valueType instanceof PyType.SetType
                || valueType instanceof PyType.GeneratorType || valueType instanceof PyType.IteratorType) {
            // x, y = point (its __iter__), a, b = {k: v}, first, *rest = gen(): what iterating it yields, as a list
            CExpr iterable = valueType instanceof PyType.InstanceType
                    ? new LoopLowering(cx, spec, exprs, this).objectIterator(target, value, valueType) : value;
            value = new CExpr.Call("krait::list_of", List.of(iterable));
            listElement = CppTypes.representative(spec.unpackedItems(target));
        } else if (PyType.isBytesLike(valueType)) {
            // x, y = b"xy": the byte values, as a list
            value = new CExpr.Call("krait::list_of", List.of(value));
            listElement = PyType.INT;
        }
        String tmp = cx.temp("unpacked");
        List<CStmt> inner = new ArrayList<>();
        // auto: the value's own C++ type (a tuple of a common base class, say), not a representative's
        inner.add(new CStmt.VarDecl(new CType.Named("auto"), tmp, value));
        CExpr source = new CExpr.VarRef(tmp);
        if (valueType instanceof PyType.RangeType) {
            if (starred >= 0) {
                throw cx.unsupported(target.pos(), "a starred target when unpacking a range");
            }
            // IDLE, BUSY, DONE = range(3): the range's values, counted first like a list's
            inner.add(new CStmt.ExprStmt(new CExpr.Call("krait::check_unpack",
                    List.of(new CExpr.Call("krait::range_len", List.of(source)), new CExpr.IntLit(elts.size(), true)))));
            for (int i = 0; i < elts.size(); i++) {
                store(elts.get(i), new CExpr.Call("krait::range_item", List.of(source, new CExpr.IntLit(i))), PyType.INT, inner);
            }
        } else if (starred >= 0) {
            unpackStarred(elts, starred, source, valueType, listElement, inner);
        } else if (valueType instanceof PyType.TupleType tu) {
            for (int i = 0; i < elts.size(); i++) {
                store(elts.get(i), new CExpr.TupleGet(source, i), tu.elements().get(i), inner);
            }
        } else if (valueType instanceof PyType.ListType || valueType.equals(PyType.STR)
                || valueType instanceof PyType.VarTupleType || listElement != null) {
            inner.add(new CStmt.ExprStmt(new CExpr.Call("krait::check_unpack",
                    List.of(new CExpr.Call("krait::len", List.of(source)), new CExpr.IntLit(elts.size(), true)))));
            PyType element = listElement != null ? listElement : elementType(valueType, false);
            for (int i = 0; i < elts.size(); i++) {
                store(elts.get(i), new CExpr.MemberCall(source, "getitem", List.of(new CExpr.IntLit(i))), element, inner);
            }
        } else {
            throw cx.unsupported(target.pos(), "unpacking this value");
        }
        out.add(new CStmt.Block(inner));
    }

    /** {@code a, *rest, z = value}: the fixed targets from both ends, the starred one a list of the middle. */
    private void unpackStarred(List<Expr> elts, int starred, CExpr source, PyType valueType,
                               /* nullable: the items of a list made of a model object */ PyType listElement,
                               List<CStmt> out) {
        int after = elts.size() - starred - 1;
        Expr restTarget = ((Expr.Starred) elts.get(starred)).value();
        PyType restType = exprs.typeOf(restTarget);
        if (valueType instanceof PyType.TupleType tu) {
            int n = tu.elements().size();
            List<CExpr> middle = new ArrayList<>();
            for (int k = starred; k < n - after; k++) {
                middle.add(new CExpr.TupleGet(source, k));
            }
            for (int i = 0; i < elts.size(); i++) {
                if (i == starred) {
                    CType list = CppTypes.of(restType);
                    store(restTarget, new CExpr.NewList(((CType.Instance) list.pointee()).args().get(0), middle), restType, out);
                } else {
                    int k = i > starred ? n - (elts.size() - i) : i;
                    store(elts.get(i), new CExpr.TupleGet(source, k), tu.elements().get(k), out);
                }
            }
            return;
        }
        out.add(new CStmt.ExprStmt(new CExpr.Call("krait::check_unpack_at_least", List.of(
                new CExpr.Call("krait::len", List.of(source)), new CExpr.IntLit(elts.size() - 1, true)))));
        PyType element = listElement != null ? listElement : elementType(valueType, false);
        for (int i = 0; i < elts.size(); i++) {
            if (i == starred) {
                CExpr slice = new CExpr.MemberCall(source, "slice", List.of(new CExpr.IntLit(starred, true),
                        after == 0 ? new CExpr.Constant("std::nullopt") : new CExpr.IntLit(-after, true)));
                if (valueType.equals(PyType.STR)) {
                    slice = new CExpr.Call("krait::list_of", List.of(slice));
                } else if (valueType instanceof PyType.VarTupleType) {
                    slice = new CExpr.MemberCall(slice, "items", List.of()); // a new list of the middle
                }
                store(restTarget, slice, restType, out);
            } else {
                long index = i < starred ? i : -(elts.size() - i);
                store(elts.get(i), new CExpr.MemberCall(source, "getitem", List.of(new CExpr.IntLit(index))), element, out);
            }
        }
    }

    /** The type of an item of {@code container} (a dict's value when {@code store} or reading by key). */
    static PyType elementType(PyType container, boolean values) {
        if (container instanceof PyType.ListType l) {
            return orInt(CppTypes.representative(l.site().elements()));
        }
        if (container instanceof PyType.DictType d) {
            return orInt(CppTypes.representative(d.site().values()));
        }
        if (container instanceof PyType.VarTupleType vt) {
            return orInt(CppTypes.representative(vt.site().elements()));
        }
        if (container instanceof PyType.SetType s) {
            return orInt(CppTypes.representative(s.site().elements()));
        }
        if (container instanceof PyType.ModelInstance m) {
            var getitem = m.cls().methods().get("__getitem__");
            if (getitem != null && getitem.overloads().get(0).returns() instanceof krait.types.TypePattern.Concrete c) {
                return c.type(); // a Counter's counts
            }
            if (m.itemVar() != null) {
                return orInt(CppTypes.representative(m.itemVar()));
            }
        }
        if (PyType.isBytesLike(container)) {
            return PyType.INT; // ba[i] ^= 0x20
        }
        return PyType.STR;
    }

    private static PyType orInt(PyType t) {
        return t == null ? PyType.INT : t;
    }
}
