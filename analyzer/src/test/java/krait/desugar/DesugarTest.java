package krait.desugar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import krait.diag.CompileError;
import krait.diag.SourceFile;
import krait.syntax.Mod;
import krait.syntax.Parser;
import krait.syntax.Stmt;
import org.junit.jupiter.api.Test;

class DesugarTest {
    private static Mod.Module desugar(String text) {
        SourceFile f = SourceFile.of("t.py", text);
        return Desugar.apply(Parser.parseModule(f), f);
    }

    private static List<String> methods(Stmt.ClassDef c) {
        return c.body().stream().filter(s -> s instanceof Stmt.FunctionDef).map(s -> ((Stmt.FunctionDef) s).name()).toList();
    }

    @Test
    void typingImportsAndTypeVarsVanish() {
        Mod.Module m = desugar("from __future__ import annotations\nfrom typing import List, TypeVar, Generic\n"
                + "T = TypeVar('T')\nclass Box(Generic[T]):\n    x: int\n");
        assertThat(m.body()).noneMatch(s -> s instanceof Stmt.ImportFrom);
        Stmt.ClassDef box = (Stmt.ClassDef) m.body().stream().filter(s -> s instanceof Stmt.ClassDef).findFirst().orElseThrow();
        assertThat(box.bases()).isEmpty();
        assertThat(box.body()).noneMatch(s -> s instanceof Stmt.AnnAssign);
    }

    @Test
    void dataclassGetsGeneratedMethodsAndNoDecorator() {
        Mod.Module m = desugar("from dataclasses import dataclass\n@dataclass(order=True)\nclass P:\n    x: int\n"
                + "    y: float = 1.0\n    def norm(self):\n        return self.x\n");
        Stmt.ClassDef p = (Stmt.ClassDef) m.body().get(m.body().size() - 1);
        assertThat(p.decoratorList()).isEmpty();
        assertThat(methods(p)).containsExactly("__init__", "__repr__", "__eq__", "__lt__", "__le__", "__gt__", "__ge__",
                "__hash__", "norm");
        Stmt.FunctionDef init = (Stmt.FunctionDef) p.body().get(0);
        assertThat(init.args().args()).extracting(a -> a.arg()).containsExactly("self", "x", "y");
        assertThat(init.args().defaults()).hasSize(1);
    }

    @Test
    void dataclassMistakesAreCPythonsErrors() {
        assertThatThrownBy(() -> desugar("from dataclasses import dataclass\n@dataclass\nclass P:\n    x: int = 0\n    y: int\n"))
                .isInstanceOf(CompileError.class).hasMessageContaining("non-default argument 'y' follows default argument");
        assertThatThrownBy(() -> desugar("from dataclasses import dataclass\n@dataclass\nclass P:\n    x: list = []\n"))
                .isInstanceOf(CompileError.class).hasMessageContaining("mutable default <class 'list'> for field x");
    }

    @Test
    void enumMembersBecomeModuleLevelInstances() {
        Mod.Module m = desugar("from enum import Enum, auto\nclass C(Enum):\n    A = auto()\n    B = auto()\nprint(C.B, C(1), len(C))\n");
        assertThat(m.body()).anyMatch(s -> s instanceof Stmt.Assign a && a.targets().get(0) instanceof krait.syntax.Expr.Name n
                && n.id().equals("_krait_enum_C_B"));
        Stmt last = m.body().get(m.body().size() - 1);
        String dump = krait.syntax.AstDump.dump(last);
        assertThat(dump).contains("_krait_enum_C_B").contains("_krait_enum_C_lookup").contains("_krait_enum_C_members");
    }

    @Test
    void lruCacheWrapsTheFunctionUnderItsOwnName() {
        Mod.Module m = desugar("from functools import lru_cache, reduce\n@lru_cache(maxsize=None)\ndef f(n):\n    return n\n");
        assertThat(m.body()).anyMatch(s -> s instanceof Stmt.ImportFrom i && i.names().size() == 1
                && i.names().get(0).name().equals("reduce"));
        assertThat(m.body()).filteredOn(s -> s instanceof Stmt.FunctionDef).extracting(s -> ((Stmt.FunctionDef) s).name())
                .containsExactly("_krait_uncached_f", "f");
    }

    private static Object assignedValue(String text) {
        Stmt.Assign a = (Stmt.Assign) desugar(text).body().get(0);
        return a.value() instanceof krait.syntax.Expr.Constant c ? c.value() : a.value().getClass().getSimpleName();
    }

    @Test
    void integerArithmeticOnLiteralsIsFoldedExactlyWhenTheResultFits() {
        assertThat(assignedValue("x = 2**63 - 1\n")).hasToString("IntValue[value=9223372036854775807]");
        assertThat(assignedValue("x = -2**63\n")).hasToString("IntValue[value=-9223372036854775808]");
        assertThat(assignedValue("x = -7 // 2 + -7 % 3\n")).hasToString("IntValue[value=-2]");
        // left for run time: too big, a ZeroDivisionError, a float, a negated literal as written
        assertThat(assignedValue("x = 2**63\n")).isEqualTo("BinOp");
        assertThat(assignedValue("x = 10**10**9 - 1\n")).isEqualTo("BinOp");
        assertThat(assignedValue("x = 1 // 0\n")).isEqualTo("BinOp");
        assertThat(assignedValue("x = 2 ** -1\n")).isEqualTo("BinOp");
        assertThat(assignedValue("x = -5\n")).isEqualTo("UnaryOp");
    }
}
