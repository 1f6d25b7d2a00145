package krait.diag;

/** How bad a diagnostic is; errors stop compilation. */
public enum Severity {
    ERROR("error"), WARNING("warning"), NOTE("note");

    public final String label;

    Severity(String label) {
        this.label = label;
    }
}
