/**
 * Lowering: from the typed program to the C++ IR. {@code FunctionLowering} handles statements,
 * {@code ExpressionLowering} expressions, {@code OperatorLowering} Python's operator semantics and
 * {@code CallLowering} calls of user and model functions.
 */
package krait.cpp.lower;
