package krait.build;

import java.util.ArrayList;
import java.util.List;

/**
 * How generated code is compiled. None of these may change a program's output: floating-point
 * contraction stays off whatever the flags.
 */
public record BuildOptions(boolean nativeArch, boolean verbose) {
    public static BuildOptions defaults() {
        return new BuildOptions(false, false);
    }

    /** Extra C++ flags for this configuration. */
    public List<String> cxxFlags() {
        List<String> flags = new ArrayList<>();
        if (nativeArch) {
            flags.add("-march=native");
        }
        return flags;
    }

    /** A short name for the configuration, part of the runtime cache key. */
    public String configurationName() {
        return nativeArch ? "native" : "generic";
    }
}
