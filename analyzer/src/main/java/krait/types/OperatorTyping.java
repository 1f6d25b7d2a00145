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
        if (op == Operator.Add && l instanceof PyType.ListType && r instanceof PyType.ListType) {
            return NEW_LIST;
        }
        if (op == Operator.Mult && (l instanceof PyType.ListType && isInt(r) || isInt(l) && r instanceof PyType.ListType)) {
            return NEW_LIST;
        }
        return null;
    }

    /** Stands for "a new list holding the elements of the list operands". */
    public static final PyType NEW_LIST = new PyType.Prim("<new list>");

    public static PyType unary(UnaryOperator op, PyType t) {
        return switch (op) {
            case Not -> PyType.BOOL;
            case USub, UAdd -> isInt(t) ? PyType.INT : t.equals(PyType.FLOAT) ? PyType.FLOAT : null;
            case Invert -> isInt(t) ? PyType.INT : null;
        };
    }

    /** Whether Python can compare the two types with {@code op} without a TypeError. */
    public static boolean comparable(CmpOperator op, PyType l, PyType r) {
        return switch (op) {
            case Eq, NotEq, Is, IsNot -> true;
            case Lt, LtE, Gt, GtE -> isNumber(l) && isNumber(r) || l.equals(PyType.STR) && r.equals(PyType.STR)
                    || l instanceof PyType.ListType && r instanceof PyType.ListType;
            case In, NotIn -> r instanceof PyType.ListType || r.equals(PyType.STR) && l.equals(PyType.STR);
        };
    }

    public static boolean isNumber(PyType t) {
        return isInt(t) || t.equals(PyType.FLOAT);
    }

    public static boolean isInt(PyType t) {
        return t.equals(PyType.INT) || t.equals(PyType.BOOL);
    }
}
