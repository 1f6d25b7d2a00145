package krait.modules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import krait.diag.CompileError;
import krait.diag.SourceFile;
import krait.syntax.AstDump;
import krait.syntax.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModuleGraphTest {
    @TempDir
    Path dir;

    private ModuleLinker.Result link(String main, List<Path> include) throws IOException {
        Path file = dir.resolve("main.py");
        Files.writeString(file, main);
        SourceFile source = SourceFile.read(file, "main.py");
        return ModuleLinker.link(new ModuleGraph(file, source, Parser.parseModule(source), include, Set.of("math", "sys"),
                Parser::parseModule));
    }

    @Test
    void modulesAreFoundOnIncludePathsAfterTheMainDirectory() throws IOException {
        Path lib = Files.createDirectories(dir.resolve("lib"));
        Files.writeString(lib.resolve("tool.py"), "def f():\n    return 1\n");
        ModuleLinker.Result r = link("import tool\nprint(tool.f())\n", List.of(lib));
        assertThat(r.modules()).extracting(ModuleGraph.Module::name).containsExactly("__main__", "tool");
        assertThat(AstDump.dump(r.module())).contains("name='tool.f'").doesNotContain("Import(");
    }

    @Test
    void aPackageDirectoryComesBeforeAModuleFile() throws IOException {
        Files.createDirectories(dir.resolve("thing"));
        Files.writeString(dir.resolve("thing").resolve("__init__.py"), "KIND = 'package'\n");
        Files.writeString(dir.resolve("thing.py"), "KIND = 'module'\n");
        ModuleLinker.Result r = link("import thing\nprint(thing.KIND)\n", List.of());
        assertThat(r.modules().get(1).isPackage()).isTrue();
    }

    @Test
    void aProgramFileShadowsALibraryModelButNotAnInterpreterModule() throws IOException {
        Files.writeString(dir.resolve("math.py"), "def tau():\n    return 6.28\n");
        Files.writeString(dir.resolve("sys.py"), "X = 1\n");
        ModuleLinker.Result r = link("import math\nimport sys\nprint(math.tau())\n", List.of());
        assertThat(r.modules()).extracting(ModuleGraph.Module::name).containsExactly("__main__", "math");
        assertThat(AstDump.dump(r.module())).contains("name='math.tau'").contains("Import(names=[alias(name='sys')])");
    }

    @Test
    void aModuleImportedTwiceRunsOnce() throws IOException {
        Files.writeString(dir.resolve("once.py"), "print('loaded')\n");
        ModuleLinker.Result r = link("import once\nimport once as again\nfrom once import *\n", List.of());
        assertThat(AstDump.dump(r.module()).split("loaded", -1)).hasSize(2);
    }

    @Test
    void aMissingModuleIsAnErrorAtTheImport() {
        assertThatThrownBy(() -> link("x = 1\nimport nowhere_at_all\n", List.of())).isInstanceOf(CompileError.class)
                .hasMessageContaining("no module named 'nowhere_at_all'");
    }
}
