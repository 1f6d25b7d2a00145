package krait.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import krait.build.Compiler;
import krait.types.TypeReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "types", mixinStandardHelpOptions = true,
        description = "Print the types Krait infers for FILE.py, in Python annotation syntax.")
final class TypesCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE.py", description = "The program's main file.")
    Path file;

    @Mixin
    OptionsMixin options;

    @Override
    public Integer call() {
        Compiler compiler = options.common.compiler();
        System.out.print(TypeReport.render(compiler.analyze(compiler.read(file, file.toString()))));
        options.common.done();
        return Main.EXIT_OK;
    }
}
