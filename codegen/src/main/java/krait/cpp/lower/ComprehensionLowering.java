package krait.cpp.lower;

import java.util.ArrayList;
import java.util.List;
import krait.cpp.ir.CExpr;
import krait.cpp.ir.CStmt;
import krait.cpp.ir.CType;
import krait.syntax.Comprehension;
import krait.syntax.Expr;
import krait.types.PyType;
import krait.types.Specialization;
import krait.types.TypeVar;

/**
 * A comprehension as an expression block: a new container, the comprehension's own variables,
 * the nested loops and conditions, and one append (add, setitem) in the innermost.
 */
final class ComprehensionLowering {
    private final LoweringContext cx;
    private final Specialization spec;
    private final ExpressionLowering exprs;
    private final LoopLowering loops;

    ComprehensionLowering(LoweringContext cx, Specialization spec, ExpressionLowering exprs) {
        this.cx = cx;
        this.spec = spec;
        this.exprs = exprs;
        this.loops = new LoopLowering(cx, spec, exprs, new AssignmentLowering(cx, spec, exprs));
    }

    CExpr lower(Expr e) {
        PyType type = exprs.typeOf(e);
        CType cType = CppTypes.of(type);
        String result = cx.temp("result");
        CExpr r = new CExpr.VarRef(result);
        List<Comprehension> generators;
        CStmt add;
        if (e instanceof Expr.DictComp dc) {
            generators = dc.generators();
            PyType.DictType d = (PyType.DictType) type;
            add = new CStmt.ExprStmt(new CExpr.MemberCall(r, "setitem", List.of(
                    exprs.coerce(exprs.value(dc.key()), exprs.typeOf(dc.key()), CppTypes.representative(d.site().elements())),
                    exprs.coerce(exprs.value(dc.value()), exprs.typeOf(dc.value()), CppTypes.representative(d.site().values())))));
        } else {
            Expr elt = e instanceof Expr.ListComp lc ? lc.elt() : e instanceof Expr.SetComp sc ? sc.elt()
                    : ((Expr.GeneratorExp) e).elt();
            generators = e instanceof Expr.ListComp lc ? lc.generators() : e instanceof Expr.SetComp sc ? sc.generators()
                    : ((Expr.GeneratorExp) e).generators();
            PyType element = type instanceof PyType.SetType s ? CppTypes.representative(s.site().elements())
                    : CppTypes.representative(((PyType.ListType) type).site().elements());
            add = new CStmt.ExprStmt(new CExpr.MemberCall(r, type instanceof PyType.SetType ? "add" : "append",
                    List.of(exprs.coerce(exprs.value(elt), exprs.typeOf(elt), element))));
        }
        return new CExpr.Block(cType, loopNest(e, generators, new CStmt.VarDecl(cType, result,
                emptyContainer(type, cType)), add), r);
    }

    /**
     * {@code sum(x for ...)} of ints or floats: the total is added up inside the loops, without
     * building the list of items first (as CPython's sum consumes the generator one item at a time).
     */
    CExpr sum(Expr.GeneratorExp g, PyType number) {
        CType cType = CppTypes.of(number);
        String total = cx.temp("total");
        CExpr t = new CExpr.VarRef(total);
        CExpr item = exprs.coerce(exprs.value(g.elt()), exprs.typeOf(g.elt()), number);
        CExpr next = number.equals(PyType.INT) ? new CExpr.Call("krait::int_add", List.of(t, item))
                : new CExpr.Binary("+", t, item);
        CExpr zero = number.equals(PyType.INT) ? new CExpr.IntLit(0, true) : new CExpr.FloatLit("0.0");
        return new CExpr.Block(cType, loopNest(g, g.generators(), new CStmt.VarDecl(cType, total, zero),
                new CStmt.Assign(t, next)), t);
    }

    /**
     * {@code sep.join(x for ...)} of strs: a {@code krait::str_joiner} that the loops append each
     * item to. An item that is a chain of str {@code +} is appended operand by operand, left to
     * right as Python evaluates them, and an operand {@code s[i:j]} as that range of s's bytes, so
     * neither the item nor the slice becomes a str of its own.
     */
    CExpr join(CExpr sep, Expr.GeneratorExp g) {
        String joiner = cx.temp("join");
        CExpr j = new CExpr.VarRef(joiner);
        List<CStmt> step = new ArrayList<>();
        step.add(new CStmt.ExprStmt(new CExpr.MemberCall(j, "next", List.of())));
        List<Expr> parts = new ArrayList<>();
        exprs.strAddOperands(g.elt(), parts);
        if (parts.size() == 1 || parts.stream().anyMatch(exprs::isNeverOperand)) {
            step.add(new CStmt.ExprStmt(new CExpr.MemberCall(j, "add", List.of(exprs.value(g.elt())))));
        } else {
            for (Expr part : parts) {
                if (part instanceof Expr.Subscript s && s.slice() instanceof Expr.Slice sl && sl.step() == null
                        && exprs.typeOf(s.value()).equals(PyType.STR) && simpleBound(s.value()) && simpleBound(sl.lower())
                        && simpleBound(sl.upper())) {
                    // the string and bounds without calls: evaluating them in any order is evaluating them in order
                    step.add(new CStmt.ExprStmt(new CExpr.MemberCall(j, "add_slice_part", List.of(
                            exprs.value(s.value()), exprs.sliceBound(sl.lower()), exprs.sliceBound(sl.upper())))));
                } else {
                    step.add(new CStmt.ExprStmt(new CExpr.MemberCall(j, "add_part", List.of(exprs.value(part)))));
                }
            }
        }
        return new CExpr.Block(CType.STR, loopNest(g, g.generators(),
                new CStmt.VarDecl(new CType.Named("krait::str_joiner"), joiner, sep), new CStmt.Block(step)),
                new CExpr.MemberCall(j, "finish", List.of()));
    }

    private boolean simpleBound(/* nullable */ Expr b) {
        return b == null || !ExpressionLowering.containsCall(b) && !exprs.isNeverOperand(b);
    }

    /** The declaration of the result, the comprehension's variables, and the loops around {@code step}. */
    private List<CStmt> loopNest(Expr e, List<Comprehension> generators, CStmt result, CStmt step) {
        List<CStmt> body = new ArrayList<>();
        body.add(result);
        // Python evaluates the first iterable in the enclosing scope: when it reads a name the
        // comprehension binds (`[y * 2 for y in y]`), its value is taken before the C++
        // declarations of the comprehension's variables hide the outer ones
        Expr first = generators.get(0).iter();
        CExpr hoisted = null;
        if (readsAny(first, spec.comprehensionVars(e).keySet())) {
            String tmp = cx.temp("iterable");
            body.add(new CStmt.VarDecl(exprs.cppTypeOf(first), tmp, exprs.value(first)));
            hoisted = new CExpr.VarRef(tmp);
        }
        List<CStmt> inner = List.of(step);
        for (int i = generators.size() - 1; i >= 0; i--) {
            Comprehension g = generators.get(i);
            for (int k = g.ifs().size() - 1; k >= 0; k--) {
                inner = List.of(new CStmt.If(exprs.condition(g.ifs().get(k)), inner, List.of()));
            }
            inner = List.of(loops.loop(g.target(), g.iter(), i == 0 ? hoisted : null, g.target(), inner));
        }
        for (var v : spec.comprehensionVars(e).entrySet()) {
            TypeVar var = v.getValue();
            body.add(new CStmt.VarDecl(CppTypes.ofVar(var), Names.of(v.getKey()), null));
        }
        body.addAll(inner);
        return body;
    }

    private static boolean readsAny(Expr e, java.util.Set<String> names) {
        boolean[] found = {false};
        krait.syntax.Nodes.walk(e, n -> {
            if (n instanceof Expr.Name name && names.contains(name.id())) {
                found[0] = true;
            }
            return !found[0];
        });
        return found[0];
    }

    static CExpr emptyContainer(PyType type, CType cType) {
        CType.Instance inst = (CType.Instance) cType.pointee();
        if (type instanceof PyType.DictType) {
            return new CExpr.NewDict(inst.args().get(0), inst.args().get(1), List.of(), List.of());
        }
        if (type instanceof PyType.SetType) {
            return new CExpr.NewSet(inst.args().get(0), List.of(), false);
        }
        return new CExpr.NewList(inst.args().get(0), List.of());
    }
}
