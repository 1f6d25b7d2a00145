/**
 * The C++-level intermediate representation: types, expressions, statements, functions and the
 * program, as records. The lowering builds it from the typed program; the templates print it.
 */
package krait.cpp.ir;
