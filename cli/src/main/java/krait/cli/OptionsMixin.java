package krait.cli;

import picocli.CommandLine.ArgGroup;

/** Makes {@link CommonOptions} a mixin (picocli wants a holder with an annotated field). */
final class OptionsMixin {
    @ArgGroup(exclusive = false, heading = "Compiler options:%n")
    CommonOptions common = new CommonOptions();
}
