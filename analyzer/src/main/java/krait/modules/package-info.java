/**
 * Programs of several modules: {@link krait.modules.ModuleGraph} finds the modules a program
 * imports (next to the main file and on {@code -I} paths) and {@link krait.modules.ModuleLinker}
 * joins them into one module for the analysis, each module's body at its first import.
 */
package krait.modules;
