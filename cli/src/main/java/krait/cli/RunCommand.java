package krait.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import krait.build.Compiler;
import krait.build.RuntimeCache;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Build FILE.py (reusing an up-to-date build) and run it with ARGS; exits with its exit code.")
final class RunCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE.py", description = "The program's main file.")
    Path file;

    @Parameters(index = "1..*", paramLabel = "ARGS", description = "Arguments for the program.")
    List<String> args = new ArrayList<>();

    @Mixin
    OptionsMixin options;

    @Override
    public Integer call() throws Exception {
        CommonOptions o = options.common;
        Compiler compiler = o.compiler();
        String stem = Inputs.stem(file);
        Path exe = RuntimeCache.defaultCacheRoot().resolve("run").resolve(
                Integer.toHexString(file.toAbsolutePath().normalize().toString().hashCode())).resolve(stem);
        try {
            compiler.build(CommonOptions.translate(compiler, file), exe);
        } finally {
            o.done(); // timings also when the program is rejected
        }
        List<String> command = new ArrayList<>();
        command.add(exe.toString());
        command.addAll(args);
        Process p = new ProcessBuilder(command).inheritIO().start();
        return p.waitFor();
    }
}
