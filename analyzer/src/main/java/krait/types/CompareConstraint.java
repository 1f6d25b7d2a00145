package krait.types;

import java.util.LinkedHashMap;
import java.util.List;
import krait.diag.MessageId;
import krait.syntax.CmpOperator;
import krait.syntax.Expr;
import krait.syntax.Pos;

/**
 * Checks that each pair of operand types of one comparison can be compared; on instances it calls
 * the special method ({@code __eq__}, {@code __lt__}, its reflection, or {@code __contains__}),
 * recorded under the right operand's node.
 */
record CompareConstraint(InferenceContext cx, Specialization spec, Pos pos, CmpOperator op, TypeVar left,
                         TypeVar right, Expr rightNode) implements Constraint {
    @Override
    public void propagate(ConstraintSolver solver) {
        for (PyType l : List.copyOf(Representation.withoutAbsorbedTuples(left.types()))) {
            for (PyType r : List.copyOf(Representation.withoutAbsorbedTuples(right.types()))) {
                meet(solver, l, r);
                if (special(solver, l, r)) {
                    continue;
                }
                if (!OperatorTyping.comparable(op, l, r) && (l.equals(PyType.NONE) || r.equals(PyType.NONE))) {
                    // None beside an int: a TypeError when the program runs, if ever
                    cx.errorIfStill(() -> !(l.equals(PyType.NONE) ? Representation.isOptionalValue(left.types())
                                    : Representation.isOptionalValue(right.types())), pos,
                            MessageId.NOT_COMPARABLE, op.symbol, TypeNaming.name(l), TypeNaming.name(r));
                } else if (!OperatorTyping.comparable(op, l, r)) {
                    cx.error(pos, MessageId.NOT_COMPARABLE, op.symbol, TypeNaming.name(l), TypeNaming.name(r));
                }
            }
        }
    }

    /** Containers compared with each other, and an item tested for membership, meet the elements they are compared with. */
    private void meet(ConstraintSolver solver, PyType l, PyType r) {
        if (op == CmpOperator.In || op == CmpOperator.NotIn) {
            AllocSite site = r instanceof PyType.ListType lt ? lt.site() : r instanceof PyType.SetType st ? st.site()
                    : r instanceof PyType.DictType d ? d.site() : null;
            if (site != null) {
                solver.addMeeting(left, site.elements());
            }
            return;
        }
        AllocSite a = null;
        AllocSite b = null;
        if (l instanceof PyType.ListType x && r instanceof PyType.ListType y) {
            a = x.site();
            b = y.site();
        } else if (l instanceof PyType.SetType x && r instanceof PyType.SetType y) {
            a = x.site();
            b = y.site();
            if (op != CmpOperator.Eq && op != CmpOperator.NotEq && op != CmpOperator.Is && op != CmpOperator.IsNot) {
                AllocSite sa = a;
                AllocSite sb = b;
                cx.errorIfStill(() -> BinaryConstraint.mixedElements(sa, sb), pos, MessageId.UNSUPPORTED_CONSTRUCT,
                        "'" + op.symbol + "' between sets of different element types");
            }
        } else if (l instanceof PyType.DictType x && r instanceof PyType.DictType y) {
            a = x.site();
            b = y.site();
            solver.addMeeting(a.values(), b.values());
        }
        if (a != null) {
            solver.addMeeting(a.elements(), b.elements());
        }
    }

    private boolean special(ConstraintSolver solver, PyType l, PyType r) {
        String name = SpecialMethods.compare(op);
        if (name == null) {
            return false;
        }
        boolean contains = op == CmpOperator.In || op == CmpOperator.NotIn;
        PyType self = contains ? r : l;
        PyType other = contains ? l : r;
        if (contains && self instanceof PyType.ModelInstance m && ModelClassTyping.special(cx, m, name) != null) {
            return true; // the runtime's contains()
        }
        if (!contains && l instanceof PyType.ModelInstance ml && r instanceof PyType.ModelInstance mr
                && ml.cls().equals(mr.cls()) && ModelClassTyping.special(cx, ml, "__lt__") != null) {
            return true; // an ordered model class (datetime.date): the runtime's compare_()
        }
        FunctionInfo subclassFirst = contains ? null : SpecialMethods.subclassReflection(l, r, SpecialMethods.reflectedCompare(op));
        if (subclassFirst != null) {
            return call(subclassFirst, r, l, List.of(l, r));
        }
        if (self instanceof PyType.InstanceType i && i.cls().lookupMethod(name) != null) {
            return call(i.cls().lookupMethod(name), self, other, List.of(l, r));
        }
        if (contains && self instanceof PyType.InstanceType i && i.cls().lookupMethod("__iter__") != null) {
            // no __contains__: Python compares the items __iter__ gives, recorded under [object type]
            if (!spec.calls.getOrDefault(rightNode, java.util.Map.of()).containsKey(List.of(r))) {
                Specialization s = cx.specialize(i.cls().lookupMethod("__iter__"), List.of(r), pos);
                if (s != null) {
                    spec.calls.computeIfAbsent(rightNode, n -> new LinkedHashMap<>()).put(List.of(r), new CallTarget.User(s));
                    cx.callGraph.addEdge(spec, s);
                    TypeVar items = solver.newVar("items compared by 'in'", pos);
                    solver.subscribe(new IterationConstraint(cx, pos, s.returnVar(), items, spec, rightNode, true), s.returnVar());
                }
            }
            return true;
        }
        if (!contains && r instanceof PyType.InstanceType ri && ri.cls().lookupMethod(SpecialMethods.reflectedCompare(op)) != null) {
            return call(ri.cls().lookupMethod(SpecialMethods.reflectedCompare(op)), r, l, List.of(l, r));
        }
        // == and != fall back to identity on instances
        return (l instanceof PyType.InstanceType || r instanceof PyType.InstanceType)
                && (op == CmpOperator.Eq || op == CmpOperator.NotEq);
    }

    private boolean call(FunctionInfo m, PyType self, PyType other, List<PyType> key) {
        Specialization s = cx.specialize(m, List.of(self, other), pos);
        if (s != null) {
            spec.calls.computeIfAbsent(rightNode, n -> new LinkedHashMap<>()).put(key, new CallTarget.User(s));
            cx.callGraph.addEdge(spec, s);
        }
        return true;
    }
}
