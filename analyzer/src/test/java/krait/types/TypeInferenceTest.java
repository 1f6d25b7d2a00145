package krait.types;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import krait.diag.CompileError;
import krait.diag.SourceFile;
import krait.syntax.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TypeInferenceTest {
    private static Models models;

    @BeforeAll
    static void loadModels() throws IOException {
        Path dir = Path.of(System.getProperty("krait.home", "..")).resolve("cpp-runtime/models");
        Map<String, ModelFunction> functions = new LinkedHashMap<>();
        Map<String, ModelClass> classes = new LinkedHashMap<>();
        Map<String, Models.ModelModule> modules = new LinkedHashMap<>();
        List<Models.BuiltinClass> builtinClasses = new java.util.ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".py")).sorted().toList()) {
                SourceFile f = SourceFile.read(p, p.getFileName().toString());
                String name = p.getFileName().toString().replaceFirst("\\.py$", "");
                if (name.equals("builtins") || name.equals("exceptions")) {
                    ModelLoader.load(Parser.parseModule(f), f, functions, classes, builtinClasses);
                } else {
                    // a library module, as the compiler loads it (collections' classes need their module)
                    modules.put(name, ModelLoader.loadModule(name, Parser.parseModule(f), f));
                }
            }
        }
        models = new Models(functions, classes, List.copyOf(builtinClasses), modules);
    }

    private static TypedProgram infer(String source) {
        SourceFile file = SourceFile.of("test.py", source);
        return TypeInference.infer(Parser.parseModule(file), file, models);
    }

    private static List<Specialization> specializationsOf(TypedProgram p, String name) {
        return p.specializations().stream().filter(s -> s.function().name().equals(name)).toList();
    }

    private static String global(TypedProgram p, String name) {
        return TypeNaming.full(p.globals().get(name).types());
    }

    @Test
    void verboseAnalysisReportsEachStageWithItsCounts() {
        SourceFile file = SourceFile.of("test.py", "def f(x):\n    return [x]\nf(1)\nf('a')\n");
        List<String> lines = new java.util.ArrayList<>();
        TypeInference.infer(Parser.parseModule(file), file, models, new InferenceProgress(lines::add));
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("fixpoint").contains("3 specializations")
                .contains("2 allocation sites"));
        assertThat(lines).last().asString().contains("checking representations");
    }

    @Test
    void functionCalledWithIntsReturnsInt() {
        TypedProgram p = infer("def add(a, b):\n    return a + b\nx = add(1, 2)\n");
        assertThat(global(p, "x")).isEqualTo("int");
        Specialization add = specializationsOf(p, "add").get(0);
        assertThat(add.argTypes()).containsExactly(PyType.INT, PyType.INT);
        assertThat(TypeNaming.full(add.returnVar().types())).isEqualTo("int");
    }

    @Test
    void aListMadeInsideAFunctionHasOneElementTypePerSpecialization() {
        TypedProgram p = infer("def wrap(x):\n    return [x]\na = wrap(1)\nb = wrap('s')\n");
        assertThat(global(p, "a")).isEqualTo("list[int]");
        assertThat(global(p, "b")).isEqualTo("list[str]");
    }

    @Test
    void recursionThatPassesANewListToItselfEndsAndKeepsElementTypesApart() {
        TypedProgram p = infer("""
                def perms(xs):
                    if len(xs) <= 1:
                        return [xs[:]]
                    out = []
                    for i in range(len(xs)):
                        for q in perms(xs[:i] + xs[i + 1:]):
                            out.append([xs[i]] + q)
                    return out
                a = perms([1, 2, 3])
                b = perms(['x', 'y'])
                """);
        assertThat(global(p, "a")).isEqualTo("list[list[int]]");
        assertThat(global(p, "b")).isEqualTo("list[list[str]]");
        assertThat(specializationsOf(p, "perms")).hasSizeLessThanOrEqualTo(4);
    }

    @Test
    void listFilledByAppendingFloatsIsAListOfFloats() {
        TypedProgram p = infer("xs = []\nxs.append(1.5)\n");
        assertThat(global(p, "xs")).isEqualTo("list[float]");
    }

    @Test
    void functionCalledWithIntsAndWithFloatsGetsTwoSpecializations() {
        TypedProgram p = infer("def twice(x):\n    return x * 2\na = twice(3)\nb = twice(1.5)\n");
        assertThat(specializationsOf(p, "twice")).extracting(Specialization::argTypes)
                .containsExactly(List.of(PyType.INT), List.of(PyType.FLOAT));
        assertThat(global(p, "a")).isEqualTo("int");
        assertThat(global(p, "b")).isEqualTo("float");
    }

    @Test
    void intsAndFloatsInOneListAreNumbers() {
        TypedProgram p = infer("xs = [10, 20, 5.5]\nt = sum(xs)\nm = max(xs)\nh = xs[0] / 2\n");
        assertThat(global(p, "xs")).isEqualTo("list[int | float]");
        assertThat(global(p, "t")).isEqualTo("int | float");
        assertThat(global(p, "m")).isEqualTo("int | float");
        assertThat(global(p, "h")).isEqualTo("float");
        assertThat(Representation.distinct(p.globals().get("t").types()).values()).containsExactly(PyType.NUMBER);
    }

    @Test
    void aNumberArgumentHasOneSpecializationThatTakesBoth() {
        TypedProgram p = infer("def twice(x):\n    return x * 2\nfor v in [1, 2.5]:\n    r = twice(v)\n");
        assertThat(specializationsOf(p, "twice")).extracting(Specialization::argTypes).containsExactly(List.of(PyType.INT));
        assertThat(global(p, "r")).isEqualTo("int | float");
    }

    @Test
    void boolBesideIntIsStillAConflict() {
        assertThatThrownBy(() -> infer("xs = [1, True]\n"))
                .isInstanceOf(CompileError.class).hasMessageContaining("holds both int and bool");
    }

    @Test
    void recursiveFunctionReachesAFixpoint() {
        TypedProgram p = infer("def fib(n):\n    if n < 2:\n        return n\n    return fib(n - 1) + fib(n - 2)\n"
                + "r = fib(10)\n");
        assertThat(global(p, "r")).isEqualTo("int");
        assertThat(p.callGraph().containsEdge(specializationsOf(p, "fib").get(0), specializationsOf(p, "fib").get(0)))
                .as("fib calls itself in the call graph").isTrue();
    }

    @Test
    void functionsMayBeCalledBeforeTheyAreDefined() {
        TypedProgram p = infer("def f():\n    return g() + 1\ndef g():\n    return 41\nv = f()\n");
        assertThat(global(p, "v")).isEqualTo("int");
    }

    @Test
    void emptyListJoinsTheListsItMeets() {
        TypedProgram p = infer("groups = [[1, 2], []]\n");
        assertThat(global(p, "groups")).isEqualTo("list[list[int]]");
    }

    @Test
    void defaultArgumentsGiveTheTypeOfMissingParameters() {
        TypedProgram p = infer("def greet(name, mark=\"!\"):\n    return name + mark\ns = greet(\"hi\")\n");
        assertThat(global(p, "s")).isEqualTo("str");
    }

    @Test
    void variableHoldingIntAndStrIsAnErrorWithNotesOnBothSources() {
        assertThatThrownBy(() -> infer("x = 1\nx = \"a\"\n"))
                .isInstanceOfSatisfying(CompileError.class, e -> {
                    assertThat(e.diagnostics()).hasSize(1);
                    assertThat(e.diagnostics().get(0).message()).isEqualTo("variable 'x' holds both int and str");
                    assertThat(e.diagnostics().get(0).notes()).extracting(n -> n.location().line()).containsExactly(1, 2);
                });
    }

    @Test
    void functionReturningIntOrNoneReturnsAnOptionalInt() {
        TypedProgram p = infer("def f(x):\n    if x:\n        return 1\nr = f(True)\n");
        assertThat(global(p, "r")).isEqualTo("int | None");
    }

    @Test
    void noneBesideBothAnIntAndAFloatIsStillAnError() {
        assertThatThrownBy(() -> infer("def f(x):\n    if x:\n        return 1\n    if not x:\n        return 2.5\nf(True)\n"))
                .isInstanceOf(CompileError.class).hasMessageContaining("returns both");
    }

    @Test
    void aTreeOfTuplesIsAClearErrorAtTheTupleNotARunawayAnalysis() {
        // each level of ("neg", node) would be a new tuple type; a list of such nodes made the
        // representation check recurse without end
        String src = "def build(n):\n    if n == 0:\n        return (\"num\", 1.0, [])\n"
                + "    return (\"neg\", build(n - 1), [build(n - 1)])\n"
                + "def parse(toks):\n    left = (\"num\", 0.0)\n    for t in toks:\n"
                + "        args = [left]\n        left = (\"call\", t, args)\n        left = (t, left)\n    return left\n"
                + "print(build(3), parse(['a', 'b']))\n";
        assertThatThrownBy(() -> infer(src)).isInstanceOfSatisfying(CompileError.class, e ->
                assertThat(e.diagnostics()).allSatisfy(d -> assertThat(d.message()).contains("recursive data built from tuples")));
    }

    @Test
    void undefinedNameIsReportedAtItsUse() {
        assertThatThrownBy(() -> infer("print(y)\n")).isInstanceOfSatisfying(CompileError.class, e ->
                assertThat(e.diagnostics().get(0).location().line()).isEqualTo(1));
    }

    @Test
    void sameInputGivesTheSameResult() {
        String src = "def f(a, b):\n    return a * b\nx = f(1, 2)\ny = f(1.5, 2.5)\nzs = [x]\n";
        assertThat(TypeReport.render(infer(src))).isEqualTo(TypeReport.render(infer(src)));
    }

    @Test
    void loopVariableReusedForAnotherTypeIsSplitPerLoop() {
        SourceFile file = SourceFile.of("t.py", "for i in range(3):\n    print(i)\nfor i in ['a']:\n    print(i)\n");
        TypedProgram p = TypeInference.infer(VariableSplitting.apply(Parser.parseModule(file)), file, models);
        assertThat(global(p, "i")).isEqualTo("int");
        assertThat(global(p, "i\u20322")).isEqualTo("str");
    }

    @Test
    void loopVariableReadAfterItsLoopKeepsItsLoopsType() {
        TypedProgram p = split("for i in range(3):\n    pass\nprint(i)\nfor i in ['a']:\n    print(i)\n");
        assertThat(global(p, "i")).isEqualTo("int");
        assertThat(global(p, "i\u20322")).isEqualTo("str");
    }

    @Test
    void aNameReboundToAnotherTypeIsSplitByFlow() {
        TypedProgram p = split("def f(line):\n    parts = line.split()\n    line = len(parts)\n    return line\n"
                + "x = 5\nprint(x)\nx = 'five'\nprint(x)\nprint(f('a b'))\n");
        assertThat(global(p, "x")).isEqualTo("int");
        assertThat(global(p, "x\u20322")).isEqualTo("str");
    }

    @Test
    void definitionsMeetingAtAUseAreOneVariable() {
        SourceFile file = SourceFile.of("t.py", "import sys\nx = 1\nif len(sys.argv) > 5:\n    x = 'a'\nprint(x)\n");
        assertThatThrownBy(() -> TypeInference.infer(VariableSplitting.apply(Parser.parseModule(file)), file, models))
                .isInstanceOf(CompileError.class).hasMessageContaining("holds both int and str");
    }

    @Test
    void aLaterDefinitionReachingAnEarlierUseThroughTheLoopIsOneVariable() {
        SourceFile file = SourceFile.of("t.py", "x = 1\nfor k in range(3):\n    print(x)\n    x = 'a'\n");
        assertThatThrownBy(() -> TypeInference.infer(VariableSplitting.apply(Parser.parseModule(file)), file, models))
                .isInstanceOf(CompileError.class).hasMessageContaining("holds both int and str");
    }

    @Test
    void aNameAGlobalStatementOrAClosureSeesIsNotSplit() {
        SourceFile file = SourceFile.of("t.py", "x = 1\nprint(x)\nx = 'a'\ndef f():\n    return x\nprint(f())\n");
        assertThatThrownBy(() -> TypeInference.infer(VariableSplitting.apply(Parser.parseModule(file)), file, models))
                .isInstanceOf(CompileError.class).hasMessageContaining("holds both int and str");
    }

    @Test
    void anExceptionHandlerSeesDefinitionsFromAnywhereInTheTryBody() {
        SourceFile file = SourceFile.of("t.py", "x = 1\ntry:\n    x = 'a'\n    x = int(x)\nexcept:\n"
                + "    print(x)\n");
        assertThatThrownBy(() -> TypeInference.infer(VariableSplitting.apply(Parser.parseModule(file)), file, models))
                .isInstanceOf(CompileError.class).hasMessageContaining("holds both");
    }

    private TypedProgram split(String source) {
        SourceFile file = SourceFile.of("t.py", source);
        return TypeInference.infer(VariableSplitting.apply(Parser.parseModule(file)), file, models);
    }

    @Test
    void modelClassInstancesGetTheirTypeParametersFromTheirSite() {
        TypedProgram p = infer("from collections import deque\nimport collections\n"
                + "a = deque()\na.append(1)\nb = collections.deque(['x'])\nx = a.popleft()\ny = b[0]\n"
                + "for z in b:\n    pass\n");
        assertThat(global(p, "a")).isEqualTo("deque[int]");
        assertThat(global(p, "b")).isEqualTo("deque[str]");
        assertThat(global(p, "x")).isEqualTo("int");
        assertThat(global(p, "y")).isEqualTo("str");
        assertThat(global(p, "z")).isEqualTo("str");
        assertThat(global(p, "deque")).isEqualTo("type[deque]");
    }

    @Test
    void modelClassesThatMeetAreUnifiedLikeLists() {
        TypedProgram p = infer("from collections import deque\n"
                + "a = deque()\nb = deque()\nboth = [a, b]\nb.append(2.5)\n");
        assertThat(global(p, "a")).isEqualTo("deque[float]");
    }

    @Test
    void aModelClassExtendingDictHasDictsMethodsAndItsOwnValueType() {
        TypedProgram p = infer("from collections import Counter, defaultdict\n"
                + "c = Counter('abc')\nn = c['a']\nitems = c.items()\nm = c.most_common(1)\n"
                + "g = defaultdict(list)\ng['k'].append(1.5)\nv = g.get('k')\n");
        assertThat(global(p, "c")).isEqualTo("Counter[str]");
        assertThat(global(p, "n")).isEqualTo("int");
        assertThat(global(p, "items")).isEqualTo("dict_items[str, int]");
        assertThat(global(p, "m")).isEqualTo("list[tuple[str, int]]");
        assertThat(global(p, "g")).isEqualTo("defaultdict[str, list[float]]");
        assertThat(global(p, "v")).isEqualTo("list[float] | None");
    }

    @Test
    void aMissingModelMethodIsAnError() {
        assertThatThrownBy(() -> infer("from collections import deque\nd = deque()\nd.push(1)\n"))
                .isInstanceOf(CompileError.class).hasMessageContaining("'deque' object has no attribute 'push'");
    }

    @Test
    void aModelClassWithoutTypeParametersIsOneClassOfInstances() {
        SourceFile model = SourceFile.of("shapes.py", "@cpp(\"krait::shapes::Pen\")\nclass Pen:\n"
                + "    @cpp(\"make\")\n    def __init__(self, width: int) -> None: ...\n"
                + "    @cpp(\"draw\")\n    def draw(self, length: float) -> float: ...\n"
                + "    @cpp(\"krait::shapes::twin\")\n    def twin(self) -> Pen: ...\n");
        Map<String, Models.ModelModule> modules = new LinkedHashMap<>(models.modules());
        modules.put("shapes", ModelLoader.loadModule("shapes", Parser.parseModule(model), model));
        Models withShapes = new Models(models.functions(), models.classes(), List.of(), modules);
        SourceFile file = SourceFile.of("test.py", "import shapes\np = shapes.Pen(2)\nq = p.twin()\nd = q.draw(3)\n"
                + "pens = [p, q]\n");
        TypedProgram p = TypeInference.infer(Parser.parseModule(file), file, withShapes);
        assertThat(global(p, "p")).isEqualTo("Pen");
        assertThat(global(p, "q")).isEqualTo("Pen");
        assertThat(global(p, "d")).isEqualTo("float");
        assertThat(global(p, "pens")).isEqualTo("list[Pen]");
        SourceFile noLen = SourceFile.of("test.py", "import shapes\nn = len(shapes.Pen(2))\n");
        assertThatThrownBy(() -> TypeInference.infer(Parser.parseModule(noLen), noLen, withShapes))
                .isInstanceOf(CompileError.class).hasMessageContaining("len() does not accept arguments of type (Pen)");
    }

    @Test
    void modelClassesShareTheMethodsOfATemplateWithSelfAndItsParametersFilledIn() {
        SourceFile model = SourceFile.of("boxes.py", "class _Box(Template[E]):\n"
                + "    @cpp(\"get\")\n    def get(self) -> E: ...\n"
                + "    @cpp(\"copy\")\n    def copy(self) -> Self: ...\n"
                + "    @cpp(\"pair\")\n    def pair(self) -> list[Self]: ...\n"
                + "@cpp(\"krait::boxes::IntBox\")\nclass IntBox(_Box[int]):\n"
                + "    @cpp(\"make\")\n    def __init__(self) -> None: ...\n"
                + "    @cpp(\"bits\")\n    def bits(self) -> int: ...\n"
                + "@cpp(\"krait::boxes::FloatBox\")\nclass FloatBox(_Box[float]):\n"
                + "    @cpp(\"make\")\n    def __init__(self) -> None: ...\n");
        Models.ModelModule boxes = ModelLoader.loadModule("boxes", Parser.parseModule(model), model);
        assertThat(boxes.classes()).containsOnlyKeys("IntBox", "FloatBox");
        Map<String, Models.ModelModule> modules = new LinkedHashMap<>(models.modules());
        modules.put("boxes", boxes);
        Models withBoxes = new Models(models.functions(), models.classes(), List.of(), modules);
        SourceFile file = SourceFile.of("test.py", "import boxes\ni = boxes.IntBox()\nf = boxes.FloatBox()\n"
                + "a = i.get()\nb = f.get()\nc = f.copy()\nd = i.pair()\ne = i.bits()\n");
        TypedProgram p = TypeInference.infer(Parser.parseModule(file), file, withBoxes);
        assertThat(global(p, "a")).isEqualTo("int");
        assertThat(global(p, "b")).isEqualTo("float");
        assertThat(global(p, "c")).isEqualTo("FloatBox");
        assertThat(global(p, "d")).isEqualTo("list[IntBox]");
        assertThat(global(p, "e")).isEqualTo("int");
        SourceFile noBits = SourceFile.of("test.py", "import boxes\nn = boxes.FloatBox().bits()\n");
        assertThatThrownBy(() -> TypeInference.infer(Parser.parseModule(noBits), noBits, withBoxes))
                .isInstanceOf(CompileError.class).hasMessageContaining("'FloatBox' object has no attribute 'bits'");
    }
}
