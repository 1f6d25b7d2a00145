package krait.cpp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import krait.cpp.emit.TemplatePrinter;
import krait.cpp.ir.CExpr;
import krait.cpp.ir.CFunction;
import krait.cpp.ir.CGlobal;
import krait.cpp.ir.CProgram;
import krait.cpp.ir.CStmt;
import krait.cpp.ir.CStringConstant;
import krait.cpp.ir.CType;
import krait.cpp.ir.CppLiterals;
import org.junit.jupiter.api.Test;

class TemplatePrinterTest {
    private static String print(List<CStmt> body) {
        CFunction f = new CFunction(CType.VOID, "f", List.of(), body, "def f() -> None");
        CProgram p = new CProgram("t.py", "py_t", List.of(new CStringConstant("str_0", "\"a\"", 1)), List.of(), List.of(),
                List.of(new CGlobal(CType.listOf(CType.I64), "xs")), List.of(f),
                new CFunction(CType.VOID, "module_body", List.of(), List.of(), "module"));
        return new TemplatePrinter().program(p);
    }

    @Test
    void printsDeclarationsAndTheEntryPoint() {
        String cpp = print(List.of());
        assertThat(cpp).contains("#include <krait/runtime.h>", "namespace py_t {", "static krait::str* str_0;",
                "static krait::list<krait::i64>* xs{};", "void f();", "str_0 = krait::str::from_utf8(\"a\", 1);",
                "return krait::run_main(argc, argv, \"t.py\", &py_t::module_body);");
    }

    @Test
    void printsEachStatementKind() {
        CExpr x = new CExpr.VarRef("x");
        String cpp = print(List.of(
                new CStmt.VarDecl(CType.I64, "x", null),
                new CStmt.Assign(x, new CExpr.Call("krait::int_add", List.of(x, new CExpr.IntLit(1)))),
                new CStmt.If(new CExpr.Binary("<", x, new CExpr.IntLit(3)), List.of(new CStmt.Break()), List.of(new CStmt.Continue())),
                new CStmt.While(new CExpr.BoolLit(true), List.of(new CStmt.Return(null))),
                new CStmt.ForRange("k0", new CExpr.VarRef("i"), new CExpr.IntLit(0), new CExpr.IntLit(10), null, List.of()),
                new CStmt.ForRange("k1", new CExpr.VarRef("i"), new CExpr.IntLit(10), new CExpr.IntLit(0), new CExpr.IntLit(-2), List.of()),
                new CStmt.ForEach(CType.I64, "item0", new CExpr.VarRef("v"), new CExpr.VarRef("xs"), true, List.of())));
        assertThat(cpp).contains("krait::i64 x{};", "x = krait::int_add(x, 1);", "if ((x < 3)) {", "} else {",
                "while (true) {", "return;",
                "for (krait::i64 k0 = 0, k0_stop = 10; k0 < k0_stop; ++k0) {",
                "k1_step = krait::range_step(-2)", "for (krait::i64 item0 : *xs) {", "v = item0;");
    }

    @Test
    void printsIntegerLiteralsThatCppCannotWriteDirectly() {
        String cpp = print(List.of(new CStmt.ExprStmt(new CExpr.Call("g", List.of(new CExpr.IntLit(Long.MIN_VALUE),
                new CExpr.IntLit(1L << 40), new CExpr.IntLit(7, true))))));
        assertThat(cpp).contains("g(INT64_MIN, 1099511627776LL, krait::i64{7});");
    }

    @Test
    void stringLiteralsKeepTheirUtf8BytesAndNeverRunEscapesTogether() {
        assertThat(CppLiterals.stringLiteral("é1\"\\\n?")).isEqualTo("\"\\303\\2511\\\"\\\\\\012\\077\"");
        assertThat(CppLiterals.utf8Length("é")).isEqualTo(2);
    }

    @Test
    void doubleLiteralsReadBackExactly() {
        assertThat(CppLiterals.doubleLiteral(0.1)).isEqualTo("0.1");
        assertThat(CppLiterals.doubleLiteral(Double.NEGATIVE_INFINITY)).isEqualTo("-std::numeric_limits<double>::infinity()");
    }
}
