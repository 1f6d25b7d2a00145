package krait.types;

import krait.syntax.Pos;

/**
 * Where a container is created: the expression that makes it and the specialization it runs in.
 * Identity matters, not structure: the solver makes exactly one per (node, context), so the
 * default identity equality of this class is what we want.
 */
public final class AllocSite {
    private final int id;
    private final Pos pos;
    private final TypeVar elements;

    AllocSite(int id, Pos pos, TypeVar elements) {
        this.id = id;
        this.pos = pos;
        this.elements = elements;
    }

    public int id() {
        return id;
    }

    public Pos pos() {
        return pos;
    }

    /** What the container holds. */
    public TypeVar elements() {
        return elements;
    }

    @Override
    public String toString() {
        return "site" + id + "@" + pos.line() + ":" + pos.col();
    }
}
