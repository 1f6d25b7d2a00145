package krait.syntax.tools;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import krait.diag.CompileError;
import krait.diag.SourceFile;
import krait.syntax.CPythonOracle;
import krait.syntax.Parser;

/**
 * Parses every .py file of the standard library (or the given directories) in one JVM: a few
 * warm-up rounds, then timed rounds, and prints lines per second.
 *
 * <p>usage: ParserBench [--rounds N] [--warmup N] [dir...]
 */
public final class ParserBench {
    private ParserBench() {
    }

    public static void main(String[] args) {
        int rounds = 8;
        int warmup = 3;
        List<Path> roots = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                default -> roots.add(Path.of(args[i]));
            }
        }
        if (roots.isEmpty()) {
            roots.add(CPythonOracle.stdlib());
        }
        List<SourceFile> files = new ArrayList<>();
        long lines = 0;
        long bytes = 0;
        for (Path p : StdlibSweep.pythonFiles(roots)) {
            try {
                byte[] b = Files.readAllBytes(p);
                files.add(new SourceFile(p.toString(), b, ""));
                bytes += b.length;
                for (byte x : b) {
                    if (x == '\n') {
                        lines++;
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        System.out.printf("%d files, %d lines, %.1f MB%n", files.size(), lines, bytes / 1e6);
        for (int i = 0; i < warmup; i++) {
            parseAll(files);
        }
        long best = Long.MAX_VALUE;
        for (int i = 0; i < rounds; i++) {
            long t0 = System.nanoTime();
            int rejected = parseAll(files);
            long t = System.nanoTime() - t0;
            best = Math.min(best, t);
            System.out.printf("round %d: %.3f s (%d files rejected)%n", i + 1, t / 1e9, rejected);
        }
        System.out.printf("krait: best %.3f s, %.0f lines/s, %.1f MB/s%n", best / 1e9, lines / (best / 1e9),
                bytes / 1e6 / (best / 1e9));
    }

    private static int parseAll(List<SourceFile> files) {
        int rejected = 0;
        for (SourceFile f : files) {
            try {
                Parser.parseModule(f);
            } catch (CompileError e) {
                rejected++;
            }
        }
        return rejected;
    }
}
