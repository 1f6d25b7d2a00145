package krait.syntax;

/** {@code and} / {@code or}, named as CPython's {@code ast.boolop} subclasses. */
public enum BoolOperator {
    And, Or
}
