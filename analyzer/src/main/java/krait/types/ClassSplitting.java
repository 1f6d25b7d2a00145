package krait.types;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import krait.syntax.Node;
import krait.syntax.Stmt;

/**
 * Chooses the classes whose instances are typed per allocation site. A class is one abstract
 * object until one of its attributes (or a container an attribute holds) would hold two types;
 * then the analysis runs again with that class split: each {@code C(...)} expression makes
 * instances of a copy of the class ({@link InferenceContext#instanceClass}) with attribute types
 * and method specializations of its own. If a copy still conflicts, the expression itself makes
 * different contents in different specializations of its function ({@code def make(x): return
 * Box(x)}), and the next analysis makes a copy per expression and specialization, as containers
 * have. A copy that conflicts even then mixes types within one site: splitting gains nothing,
 * so the split is taken back and the conflict is reported as without it. Each class goes through
 * these steps at most once, so the analysis runs at most three more times per class, and only
 * for programs that need it; the others are analysed once, exactly as before. A class whose
 * copies all came out alike was split only because of another's conflict (its attribute held what
 * a split class's method returned): it is merged back too. Copies alike that meet in one variable
 * or container are merged into one (see {@link #mergeMeetingCopies}).
 */
final class ClassSplitting {
    private ClassSplitting() {
    }

    /**
     * The classes to split in the next analysis (each mapped to whether its copies are made per
     * specialization too), or null if {@code cx}'s analysis stands. {@code refused} collects
     * classes whose split was taken back.
     */
    static Map<Stmt.ClassDef, Boolean> refine(InferenceContext cx, Map<Stmt.ClassDef, Boolean> split,
                                              Set<Stmt.ClassDef> refused, Map<Node, Node> sameSite) {
        Map<Stmt.ClassDef, Boolean> next = new LinkedHashMap<>(split);
        if (mergeMeetingCopies(cx, sameSite)) {
            return next;
        }
        // classes newly in conflict first: a copy may conflict only because a class holding the
        // instances of several sites is not split yet (w.cell.v = 4 for every Cell w.cell may be)
        for (ClassInfo c : cx.classes.values()) {
            if (!split.containsKey(c.def()) && !refused.contains(c.def()) && splittable(cx, c) && conflicts(c)) {
                next.put(c.def(), false);
            }
        }
        if (next.size() > split.size()) {
            return next;
        }
        Set<Stmt.ClassDef> stillConflicting = new LinkedHashSet<>();
        for (ClassInfo copy : cx.siteCopies) {
            if (conflicts(copy)) {
                stillConflicting.add(copy.def());
            }
        }
        for (Stmt.ClassDef def : stillConflicting) {
            if (split.get(def)) {
                next.remove(def);
                refused.add(def);
            } else {
                next.put(def, true);
            }
        }
        if (!stillConflicting.isEmpty()) {
            return next;
        }
        // split only because of another class's conflict (an attribute given what a Box held): merged back
        for (Stmt.ClassDef def : split.keySet()) {
            Set<Map<String, Set<String>>> layouts = new java.util.HashSet<>();
            cx.siteCopies.stream().filter(copy -> copy.def() == def).forEach(copy -> layouts.add(layout(copy)));
            if (layouts.size() <= 1) {
                next.remove(def);
                refused.add(def);
            }
        }
        return next.size() < split.size() ? next : null;
    }

    /**
     * Copies of one class that meet in a variable, an element type or a return value, and have
     * the same attribute types, are one site as far as the program can tell (as lists that meet
     * are one list): their expressions are recorded in {@code sameSite} (each mapped to the
     * first of its group) for the next analysis to make one copy for them. Copies with different
     * attribute types stay apart, and their meeting is the conflict reported.
     */
    private static boolean mergeMeetingCopies(InferenceContext cx, Map<Node, Node> sameSite) {
        List<TypeVar> vars = new ArrayList<>(cx.globals.values());
        for (Specialization s : cx.allSpecializations) {
            vars.addAll(s.locals.values());
            vars.addAll(s.exprTypes.values());
            vars.add(s.returnVar());
        }
        for (AllocSite site : cx.allSites) {
            vars.add(site.elements());
            vars.add(site.values());
        }
        for (ClassInfo c : cx.siteCopies) {
            vars.addAll(c.attributeVars.values());
        }
        boolean merged = false;
        for (TypeVar v : vars) {
            List<ClassInfo> copies = new ArrayList<>();
            for (PyType t : v.types()) {
                if (t instanceof PyType.InstanceType i && cx.copySites.containsKey(i.cls())) {
                    copies.add(i.cls());
                }
            }
            for (int a = 0; a < copies.size(); a++) {
                for (int b = a + 1; b < copies.size(); b++) {
                    ClassInfo x = copies.get(a);
                    ClassInfo y = copies.get(b);
                    if (x.origin() != y.origin() || !layout(x).equals(layout(y))) {
                        continue;
                    }
                    Node nx = representative(sameSite, cx.copySites.get(x).node());
                    Node ny = representative(sameSite, cx.copySites.get(y).node());
                    if (nx != ny) {
                        sameSite.put(ny, nx);
                        merged = true;
                    }
                }
            }
        }
        return merged;
    }

    /** The node standing for {@code node}'s group of expressions that make one copy. */
    static Node representative(Map<Node, Node> sameSite, Node node) {
        Node n = node;
        while (sameSite.containsKey(n)) {
            n = sameSite.get(n);
        }
        return n;
    }

    /** The representations each attribute of {@code copy} has. */
    private static Map<String, Set<String>> layout(ClassInfo copy) {
        Map<String, Set<String>> out = new java.util.HashMap<>();
        copy.attributeVars.forEach((name, v) -> out.put(name, Representation.distinct(v.types()).keySet()));
        return out;
    }

    /**
     * Only classes outside any hierarchy: a subclass shares its bases' fields (the C++ layout), so
     * splitting a class with bases or subclasses would need copies of the whole hierarchy.
     */
    private static boolean splittable(InferenceContext cx, ClassInfo c) {
        return !c.isBuiltin() && c.bases().isEmpty() && !c.isException()
                && cx.classes.values().stream().noneMatch(other -> other.bases().contains(c));
    }

    /** Whether an attribute of {@code c}, or an element of a container one holds, has two representations. */
    private static boolean conflicts(ClassInfo c) {
        Set<AllocSite> seen = new java.util.HashSet<>();
        for (TypeVar v : c.attributeVars.values()) {
            if (conflicts(v.types(), seen)) {
                return true;
            }
        }
        return false;
    }

    private static boolean conflicts(Set<PyType> types, Set<AllocSite> seen) {
        if (Representation.distinct(types).size() > 1) {
            return true;
        }
        List<PyType> work = new ArrayList<>(types);
        while (!work.isEmpty()) {
            PyType t = work.remove(work.size() - 1);
            if (t instanceof PyType.TupleType tu) {
                work.addAll(tu.elements());
                continue;
            }
            AllocSite site = ConstraintSolver.siteOf(t);
            if (site != null && seen.add(site)
                    && (conflicts(site.elements().types(), seen) || conflicts(site.values().types(), seen))) {
                return true;
            }
        }
        return false;
    }
}
