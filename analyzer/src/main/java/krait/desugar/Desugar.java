package krait.desugar;

import krait.diag.SourceFile;
import krait.syntax.Mod;

/** Runs the expansions of this package on one parsed module, in the order they depend on. */
public final class Desugar {
    private Desugar() {
    }

    public static Mod.Module apply(Mod.Module module, SourceFile file) {
        // before the typing imports go: it reads typing.NamedTuple bases and their field annotations
        Mod.Module m = NamedTuples.apply(module, file);
        m = TypingErasure.imports(m);
        m = MatchStatements.apply(m);
        m = Dataclasses.apply(m, file);
        m = Enums.apply(m, file);
        m = AbstractClasses.apply(m, file);
        m = FunctoolsDecorators.apply(m, file);
        m = NamedTuples.apply(m, file); // the CacheInfo namedtuple cache_info() returns
        m = MethodAliases.apply(m);
        m = FunctionAttributes.apply(m);
        m = TypingErasure.bareAnnotations(m);
        m = StarredDisplays.apply(m);
        m = FormatFields.apply(m);
        m = LoopElse.apply(m);
        m = ClassLoops.apply(m);
        m = ConstantFolding.apply(m);
        return m;
    }
}
