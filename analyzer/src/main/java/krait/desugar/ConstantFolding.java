package krait.desugar;

import java.math.BigInteger;
import krait.syntax.ConstValue;
import krait.syntax.Expr;
import krait.syntax.Mod;
import krait.syntax.Node;
import krait.syntax.Rewriter;

/**
 * Integer arithmetic on literals is done exactly, at compile time, when its result fits in 64
 * bits: {@code INF = 2**63 - 1} and {@code LOW = -2**63} are what CPython makes of them, although
 * {@code 2**63} alone overflows a Krait int (and still raises OverflowError at run time when the
 * whole expression doesn't fit). Only expressions with a binary operator are folded (and the
 * negation of a literal that does not fit alone); a division
 * or modulo by zero, a negative shift count or exponent is left to raise at run time as it does.
 */
final class ConstantFolding {
    /** Intermediate results are bounded so that {@code 10**10**9} costs nothing to reject. */
    private static final int MAX_BITS = 4096;

    private ConstantFolding() {
    }

    static Mod.Module apply(Mod.Module module) {
        return Rewriter.rewrite(module, ConstantFolding::fold);
    }

    private static Node fold(Node n) {
        // a negated literal stays as written (the lowering makes it a negative literal), unless it
        // alone does not fit: -9223372036854775808
        boolean folds = n instanceof Expr.BinOp || n instanceof Expr.UnaryOp u && !(u.operand() instanceof Expr.Constant c
                && c.value() instanceof ConstValue.IntValue i && i.value().bitLength() <= 63);
        BigInteger v = folds ? value((Expr) n) : null;
        if (v == null || v.bitLength() > 63) {
            return null;
        }
        return new Expr.Constant(((Expr) n).pos(), new ConstValue.IntValue(v), null);
    }

    /** The exact value of an int expression of literals, or null when it is not one or is left to run time. */
    private static BigInteger value(Expr e) {
        if (e instanceof Expr.Constant c) {
            return c.value() instanceof ConstValue.IntValue i ? i.value() : null;
        }
        if (e instanceof Expr.UnaryOp u) {
            BigInteger v = value(u.operand());
            if (v == null) {
                return null;
            }
            switch (u.op()) {
                case USub: return v.negate();
                case UAdd: return v;
                case Invert: return v.not();
                default: return null;
            }
        }
        if (!(e instanceof Expr.BinOp b)) {
            return null;
        }
        BigInteger l = value(b.left());
        BigInteger r = l == null ? null : value(b.right());
        if (r == null) {
            return null;
        }
        BigInteger v;
        switch (b.op()) {
            case Add: v = l.add(r); break;
            case Sub: v = l.subtract(r); break;
            case Mult: v = l.bitLength() + r.bitLength() > MAX_BITS ? null : l.multiply(r); break;
            case FloorDiv: v = r.signum() == 0 ? null : floorDiv(l, r); break;
            case Mod: v = r.signum() == 0 ? null : l.subtract(floorDiv(l, r).multiply(r)); break;
            case Pow: v = power(l, r); break;
            case LShift: v = r.signum() < 0 || r.compareTo(BigInteger.valueOf(MAX_BITS)) > 0 ? null : l.shiftLeft(r.intValue()); break;
            case RShift: v = r.signum() < 0 ? null : l.shiftRight(r.min(BigInteger.valueOf(MAX_BITS)).intValue()); break;
            case BitAnd: v = l.and(r); break;
            case BitOr: v = l.or(r); break;
            case BitXor: v = l.xor(r); break;
            default: v = null; break; // '/' makes a float, '@' no int
        }
        return v == null || v.bitLength() > MAX_BITS ? null : v;
    }

    /** Python's {@code //}: rounds toward negative infinity. */
    private static BigInteger floorDiv(BigInteger l, BigInteger r) {
        BigInteger[] qr = l.divideAndRemainder(r);
        return qr[1].signum() != 0 && qr[1].signum() != r.signum() ? qr[0].subtract(BigInteger.ONE) : qr[0];
    }

    /** {@code l ** r} for an exponent that keeps the result an int of bounded size. */
    private static BigInteger power(BigInteger l, BigInteger r) {
        if (r.signum() < 0) {
            return null; // a float in Python
        }
        if (l.abs().compareTo(BigInteger.ONE) <= 0) {
            return r.signum() == 0 ? BigInteger.ONE : l.signum() == 0 ? l : r.testBit(0) ? l : l.abs();
        }
        if (r.compareTo(BigInteger.valueOf(MAX_BITS)) > 0 || (long) l.bitLength() * r.longValue() > MAX_BITS + 64) {
            return null;
        }
        return l.pow(r.intValue());
    }
}
