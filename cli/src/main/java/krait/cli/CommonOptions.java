package krait.cli;

import krait.build.BuildOptions;
import krait.build.Compiler;
import krait.build.KraitHome;
import krait.build.Timings;
import picocli.CommandLine.Option;

/** Options every compiling command takes. */
final class CommonOptions {
    @Option(names = {"-v", "--verbose"}, description = "Say what is being done.")
    boolean verbose;

    @Option(names = "--timings", description = "Print the time each phase takes.")
    boolean timings;

    @Option(names = "--native", description = "Optimize for this machine's CPU (-march=native); output is unchanged.")
    boolean nativeArch;

    @Option(names = "--int-wrap", description = "Let int +, -, * wrap around at 64 bits instead of raising "
            + "OverflowError (faster; wrong results on overflow).")
    boolean intWrap;

    @Option(names = "--no-bounds-check", description = "Don't check list indexes (faster; an index out of range "
            + "is undefined behaviour instead of IndexError).")
    boolean noBoundsCheck;

    @Option(names = "-I", paramLabel = "DIR", description = "Also look for the program's modules in DIR (after the main file's directory); repeatable.")
    java.util.List<java.nio.file.Path> includeDirs = new java.util.ArrayList<>();

    final Timings clock = new Timings();

    Compiler compiler() {
        return new Compiler(KraitHome.locate(), new BuildOptions(nativeArch, verbose, intWrap, noBoundsCheck), clock,
                includeDirs);
    }

    /** Reads and translates the program whose main file is {@code file}. */
    static Compiler.Translation translate(Compiler compiler, java.nio.file.Path file) {
        return compiler.translate(compiler.read(file, file.toString()), Inputs.stem(file));
    }

    void done() {
        if (timings) {
            System.err.print("krait: timings\n" + clock.report());
        }
    }
}
