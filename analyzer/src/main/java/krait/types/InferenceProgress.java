package krait.types;

import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * What {@code -v} shows of a long analysis: at most one line a second while the solver runs (how
 * many constraints it has run, how many wait, how many specializations and allocation sites exist),
 * and a line as each stage after the fixpoint begins. A user whose program takes long to analyse
 * can see whether it is still growing (specializations climbing) or converging (pending falling).
 */
public final class InferenceProgress {
    /** Checking the clock costs little, but not nothing: only every this many constraint runs. */
    private static final long CHECK_EVERY = 4096;
    private static final long REPORT_INTERVAL_NANOS = 1_000_000_000L;

    public static final InferenceProgress SILENT = new InferenceProgress(null);

    private final Consumer<String> sink;
    private final long start = System.nanoTime();
    private long lastReport = start;
    private Supplier<String> sizes = () -> "";

    public InferenceProgress(Consumer<String> sink) {
        this.sink = sink;
    }

    /** Where the counts of specializations and sites come from (the context exists after this object). */
    void measure(Supplier<String> sizes) {
        this.sizes = sizes;
    }

    /** Called by the solver after each constraint run. */
    void step(long steps, int pending) {
        if (sink == null || steps % CHECK_EVERY != 0) {
            return;
        }
        long now = System.nanoTime();
        if (now - lastReport >= REPORT_INTERVAL_NANOS) {
            lastReport = now;
            sink.accept(String.format("krait: types: %.1f s: %,d constraint runs, %,d pending, %s",
                    (now - start) / 1e9, steps, pending, sizes.get()));
        }
    }

    /** A stage of the analysis begins. */
    void stage(String what, long steps) {
        if (sink != null) {
            sink.accept(String.format("krait: types: %.1f s: %s (%,d constraint runs, %s)",
                    (System.nanoTime() - start) / 1e9, what, steps, sizes.get()));
        }
    }
}
