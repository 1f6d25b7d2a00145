package krait.types;

import krait.syntax.CmpOperator;
import krait.syntax.Operator;
import krait.syntax.UnaryOperator;

/**
 * Python's rules for the result type of an operator on given operand types. Operators are part of
 * the language, not of a library, so they live here rather than in the model files. {@code null}
 * means Python would raise a TypeError.
 */
public final class OperatorTyping {
    private OperatorTyping() {
    }

    /** Result of a binary operation; list results are returned as the marker {@link #NEW_LIST}. */
    public static PyType binary(Operator op, PyType l, PyType r) {
        if (isComplexOperand(l) && isComplexOperand(r) && (l.equals(PyType.COMPLEX) || r.equals(PyType.COMPLEX))) {
            // an int or float operand is made a complex first; // and % are TypeErrors
            return op == Operator.Add || op == Operator.Sub || op == Operator.Mult || op == Operator.Div
                    || op == Operator.Pow ? PyType.COMPLEX : null;
        }
        if (isNumber(l) && isNumber(r)) {
            if (op == Operator.MatMult) {
                return null;
            }
            boolean anyFloat = l.equals(PyType.FLOAT) || r.equals(PyType.FLOAT);
            boolean bitwise = op == Operator.BitAnd || op == Operator.BitOr || op == Operator.BitXor
                    || op == Operator.LShift || op == Operator.RShift;
            if (bitwise) {
                if (anyFloat) {
                    return null;
                }
                boolean bothBool = l.equals(PyType.BOOL) && r.equals(PyType.BOOL);
                return bothBool && op != Operator.LShift && op != Operator.RShift ? PyType.BOOL : PyType.INT;
            }
            if (op == Operator.Div || anyFloat) {
                return PyType.FLOAT;
            }
            return PyType.INT;
        }
        if (l.equals(PyType.STR) && r.equals(PyType.STR) && op == Operator.Add) {
            return PyType.STR;
        }
        if (op == Operator.Mult && (l.equals(PyType.STR) && isInt(r) || isInt(l) && r.equals(PyType.STR))) {
            return PyType.STR;
        }
        if (PyType.isBytesLike(l) && PyType.isBytesLike(r) && op == Operator.Add) {
            return l; // bytearray + bytes is a bytearray, bytes + bytearray a bytes
        }
        if (op == Operator.Mult && PyType.isBytesLike(l) && isInt(r)) {
            return l;
        }
        if (op == Operator.Mult && isInt(l) && PyType.isBytesLike(r)) {
            return r;
        }
        if (op == Operator.Add && l instanceof PyType.ListType && r instanceof PyType.ListType) {
            return NEW_LIST;
        }
        if (op == Operator.Mult && (l instanceof PyType.ListType && isInt(r) || isInt(l) && r instanceof PyType.ListType)) {
            return NEW_LIST;
        }
        if (op == Operator.Add && isTuple(l) && isTuple(r) && (l instanceof PyType.VarTupleType || r instanceof PyType.VarTupleType)
                || op == Operator.Mult && (l instanceof PyType.VarTupleType && isInt(r) || isInt(l) && r instanceof PyType.VarTupleType)) {
            return NEW_VAR_TUPLE;
        }
        if (op == Operator.Add && l instanceof PyType.TupleType a && r instanceof PyType.TupleType b) {
            java.util.List<PyType> all = new java.util.ArrayList<>(a.elements());
            all.addAll(b.elements());
            return new PyType.TupleType(all);
        }
        if (l instanceof PyType.SetType && r instanceof PyType.SetType
                && (op == Operator.BitOr || op == Operator.BitAnd || op == Operator.Sub || op == Operator.BitXor)) {
            return NEW_SET;
        }
        if (op == Operator.Mod && l.equals(PyType.STR)) {
            return PyType.STR; // printf-style formatting
        }
        return null;
    }

    /**
     * Whether {@code l ** r} written at {@code node} is a float although both operands are ints.
     * Python decides by the exponent's sign at run time; Krait decides by the syntax: a negative
     * int literal exponent ({@code 2 ** -1}) makes a float, any other int exponent an int, and the
     * runtime raises an exception if such an exponent turns out negative (never a wrong 0).
     */
    public static boolean isFloatPower(krait.syntax.Node node, Operator op, PyType l, PyType r) {
        if (op != Operator.Pow || !isInt(l) || !isInt(r)) {
            return false;
        }
        krait.syntax.Expr exponent = node instanceof krait.syntax.Expr.BinOp b ? b.right()
                : node instanceof krait.syntax.Stmt.AugAssign a ? a.value() : null;
        return exponent != null && krait.syntax.Nodes.isNegativeIntLiteral(exponent);
    }

    /** Stands for "a new list holding the elements of the list operands". */
    public static final PyType NEW_LIST = new PyType.Prim("<new list>");

    /** Stands for "a new variable-length tuple holding the elements of the tuple operands". */
    public static final PyType NEW_VAR_TUPLE = new PyType.Prim("<new tuple>");

    static boolean isTuple(PyType t) {
        return t instanceof PyType.TupleType || t instanceof PyType.VarTupleType;
    }

    /** Stands for "a new set holding the elements of the set operands". */
    public static final PyType NEW_SET = new PyType.Prim("<new set>");

    public static PyType unary(UnaryOperator op, PyType t) {
        return switch (op) {
            case Not -> PyType.BOOL;
            case USub, UAdd -> isInt(t) ? PyType.INT : t.equals(PyType.FLOAT) ? PyType.FLOAT
                    : t.equals(PyType.COMPLEX) ? PyType.COMPLEX : null;
            case Invert -> isInt(t) ? PyType.INT : null;
        };
    }

    /** Whether Python can compare the two types with {@code op} without a TypeError. */
    public static boolean comparable(CmpOperator op, PyType l, PyType r) {
        return switch (op) {
            case Eq, NotEq, Is, IsNot -> true;
            case Lt, LtE, Gt, GtE -> isNumber(l) && isNumber(r) || l.equals(PyType.STR) && r.equals(PyType.STR)
                    || l instanceof PyType.ListType && r instanceof PyType.ListType
                    || isTuple(l) && isTuple(r)
                    || l instanceof PyType.SetType && r instanceof PyType.SetType
                    || PyType.isBytesLike(l) && PyType.isBytesLike(r);
            case In, NotIn -> r instanceof PyType.ListType || r.equals(PyType.STR) && l.equals(PyType.STR)
                    || r.equals(PyType.RANGE) && isInt(l)
                    || PyType.isBytesLike(r) && (isInt(l) || PyType.isBytesLike(l))
                    || r instanceof PyType.DictType || r instanceof PyType.SetType || isTuple(r)
                    || r instanceof PyType.GeneratorType || r instanceof PyType.IteratorType;
        };
    }

    /** An operand of complex arithmetic: a complex, or an int, bool or float made one. */
    public static boolean isComplexOperand(PyType t) {
        return isNumber(t) || t.equals(PyType.COMPLEX);
    }

    public static boolean isNumber(PyType t) {
        return isInt(t) || t.equals(PyType.FLOAT);
    }

    public static boolean isInt(PyType t) {
        return t.equals(PyType.INT) || t.equals(PyType.BOOL);
    }
}
