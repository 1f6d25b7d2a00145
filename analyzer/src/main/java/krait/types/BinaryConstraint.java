package krait.types;

import java.util.List;
import krait.diag.MessageId;
import krait.syntax.Node;
import krait.syntax.Operator;

/**
 * A binary operator's result type for each pair of operand types. {@code list + list} and
 * {@code list * n} make a new list at this node, holding the operands' elements.
 */
record BinaryConstraint(InferenceContext cx, Specialization spec, Node node, Operator op, TypeVar left, TypeVar right,
                        TypeVar result) implements Constraint {
    @Override
    public void propagate(ConstraintSolver solver) {
        var pos = ConstraintGenerator.posOf(node);
        for (PyType l : operandTypes(left)) {
            for (PyType r : operandTypes(right)) {
                if (l instanceof PyType.InstanceType || r instanceof PyType.InstanceType) {
                    specialMethod(solver, l, r, pos);
                    continue;
                }
                if (l instanceof PyType.ModelInstance m && inPlaceModelOperator(solver, m, r)) {
                    continue;
                }
                if (l instanceof PyType.ModelInstance m && m.cls().methods().containsKey(SpecialMethods.binary(op))) {
                    modelOperator(solver, m, r, pos);
                    continue;
                }
                PyType t = OperatorTyping.isFloatPower(node, op, l, r) ? PyType.FLOAT : OperatorTyping.binary(op, l, r);
                if (t == null && op == Operator.Mult && (r.equals(PyType.FLOAT) && Representation.isNumber(right.types())
                        || l.equals(PyType.FLOAT) && Representation.isNumber(left.types()))) {
                    // "ab" * n of a number: typed as for an int, the lowering checks that n holds one
                    t = OperatorTyping.binary(op, l.equals(PyType.FLOAT) ? PyType.INT : l, r.equals(PyType.FLOAT) ? PyType.INT : r);
                }
                if (op == Operator.Mult && (l instanceof PyType.TupleType && OperatorTyping.isInt(r)
                        || OperatorTyping.isInt(l) && r instanceof PyType.TupleType)) {
                    t = repeatTuple((PyType.TupleType) (l instanceof PyType.TupleType ? l : r));
                }
                if (t instanceof PyType.TupleType grown && grown.elements().size() > MAX_REPEATED) {
                    // t = t + (x, "a") in a loop, items of several types: ever longer fixed tuples
                    cx.error(pos, MessageId.UNSUPPORTED_CONSTRUCT, "a tuple of more than " + MAX_REPEATED
                            + " items of different types built by '" + op.symbol + "'");
                    continue;
                }
                if (t == null && (l.equals(PyType.NONE) || r.equals(PyType.NONE))) {
                    // None beside an int: a TypeError when the program runs, if ever
                    cx.errorIfStill(() -> !(l.equals(PyType.NONE) ? Representation.isOptionalValue(left.types())
                                    : Representation.isOptionalValue(right.types())), pos,
                            MessageId.BAD_OPERAND_TYPES, op.symbol, TypeNaming.name(l), TypeNaming.name(r));
                    continue;
                }
                if (t == OperatorTyping.NEW_SET) {
                    AllocSite site = spec.sites.computeIfAbsent(node, n -> cx.siteFor(n, pos, "set", spec));
                    solver.addFlow(((PyType.SetType) l).site().elements(), site.elements());
                    AllocSite ls = ((PyType.SetType) l).site();
                    AllocSite rs = ((PyType.SetType) r).site();
                    solver.addMeeting(ls.elements(), rs.elements());
                    if (op == Operator.Sub || op == Operator.BitAnd) {
                        // the result holds the left operand's elements, the right one's are only
                        // looked up: {1} & {1.0} would need the lookup of one C++ type in the other
                        cx.errorIfStill(() -> mixedElements(ls, rs), pos, MessageId.UNSUPPORTED_CONSTRUCT,
                                "'" + op.symbol + "' between sets of different element types");
                    }
                    if (op != Operator.Sub && op != Operator.BitAnd) {
                        solver.addFlow(((PyType.SetType) r).site().elements(), site.elements());
                    }
                    solver.addType(result, new PyType.SetType(site), pos);
                    continue;
                }
                if (t == OperatorTyping.NEW_VAR_TUPLE) {
                    AllocSite site = spec.sites.computeIfAbsent(node, n -> cx.siteFor(n, pos, "tuple", spec));
                    for (PyType operand : List.of(l, r)) {
                        if (operand instanceof PyType.VarTupleType vt) {
                            solver.addFlow(vt.site().elements(), site.elements());
                        } else if (operand instanceof PyType.TupleType tu) {
                            tu.elements().forEach(e -> solver.addType(site.elements(), e, pos));
                        }
                    }
                    solver.addType(result, new PyType.VarTupleType(site), pos);
                    continue;
                }
                if (t == null && op == Operator.Mod && PyType.isBytesLike(l)) {
                    cx.error(pos, MessageId.UNSUPPORTED_CONSTRUCT, "'%' formatting of " + TypeNaming.name(l));
                } else if (t == null) {
                    cx.error(pos, MessageId.BAD_OPERAND_TYPES, op.symbol, TypeNaming.name(l), TypeNaming.name(r));
                } else if (t == OperatorTyping.NEW_LIST) {
                    AllocSite site = spec.sites.computeIfAbsent(node, n -> cx.siteFor(n, pos, "list", spec));
                    for (PyType operand : List.of(l, r)) {
                        if (operand instanceof PyType.ListType lt) {
                            solver.addFlow(lt.site().elements(), site.elements());
                        }
                    }
                    solver.addType(result, new PyType.ListType(site), pos);
                } else {
                    solver.addType(result, t, pos);
                }
            }
        }
    }

    /**
     * The operand's types, without the fixed tuples a variable-length tuple beside them absorbs
     * (they are converted to it where they meet): {@code t = t + (x,)} in a loop would otherwise
     * make ever longer fixed tuples.
     */
    private static List<PyType> operandTypes(TypeVar operand) {
        return List.copyOf(Representation.withoutAbsorbedTuples(operand.types()));
    }

    /** Whether the two sets' elements have different representations (str and int; int and float). */
    static boolean mixedElements(AllocSite a, AllocSite b) {
        java.util.Set<PyType> both = new java.util.LinkedHashSet<>(a.elements().types());
        both.addAll(b.elements().types());
        if (Representation.isNumber(both) && !(Representation.isNumber(a.elements().types())
                && Representation.isNumber(b.elements().types()))) {
            return true; // ints beside floats are one number, but a set of ints is still no set of numbers
        }
        return Representation.distinct(both).size()
                > Math.max(Representation.distinct(a.elements().types()).size(), Representation.distinct(b.elements().types()).size());
    }

    /**
     * {@code tup * n}: with n an int literal, the tuple of its positions n times over; otherwise a
     * tuple of run-time length (the positions join its elements).
     */
    private PyType repeatTuple(PyType.TupleType tu) {
        Integer n = repeatCount(node);
        if (n != null && (long) n * tu.elements().size() <= MAX_REPEATED) {
            List<PyType> all = new java.util.ArrayList<>();
            for (int k = 0; k < n; k++) {
                all.addAll(tu.elements());
            }
            return new PyType.TupleType(List.copyOf(all));
        }
        return OperatorTyping.NEW_VAR_TUPLE;
    }

    private static final int MAX_REPEATED = 64;

    /** The repeat count of {@code tup * n} or {@code n * tup} when it is a non-negative int literal. */
    static Integer repeatCount(Node node) {
        if (node instanceof krait.syntax.Expr.BinOp b) {
            for (krait.syntax.Expr side : List.of(b.left(), b.right())) {
                if (side instanceof krait.syntax.Expr.Constant) {
                    return krait.syntax.Nodes.smallIntLiteral(side);
                }
            }
        }
        return null;
    }

    /** {@code a + b} on instances: {@code a.__add__(b)}, else {@code b.__radd__(a)}; {@code +=} tries {@code __iadd__} first. */
    private void specialMethod(ConstraintSolver solver, PyType l, PyType r, krait.syntax.Pos pos) {
        String name = SpecialMethods.binary(op);
        java.util.List<String> tried = new java.util.ArrayList<>();
        if (node instanceof krait.syntax.Stmt.AugAssign) {
            tried.add("__i" + name.substring(2));
        }
        tried.add(name);
        String reflected = "__r" + name.substring(2);
        FunctionInfo subclassFirst = SpecialMethods.subclassReflection(l, r, reflected);
        if (subclassFirst != null && !(node instanceof krait.syntax.Stmt.AugAssign
                && l instanceof PyType.InstanceType li && li.cls().lookupMethod(tried.get(0)) != null)) {
            call(solver, subclassFirst, r, l, java.util.List.of(l, r), pos);
            return;
        }
        for (String m : tried) {
            if (l instanceof PyType.InstanceType li && li.cls().lookupMethod(m) != null) {
                call(solver, li.cls().lookupMethod(m), l, r, java.util.List.of(l, r), pos);
                return;
            }
        }
        if (r instanceof PyType.InstanceType ri && ri.cls().lookupMethod(reflected) != null) {
            call(solver, ri.cls().lookupMethod(reflected), r, l, java.util.List.of(l, r), pos);
            return;
        }
        cx.error(pos, MessageId.BAD_OPERAND_TYPES, op.symbol, TypeNaming.name(l), TypeNaming.name(r));
    }

    /**
     * {@code a += b} on a model class instance whose model declares {@code __iadd__} (array.array):
     * the object itself changes, so the result is the left operand's own type, not a new one.
     */
    private boolean inPlaceModelOperator(ConstraintSolver solver, PyType.ModelInstance m, PyType r) {
        ModelSignature sig = SpecialMethods.inPlaceOverload(node, op, m, r);
        if (sig == null) {
            return false;
        }
        solver.addType(result, m, ConstraintGenerator.posOf(node));
        return true;
    }

    private void modelOperator(ConstraintSolver solver, PyType.ModelInstance m, PyType r, krait.syntax.Pos pos) {
        for (ModelSignature sig : m.cls().methods().get(SpecialMethods.binary(op)).overloads()) {
            if (sig.positional().size() == 1 && sig.positional().get(0).type().accepts(r, false)) {
                java.util.Map<String, TypeVar> vars = new java.util.HashMap<>();
                List<TypeVar> slots = List.of(m.site().elements(), m.site().values());
                for (int i = 0; i < m.cls().typeParams().size() && i < slots.size(); i++) {
                    vars.put(m.cls().typeParams().get(i), slots.get(i));
                }
                TypeVar made = new ModelInstantiation(cx, solver, node, spec, vars, pos).instantiate(sig.returns(), "return");
                if (sig.returns() instanceof TypePattern.SetOf && sig.positional().get(0).type() instanceof TypePattern.IterableOf
                        && op != Operator.Sub) {
                    // a set made of both operands (keys view | other): other's items are in it too
                    for (PyType t : made.types()) {
                        if (t instanceof PyType.SetType st) {
                            flowItems(solver, r, st.site().elements(), pos);
                        }
                    }
                }
                solver.addFlow(made, result);
                return;
            }
        }
        cx.error(pos, MessageId.BAD_OPERAND_TYPES, op.symbol, TypeNaming.name(m), TypeNaming.name(r));
    }

    /** What iterating {@code t} yields flows into {@code into}. */
    private void flowItems(ConstraintSolver solver, PyType t, TypeVar into, krait.syntax.Pos pos) {
        if (t instanceof PyType.ModelInstance m && ModelClassTyping.special(cx, m, "__iter__") != null) {
            solver.addFlow(ModelClassTyping.special(cx, m, "__iter__").resultVar(cx, solver, pos), into);
        } else if (t instanceof PyType.TupleType tu) {
            tu.elements().forEach(e -> solver.addType(into, e, pos));
        } else if (t.equals(PyType.STR)) {
            solver.addType(into, PyType.STR, pos);
        } else if (t instanceof PyType.RangeType || PyType.isBytesLike(t)) {
            solver.addType(into, PyType.INT, pos);
        } else if (t instanceof PyType.GeneratorType g) {
            solver.addFlow(g.spec().yieldVar(), into);
        } else if (ConstraintSolver.siteOf(t) != null) {
            solver.addFlow(ConstraintSolver.siteOf(t).elements(), into);
        }
    }

    private void call(ConstraintSolver solver, FunctionInfo m, PyType self, PyType other, java.util.List<PyType> key,
                      krait.syntax.Pos pos) {
        Specialization s = cx.specialize(m, java.util.List.of(self, other), pos);
        if (s == null) {
            return;
        }
        spec.calls.computeIfAbsent(node, n -> new java.util.LinkedHashMap<>()).put(key, new CallTarget.User(s));
        cx.callGraph.addEdge(spec, s);
        solver.addFlow(s.returnVar(), result);
    }
}
