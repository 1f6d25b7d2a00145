package krait.cpp.lower;

import java.util.ArrayList;
import java.util.List;
import krait.cpp.ir.CExpr;
import krait.cpp.ir.CStmt;
import krait.cpp.ir.CType;
import krait.syntax.ConstValue;
import krait.syntax.Expr;
import krait.syntax.Node;
import krait.types.CallTarget;
import krait.types.PyType;
import krait.types.Specialization;

/**
 * {@code for target in iterable} (statements and comprehensions): a counted loop over
 * {@code range(...)}, a range-for over containers and strings; the item is stored into the
 * target, which may unpack it.
 */
final class LoopLowering {
    private final LoweringContext cx;
    private final Specialization spec;
    private final ExpressionLowering exprs;
    private final AssignmentLowering assignments;

    LoopLowering(LoweringContext cx, Specialization spec, ExpressionLowering exprs, AssignmentLowering assignments) {
        this.cx = cx;
        this.spec = spec;
        this.exprs = exprs;
        this.assignments = assignments;
    }

    /** The loop; {@code elementKey} is the node the analysis recorded the item type under. */
    CStmt loop(Expr target, Expr iter, Node elementKey, List<CStmt> body) {
        return loop(target, iter, null, elementKey, body);
    }

    /**
     * {@code hoisted}, when not null, is {@code iter}'s value already evaluated into a temporary
     * (a comprehension's first iterable, which reads names before the comprehension binds them):
     * the loop walks that value, and the forms that look into {@code iter}'s syntax to loop
     * without building it (ranges, enumerate, dict views, split, tuple displays) are not used.
     */
    CStmt loop(Expr target, Expr iter, /* nullable */ CExpr hoisted, Node elementKey, List<CStmt> body) {
        PyType iterType = exprs.typeOf(iter);
        if (hoisted == null && iterType.equals(PyType.RANGE) && iter instanceof Expr.Call call && isRangeCall(call)) {
            List<CExpr> args = call.args().stream().map(exprs::value).toList();
            CExpr start = args.size() == 1 ? new CExpr.IntLit(0) : args.get(0);
            CExpr stop = args.size() == 1 ? args.get(0) : args.get(1);
            CExpr step = args.size() == 3 && !isOne(call.args().get(2)) ? args.get(2) : null;
            if (target instanceof Expr.Name n) {
                return new CStmt.ForRange(cx.temp("i"), exprs.variable(n.id()), start, stop, step, body);
            }
        }
        if (iterType instanceof PyType.TupleType empty && empty.elements().isEmpty()) {
            // over an empty tuple (f(*args) called with none): the body never runs, and its
            // variables may have no type at all
            return new CStmt.ExprStmt(exprs.value(iter));
        }
        PyType element = CppTypes.representative(spec.typeOf(elementKey));
        if (element == null) {
            element = PyType.INT;
        }
        CType elementType = CppTypes.ofVar(spec.typeOf(elementKey));
        if (hoisted == null && iter instanceof Expr.Call call && isBuiltin(call, "krait::enumerate_of")
                && call.keywords().isEmpty()
                && target instanceof Expr.Tuple pair && pair.elts().size() == 2) {
            return enumerateLoop(call, pair, element, body);
        }
        CExpr iterable = hoisted != null ? hoisted : exprs.value(iter);
        boolean view = false;
        if (hoisted == null && iter instanceof Expr.Call call && call.func() instanceof Expr.Attribute a
                && call.args().isEmpty()
                && (exprs.typeOf(a.value()) instanceof PyType.DictType
                    || exprs.typeOf(a.value()) instanceof PyType.ModelInstance m && "dict".equals(m.cls().base())
                    && !m.cls().methods().containsKey(a.attr()))
                && (a.attr().equals("items") || a.attr().equals("keys") || a.attr().equals("values"))) {
            // d.items() and friends: walk the dict in place instead of copying it into a list
            iterable = new CExpr.MemberCall(exprs.value(a.value()), "iter_" + a.attr(), List.of());
            view = true;
        }
        if (iter instanceof Expr.Call call && call.func() instanceof Expr.Attribute a && a.attr().equals("split")
                && PyType.STR.equals(exprs.typeOf(a.value())) && call.keywords().isEmpty()
                && call.args().stream().noneMatch(x -> x instanceof Expr.Starred)
                && iterable instanceof CExpr.MemberCall split && split.method().equals("split")
                && split.args().size() == 2) {
            // for w in s.split(sep): the pieces one at a time, without the list
            iterable = new CExpr.MemberCall(split.receiver(), "iter_split", split.args());
            view = true;
        }
        if (iter instanceof Expr.Call call && call.func() instanceof Expr.Attribute a && a.attr().equals("splitlines")
                && PyType.STR.equals(exprs.typeOf(a.value())) && call.keywords().isEmpty()
                && call.args().stream().noneMatch(x -> x instanceof Expr.Starred)
                && iterable instanceof CExpr.MemberCall lines && lines.method().equals("splitlines")
                && lines.args().size() == 1) {
            // for line in s.splitlines(): each line made when the loop gets to it, without the list
            iterable = new CExpr.Call("krait::iter_splitlines", List.of(lines.receiver(), lines.args().get(0)));
            view = true;
        }
        if (iterType instanceof PyType.TupleType tu) {
            // the items of a tuple, as a list of their common type
            List<CExpr> items = new ArrayList<>();
            if (hoisted == null && iter instanceof Expr.Tuple display) {
                for (Expr e : display.elts()) {
                    items.add(exprs.coerce(exprs.value(e), exprs.typeOf(e), element));
                }
            } else {
                // the tuple is evaluated once (it may come from a call), then its items taken
                String tmp = iterable instanceof CExpr.VarRef ? null : cx.temp("tuple");
                CExpr source = tmp == null ? iterable : new CExpr.VarRef(tmp);
                for (int i = 0; i < tu.elements().size(); i++) {
                    items.add(new CExpr.TupleGet(source, i));
                }
                if (tmp != null) {
                    iterable = new CExpr.Block(CType.listOf(elementType),
                            List.of(new CStmt.VarDecl(CppTypes.of(iterType), tmp, iterable)),
                            new CExpr.NewList(elementType, items));
                    iterType = PyType.INT; // marker: now a list pointer
                    items = null;
                }
            }
            if (items != null && !items.isEmpty()) {
                // for x in (a, b, c): the items on the stack (make_graph's `for dx, dy in ((1, 0),
                // (0, 1), (1, 1))` made a list per cell); nothing else can see them, so they are
                // iterated by value, as a view is
                iterable = new CExpr.InitList(elementType, items);
                view = true;
            } else if (items != null) {
                iterable = new CExpr.NewList(elementType, items);
            }
            iterType = PyType.INT; // marker: now a list pointer
        } else if (iterType instanceof PyType.InstanceType) {
            var iterMethod = spec.targetsOf(iter).get(List.of(iterType));
            if (iterMethod instanceof CallTarget.User u) {
                iterable = new CExpr.Call(cx.functionName(u.callee()), List.of(iterable));
                iterType = CppTypes.representative(u.callee().returnVar());
            }
            if (iterType instanceof PyType.InstanceType
                    && spec.targetsOf(iter).get(List.of(iterType, iterType)) instanceof CallTarget.User next) {
                return nextProtocolLoop(target, iterable, iterType, next.callee(), element, elementType, body);
            }
        }
        CExpr fused = fusedCombinatoric(iterable);
        if (fused != null) {
            iterable = fused;
        }
        boolean pointer = !view && fused == null && (iterType.equals(PyType.INT) || CppTypes.of(iterType).isPointer());
        String item = cx.temp("item");
        if (target instanceof Expr.Name n) {
            return new CStmt.ForEach(elementType, item, exprs.variable(n.id()), iterable, pointer, body);
        }
        // unpacking target: store the item, then the body
        List<CStmt> inner = new ArrayList<>();
        assignments.store(target, new CExpr.VarRef(item), element, inner);
        inner.addAll(body);
        String var = cx.temp("element");
        List<CStmt> withDecl = new ArrayList<>();
        withDecl.add(new CStmt.VarDecl(elementType, var, null));
        withDecl.add(new CStmt.ForEach(elementType, item, new CExpr.VarRef(var), iterable, pointer, inner));
        return new CStmt.Block(withDecl);
    }

    private static final String ITERTOOLS_ITER = "krait::itertools::iter<";
    private static final List<String> COMBINATORIC = List.of(
            "product_of", "product_repeat", "permutations_r", "permutations_all", "combinations_of", "combinations_wr_of");

    /**
     * {@code for t in permutations(xs, 2)} and the other combinatoric iterators made in the loop's
     * header: the loop is the only user of the iterator, so it steps it by value, inline
     * ({@code krait::itertools::permutations_r_loop<E>}), instead of through a virtual call per
     * item; null for any other iterable.
     */
    private static CExpr fusedCombinatoric(CExpr iterable) {
        if (!(iterable instanceof CExpr.Call c) || !c.function().startsWith(ITERTOOLS_ITER)) {
            return null;
        }
        for (String method : COMBINATORIC) {
            String suffix = ">::" + method;
            if (c.function().endsWith(suffix)) {
                String element = c.function().substring(ITERTOOLS_ITER.length(), c.function().length() - suffix.length());
                return new CExpr.Call("krait::itertools::" + method + "_loop<" + element + ">", c.args());
            }
        }
        return null;
    }

    /**
     * An object with {@code __iter__} passed where the runtime expects an iterable: what its
     * {@code __iter__} returns when that is a generator, else a generator calling {@code __next__}.
     * {@code key} is the argument node the analysis recorded the calls under.
     */
    CExpr objectIterator(Node key, CExpr object, PyType objectType) {
        CallTarget iterMethod = spec.targetsOf(key).get(List.of(objectType));
        if (!(iterMethod instanceof CallTarget.User u)) {
            throw new IllegalStateException("no __iter__ recorded for " + objectType);
        }
        CType wantedSelf = CppTypes.of(u.callee().argTypes().get(0));
        CExpr iterable = new CExpr.Call(cx.functionName(u.callee()), List.of(
                wantedSelf.equals(CppTypes.of(objectType)) ? object : new CExpr.Cast(wantedSelf, object)));
        PyType iterType = CppTypes.representative(u.callee().returnVar());
        if (!(iterType instanceof PyType.InstanceType)) {
            return iterable;
        }
        if (!(spec.targetsOf(key).get(List.of(iterType, iterType)) instanceof CallTarget.User next)) {
            throw new IllegalStateException("no __next__ recorded for " + iterType);
        }
        PyType element = CppTypes.representative(next.callee().returnVar());
        CType elementType = CppTypes.ofVar(next.callee().returnVar());
        String item = cx.temp("item");
        CStmt loop = nextProtocolLoop(null, iterable, iterType, next.callee(), element, elementType,
                List.of(new CStmt.ExprStmt(new CExpr.MemberCall(new CExpr.VarRef("krait_yield"), "yield",
                        List.of(new CExpr.VarRef(item))))), item);
        return new CExpr.Generator(elementType, null, krait.cpp.ir.CppLiterals.stringLiteral("iterator"), List.of(loop));
    }

    /**
     * A loop over an iterator object: {@code __next__} until it raises StopIteration (only its
     * call is guarded, so a StopIteration from the body propagates as in Python).
     */
    private CStmt nextProtocolLoop(Expr target, CExpr iterator, PyType iteratorType, Specialization next, PyType element,
                                   CType elementType, List<CStmt> body) {
        return nextProtocolLoop(target, iterator, iteratorType, next, element, elementType, body, cx.temp("item"));
    }

    /** {@code target} null: the body reads the item from the variable {@code item}. */
    private CStmt nextProtocolLoop(Expr target, CExpr iterator, PyType iteratorType, Specialization next, PyType element,
                                   CType elementType, List<CStmt> body, String item) {
        String it = cx.temp("iterator");
        String ex = cx.temp("exception");
        CType wanted = CppTypes.of(next.argTypes().get(0));
        CType held = CppTypes.of(iteratorType);
        CExpr self = held.equals(wanted) ? new CExpr.VarRef(it) : new CExpr.Cast(wanted, new CExpr.VarRef(it));
        CExpr value = exprs.coerce(new CExpr.Call(cx.functionName(next), List.of(self)),
                CppTypes.representative(next.returnVar()), element);
        CExpr stop = new CExpr.Binary("!=", new CExpr.Cast(new CType.Named("krait::StopIteration*"), new CExpr.VarRef(ex),
                "dynamic"), CExpr.NULL);
        List<CStmt> loopBody = new ArrayList<>();
        loopBody.add(new CStmt.VarDecl(elementType, item, null));
        loopBody.add(new CStmt.TryCatch(List.of(new CStmt.Assign(new CExpr.VarRef(item), value)), ex,
                List.of(new CStmt.If(stop, List.of(new CStmt.Break()), List.of(new CStmt.Throw(null))))));
        if (target != null) {
            assignments.store(target, new CExpr.VarRef(item), element, loopBody);
        }
        loopBody.addAll(body);
        return new CStmt.Block(List.of(new CStmt.VarDecl(held, it, iterator),
                new CStmt.While(new CExpr.BoolLit(true), loopBody)));
    }

    /**
     * {@code for i, x in enumerate(xs, start)}: a counter beside a plain loop over {@code xs},
     * with no list of pairs made.
     */
    private CStmt enumerateLoop(Expr.Call call, Expr.Tuple pair, PyType pairType, List<CStmt> body) {
        Expr xs = call.args().get(0);
        PyType xsType = exprs.typeOf(xs);
        PyType itemType = pairType instanceof PyType.TupleType tu ? tu.elements().get(1) : PyType.INT;
        CType itemCType = elementCType(xsType, itemType);
        String counter = cx.temp("index");
        String item = cx.temp("item");
        List<CStmt> inner = new ArrayList<>();
        CExpr start = call.args().size() > 1 ? exprs.value(call.args().get(1)) : new CExpr.IntLit(0);
        assignments.store(pair.elts().get(0), new CExpr.VarRef(counter), PyType.INT, inner);
        // From a small non-negative start, one step per item cannot reach 2**63 (that many
        // iterations would take centuries), so the counter needs no overflow check.
        boolean smallStart = start instanceof CExpr.IntLit lit && lit.value() >= 0 && lit.value() <= (1L << 62);
        CExpr next = smallStart ? new CExpr.Binary("+", new CExpr.VarRef(counter), new CExpr.IntLit(1))
                : new CExpr.Call("krait::int_add", List.of(new CExpr.VarRef(counter), new CExpr.IntLit(1)));
        inner.add(new CStmt.Assign(new CExpr.VarRef(counter), next));
        assignments.store(pair.elts().get(1), new CExpr.VarRef(item), itemType, inner);
        inner.addAll(body);
        String var = cx.temp("element");
        List<CStmt> scope = new ArrayList<>();
        scope.add(new CStmt.VarDecl(CType.I64, counter, start));
        scope.add(new CStmt.VarDecl(itemCType, var, null));
        boolean pointer = CppTypes.of(xsType).isPointer();
        CExpr items = exprs.value(xs);
        if (xsType instanceof PyType.InstanceType) {
            items = objectIterator(xs, items, xsType); // enumerate(obj): what iterating obj yields
            pointer = true;
        }
        scope.add(new CStmt.ForEach(itemCType, item, new CExpr.VarRef(var), items, pointer, inner));
        return new CStmt.Block(scope);
    }

    /** The type parameter slot a model class instance's iteration yields; -1 when it yields some other shape. */
    private static int iterSlot(PyType.ModelInstance m) {
        var iter = m.cls().methods().get("__iter__");
        if (iter == null) {
            return 0; // a class based on a builtin container iterates its first parameter
        }
        krait.types.TypePattern r = iter.overloads().get(0).returns();
        krait.types.TypePattern e = r instanceof krait.types.TypePattern.IteratorOf it ? it.element()
                : r instanceof krait.types.TypePattern.IterableOf it ? it.element() : r;
        return e instanceof krait.types.TypePattern.Param p ? m.cls().slotOf(p.name()) : -1;
    }

    /** The C++ type of the items a loop over a value of type {@code t} sees. */
    private static CType elementCType(PyType t, PyType fallback) {
        CType c = CppTypes.of(t);
        if (t instanceof PyType.ModelInstance m) {
            // the slot its __iter__ yields (a values view yields its second), else what the analysis found
            int slot = iterSlot(m);
            return slot >= 0 && c.pointee() instanceof CType.Instance inst && slot < inst.args().size()
                    ? inst.args().get(slot) : CppTypes.of(fallback);
        }
        if (c.pointee() instanceof CType.Instance inst && !inst.args().isEmpty()
                && (t instanceof PyType.ListType || t instanceof PyType.SetType || t instanceof PyType.DictType
                || t instanceof PyType.GeneratorType || t instanceof PyType.ModelInstance
                || t instanceof PyType.IteratorType)) {
            return inst.args().get(0);
        }
        if (t.equals(PyType.STR)) {
            return CType.STR;
        }
        return t.equals(PyType.RANGE) ? CType.I64 : CppTypes.of(fallback);
    }

    private boolean isBuiltin(Expr.Call call, String cppName) {
        var targets = spec.targetsOf(call).values();
        // range(*t) and enumerate(*t) go through the general call, which expands the tuple
        return !targets.isEmpty() && call.args().stream().noneMatch(a -> a instanceof Expr.Starred)
                && targets.stream().allMatch(t -> t instanceof CallTarget.Builtin b
                && b.signature().cppName().equals(cppName));
    }

    private boolean isRangeCall(Expr.Call call) {
        return isBuiltin(call, "krait::range") && call.keywords().isEmpty() && !call.args().isEmpty();
    }


    private static boolean isOne(Expr e) {
        return e instanceof Expr.Constant c && c.value() instanceof ConstValue.IntValue i
                && i.value().equals(java.math.BigInteger.ONE);
    }
}
