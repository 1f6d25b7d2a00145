package krait.syntax;

import java.util.concurrent.atomic.AtomicReference;

import krait.diag.CompileError;
import krait.diag.SourceFile;

/**
 * The front end's entry point: source file in, {@link Mod.Module} out, or a {@link CompileError}
 * carrying one syntax error located where CPython 3.11 would report it.
 *
 * <p>Nesting is bounded as in CPython: at most 200 open brackets and 100 indentation levels (the
 * tokenizer's SyntaxError and IndentationError), about 6000 levels of grammar rules (CPython's
 * parser fails with MemoryError past that) and 3000 levels of statements and expressions in the
 * tree (RecursionError in CPython's compiler; see {@link NestingDepth}). So the trees handed on
 * are at most 3000 deep, and parsing itself recurses a bounded amount: should the calling
 * thread's stack still be too small for that, the parse is redone on a thread with a larger one.
 */
public final class Parser {
    /** Ample for the deepest input the limits let through (the parser needs a few MB at most). */
    private static final long BIG_STACK = 256L << 20;

    private Parser() {
    }

    public static Mod.Module parseModule(SourceFile file) {
        try {
            return parse(file);
        } catch (StackOverflowError e) {
            return parseOnBigStack(file);
        }
    }

    private static Mod.Module parseOnBigStack(SourceFile file) {
        AtomicReference<Mod.Module> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread t = new Thread(null, () -> {
            try {
                result.set(parse(file));
            } catch (Throwable x) {
                failure.set(x);
            }
        }, "krait-parser", BIG_STACK);
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while parsing " + file.displayName(), e);
        }
        Throwable x = failure.get();
        if (x instanceof StackOverflowError) {
            // cannot happen within the limits above; stay a diagnostic all the same
            throw new SyntaxErrors(file).tooComplex(1, 0, SyntaxErrors.TOO_COMPLEX);
        } else if (x instanceof RuntimeException r) {
            throw r;
        } else if (x instanceof Error err) {
            throw err;
        }
        return result.get();
    }

    private static Mod.Module parse(SourceFile file) {
        SyntaxErrors errors = new SyntaxErrors(file);
        try {
            SourceText source = SourceText.decode(file);
            errors = new SyntaxErrors(source.file());
            Tokenizer tokenizer = new Tokenizer(source.utf8(), errors);
            StatementParser parser = new StatementParser(tokenizer, errors);
            Mod.Module module;
            try {
                module = parser.module();
            } catch (CompileError e) {
                String message = e.diagnostics().get(0).message();
                if (!tokenizer.failed() && !SyntaxErrors.isTooComplex(e) && !message.endsWith("unexpected indent")
                        && !message.endsWith("unexpected unindent")) {
                    // CPython lets a tokenizer error anywhere further on win over a parser error.
                    tokenizer.drainForErrors(parser.furthestLine());
                }
                throw e;
            }
            NestingDepth.check(module, errors);
            return module;
        } catch (CompileError | StackOverflowError e) {
            throw e;
        } catch (RuntimeException e) {
            // A bug in the parser must still come out as a diagnostic, never as a crash.
            throw errors.syntax(1, 0, "internal parser error: " + e);
        }
    }
}
