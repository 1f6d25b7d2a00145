package krait.cpp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import krait.build.BuildOptions;
import krait.build.Compiler;
import krait.build.KraitHome;
import krait.build.Timings;
import krait.diag.SourceFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the generated C++ looks like for typical code: unboxed, direct, checked. */
class LoweringTest {
    private static final KraitHome HOME = new KraitHome(Path.of(System.getProperty("krait.home", "..")).toAbsolutePath());

    private static String translate(String source) {
        Compiler c = new Compiler(HOME, BuildOptions.defaults(), new Timings());
        return c.translate(SourceFile.of("t.py", source), "t").cpp();
    }

    @Test
    void intsStayUnboxedAndCallsAreDirect() {
        String cpp = translate("def fib(n):\n    if n < 2:\n        return n\n    return fib(n - 1) + fib(n - 2)\nprint(fib(20))\n");
        assertThat(cpp).contains("krait::i64 fib(krait::i64 n)", "fib(krait::int_sub(n, 1))", "krait::int_add(");
    }

    @Test
    void rangeLoopsBecomeCountedLoops() {
        String cpp = translate("t = 0\nfor i in range(10):\n    t += i\n");
        assertThat(cpp).contains("for (krait::i64 krait_i0 = 0, krait_i0_stop = 10; krait_i0 < krait_i0_stop; ++krait_i0)");
    }

    @Test
    void listsOfFloatsHoldDoubles() {
        String cpp = translate("xs = [1.5]\nxs.append(2.0)\n");
        assertThat(cpp).contains("krait::list<double>* xs{}", "xs->append(2.0)");
    }

    @Test
    void twoSpecializationsGetTwoFunctions() {
        String cpp = translate("def twice(x):\n    return x + x\nprint(twice(2), twice(2.5))\n");
        assertThat(cpp).contains("krait::i64 twice_int(krait::i64 x)", "double twice_float(double x)");
    }

    @Test
    void argumentsWithEffectsAreEvaluatedLeftToRight() {
        String cpp = translate("def f(x):\n    print(x)\n    return x\nprint(f(1), f(2))\n");
        assertThat(cpp).contains("krait::i64 krait_arg0 = f(1);");
    }

    @Test
    void modelClassesAreTheirCppClassesInstantiatedWithTheirTypeParameters() {
        String cpp = translate("from collections import deque, Counter\nd = deque()\nd.append(1.5)\nx = d.popleft()\n"
                + "c = Counter('ab')\nc['a'] += 2\nprint(d[0], c['z'], 'a' in c)\n");
        assertThat(cpp).contains("krait::collections::deque<double>* d{}", "d = krait::collections::deque<double>::make();",
                "d->append(1.5)", "d->popleft()", "krait::collections::Counter<krait::str*>::make(",
                "->getitem_ref(", "d->getitem(0)", "c->contains(");
    }

    @Test
    void translatedProjectHasACMakeListsUsingTheRuntime(@TempDir Path dir) throws Exception {
        Compiler c = new Compiler(HOME, BuildOptions.defaults(), new Timings());
        c.writeProject(c.translate(SourceFile.of("t.py", "print(1)\n"), "t"), dir);
        String lists = Files.readString(dir.resolve("CMakeLists.txt"), StandardCharsets.UTF_8);
        assertThat(lists).contains("cmake/KraitRuntime.cmake", "krait_add_program(t t.cpp)");
        assertThat(dir.resolve("t.cpp")).exists();
    }
}
