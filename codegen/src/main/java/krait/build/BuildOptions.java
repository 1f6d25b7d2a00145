package krait.build;

import java.util.ArrayList;
import java.util.List;

/**
 * How generated code is compiled. {@code nativeArch} never changes a program's output (floating-point
 * contraction stays off whatever the flags). {@code intWrap} and {@code noBoundsCheck} are the
 * explicit opt-outs of Python's safety: they change what a program that overflows an int or indexes
 * out of range does, and so are never on by default.
 */
public record BuildOptions(boolean nativeArch, boolean verbose, boolean intWrap, boolean noBoundsCheck) {
    public static BuildOptions defaults() {
        return new BuildOptions(false, false, false, false);
    }

    /** Extra C++ flags for this configuration (the runtime is built with the same ones). */
    public List<String> cxxFlags() {
        List<String> flags = new ArrayList<>();
        if (nativeArch) {
            flags.add("-march=native");
        }
        if (intWrap) {
            flags.add("-DKRAIT_INT_WRAP");
        }
        if (noBoundsCheck) {
            flags.add("-DKRAIT_NO_BOUNDS_CHECK");
        }
        return flags;
    }

    /** A short name for the configuration, part of the runtime cache key. */
    public String configurationName() {
        String name = nativeArch ? "native" : "generic";
        if (intWrap) {
            name += "-intwrap";
        }
        if (noBoundsCheck) {
            name += "-nobounds";
        }
        return name;
    }
}
