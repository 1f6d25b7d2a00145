package krait.syntax.tools;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import krait.syntax.CPythonOracle;
import krait.syntax.Comparison;

/**
 * Parses every .py file under the given directories (default: CPython's standard library, without
 * site-packages) with Krait and with CPython and reports how many agree, then the first differences.
 *
 * <p>usage: StdlibSweep [--attributes] [--every N] [--show K] [--mutants M] [--messages] [dir-or-file...]
 *
 * <p>With {@code --mutants M} each sampled file is replaced by M randomly broken copies (see
 * {@link krait.syntax.Mutator}), which measures how often syntax errors are reported at CPython's line;
 * {@code --messages} also lists errors at the right line whose message differs from CPython's.
 */
public final class StdlibSweep {
    private StdlibSweep() {
    }

    public static void main(String[] args) {
        boolean attributes = false;
        int every = 1;
        int show = 20;
        int mutants = 0;
        boolean showMessages = false;
        List<Path> roots = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--attributes" -> attributes = true;
                case "--every" -> every = Integer.parseInt(args[++i]);
                case "--show" -> show = Integer.parseInt(args[++i]);
                case "--mutants" -> mutants = Integer.parseInt(args[++i]);
                case "--messages" -> showMessages = true;
                default -> roots.add(Path.of(args[i]));
            }
        }
        if (roots.isEmpty()) {
            roots.add(CPythonOracle.stdlib());
        }
        List<Path> files = sample(pythonFiles(roots), every);
        if (mutants > 0) {
            files = mutants(files, mutants);
        }
        long t0 = System.nanoTime();
        List<CPythonOracle.Verdict> verdicts = CPythonOracle.judge(files, attributes);
        long t1 = System.nanoTime();
        int same = 0;
        int accepted = 0;
        int rejected = 0;
        int rejectedSameLine = 0;
        int sameMessage = 0;
        List<Comparison> otherMessage = new ArrayList<>();
        List<Comparison> bad = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            Comparison c = Comparison.of(files.get(i), verdicts.get(i), attributes);
            if (verdicts.get(i).ok()) {
                accepted++;
            } else {
                rejected++;
            }
            if (c.agrees()) {
                if (verdicts.get(i).ok()) {
                    same++;
                } else {
                    rejectedSameLine++;
                    if (c.sameMessage()) {
                        sameMessage++;
                    } else {
                        otherMessage.add(c);
                    }
                }
            } else {
                bad.add(c);
            }
        }
        long t2 = System.nanoTime();
        for (Comparison c : bad.subList(0, Math.min(show, bad.size()))) {
            System.out.println(c.describe());
        }
        System.out.printf("files: %d (python %.1fs, krait %.1fs)%n", files.size(), (t1 - t0) / 1e9, (t2 - t1) / 1e9);
        System.out.printf("identical dumps: %d / %d accepted by CPython%n", same, accepted);
        System.out.printf("rejected at the same line: %d / %d rejected by CPython%n", rejectedSameLine, rejected);
        System.out.printf("  of which with the same message: %d%n", sameMessage);
        System.out.printf("disagreements: %d%n", bad.size());
        if (showMessages) {
            for (Comparison c : otherMessage.subList(0, Math.min(show, otherMessage.size()))) {
                System.out.println("message: " + c.describe());
            }
        }
        System.exit(bad.isEmpty() ? 0 : 1);
    }

    /** Every .py file under the roots, sorted by path; site-packages is not the standard library. */
    public static List<Path> pythonFiles(List<Path> roots) {
        List<Path> out = new ArrayList<>();
        for (Path root : roots) {
            if (Files.isRegularFile(root)) {
                out.add(root);
                continue;
            }
            try (Stream<Path> walk = Files.walk(root)) {
                out.addAll(walk.filter(p -> p.toString().endsWith(".py") && Files.isRegularFile(p))
                        .filter(p -> !p.toString().contains("site-packages"))
                        .collect(Collectors.toList()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        out.sort(null);
        return out;
    }

    private static List<Path> mutants(List<Path> files, int perFile) {
        try {
            Path dir = Files.createTempDirectory("krait-mutants");
            List<Path> out = new ArrayList<>();
            for (int i = 0; i < files.size(); i++) {
                byte[] source = Files.readAllBytes(files.get(i));
                for (int k = 0; k < perFile; k++) {
                    Path mutant = dir.resolve(i + "-" + k + "-" + files.get(i).getFileName());
                    Files.write(mutant, krait.syntax.Mutator.mutate(source, i * 1000L + k));
                    out.add(mutant);
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<Path> sample(List<Path> files, int every) {
        List<Path> out = new ArrayList<>();
        for (int i = 0; i < files.size(); i += every) {
            out.add(files.get(i));
        }
        return out;
    }
}
