package krait.syntax;

import java.math.BigInteger;

/** The value of a {@link Expr.Constant}: exactly the Python types CPython allows there. */
public sealed interface ConstValue {
    record NoneValue() implements ConstValue {}

    record EllipsisValue() implements ConstValue {}

    record BoolValue(boolean value) implements ConstValue {}

    /** Integers are arbitrarily large in the source; the type checker decides what fits. */
    record IntValue(BigInteger value) implements ConstValue {}

    record FloatValue(double value) implements ConstValue {}

    /** An imaginary literal such as {@code 2j}: only the imaginary part. */
    record ComplexValue(double imag) implements ConstValue {}

    record StrValue(String value) implements ConstValue {}

    record BytesValue(byte[] value) implements ConstValue {}

    ConstValue NONE = new NoneValue();
    ConstValue ELLIPSIS = new EllipsisValue();
    ConstValue TRUE = new BoolValue(true);
    ConstValue FALSE = new BoolValue(false);
}
