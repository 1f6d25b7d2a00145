package krait.types;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import krait.syntax.Pos;

/**
 * A node of the constraint graph: the set of types an expression, variable, parameter, return
 * value or container element may hold. Types only ever grow; each remembers where it came in first
 * (for diagnostics). Insertion order is kept so that the analysis and its output are deterministic.
 */
public final class TypeVar {
    private final String description;
    private final Pos pos;
    private final Map<PyType, Pos> types = new LinkedHashMap<>();
    final List<TypeVar> flowsTo = new ArrayList<>();
    /**
     * Variables whose values this one's meet in an operation without flowing either way (the
     * elements of the two sets of {@code a & b}, of the two lists of {@code a == b}): where an
     * empty container's element type is settled, the type found there is the one to take.
     */
    final List<TypeVar> meets = new ArrayList<>();
    final List<Constraint> dependents = new ArrayList<>();

    TypeVar(String description, Pos pos) {
        this.description = description;
        this.pos = pos;
    }

    /** What this variable stands for, for diagnostics: "variable 'x'", "return value of f". */
    public String description() {
        return description;
    }

    public Pos pos() {
        return pos;
    }

    public Set<PyType> types() {
        return Collections.unmodifiableSet(types.keySet());
    }

    /** Where {@code type} first came into this variable. */
    public Pos origin(PyType type) {
        return types.get(type);
    }

    /** The single type, or null if there is none or more than one. */
    public PyType single() {
        return types.size() == 1 ? types.keySet().iterator().next() : null;
    }

    boolean add(PyType type, Pos origin) {
        return types.putIfAbsent(type, origin) == null;
    }

    @Override
    public String toString() {
        return description + types.keySet();
    }
}
