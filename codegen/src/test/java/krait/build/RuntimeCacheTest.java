package krait.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuntimeCacheTest {
    @Test
    void onlyTheMostRecentlyUsedRuntimeBuildsKeepTheirPrecompiledHeader(@TempDir Path runtimes) throws Exception {
        int builds = RuntimeCache.KEPT_PRECOMPILED_HEADERS + 3;
        for (int i = 0; i < builds; i++) {
            Path dir = Files.createDirectories(runtimes.resolve("generic-" + i).resolve("pch"));
            Files.writeString(dir.getParent().resolve("libkrait_runtime.a"), "");
            Files.writeString(dir.resolve("krait_pch.h"), "#include <krait/runtime.h>\n");
            Files.writeString(dir.resolve("krait_pch.h.gch"), "");
            Files.setLastModifiedTime(dir.getParent(), FileTime.fromMillis(1_000_000L * (i + 1)));
        }
        Files.createDirectories(runtimes.resolve("generic-9.tmp123")); // a build in progress

        RuntimeCache.dropOldPrecompiledHeaders(runtimes);

        for (int i = 0; i < builds; i++) {
            Path pch = runtimes.resolve("generic-" + i).resolve("pch");
            assertThat(Files.exists(pch.resolve("krait_pch.h.gch"))).as("generic-" + i)
                    .isEqualTo(i >= builds - RuntimeCache.KEPT_PRECOMPILED_HEADERS);
            assertThat(pch.resolve("krait_pch.h")).exists(); // programs built against it still compile
        }
    }
}
