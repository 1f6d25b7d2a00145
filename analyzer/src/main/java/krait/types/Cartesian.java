package krait.types;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The Cartesian product of argument type sets: the tuples the CPA analyses one by one. */
final class Cartesian {
    private Cartesian() {
    }

    /** All tuples, or an empty list while some argument has no type yet. */
    static List<List<PyType>> product(List<Set<PyType>> sets) {
        List<List<PyType>> out = new ArrayList<>();
        out.add(List.of());
        for (Set<PyType> set : sets) {
            List<PyType> choices = List.copyOf(set);
            List<List<PyType>> next = new ArrayList<>(out.size() * Math.max(1, choices.size()));
            for (List<PyType> prefix : out) {
                for (PyType t : choices) {
                    List<PyType> tuple = new ArrayList<>(prefix);
                    tuple.add(t);
                    next.add(List.copyOf(tuple));
                }
            }
            out = next;
        }
        return out;
    }
}
