package krait.cli;

import java.nio.file.Path;

/** Names derived from an input file. */
final class Inputs {
    private Inputs() {
    }

    /** {@code dir/prog.py} -> {@code prog}. */
    static String stem(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
