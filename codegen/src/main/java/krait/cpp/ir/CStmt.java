package krait.cpp.ir;

import java.util.List;

/** C++ statements. */
public sealed interface CStmt {
    default String kind() {
        return getClass().getSimpleName();
    }

    /** {@code type name = init;} or {@code type name{};} when {@code init} is null. */
    record VarDecl(CType type, String name, /* nullable */ CExpr init) implements CStmt {}

    record Assign(CExpr target, CExpr value) implements CStmt {}

    record ExprStmt(CExpr expr) implements CStmt {}

    record If(CExpr test, List<CStmt> then, List<CStmt> otherwise) implements CStmt {}

    record While(CExpr test, List<CStmt> body) implements CStmt {}

    /**
     * Python's {@code for var in range(start, stop, step)}: the bounds are evaluated once into
     * hidden variables named from {@code counter}; {@code step} is null for 1.
     */
    record ForRange(String counter, CExpr var, CExpr start, CExpr stop, /* nullable */ CExpr step,
                    List<CStmt> body) implements CStmt {
        public boolean hasStep() {
            return step != null;
        }
    }

    /**
     * {@code for (elemType item : iterable) { var = item; body }}, dereferencing {@code iterable}
     * when it is held by pointer.
     */
    record ForEach(CType elemType, String item, CExpr var, CExpr iterable, boolean pointer, List<CStmt> body)
            implements CStmt {}

    record Break() implements CStmt {}

    record Continue() implements CStmt {}

    record Return(/* nullable */ CExpr value) implements CStmt {
        public boolean hasValue() {
            return value != null;
        }
    }

    /** {@code throw value;}, or {@code throw;} (re-raise) when {@code value} is null. */
    record Throw(/* nullable */ CExpr value) implements CStmt {
        public boolean hasValue() {
            return value != null;
        }
    }

    /** {@code try { body } catch (krait::BaseException* var) { handler }}. */
    record TryCatch(List<CStmt> body, String var, List<CStmt> handler) implements CStmt {}

    /** Runs {@code body} when the enclosing scope is left, however it is left ({@code finally}). */
    record Defer(String name, List<CStmt> body) implements CStmt {}

    /** A nested scope {@code { ... }}. */
    record Block(List<CStmt> body) implements CStmt {}

    /** A comment saying which Python line the next statements come from. */
    record LineComment(String file, int line, String source) implements CStmt {
        public LineComment {
            // a // comment ending in a backslash would continue onto the next C++ line and swallow
            // it (`LOG = """\` commented out the assignment that followed)
            if (source.endsWith("\\")) {
                source = source + " ...";
            }
        }
    }
}
