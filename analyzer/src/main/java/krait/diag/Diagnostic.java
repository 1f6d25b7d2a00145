package krait.diag;

import java.util.List;

/**
 * One message for the user: where, how bad, the text (already formatted from the {@link Messages}
 * catalogue) and notes that explain it, each with a location of its own.
 */
public record Diagnostic(Severity severity, /* nullable */ Location location, String message, List<Diagnostic> notes) {
    public static Diagnostic error(Location location, MessageId id, Object... args) {
        return new Diagnostic(Severity.ERROR, location, Messages.format(id, args), List.of());
    }

    public static Diagnostic note(Location location, MessageId id, Object... args) {
        return new Diagnostic(Severity.NOTE, location, Messages.format(id, args), List.of());
    }

    public Diagnostic withNotes(List<Diagnostic> more) {
        List<Diagnostic> all = new java.util.ArrayList<>(notes);
        all.addAll(more);
        return new Diagnostic(severity, location, message, List.copyOf(all));
    }
}
