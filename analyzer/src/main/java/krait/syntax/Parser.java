package krait.syntax;

import krait.diag.CompileError;
import krait.diag.SourceFile;

/**
 * The front end's entry point: source file in, {@link Mod.Module} out, or a {@link CompileError}
 * carrying one syntax error located where CPython 3.11 would report it.
 */
public final class Parser {
    private Parser() {
    }

    public static Mod.Module parseModule(SourceFile file) {
        SyntaxErrors errors = new SyntaxErrors(file);
        try {
            SourceText source = SourceText.decode(file);
            errors = new SyntaxErrors(source.file());
            Tokenizer tokenizer = new Tokenizer(source.utf8(), errors);
            StatementParser parser = new StatementParser(tokenizer, errors);
            try {
                return parser.module();
            } catch (CompileError e) {
                String message = e.diagnostics().get(0).message();
                if (!tokenizer.failed() && !message.endsWith("unexpected indent")
                        && !message.endsWith("unexpected unindent")) {
                    // CPython lets a tokenizer error anywhere further on win over a parser error.
                    tokenizer.drainForErrors(parser.furthestLine());
                }
                throw e;
            }
        } catch (CompileError e) {
            throw e;
        } catch (StackOverflowError e) {
            // CPython gives up on such input too (RecursionError); ours must stay a diagnostic.
            throw errors.syntax(1, 0, "too many nested expressions: source too complex to parse");
        } catch (RuntimeException e) {
            // A bug in the parser must still come out as a diagnostic, never as a crash.
            throw errors.syntax(1, 0, "internal parser error: " + e);
        }
    }
}
