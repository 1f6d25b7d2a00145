package krait.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code krait}: the command line. Exit codes: 0 success, 1 errors in the user's program, 2 bad
 * usage, 3 an internal error (a Krait bug).
 */
@Command(name = "krait", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Compiles Python 3 programs to native executables by whole-program type inference.",
        subcommands = {BuildCommand.class, RunCommand.class, TranslateCommand.class, TypesCommand.class,
                ParseCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    public static final int EXIT_OK = 0;
    public static final int EXIT_PROGRAM_ERROR = 1;
    public static final int EXIT_USAGE = 2;
    public static final int EXIT_INTERNAL = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command (try 'krait --help')");
    }

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    static int execute(String... args) {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler(new Failures());
        return cl.execute(args);
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"krait " + (v == null ? "0.1.0" : v)};
        }
    }
}
