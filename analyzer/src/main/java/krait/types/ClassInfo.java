package krait.types;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import krait.syntax.Expr;
import krait.syntax.Pos;
import krait.syntax.Stmt;

/**
 * A user class: its bases, its method resolution order (C3, as Python computes it), its methods,
 * and its attributes. Instances of a class are one abstract object, so each attribute has one
 * type variable, kept by the class that declares it (the first in the MRO's reverse that assigns
 * it), so that a subclass shares its base's fields, as the C++ layout does. A class split by
 * allocation site ({@link ClassSplitting}) has a copy per site: a ClassInfo of its own, with its
 * own attribute variables and methods, whose {@link #origin()} is the class as written.
 */
public final class ClassInfo {
    private final String name;
    private final Stmt.ClassDef def;
    private final List<ClassInfo> bases;
    private final List<ClassInfo> mro;
    private final Map<String, FunctionInfo> methods = new LinkedHashMap<>();
    private final Map<Stmt.FunctionDef, FunctionInfo> methodsByDef = new java.util.IdentityHashMap<>();
    private final Set<String> declaredAttributes = new LinkedHashSet<>();
    private final Set<String> classAttributes = new LinkedHashSet<>();
    final Map<String, TypeVar> attributeVars = new LinkedHashMap<>();
    final Map<String, TypeVar> classAttributeVars = new LinkedHashMap<>();
    private final int id;
    private final /* nullable */ String cppName;
    /** For the instances made at one allocation site of a split class: the class as written; else null. */
    private final /* nullable */ ClassInfo origin;
    private final String siteLabel;
    private final String uniqueName;
    /** Set by the lowering when instances can be C++ values (see its ValueClasses): one program's fact. */
    private boolean valueType;

    ClassInfo(int id, Stmt.ClassDef def, List<ClassInfo> bases) {
        this(id, def, bases, null);
    }

    /** {@code cppName} is set for classes implemented in C++ by the runtime (the builtin exceptions). */
    ClassInfo(int id, Stmt.ClassDef def, List<ClassInfo> bases, String cppName) {
        this(id, def, bases, cppName, null, def.name(), def.name());
    }

    /**
     * The instances of {@code origin} made at one allocation site ({@link ClassSplitting}): the same
     * body, with attribute types and method specializations of their own. {@code siteLabel} names
     * it in reports ({@code Box@12}), {@code uniqueName} tells its C++ class apart.
     */
    ClassInfo(int id, ClassInfo origin, String siteLabel, String uniqueName) {
        this(id, origin.def, origin.bases, null, origin, siteLabel, uniqueName);
    }

    private ClassInfo(int id, Stmt.ClassDef def, List<ClassInfo> bases, String cppName, ClassInfo origin,
                      String siteLabel, String uniqueName) {
        this.id = id;
        this.cppName = cppName;
        this.origin = origin;
        this.siteLabel = siteLabel;
        this.uniqueName = uniqueName;
        this.name = def.name();
        this.def = def;
        this.bases = List.copyOf(bases);
        this.mro = computeMro(this, bases);
        for (Stmt s : def.body()) {
            if (s instanceof Stmt.FunctionDef f) {
                FunctionInfo m = FunctionInfo.ofMethod(f, this);
                methodsByDef.put(f, m);
                FunctionInfo previous = methods.get(f.name());
                // a property's setter shares its name with the getter: the name stays the property
                if (previous == null || m.kind() != FunctionInfo.Kind.PROPERTY_SETTER) {
                    methods.put(f.name(), m);
                }
                if (!f.args().args().isEmpty()) {
                    collectSelfAssignments(f.body(), f.args().args().get(0).arg(), declaredAttributes);
                }
            } else if (s instanceof Stmt.Assign a) {
                for (Expr t : a.targets()) {
                    if (t instanceof Expr.Name n) {
                        classAttributes.add(n.id());
                    }
                }
            } else if (s instanceof Stmt.AnnAssign a && a.target() instanceof Expr.Name n) {
                classAttributes.add(n.id());
            }
        }
    }

    public int id() {
        return id;
    }

    /** The runtime's C++ class for a builtin class, or null for the program's own classes. */
    public String cppName() {
        return cppName;
    }

    public boolean isBuiltin() {
        return cppName != null;
    }

    /** Whether instances are exceptions (the class derives from BaseException). */
    public boolean isException() {
        return mro.stream().anyMatch(c -> c.isBuiltin() && c.name().equals("BaseException"));
    }

    public String name() {
        return name;
    }

    /** How reports and diagnostics name the type of its instances: the name, or {@code Box@12} for one site's. */
    public String displayName() {
        return siteLabel;
    }

    /** A name no other class of the program has (for the C++ class): the name, or {@code Box_2} for one site's. */
    public String uniqueName() {
        return uniqueName;
    }

    /** The class as the program defines it: this one, unless this holds the instances of one allocation site. */
    public ClassInfo origin() {
        return origin == null ? this : origin;
    }

    /** Whether this class stands for the instances of one allocation site of a split class. */
    public boolean isSiteCopy() {
        return origin != null;
    }

    public Stmt.ClassDef def() {
        return def;
    }

    public Pos pos() {
        return def.pos();
    }

    public List<ClassInfo> bases() {
        return bases;
    }

    /** The method resolution order, this class first. */
    public List<ClassInfo> mro() {
        return mro;
    }

    public Map<String, FunctionInfo> methods() {
        return methods;
    }

    /** The method defined by {@code def} in this class's body. */
    public FunctionInfo methodFor(Stmt.FunctionDef def) {
        return methodsByDef.get(def);
    }

    /** The method {@code name} as an instance of this class finds it, or null. */
    public FunctionInfo lookupMethod(String name) {
        for (ClassInfo c : mro) {
            FunctionInfo m = c.methods.get(name);
            if (m != null) {
                return m;
            }
        }
        return null;
    }

    /** The method {@code name} found after {@code after} in this class's MRO ({@code super()}). */
    /**
     * The abstract methods a call of this class would leave unimplemented, sorted as CPython lists
     * them in its TypeError: the names whose first definition along the MRO is abstract.
     */
    public java.util.SortedSet<String> abstractMethods() {
        java.util.SortedSet<String> out = new java.util.TreeSet<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (ClassInfo c : mro) {
            for (FunctionInfo m : c.methods.values()) {
                if (seen.add(m.name()) && m.isAbstract()) {
                    out.add(m.name());
                }
            }
        }
        return out;
    }

    public FunctionInfo lookupMethodAfter(String name, ClassInfo after) {
        boolean past = false;
        for (ClassInfo c : mro) {
            if (past && c.methods.containsKey(name)) {
                return c.methods.get(name);
            }
            past |= c == after;
        }
        return null;
    }

    /** Whether the lowering keeps instances as C++ values instead of GC-allocated objects. */
    public boolean isValueType() {
        return valueType;
    }

    public void markValueType() {
        valueType = true;
    }

    /** Attribute names assigned through {@code self} in this class's own methods. */
    public Set<String> declaredAttributes() {
        return declaredAttributes;
    }

    /** Names assigned in the class body: class attributes (shared by all instances). */
    public Set<String> classAttributes() {
        return classAttributes;
    }

    /** The class whose layout holds the class attribute {@code attr}, or null. */
    public ClassInfo classAttributeOwner(String attr) {
        if (origin != null) {
            return origin.classAttributeOwner(attr); // class attributes are shared by the instances of every site
        }
        for (ClassInfo c : mro) {
            if (c.classAttributes.contains(attr)) {
                return c;
            }
        }
        return null;
    }

    /**
     * The class whose layout holds instance attribute {@code attr}: the most basic class along the
     * chain of first bases (the C++ struct's bases) whose MRO declares it. An attribute of a later
     * base ({@code class Account(Base, Logged)} with {@code Logged.__init__} setting {@code self.log})
     * is thus a field of the first class on that chain that has the later base in its MRO: a C++
     * struct derives from its first base only, so the later base's own field is not reachable there.
     * With single inheritance this is the most basic class that declares it.
     */
    public ClassInfo attributeOwner(String attr) {
        ClassInfo owner = null;
        for (ClassInfo k = this; k != null; k = k.bases.isEmpty() ? null : k.bases.get(0)) {
            if (k.hasAttribute(attr)) {
                owner = k;
            }
        }
        return owner == null ? this : owner;
    }

    /** Whether this class or a base assigns instance attribute {@code attr} somewhere. */
    public boolean hasAttribute(String attr) {
        return mro.stream().anyMatch(c -> c.declaredAttributes.contains(attr));
    }

    public boolean isSubclassOf(ClassInfo other) {
        return mro.contains(other) || origin != null && origin.isSubclassOf(other);
    }

    /** The fields this class itself adds to its layout (not its bases'), with their type variables. */
    public Map<String, TypeVar> ownAttributes() {
        return java.util.Collections.unmodifiableMap(attributeVars);
    }

    /** The class attributes this class's body assigns, with their type variables. */
    public Map<String, TypeVar> ownClassAttributes() {
        return java.util.Collections.unmodifiableMap(classAttributeVars);
    }

    private static void collectSelfAssignments(List<Stmt> body, String self, Set<String> out) {
        for (Stmt s : body) {
            List<Expr> targets = new ArrayList<>();
            if (s instanceof Stmt.Assign a) {
                targets.addAll(a.targets());
            } else if (s instanceof Stmt.AugAssign a) {
                targets.add(a.target());
            } else if (s instanceof Stmt.AnnAssign a) {
                targets.add(a.target());
            }
            for (Expr t : targets) {
                collectTargets(t, self, out);
            }
            for (List<Stmt> inner : Blocks.nested(s)) {
                collectSelfAssignments(inner, self, out);
            }
        }
    }

    private static void collectTargets(Expr t, String self, Set<String> out) {
        if (t instanceof Expr.Attribute a && a.value() instanceof Expr.Name n && n.id().equals(self)) {
            out.add(a.attr());
        } else if (t instanceof Expr.Tuple tu) {
            tu.elts().forEach(e -> collectTargets(e, self, out));
        } else if (t instanceof Expr.List l) {
            l.elts().forEach(e -> collectTargets(e, self, out));
        }
    }

    /** C3 linearization; falls back to depth-first order when the bases can't be linearized. */
    private static List<ClassInfo> computeMro(ClassInfo cls, List<ClassInfo> bases) {
        List<List<ClassInfo>> seqs = new ArrayList<>();
        for (ClassInfo b : bases) {
            seqs.add(new ArrayList<>(b.mro));
        }
        seqs.add(new ArrayList<>(bases));
        List<ClassInfo> out = new ArrayList<>();
        out.add(cls);
        while (true) {
            seqs.removeIf(List::isEmpty);
            if (seqs.isEmpty()) {
                return List.copyOf(out);
            }
            ClassInfo head = null;
            for (List<ClassInfo> seq : seqs) {
                ClassInfo candidate = seq.get(0);
                boolean inTail = seqs.stream().anyMatch(s -> s.indexOf(candidate) > 0);
                if (!inTail) {
                    head = candidate;
                    break;
                }
            }
            if (head == null) {
                for (ClassInfo b : bases) {
                    for (ClassInfo c : b.mro) {
                        if (!out.contains(c)) {
                            out.add(c);
                        }
                    }
                }
                return List.copyOf(out);
            }
            out.add(head);
            for (List<ClassInfo> seq : seqs) {
                if (!seq.isEmpty() && seq.get(0) == head) {
                    seq.remove(0);
                }
            }
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
