package krait.build;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/** Wall-clock time of each phase, for {@code --timings}. */
public final class Timings {
    private final Map<String, Long> nanos = new LinkedHashMap<>();

    public <T> T time(String phase, Supplier<T> work) {
        long start = System.nanoTime();
        try {
            return work.get();
        } finally {
            nanos.merge(phase, System.nanoTime() - start, Long::sum);
        }
    }

    public void add(String phase, long elapsedNanos) {
        nanos.merge(phase, elapsedNanos, Long::sum);
    }

    public String report() {
        StringBuilder out = new StringBuilder();
        long total = 0;
        for (var e : nanos.entrySet()) {
            out.append(String.format("  %-12s %8.1f ms%n", e.getKey(), e.getValue() / 1e6));
            total += e.getValue();
        }
        out.append(String.format("  %-12s %8.1f ms%n", "total", total / 1e6));
        return out.toString();
    }
}
