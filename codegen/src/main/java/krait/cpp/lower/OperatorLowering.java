package krait.cpp.lower;

import java.util.List;
import krait.cpp.ir.CExpr;
import krait.cpp.ir.CType;
import krait.syntax.CmpOperator;
import krait.syntax.Operator;
import krait.types.OperatorTyping;
import krait.types.PyType;

/**
 * Python operators on typed operands, as C++: native operators where C++ and Python agree
 * (float {@code +}, comparisons of numbers), the runtime's checked or floored functions where they
 * don't (int overflow, {@code //}, {@code %}, {@code **}, division by zero).
 */
final class OperatorLowering {
    OperatorLowering() {
    }

    CExpr binary(Operator op, CExpr l, PyType lt, CExpr r, PyType rt) {
        if (op == Operator.Mult && (lt instanceof PyType.NumberType) != (rt instanceof PyType.NumberType)
                && !isNumberOperand(lt instanceof PyType.NumberType ? rt : lt)) {
            // a sequence repeated a number of times: CPython's TypeError if it holds a float
            boolean left = lt instanceof PyType.NumberType;
            CExpr n = new CExpr.Call("krait::num_as_repeat_count", List.of(left ? l : r));
            return left ? binary(op, n, PyType.INT, r, rt) : binary(op, l, lt, n, PyType.INT);
        }
        if ((lt.equals(PyType.COMPLEX) || rt.equals(PyType.COMPLEX))
                && OperatorTyping.isComplexOperand(lt) && OperatorTyping.isComplexOperand(rt)) {
            String fn = switch (op) {
                case Add -> "krait::complex_add";
                case Sub -> "krait::complex_sub";
                case Mult -> "krait::complex_mul";
                case Div -> "krait::complex_div";
                case Pow -> "krait::complex_pow";
                default -> throw new IllegalStateException("complex operator " + op);
            };
            return call(fn, toComplex(l, lt), toComplex(r, rt));
        }
        if ((lt instanceof PyType.NumberType || rt instanceof PyType.NumberType) && isNumberOperand(lt) && isNumberOperand(rt)) {
            return numberBinary(op, l, r);
        }
        if (OperatorTyping.isInt(lt) && OperatorTyping.isInt(rt)) {
            return intBinary(op, l, lt, r, rt);
        }
        if (OperatorTyping.isNumber(lt) && OperatorTyping.isNumber(rt)) {
            return floatBinary(op, toDouble(l, lt), toDouble(r, rt));
        }
        if (lt.equals(PyType.STR) && rt.equals(PyType.STR) && op == Operator.Add) {
            // a + b + c of plain operands: one str_add of all the parts, one allocation
            List<CExpr> parts = new java.util.ArrayList<>();
            for (CExpr side : List.of(l, r)) {
                if (side instanceof CExpr.Call c && (c.function().equals("krait::str_add")
                        || c.function().equals("krait::str_concat"))
                        && c.args().stream().allMatch(a -> a instanceof CExpr.VarRef || a instanceof CExpr.Constant)) {
                    parts.addAll(c.args());
                } else {
                    parts.add(side);
                }
            }
            return new CExpr.Call(parts.size() == 2 ? "krait::str_concat" : "krait::str_add", parts);
        }
        if (op == Operator.Mult && lt.equals(PyType.STR)) {
            return call("krait::str_repeat", l, r);
        }
        if (op == Operator.Mult && rt.equals(PyType.STR)) {
            return call("krait::str_repeat", r, l);
        }
        if (op == Operator.Add && (lt instanceof PyType.VarTupleType || rt instanceof PyType.VarTupleType)) {
            // a fixed operand converts to the variable one's type
            CType var = CppTypes.of(lt instanceof PyType.VarTupleType ? lt : rt);
            CExpr a = lt instanceof PyType.VarTupleType ? l : new CExpr.Call(CppTypes.spelled(var), List.of(l));
            CExpr b = rt instanceof PyType.VarTupleType ? r : new CExpr.Call(CppTypes.spelled(var), List.of(r));
            return new CExpr.MemberCall(a, "concat", List.of(b));
        }
        if (op == Operator.Mult && lt instanceof PyType.VarTupleType) {
            return new CExpr.MemberCall(l, "repeat", List.of(r));
        }
        if (op == Operator.Mult && rt instanceof PyType.VarTupleType) {
            return new CExpr.MemberCall(r, "repeat", List.of(l));
        }
        if (PyType.isBytesLike(lt) && op == Operator.Add) {
            return new CExpr.MemberCall(l, "concat", List.of(r));
        }
        if (PyType.isBytesLike(lt) && op == Operator.Mult) {
            return new CExpr.MemberCall(l, "repeat", List.of(r));
        }
        if (PyType.isBytesLike(rt) && op == Operator.Mult) {
            return new CExpr.MemberCall(r, "repeat", List.of(l));
        }
        if (op == Operator.Add && lt instanceof PyType.TupleType) {
            return call("std::tuple_cat", l, r);
        }
        if (op == Operator.Mult && (lt instanceof PyType.TupleType || rt instanceof PyType.TupleType)) {
            boolean left = lt instanceof PyType.TupleType;
            PyType.TupleType tu = (PyType.TupleType) (left ? lt : rt);
            CExpr tup = left ? l : r;
            CExpr n = left ? r : l;
            if (n instanceof CExpr.IntLit k && k.value() >= 0 && k.value() * tu.elements().size() <= 64) {
                // as the analysis typed it: the positions k times over
                return new CExpr.Call("krait::tuple_repeat<" + k.value() + ">", List.of(tup));
            }
            CType var = CppTypes.varTupleOf(CppTypes.ofSet(new java.util.LinkedHashSet<>(tu.elements())));
            return new CExpr.MemberCall(new CExpr.Call(CppTypes.spelled(var), List.of(tup)), "repeat", List.of(n));
        }
        if (lt instanceof PyType.SetType) {
            String method = switch (op) {
                case BitOr -> "union_";
                case BitAnd -> "intersection";
                case Sub -> "difference";
                case BitXor -> "symmetric_difference";
                default -> throw new IllegalStateException("set operator " + op);
            };
            return new CExpr.MemberCall(l, method, List.of(r));
        }
        if (op == Operator.Mod && lt.equals(PyType.STR)) {
            return percent(l, r, rt);
        }
        if (op == Operator.Add && lt instanceof PyType.ListType) {
            return new CExpr.MemberCall(l, "concat", List.of(r));
        }
        if (op == Operator.Mult && lt instanceof PyType.ListType) {
            return new CExpr.MemberCall(l, "repeat", List.of(r));
        }
        if (op == Operator.Mult && rt instanceof PyType.ListType) {
            return new CExpr.MemberCall(r, "repeat", List.of(l));
        }
        if (lt instanceof PyType.ModelInstance m && m.cls().methods().containsKey(krait.types.SpecialMethods.binary(op))) {
            // the model's special method (Counter + Counter): the analysis chose the overload taking rt
            for (krait.types.ModelSignature sig : m.cls().methods().get(krait.types.SpecialMethods.binary(op)).overloads()) {
                if (sig.positional().size() == 1 && sig.positional().get(0).type().accepts(rt, false)) {
                    return sig.isMember() ? new CExpr.MemberCall(l, sig.cppName(), List.of(r))
                            : new CExpr.Call(sig.cppName(), List.of(l, r));
                }
            }
        }
        throw new IllegalStateException("no lowering for " + lt + " " + op + " " + rt);
    }

    /** {@code fmt % args}: a tuple's items are the arguments, any other value is one. */
    private static CExpr percent(CExpr fmt, CExpr args, PyType argsType) {
        List<CExpr> all = new java.util.ArrayList<>();
        all.add(fmt);
        if (argsType instanceof PyType.TupleType tu) {
            if (args instanceof CExpr.NewTuple nt) {
                all.addAll(nt.items());
            } else if (args instanceof CExpr.VarRef) {
                for (int i = 0; i < tu.elements().size(); i++) {
                    all.add(new CExpr.TupleGet(args, i));
                }
            } else {
                // a call or other expression: evaluated once, its items spread at run time
                return new CExpr.Call("krait::str_percent_tuple", List.of(fmt, args));
            }
        } else if (argsType instanceof PyType.DictType) {
            return new CExpr.Call("krait::str_percent_map", List.of(fmt, args)); // %(name)s fields
        } else {
            all.add(args);
        }
        return new CExpr.Call("krait::str_percent", all);
    }

    private CExpr intBinary(Operator op, CExpr l, PyType lt, CExpr r, PyType rt) {
        boolean bothBool = lt.equals(PyType.BOOL) && rt.equals(PyType.BOOL);
        switch (op) {
            case BitAnd:
            case BitOr:
            case BitXor:
                CExpr native_ = new CExpr.Binary(op.symbol, l, r);
                return new CExpr.Cast(bothBool ? CType.BOOL : CType.I64, native_);
            default:
                break;
        }
        CExpr a = lt.equals(PyType.BOOL) ? new CExpr.Cast(CType.I64, l) : l;
        CExpr b = rt.equals(PyType.BOOL) ? new CExpr.Cast(CType.I64, r) : r;
        String fn = switch (op) {
            case Add -> "krait::int_add";
            case Sub -> "krait::int_sub";
            case Mult -> "krait::int_mul";
            case FloorDiv -> "krait::int_floordiv";
            case Mod -> "krait::int_mod";
            case Pow -> "krait::int_pow";
            case Div -> "krait::int_truediv";
            case LShift -> "krait::int_lshift";
            case RShift -> "krait::int_rshift";
            default -> throw new IllegalStateException("int operator " + op);
        };
        return call(fn, a, b);
    }

    /** An int, bool, float or number: what an operation with a number operand may take. */
    static boolean isNumberOperand(PyType t) {
        return t instanceof PyType.NumberType || OperatorTyping.isNumber(t);
    }

    /**
     * An operation with a number operand: int semantics when both hold ints at run time, float
     * semantics otherwise (number.h); the result is a float where the analysis says so.
     */
    private CExpr numberBinary(Operator op, CExpr l, CExpr r) {
        String fn = switch (op) {
            case Add -> "krait::num_add";
            case Sub -> "krait::num_sub";
            case Mult -> "krait::num_mul";
            case FloorDiv -> "krait::num_floordiv";
            case Mod -> "krait::num_mod";
            case Pow -> "krait::num_pow";
            case Div -> "krait::num_truediv";
            default -> throw new IllegalStateException("number operator " + op);
        };
        return call(fn, l, r);
    }

    private CExpr floatBinary(Operator op, CExpr l, CExpr r) {
        return switch (op) {
            case Add, Sub, Mult -> new CExpr.Binary(op.symbol, l, r);
            case Div -> call("krait::float_div", l, r);
            case FloorDiv -> call("krait::float_floordiv", l, r);
            case Mod -> call("krait::float_mod", l, r);
            case Pow -> call("krait::float_pow", l, r);
            default -> throw new IllegalStateException("float operator " + op);
        };
    }

    private static CExpr toComplex(CExpr e, PyType t) {
        return t.equals(PyType.COMPLEX) ? e : new CExpr.Call("krait::to_complex", List.of(e));
    }

    private static CExpr toDouble(CExpr e, PyType t) {
        return t.equals(PyType.FLOAT) ? e : new CExpr.Cast(CType.DOUBLE, e);
    }

    CExpr compare(CmpOperator op, CExpr l, PyType lt, CExpr r, PyType rt) {
        switch (op) {
            case In:
                return contains(l, lt, r, rt);
            case NotIn:
                return new CExpr.Unary("!", contains(l, lt, r, rt));
            case Is:
            case IsNot: {
                CExpr same = identity(l, lt, r, rt);
                return op == CmpOperator.Is ? same : new CExpr.Unary("!", same);
            }
            default:
                break;
        }
        if (op == CmpOperator.Eq || op == CmpOperator.NotEq) {
            CExpr same = exceptionClassIdentity(l, lt, r, rt);
            if (same != null) {
                return op == CmpOperator.Eq ? same : new CExpr.Unary("!", same);
            }
        }
        if ((lt instanceof PyType.NumberType || rt instanceof PyType.NumberType) && isNumberOperand(lt) && isNumberOperand(rt)) {
            return call(runtimeComparison(op), l, r);
        }
        if (OperatorTyping.isNumber(lt) && OperatorTyping.isNumber(rt)) {
            if (lt.equals(PyType.FLOAT) != rt.equals(PyType.FLOAT)) {
                return new CExpr.Binary(op.symbol, toDouble(l, lt), toDouble(r, rt));
            }
            return new CExpr.Binary(op.symbol, l, r);
        }
        if (op == CmpOperator.Eq || op == CmpOperator.NotEq) {
            // a model's __eq__ (a keys view equals a set with its keys); == is symmetric, so either side's
            CExpr eq = lt instanceof PyType.ModelInstance ml ? modelEq(ml, l, rt, r) : null;
            if (eq == null && rt instanceof PyType.ModelInstance mr) {
                eq = modelEq(mr, r, lt, l);
            }
            if (eq != null) {
                return op == CmpOperator.Eq ? eq : new CExpr.Unary("!", eq);
            }
        }
        if ((op == CmpOperator.Eq || op == CmpOperator.NotEq) && !sameKind(lt, rt)) {
            // Python's == between unrelated types is False (None == None aside)
            boolean equal = lt.equals(PyType.NONE) && rt.equals(PyType.NONE);
            return new CExpr.BoolLit(op == CmpOperator.Eq ? equal : !equal);
        }
        return call(runtimeComparison(op), l, r);
    }

    /** The runtime's generic comparison function for {@code op} (ops.h: numbers of either kind, containers, objects). */
    private static String runtimeComparison(CmpOperator op) {
        switch (op) {
            case Eq: return "krait::py_eq";
            case NotEq: return "krait::py_ne";
            case Lt: return "krait::py_lt";
            case LtE: return "krait::py_le";
            case Gt: return "krait::py_gt";
            case GtE: return "krait::py_ge";
            default: throw new IllegalStateException("no runtime comparison for " + op);
        }
    }

    /** {@code self == other} through the model's {@code __eq__} of {@code self}'s class; null if it has none for {@code otherType}. */
    private static CExpr modelEq(PyType.ModelInstance self, CExpr selfValue, PyType otherType, CExpr other) {
        var eq = self.cls().methods().get("__eq__");
        if (eq == null) {
            return null;
        }
        for (krait.types.ModelSignature sig : eq.overloads()) {
            if (sig.positional().size() == 1 && sig.positional().get(0).type().accepts(otherType, false)) {
                return sig.isMember() ? new CExpr.MemberCall(selfValue, sig.cppName(), List.of(other))
                        : new CExpr.Call(sig.cppName(), List.of(selfValue, other));
            }
        }
        return null;
    }

    private static boolean sameKind(PyType a, PyType b) {
        if (a instanceof PyType.ModelInstance ma && b instanceof PyType.ModelInstance mb
                && java.util.Objects.equals(ma.cls().module(), mb.cls().module())
                && ma.cls().methods().containsKey("__eq__") && mb.cls().methods().containsKey("__eq__")) {
            return true; // model classes whose models declare __eq__ compare with their module's others (array.array)
        }
        if (OperatorTyping.isComplexOperand(a) && OperatorTyping.isComplexOperand(b)
                || PyType.isBytesLike(a) && PyType.isBytesLike(b)) {
            return true;
        }
        if (a instanceof PyType.ListType && b instanceof PyType.ListType || a instanceof PyType.DictType && b instanceof PyType.DictType
                || a instanceof PyType.SetType && b instanceof PyType.SetType) {
            return true; // containers made in different places compare by their contents
        }
        // containers from different allocation sites are still comparable; a defaultdict equals a dict
        // (whose keys are one C++ type: the runtime looks one's keys up in the other)
        if (isDictLike(a) && isDictLike(b) || a instanceof PyType.SetType && b instanceof PyType.SetType
                || a instanceof PyType.ModelInstance ma && b instanceof PyType.ModelInstance mb && ma.cls().equals(mb.cls())) {
            return CppTypes.ofSet(site(a).elements().types()).equals(CppTypes.ofSet(site(b).elements().types()));
        }
        if (a instanceof PyType.TupleType && b instanceof PyType.TupleType) {
            return true; // position by position ((1, 2) == (1.0, 2)); tuples of different lengths are unequal
        }
        if ((a instanceof PyType.VarTupleType || b instanceof PyType.VarTupleType)
                && (a instanceof PyType.TupleType || a instanceof PyType.VarTupleType)
                && (b instanceof PyType.TupleType || b instanceof PyType.VarTupleType)) {
            return true; // tuples compare by contents, whatever their lengths
        }
        if (a.equals(PyType.NONE) || b.equals(PyType.NONE)) {
            // a nullable reference may be None
            return a.equals(b) || CppTypes.of(a.equals(PyType.NONE) ? b : a).isPointer();
        }
        return a.equals(b);
    }

    private static krait.types.AllocSite site(PyType t) {
        return t instanceof PyType.DictType d ? d.site() : t instanceof PyType.SetType st ? st.site()
                : ((PyType.ModelInstance) t).site();
    }

    private static boolean isDictLike(PyType t) {
        return t instanceof PyType.DictType || t instanceof PyType.ModelInstance m && "dict".equals(m.cls().base());
    }

    private CExpr contains(CExpr item, PyType itemType, CExpr container, PyType containerType) {
        if (containerType.equals(PyType.STR)) {
            return call("krait::str_contains", container, item);
        }
        if (containerType instanceof PyType.TupleType) {
            return call("krait::tuple_contains", container, item);
        }
        if (containerType.equals(PyType.RANGE)) {
            return call("krait::range_contains", container, item);
        }
        if (containerType instanceof PyType.GeneratorType || containerType instanceof PyType.IteratorType) {
            return call("krait::iter_contains", container, item); // consumes items up to the equal one, as in Python
        }
        if (neverHoldsAnything(containerType) && !CppTypes.of(itemType).equals(elementType(containerType))) {
            // a container nothing is ever stored in (the default `skip=frozenset()`): its C++
            // element type is a placeholder that need not match the item's
            return new CExpr.Comma(item, new CExpr.Comma(container, new CExpr.BoolLit(false)));
        }
        krait.types.AllocSite site = containerType instanceof PyType.ListType l ? l.site()
                : containerType instanceof PyType.SetType || containerType instanceof PyType.DictType ? site(containerType) : null;
        if (itemType.equals(PyType.NONE) && site != null && !site.elements().types().contains(PyType.NONE)) {
            // None in a container that never holds None (whose items may not even be able to)
            return new CExpr.Comma(item, new CExpr.Comma(container, new CExpr.BoolLit(false)));
        }
        krait.types.AllocSite keys = containerType instanceof PyType.SetType st ? st.site()
                : containerType instanceof PyType.DictType d ? d.site() : null;
        if (keys != null && !keys.elements().types().isEmpty()
                && !CppTypes.of(itemType).equals(CppTypes.ofSet(keys.elements().types()))) {
            // an item of another type than the keys: an equal number is looked up as a key
            // (1.0 in {1}, 1.5 is not, where a conversion would truncate it), other types are never in
            return new CExpr.MemberCall(container, "contains_any", List.of(item));
        }
        return new CExpr.MemberCall(container, "contains", List.of(item));
    }

    private static boolean neverHoldsAnything(PyType t) {
        krait.types.AllocSite site = null;
        if (t instanceof PyType.SetType st) {
            site = st.site();
        } else if (t instanceof PyType.ListType lt) {
            site = lt.site();
        } else if (t instanceof PyType.DictType dt) {
            site = dt.site();
        }
        return site != null && site.elementsGuessed() && site.elements().types().size() == 1;
    }

    private static CType elementType(PyType container) {
        krait.types.AllocSite site = container instanceof PyType.SetType st ? st.site()
                : container instanceof PyType.ListType lt ? lt.site() : ((PyType.DictType) container).site();
        return CppTypes.of(site.elements().types().iterator().next());
    }

    /** {@code is}: None tests are null tests; references compare by address, values by value. */
    /** {@code exc_type is ValueError}: the class an exception class value keeps against a named class. */
    private static CExpr exceptionClassIdentity(CExpr l, PyType lt, CExpr r, PyType rt) {
        if (lt instanceof PyType.ExceptionClass && rt instanceof PyType.ClassRef c && c.cls().isException()) {
            return new CExpr.Comma(r, new CExpr.Call("krait::is_exception_class<" + CppTypes.className(c.cls()) + ">",
                    List.of(l)));
        }
        if (rt instanceof PyType.ExceptionClass && lt instanceof PyType.ClassRef c && c.cls().isException()) {
            return new CExpr.Comma(l, new CExpr.Call("krait::is_exception_class<" + CppTypes.className(c.cls()) + ">",
                    List.of(r)));
        }
        return null;
    }

    private CExpr identity(CExpr l, PyType lt, CExpr r, PyType rt) {
        CExpr exceptionClass = exceptionClassIdentity(l, lt, r, rt);
        if (exceptionClass != null) {
            return exceptionClass;
        }
        boolean lNone = lt.equals(PyType.NONE);
        boolean rNone = rt.equals(PyType.NONE);
        if (lNone && rNone) {
            return new CExpr.BoolLit(true);
        }
        if (lNone || rNone) {
            PyType other = lNone ? rt : lt;
            CExpr otherValue = lNone ? r : l;
            if (CppTypes.of(other).isPointer()) {
                return new CExpr.Binary("==", otherValue, CExpr.NULL);
            }
            return new CExpr.BoolLit(false);
        }
        if (lt instanceof PyType.InstanceType li && rt instanceof PyType.InstanceType ri
                && krait.types.Representation.root(li.cls()) != krait.types.Representation.root(ri.cls())) {
            // objects of unrelated C++ classes (two allocation sites of one split class): compared as objects
            CType object = new CType.Pointer(new CType.Named("krait::Object"));
            return new CExpr.Binary("==", new CExpr.Cast(object, l), new CExpr.Cast(object, r));
        }
        return new CExpr.Binary("==", l, r);
    }

    private static CExpr call(String fn, CExpr a, CExpr b) {
        return new CExpr.Call(fn, List.of(a, b));
    }
}
