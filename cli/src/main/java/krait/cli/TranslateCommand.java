package krait.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import krait.build.Compiler;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "translate", mixinStandardHelpOptions = true,
        description = "Write the C++ for FILE.py and a CMakeLists.txt into DIR; build it with"
                + " 'cmake -S DIR -B DIR/build && cmake --build DIR/build'.")
final class TranslateCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE.py", description = "The program's main file.")
    Path file;

    @Option(names = {"-d", "--dir"}, paramLabel = "DIR", required = true, description = "Output directory.")
    Path dir;

    @Mixin
    OptionsMixin options;

    @Override
    public Integer call() throws Exception {
        CommonOptions o = options.common;
        Compiler compiler = o.compiler();
        String stem = Inputs.stem(file);
        try {
            compiler.writeProject(CommonOptions.translate(compiler, file), dir.toAbsolutePath());
        } finally {
            o.done(); // timings also when the program is rejected
        }
        if (o.verbose) {
            System.err.println("krait: wrote " + dir.resolve(stem + ".cpp") + " and " + dir.resolve("CMakeLists.txt"));
        }
        return Main.EXIT_OK;
    }
}
