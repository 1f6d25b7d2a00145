package krait.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import krait.build.Compiler;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Compile FILE.py to a native executable (default: the file's name without .py, next to it).")
final class BuildCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE.py", description = "The program's main file.")
    Path file;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Where to write the executable.")
    Path output;

    @Mixin
    OptionsMixin options;

    @Override
    public Integer call() throws Exception {
        CommonOptions o = options.common;
        Compiler compiler = o.compiler();
        Path out = output != null ? output : file.toAbsolutePath().resolveSibling(Inputs.stem(file));
        if (java.nio.file.Files.isDirectory(out)) {
            throw new java.io.IOException("cannot write the executable to " + out + ": it is a directory");
        }
        try {
            compiler.build(CommonOptions.translate(compiler, file), out);
        } finally {
            o.done(); // timings also when the program is rejected
        }
        if (o.verbose) {
            System.err.println("krait: wrote " + out);
        }
        return Main.EXIT_OK;
    }
}
