package krait.types;

import krait.syntax.Node;
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
    private final TypeVar values;
    private final Node node;
    private final String tag;
    private final Specialization context;
    /** Nothing is ever stored into the dict's values: the analysis guessed their type (it is always empty). */
    private boolean valuesGuessed;
    private boolean elementsGuessed;

    AllocSite(int id, Pos pos, TypeVar elements, TypeVar values, Node node, String tag, Specialization context) {
        this.id = id;
        this.pos = pos;
        this.elements = elements;
        this.values = values;
        this.node = node;
        this.tag = tag;
        this.context = context;
    }

    /** The expression (or statement) that makes the container. */
    public Node node() {
        return node;
    }

    /** Tells apart several containers made by one node. */
    String tag() {
        return tag;
    }

    /** The specialization whose code makes the container; null for containers made once (model attributes). */
    public Specialization context() {
        return context;
    }

    public int id() {
        return id;
    }

    public Pos pos() {
        return pos;
    }

    /** What the container holds: a list's or set's elements, a dict's keys. */
    public TypeVar elements() {
        return elements;
    }

    /**
     * Whether nothing is ever stored as a value of this dict (its value type was guessed when the
     * analysis settled empty containers): it is empty whenever the program runs, so {@code f(**d)}
     * gives no keyword arguments.
     */
    public boolean valuesGuessed() {
        return valuesGuessed;
    }

    void markValuesGuessed() {
        valuesGuessed = true;
    }

    /**
     * Whether nothing is ever stored as an element of this container (its element type was
     * guessed when the analysis settled empty containers): it is empty whenever the program runs.
     */
    public boolean elementsGuessed() {
        return elementsGuessed;
    }

    void markElementsGuessed() {
        elementsGuessed = true;
    }

    /** A dict's values (unused for other containers). */
    public TypeVar values() {
        return values;
    }

    @Override
    public String toString() {
        return "site" + id + "@" + pos.line() + ":" + pos.col();
    }
}
