/** Printing: the FreeMarker templates that turn the C++ IR into source text and write CMake projects. */
package krait.cpp.emit;
