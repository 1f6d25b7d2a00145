package krait.types;

/** What one call resolves to for one tuple of argument types. */
public sealed interface CallTarget {
    /** A call of a user function's specialization. */
    record User(Specialization callee) implements CallTarget {}

    /**
     * A call of a model function or method overload; {@code resultSite} is the container the call
     * creates when the overload returns a new list.
     */
    record Builtin(ModelSignature signature, /* nullable */ AllocSite resultSite) implements CallTarget {}

    /** {@code super().__init__(msg)} reaching a builtin exception: stores the message. */
    record ExceptionInit() implements CallTarget {}

    /**
     * {@code obj.m(...)} where {@code obj} may hold objects of several classes and this one has no
     * {@code m}: an AttributeError when the program runs (Python finds out only then too).
     */
    record MissingMethod(String className, String method) implements CallTarget {}

    /** {@code g.send(v)} on a generator of {@code generator}: resumes it with v as the value of its {@code yield}. */
    record GeneratorSend(Specialization generator) implements CallTarget {}

    /** {@code g.throw(exc)} on a generator of {@code generator}: exc raised at its paused {@code yield}. */
    record GeneratorThrow(Specialization generator) implements CallTarget {}

    /** {@code g.close()}: GeneratorExit raised at the paused {@code yield}. */
    record GeneratorClose() implements CallTarget {}

    /** {@code C(...)}: a new instance of {@code cls}, then its {@code __init__} (null when it has none). */
    record Construct(ClassInfo cls, /* nullable */ Specialization init) implements CallTarget {}
}
