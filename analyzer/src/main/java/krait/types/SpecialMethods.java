package krait.types;

import krait.syntax.CmpOperator;
import krait.syntax.Operator;

/** The special method Python calls for each operator ({@code +} is {@code __add__}). */
public final class SpecialMethods {
    private SpecialMethods() {
    }

    public static String binary(Operator op) {
        return switch (op) {
            case Add -> "__add__";
            case Sub -> "__sub__";
            case Mult -> "__mul__";
            case MatMult -> "__matmul__";
            case Div -> "__truediv__";
            case Mod -> "__mod__";
            case Pow -> "__pow__";
            case LShift -> "__lshift__";
            case RShift -> "__rshift__";
            case BitOr -> "__or__";
            case BitXor -> "__xor__";
            case BitAnd -> "__and__";
            case FloorDiv -> "__floordiv__";
        };
    }

    /** The method for a comparison, or null for those that have none ({@code is}, {@code in}). */
    public static String compare(CmpOperator op) {
        return switch (op) {
            case Eq -> "__eq__";
            case NotEq -> "__ne__";
            case Lt -> "__lt__";
            case LtE -> "__le__";
            case Gt -> "__gt__";
            case GtE -> "__ge__";
            case In, NotIn -> "__contains__";
            default -> null;
        };
    }

    /** The reflection Python tries when the left operand has no method: {@code a < b} is {@code b > a}. */
    public static String reflectedCompare(CmpOperator op) {
        return switch (op) {
            case Eq -> "__eq__";
            case NotEq -> "__ne__";
            case Lt -> "__gt__";
            case LtE -> "__ge__";
            case Gt -> "__lt__";
            case GtE -> "__le__";
            default -> null;
        };
    }

    /**
     * The reflected method Python tries first, before the left operand's own: the right operand's
     * when its class is a proper subclass of the left's and overrides {@code reflected}
     * ({@code Base() < Derived()} calls {@code Derived.__gt__}); null otherwise.
     */
    public static FunctionInfo subclassReflection(PyType l, PyType r, String reflected) {
        if (l instanceof PyType.InstanceType li && r instanceof PyType.InstanceType ri && li.cls() != ri.cls()
                && ri.cls().isSubclassOf(li.cls())) {
            FunctionInfo own = ri.cls().lookupMethod(reflected);
            return own != null && own != li.cls().lookupMethod(reflected) ? own : null;
        }
        return null;
    }

    /** The overload of the model's {@code __i<op>__} that takes {@code r} at an augmented assignment, or null. */
    public static ModelSignature inPlaceOverload(krait.syntax.Node node, Operator op, PyType.ModelInstance m, PyType r) {
        if (!(node instanceof krait.syntax.Stmt.AugAssign)) {
            return null;
        }
        ModelFunction f = m.cls().methods().get("__i" + SpecialMethods.binary(op).substring(2));
        if (f == null) {
            return null;
        }
        for (ModelSignature sig : f.overloads()) {
            if (sig.positional().size() == 1 && sig.positional().get(0).type().accepts(r, false)) {
                return sig;
            }
        }
        return null;
    }
}
