package krait.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import krait.build.Compiler;
import krait.types.TypeReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "types", mixinStandardHelpOptions = true,
        description = "Print the types Krait infers for FILE.py, in Python annotation syntax.")
final class TypesCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE.py", description = "The program's main file.")
    Path file;

    @Option(names = "--json", description = "Print one JSON document (schema: docs/types-json.md) instead of text.")
    boolean json;

    @Mixin
    OptionsMixin options;

    @Override
    public Integer call() {
        Compiler compiler = options.common.compiler();
        try {
            var program = compiler.analyze(compiler.read(file, file.toString()));
            String text = json ? TypeReport.json(program) : TypeReport.render(program);
            java.io.PrintStream out = new java.io.PrintStream(System.out, false, java.nio.charset.StandardCharsets.UTF_8);
            out.print(text);
            out.flush();
        } finally {
            options.common.done(); // timings also when the program is rejected
        }
        return Main.EXIT_OK;
    }
}
