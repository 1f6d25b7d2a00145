package krait.build;

import java.nio.file.Path;

/** The C++ toolchain failed on code Krait generated or on its runtime: a Krait bug, with the log to look at. */
public final class BuildFailure extends RuntimeException {
    private final transient Path log;

    public BuildFailure(String message, Path log) {
        super(message, null, false, false);
        this.log = log;
    }

    public Path log() {
        return log;
    }
}
