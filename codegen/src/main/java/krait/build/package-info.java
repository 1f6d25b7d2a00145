/**
 * The driver: {@link krait.build.Compiler} runs the phases for one program, {@link
 * krait.build.RuntimeCache} builds the C++ runtime once per configuration, and generated CMake
 * projects are built with the toolchain's output kept in a log.
 */
package krait.build;
