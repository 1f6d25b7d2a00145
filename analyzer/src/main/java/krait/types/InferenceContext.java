package krait.types;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import krait.diag.Diagnostic;
import krait.diag.Location;
import krait.diag.MessageId;
import krait.diag.SourceFile;
import krait.syntax.Node;
import krait.syntax.Pos;
import krait.syntax.Stmt;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.DefaultEdge;

/**
 * The state of one analysis, passed to every part of it (there is no global state): the solver,
 * the models, the program's functions and globals, the specializations made so far, the call graph
 * they form, and the diagnostics found.
 */
public final class InferenceContext {
    /** Beyond this many argument-type tuples a function is reported instead of copied again. */
    static final int MAX_SPECIALIZATIONS = 64;
    static final int MAX_COMPARED_CLASSES = 6;

    final SourceFile file;
    final Models models;
    final ConstraintSolver solver = new ConstraintSolver();
    final FunctionInfo module;
    final Set<String> moduleNames;
    final Map<String, TypeVar> globals = new LinkedHashMap<>();
    final Map<Stmt.FunctionDef, FunctionInfo> functions = new IdentityHashMap<>();
    /** A specialization is made per argument types and, for nested functions, per enclosing specialization. */
    record SpecKey(List<PyType> args, Specialization env) {}

    final Map<FunctionInfo, Map<SpecKey, Specialization>> specializations = new LinkedHashMap<>();
    final Map<krait.syntax.Node, FunctionInfo> nestedFunctions = new IdentityHashMap<>();
    final List<Specialization> allSpecializations = new ArrayList<>();
    final List<AllocSite> allSites = new ArrayList<>();
    private final Map<Node, Map<SiteKey, AllocSite>> sitesByNode = new IdentityHashMap<>();
    private final Map<VarTupleKey, AllocSite> varTupleSites = new LinkedHashMap<>();

    /** A variable tuple made where tuples of several lengths meet in {@code v} (at a position of its tuples: {@code tag}). */
    private record VarTupleKey(TypeVar v, String tag) {}
    /** What a model class instance's special method returns when that is built from its slots ({@link ModelClassTyping}). */
    final Map<ModelClassTyping.ResultKey, TypeVar> modelResults = new LinkedHashMap<>();
    /** The program's classes by definition, in definition order (bases before subclasses). */
    final Map<Stmt.ClassDef, ClassInfo> classes = new java.util.LinkedHashMap<>();
    Specialization moduleSpec;
    final Graph<Specialization, DefaultEdge> callGraph = new DefaultDirectedGraph<>(DefaultEdge.class);
    private final Set<String> reported = new LinkedHashSet<>();
    private final List<Diagnostic> diagnostics = new ArrayList<>();

    InferenceContext(SourceFile file, Models models, List<Stmt> moduleBody) {
        this(file, models, moduleBody, Map.of(), Map.of());
    }

    /**
     * {@code splitClasses}: classes whose instances are typed per allocation site
     * ({@link ClassSplitting}), each mapped to whether the site includes the specialization;
     * {@code sameSite}: expressions that make one site's instances together (they meet).
     */
    InferenceContext(SourceFile file, Models models, List<Stmt> moduleBody, Map<Stmt.ClassDef, Boolean> splitClasses,
                     Map<Node, Node> sameSite) {
        this.splitClasses = Map.copyOf(splitClasses);
        solver.varTupleSites(this::varTupleSite);
        this.sameSite = sameSite;
        this.file = file;
        this.models = models;
        this.module = FunctionInfo.ofModule(moduleBody);
        Set<String> names = new LinkedHashSet<>(ScopeAnalysis.boundNames(moduleBody));
        // a `global x` inside a function makes x a module variable even if only that function assigns it
        collectGlobalDeclarations(moduleBody, names);
        collectGlobalDeclarations(moduleBody, declaredGlobal);
        this.moduleNames = names;
        for (Models.BuiltinClass b : models.builtinClasses()) {
            List<ClassInfo> bases = new ArrayList<>();
            for (krait.syntax.Expr base : b.def().bases()) {
                ClassInfo bc = builtinClasses.get(((krait.syntax.Expr.Name) base).id());
                if (bc != null) {
                    bases.add(bc);
                }
            }
            builtinClasses.put(b.def().name(), new ClassInfo(1000 + builtinClasses.size(), b.def(), bases, b.cppName()));
        }
        addModuleExceptionClasses();
        collectImports(moduleBody);
        collectClasses(moduleBody);
        this.attributeStability = new AttributeStability(moduleBody);
    }

    /** Which attribute reads a None or isinstance test may narrow. */
    final AttributeStability attributeStability;

    /** Names bound by {@code from m import attr} to a module attribute, which the lowering reads in C++. */
    final Map<String, Models.ModelAttribute> importedAttributes = new LinkedHashMap<>();
    private final Map<Models.ModelAttribute, TypeVar> moduleAttributeVars = new IdentityHashMap<>();

    /** The type of a module attribute ({@code math.pi}), from its model. */
    TypeVar moduleAttributeVar(Models.ModelAttribute attr, Pos pos) {
        return moduleAttributeVars.computeIfAbsent(attr, a -> {
            TypeVar v = solver.newVar("module attribute '" + a.name() + "'", pos);
            if (a.type() instanceof TypePattern.Concrete c) {
                solver.addType(v, c.type(), pos);
            } else if (a.type() instanceof TypePattern.ListOf l && l.element() instanceof TypePattern.Concrete c) {
                AllocSite site = siteFor(new krait.syntax.Expr.Name(pos, a.name(), krait.syntax.ExprContext.Load), pos, "list", null);
                solver.addType(site.elements(), c.type(), pos);
                solver.addType(v, new PyType.ListType(site), pos);
            } else if (a.type() instanceof TypePattern.DictOf d && d.key() instanceof TypePattern.Concrete k
                    && d.value() instanceof TypePattern.Concrete c) {
                AllocSite site = siteFor(new krait.syntax.Expr.Name(pos, a.name(), krait.syntax.ExprContext.Load), pos, "dict", null);
                solver.addType(site.elements(), k.type(), pos);
                solver.addType(site.values(), c.type(), pos);
                solver.addType(v, new PyType.DictType(site), pos);
            } else if (a.type() instanceof TypePattern.ModelObject m && m.args().isEmpty()) {
                // one object for the program (sys.stdin)
                ModelClass cls = models.modelClass(m.module(), m.name());
                AllocSite site = siteFor(new krait.syntax.Expr.Name(pos, a.name(), krait.syntax.ExprContext.Load), pos, m.name(), null);
                solver.addType(v, new PyType.ModelInstance(cls, site), pos);
            } else {
                error(pos, MessageId.MODEL_ERROR, "unsupported type of module attribute " + a.name());
            }
            return v;
        });
    }

    /** The runtime's classes (builtin exceptions) by name; a library module's are "module.Name". */
    final Map<String, ClassInfo> builtinClasses = new LinkedHashMap<>();
    /** Module-level names bound by {@code import m} (to m), and by {@code from m import Error} (to the class). */
    private final Map<String, String> importedModules = new LinkedHashMap<>();
    private final Map<String, ClassInfo> importedClasses = new LinkedHashMap<>();

    /** The exception classes of the library modules (getopt.GetoptError), based on the builtin ones. */
    private void addModuleExceptionClasses() {
        for (String module : new java.util.TreeSet<>(models.modules().keySet())) {
            Map<Models.BuiltinClass, ClassInfo> made = new java.util.IdentityHashMap<>();
            for (var e : models.modules().get(module).exceptionClasses().entrySet()) {
                Models.BuiltinClass b = e.getValue();
                ClassInfo info = made.get(b);
                if (info == null) {
                    List<ClassInfo> bases = new ArrayList<>();
                    for (krait.syntax.Expr base : b.def().bases()) {
                        String n = ((krait.syntax.Expr.Name) base).id();
                        ClassInfo bc = builtinClasses.containsKey(module + "." + n) ? builtinClasses.get(module + "." + n)
                                : builtinClasses.get(n);
                        if (bc != null) {
                            bases.add(bc);
                        }
                    }
                    info = new ClassInfo(1000 + builtinClasses.size(), b.def(), bases, b.cppName());
                    made.put(b, info);
                }
                builtinClasses.put(module + "." + e.getKey(), info);
            }
        }
    }

    private void collectImports(List<Stmt> body) {
        for (Stmt s : body) {
            if (s instanceof Stmt.Import im) {
                for (krait.syntax.Alias a : im.names()) {
                    String bound = a.asname() != null ? a.asname() : a.name().split("\\.")[0];
                    importedModules.put(bound, a.asname() != null ? a.name() : bound);
                }
            } else if (s instanceof Stmt.ImportFrom im && im.module() != null) {
                for (krait.syntax.Alias a : im.names()) {
                    ClassInfo c = builtinClasses.get(im.module() + "." + a.name());
                    if (c != null) {
                        importedClasses.put(a.asname() != null ? a.asname() : a.name(), c);
                    }
                }
            }
        }
    }

    /** The class an except clause or isinstance names: {@code Error}, or {@code module.Error} of an imported module. */
    ClassInfo classOfExpr(krait.syntax.Expr e) {
        if (e instanceof krait.syntax.Expr.Name n) {
            return classNamed(n.id());
        }
        if (e instanceof krait.syntax.Expr.Attribute a && a.value() instanceof krait.syntax.Expr.Name m
                && importedModules.containsKey(m.id()) && classNamed(m.id()) == null) {
            return builtinClasses.get(importedModules.get(m.id()) + "." + a.attr());
        }
        return null;
    }

    /** Module-level classes, in order; a base must be a class defined before. */
    private void collectClasses(List<Stmt> body) {
        for (Stmt s : body) {
            if (s instanceof Stmt.ClassDef c) {
                List<ClassInfo> bases = new ArrayList<>();
                boolean ok = true;
                for (krait.syntax.Expr b : c.bases()) {
                    ClassInfo base = classOfExpr(b);
                    if (base == null) {
                        if (!(b instanceof krait.syntax.Expr.Name n && n.id().equals("object"))) {
                            error(b.pos(), MessageId.UNSUPPORTED_CONSTRUCT, "a base class that is not a class defined earlier in the module");
                            ok = false;
                        }
                    } else {
                        bases.add(base);
                    }
                }
                if (c.keywords().stream().anyMatch(k -> "metaclass".equals(k.arg()))) {
                    error(c.pos(), MessageId.UNSUPPORTED_DYNAMIC, "a metaclass ('metaclass=' in a class statement)");
                    ok = false;
                } else if (!c.keywords().isEmpty()) {
                    error(c.pos(), MessageId.UNSUPPORTED_CONSTRUCT, "metaclasses and class keywords");
                    ok = false;
                }
                if (!c.decoratorList().isEmpty()) {
                    error(c.decoratorList().get(0).pos(), MessageId.UNSUPPORTED_CONSTRUCT, "a class decorator");
                    ok = false;
                }
                if (ok) {
                    classes.put(c, new ClassInfo(classes.size(), c, bases));
                }
            }
        }
    }

    private TypeVar chainedExceptions;

    /**
     * The exceptions any {@code __cause__} or {@code __context__} may hold: every cause of a
     * {@code raise ... from}, every exception handled while another is raised.
     */
    TypeVar chainedExceptions() {
        if (chainedExceptions == null) {
            chainedExceptions = solver.newVar("__cause__ and __context__", krait.syntax.Pos.NONE);
        }
        return chainedExceptions;
    }

    private TypeVar stopIterationValues;
    /** Whether the program reads {@code e.value} of a StopIteration (generators then keep theirs as that type). */
    boolean readsStopIterationValue;

    /** What {@code e.value} of a StopIteration may be: None, and every generator's return value. */
    TypeVar stopIterationValues() {
        if (stopIterationValues == null) {
            stopIterationValues = solver.newVar("StopIteration values", krait.syntax.Pos.NONE);
            solver.addType(stopIterationValues, PyType.NONE, krait.syntax.Pos.NONE);
        }
        return stopIterationValues;
    }

    private TypeVar exceptionArgumentTypes;
    private AllocSite exceptionArgs;

    /** The types of the arguments the program passes to exception classes (all strs: {@code e.args} can be typed). */
    TypeVar exceptionArgumentTypes() {
        if (exceptionArgumentTypes == null) {
            exceptionArgumentTypes = solver.newVar("arguments of exceptions", krait.syntax.Pos.NONE);
        }
        return exceptionArgumentTypes;
    }

    /** The site of the variable-length tuple that fixed tuples of several lengths meeting in {@code v} become. */
    private AllocSite varTupleSite(TypeVar v, String tag) {
        return varTupleSites.computeIfAbsent(new VarTupleKey(v, tag), k -> {
            AllocSite site = new AllocSite(allSites.size(), v.pos(), solver.newVar("elements of tuples in " + v.description(), v.pos()),
                    solver.newVar("values of tuples in " + v.description(), v.pos()), null, "tuples" + tag, null);
            allSites.add(site);
            return site;
        });
    }

    /** The tuple {@code e.args} is: one site for the whole program, of strs (the runtime's messages are strs). */
    AllocSite exceptionArgs(krait.syntax.Node node, krait.syntax.Pos pos) {
        if (exceptionArgs == null) {
            exceptionArgs = new AllocSite(allSites.size(), pos, solver.newVar("elements of e.args", pos),
                    solver.newVar("values of e.args", pos), node, "e.args", null);
            allSites.add(exceptionArgs);
            solver.addType(exceptionArgs.elements(), PyType.STR, pos);
        }
        return exceptionArgs;
    }

    /** The module-level class called {@code name}, or null. */
    ClassInfo classNamed(String name) {
        ClassInfo found = null;
        for (ClassInfo c : classes.values()) {
            if (c.name().equals(name)) {
                found = c;
            }
        }
        if (found == null && importedClasses.containsKey(name)) {
            return importedClasses.get(name);
        }
        return found != null || moduleNames.contains(name) ? found : builtinClasses.get(name);
    }

    private final Map<Stmt.ClassDef, Boolean> splitClasses;
    private final Map<Node, Node> sameSite;
    /** The classes standing for one allocation site's instances of a split class, in the order they were made. */
    final List<ClassInfo> siteCopies = new ArrayList<>();
    /** Where each of {@link #siteCopies} makes its instances. */
    record CopySite(Node node, /* nullable */ Specialization context) {}

    final Map<ClassInfo, CopySite> copySites = new IdentityHashMap<>();
    private final Map<Node, Map<Specialization, ClassInfo>> copiesByNode = new IdentityHashMap<>();

    /** Beyond this many allocation sites of one split class, sites in further contexts share one per expression. */
    static final int MAX_SITE_COPIES = 16;

    /**
     * The class of the instances {@code cls(...)} at {@code node} makes in {@code context}: {@code cls}
     * itself, unless the class is split by allocation site; then one class per node or, where
     * that is not enough, per node and specialization, like a container's site (and, like one,
     * reused by a specialization that an instance from this very node reached, so that
     * recursion makes no new ones).
     */
    ClassInfo instanceClass(ClassInfo cls, Node node, Specialization context) {
        Boolean perContext = splitClasses.get(cls.def());
        if (cls.isSiteCopy() || perContext == null) {
            return cls;
        }
        node = ClassSplitting.representative(sameSite, node);
        if (perContext) {
            ClassInfo reused = copyFromSameNode(node, context, new java.util.HashSet<>());
            if (reused != null) {
                return reused;
            }
        }
        Map<Specialization, ClassInfo> byContext = copiesByNode.computeIfAbsent(node, n -> new LinkedHashMap<>());
        long copies = siteCopies.stream().filter(c -> c.origin() == cls).count();
        Specialization key = !perContext || copies >= MAX_SITE_COPIES && !byContext.containsKey(context) ? null : context;
        ClassInfo existing = byContext.get(key);
        if (existing != null) {
            return existing;
        }
        String label;
        if (byContext.isEmpty()) {
            Pos pos = node instanceof krait.syntax.Expr e ? e.pos() : cls.pos();
            Location at = Location.of(file, pos);
            // a site in another module than the main one names its file
            String where = pos.line() >= SourceFile.MODULE_LINES ? at.file().displayName() + ":" : "";
            label = cls.name() + "@" + where + at.line();
            if (siteLabelTaken(label)) {
                label = label + ":" + (at.col() + 1); // 1-based, as diagnostics print it
            }
        } else {
            // the same expression in another specialization of its function: the first one's label, numbered
            String first = byContext.values().iterator().next().displayName();
            label = first + "#" + (byContext.size() + 1);
        }
        String unique = cls.name() + "_" + (copies + 2);
        for (long k = copies + 3; classNameTaken(unique); k++) {
            unique = cls.name() + "_" + k;
        }
        ClassInfo copy = new ClassInfo(classes.size() + siteCopies.size(), cls, label, unique);
        siteCopies.add(copy);
        copySites.put(copy, new CopySite(node, key));
        byContext.put(key, copy);
        return copy;
    }

    private boolean siteLabelTaken(String label) {
        return siteCopies.stream().anyMatch(c -> c.displayName().equals(label));
    }

    private boolean classNameTaken(String name) {
        return classes.values().stream().anyMatch(c -> c.name().equals(name))
                || siteCopies.stream().anyMatch(c -> c.uniqueName().equals(name));
    }

    /** A site copy made at {@code node} whose instances reached {@code context} (through arguments, as {@link #siteFromSameNode}). */
    private ClassInfo copyFromSameNode(Node node, Specialization context, Set<Specialization> seen) {
        if (context == null || !seen.add(context)) {
            return null;
        }
        for (PyType t : context.argTypes()) {
            ClassInfo found = copyFromSameNode(node, t, seen);
            if (found != null) {
                return found;
            }
        }
        return copyFromSameNode(node, context.env(), seen);
    }

    private ClassInfo copyFromSameNode(Node node, PyType t, Set<Specialization> seen) {
        if (t instanceof PyType.InstanceType i && copySites.containsKey(i.cls())) {
            CopySite where = copySites.get(i.cls());
            return where.node() == node ? i.cls() : copyFromSameNode(node, where.context(), seen);
        }
        AllocSite site = ConstraintSolver.siteOf(t);
        if (site != null) {
            return copyFromSameNode(node, site.context(), seen);
        }
        if (t instanceof PyType.TupleType tu) {
            for (PyType e : tu.elements()) {
                ClassInfo found = copyFromSameNode(node, e, seen);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** The variable of instance attribute {@code attr} of {@code cls} (kept by the class that declares it). */
    TypeVar attributeVar(ClassInfo cls, String attr) {
        ClassInfo owner = cls.attributeOwner(attr);
        return owner.attributeVars.computeIfAbsent(attr, a -> solver.newVar("attribute '" + owner.name() + "." + a + "'",
                owner.pos()));
    }

    /** The variable of class attribute {@code attr}, kept by the class whose body assigns it. */
    TypeVar classAttributeVar(ClassInfo cls, String attr) {
        ClassInfo owner = cls.classAttributeOwner(attr);
        ClassInfo holder = owner == null ? cls.origin() : owner;
        return holder.classAttributeVars.computeIfAbsent(attr, a -> solver.newVar("class attribute '" + holder.name()
                + "." + a + "'", holder.pos()));
    }

    /** {@code obj.f(...)} calls of an attribute holding several functions, with the attribute's variable. */
    final Map<krait.syntax.Expr.Call, TypeVar> attributeCallees = new java.util.IdentityHashMap<>();

    /** Module variables some function declares {@code global}: a call may rebind them. */
    final Set<String> declaredGlobal = new java.util.HashSet<>();

    private void collectGlobalDeclarations(List<Stmt> body, Set<String> into) {
        for (Stmt s : body) {
            if (s instanceof Stmt.FunctionDef f) {
                into.addAll(ScopeAnalysis.globalDeclarations(f.body()));
            }
        }
    }

    TypeVar global(String name) {
        return globals.computeIfAbsent(name, n -> solver.newVar("variable '" + VariableSplitting.sourceName(n) + "'", Pos.NONE));
    }

    FunctionInfo functionInfo(Stmt.FunctionDef def) {
        return functions.computeIfAbsent(def, FunctionInfo::of);
    }

    /**
     * The container created at {@code node} by code running in {@code context} (null for code that
     * runs once, such as model attributes). One per node and specialization, so that
     * {@code def wrap(x): return [x]} makes a list[int] for int arguments and a list[str] for str
     * arguments. A specialization that was made for a container coming from this very node (a
     * recursive function that passes a new list to itself) reuses that container's site instead:
     * otherwise every level of recursion would make a new site, and with it a new specialization.
     */
    AllocSite siteFor(Node node, Pos pos, String what, Specialization context) {
        return siteFor(node, "", pos, what, context);
    }

    /** Like {@link #siteFor(Node, Pos, String, Specialization)}, for a node that makes several containers, told apart by {@code tag}. */
    AllocSite siteFor(Node node, String tag, Pos pos, String what, Specialization context) {
        if (context != null) {
            AllocSite ancestor = siteFromSameNode(node, tag, context, new java.util.HashSet<>());
            if (ancestor != null) {
                return ancestor;
            }
        }
        SiteKey key = new SiteKey(tag, context);
        return sitesByNode.computeIfAbsent(node, n -> new LinkedHashMap<>()).computeIfAbsent(key, k -> {
            AllocSite site = new AllocSite(allSites.size(), pos, solver.newVar("elements of " + what, pos),
                    solver.newVar("values of " + what, pos), node, tag, context);
            allSites.add(site);
            return site;
        });
    }

    /** Sites are told apart by the node that makes them, a tag, and the specialization the node runs in. */
    private record SiteKey(String tag, Specialization context) {}

    /**
     * A site made at {@code node} that reached {@code context} through its arguments (also through
     * the arguments of the specializations that made those arguments, and of enclosing ones).
     */
    private static AllocSite siteFromSameNode(Node node, String tag, Specialization context,
                                              java.util.Set<Specialization> seen) {
        if (context == null || !seen.add(context)) {
            return null;
        }
        for (PyType t : context.argTypes()) {
            AllocSite found = siteFromSameNode(node, tag, t, seen);
            if (found != null) {
                return found;
            }
        }
        return siteFromSameNode(node, tag, context.env(), seen);
    }

    private static AllocSite siteFromSameNode(Node node, String tag, PyType t, java.util.Set<Specialization> seen) {
        // model containers too: a defaultdict(list) or deque made anew at each level of recursion
        AllocSite site = ConstraintSolver.siteOf(t);
        if (site != null) {
            if (site.node() == node && site.tag().equals(tag)) {
                return site;
            }
            return siteFromSameNode(node, tag, site.context(), seen);
        }
        if (t instanceof PyType.TupleType tu) {
            for (PyType e : tu.elements()) {
                AllocSite found = siteFromSameNode(node, tag, e, seen);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /**
     * A type that came into a parameter through the arguments of {@code call}; {@code at} is where
     * an error about it is reported: the builtin call it was passed on to ({@code atUse}), or else
     * the def.
     */
    record ArgumentOrigin(Pos call, Pos at, boolean atUse) {
    }

    /**
     * Origins of types that a call's arguments brought into a specialization's parameters, keyed
     * by the identity of the origin position given to those types (a fresh copy of the call's).
     */
    final Map<Pos, ArgumentOrigin> argumentOrigins = new IdentityHashMap<>();

    Specialization specialize(FunctionInfo fn, List<PyType> argTypes, Pos callPos) {
        return specialize(fn, argTypes, null, callPos);
    }

    Specialization specialize(FunctionInfo fn, List<PyType> argTypes, Specialization env, Pos callPos) {
        Map<SpecKey, Specialization> byArgs = specializations.computeIfAbsent(fn, f -> new LinkedHashMap<>());
        SpecKey key = new SpecKey(List.copyOf(argTypes), env);
        Specialization existing = byArgs.get(key);
        if (existing != null) {
            return existing;
        }
        if (byArgs.size() >= MAX_SPECIALIZATIONS) {
            error(callPos, MessageId.TOO_MANY_SPECIALIZATIONS, fn.name(), MAX_SPECIALIZATIONS);
            return null;
        }
        TypeVar ret = solver.newVar("return value of " + fn.name() + "()", fn.pos());
        Specialization spec = new Specialization(allSpecializations.size(), fn, List.copyOf(argTypes), ret, env);
        byArgs.put(key, spec);
        allSpecializations.add(spec);
        callGraph.addVertex(spec);
        spec.firstCall = callPos;
        new ConstraintGenerator(this, spec).generate();
        return spec;
    }

    /** Errors that only follow from the types that reached an operation (e.g. str + int). */
    private static final Set<MessageId> TYPE_DEPENDENT = Set.of(MessageId.BAD_OPERAND_TYPES, MessageId.BAD_OPERAND_TYPE,
            MessageId.NOT_COMPARABLE, MessageId.NO_MATCHING_OVERLOAD, MessageId.NOT_ITERABLE, MessageId.BAD_INDEX,
            MessageId.NOT_SUBSCRIPTABLE, MessageId.NO_ITEM_ASSIGNMENT, MessageId.NO_ATTRIBUTE, MessageId.NOT_CALLABLE);
    private final List<Diagnostic> typeDependent = new ArrayList<>();
    /**
     * Where the empty containers that took int because nothing showed their element type were made
     * (TypeInference.settleEmptyContainers): a conflict with an int from there may be a consequence
     * of an operation that gave no result, such as an unsupported method.
     */
    final Set<Pos> guessedIntOrigins = new java.util.HashSet<>();
    /**
     * Empty lists assigned to a variable annotated {@code list[X]} for a simple X: if nothing
     * else gives their element type, they take X instead of the guessed int.
     */
    final Map<AllocSite, PyType> annotatedElements = new java.util.LinkedHashMap<>();
    /** Conflicts with such a guessed int, reported only when nothing else explains them. */
    final List<Diagnostic> guessConflicts = new ArrayList<>();
    /** Representation conflicts where neither type is int (the type an empty container is given when nothing else is known). */
    final List<Diagnostic> conflictsBesideInt = new ArrayList<>();
    /** Checks that need the final types (run once the solver is done), by a key that runs each once. */
    final Map<String, Runnable> afterSolving = new LinkedHashMap<>();

    /**
     * Calls that would specialize a function for a None argument whose expression might still
     * receive a reference type (see CallConstraint#nullableSlots): they wait until the solver has
     * nothing else to do, keyed by constraint and argument types; then they may go ahead.
     */
    final Map<Constraint, Set<List<PyType>>> waitingNoneCalls = new LinkedHashMap<>();
    final Map<Constraint, Set<List<PyType>>> releasedNoneCalls = new IdentityHashMap<>();

    /** Lets the waiting None calls go ahead; returns whether there were any. */
    boolean releaseNoneCalls() {
        if (waitingNoneCalls.isEmpty()) {
            return false;
        }
        waitingNoneCalls.forEach((c, keys) -> {
            releasedNoneCalls.computeIfAbsent(c, k -> new java.util.HashSet<>()).addAll(keys);
            solver.rerun(c);
        });
        waitingNoneCalls.clear();
        return true;
    }

    /** Classes with instances, in the order they were first made. */
    final java.util.Set<ClassInfo> instantiated = new java.util.LinkedHashSet<>();

    private TypeVar exceptionObjects;

    /** Instances of every exception class the program makes or catches: what except clauses may receive. */
    TypeVar exceptionObjects() {
        if (exceptionObjects == null) {
            exceptionObjects = solver.newVar("exceptions", krait.syntax.Pos.NONE);
        }
        return exceptionObjects;
    }

    void instantiate(ClassInfo cls) {
        if (cls.isException() && !instantiated.contains(cls)) {
            solver.addType(exceptionObjects(), new PyType.InstanceType(cls), cls.pos());
        }
        if (instantiated.add(cls)) {
            // str() and repr() of an instance call these implicitly (print, f-strings, containers)
            PyType self = new PyType.InstanceType(cls);
            for (String special : List.of("__str__", "__repr__", "__len__", "__bool__", "__hash__",
                    "__eq__", "__lt__", "__le__", "__gt__", "__ge__", "__format__")) {
                FunctionInfo m = cls.lookupMethod(special);
                if (m != null && m.params().size() <= 2) {
                    // the runtime calls these on objects it holds (sorting, containers, printing)
                    List<PyType> args = m.params().size() == 1 ? List.of(self)
                            : special.equals("__format__") ? List.of(self, PyType.STR) : List.of(self, self);
                    Specialization s = specialize(m, args, cls.pos());
                    if (s != null && moduleSpec != null) {
                        callGraph.addEdge(moduleSpec, s);
                    }
                }
            }
            for (ClassInfo other : List.copyOf(instantiated)) {
                for (String comparison : RUNTIME_COMPARISONS) {
                    specializeComparison(cls, other, comparison);
                    specializeComparison(other, cls, comparison);
                }
            }
        }
    }

    /** The comparisons the runtime makes between objects it holds (sorting, min, ==, in, index). */
    static final List<String> RUNTIME_COMPARISONS = List.of("__eq__", "__lt__", "__le__", "__gt__", "__ge__");

    /**
     * A list of a base class holds instances of its subclasses, and sorting it compares a Circle
     * with a Rect through the base's {@code __lt__}: the special method of {@code self}'s class is
     * specialized for an {@code other} of each instantiated class that inherits the method too;
     * the runtime dispatches on the other's class (see ClassLowering). Not for an other without
     * the method: a method a subclass defines may read what only that subclass has (a
     * dataclass's __eq__ compares its own fields after checking the other's class). Up to
     * {@link #MAX_COMPARED_CLASSES} classes a method: the pairs must stay under
     * {@link #MAX_SPECIALIZATIONS}; the runtime compares the others as CPython compares classes
     * without the method (a TypeError for {@code <}, identity for {@code ==}).
     */
    private void specializeComparison(ClassInfo self, ClassInfo other, String special) {
        FunctionInfo m = self.lookupMethod(special);
        if (self == other || m == null || m.params().size() != 2 || m.ownerClass() == null) {
            return;
        }
        ClassInfo family = other.isSubclassOf(m.ownerClass()) ? m.ownerClass() : Representation.commonBase(self, other);
        if (!other.isSubclassOf(family) || !self.isSubclassOf(family)
                || family != m.ownerClass() && (family.isBuiltin() || !readsOnlyWhatItHas(m, other))
                || instantiated.stream().filter(c -> c.isSubclassOf(family)).count() > MAX_COMPARED_CLASSES) {
            return;
        }
        Specialization s = specialize(m, List.of(new PyType.InstanceType(self), new PyType.InstanceType(other)), self.pos());
        if (s != null && moduleSpec != null) {
            callGraph.addEdge(moduleSpec, s);
        }
    }

    /**
     * Whether {@code m}'s body uses its second parameter only as {@code other.name} for names an
     * instance of {@code cls} has (or in {@code type(other)}, {@code isinstance(other, ...)}): then
     * a sibling class's {@code Circle.__lt__(circle, rect)} can be analysed for an other of that
     * class (a Rect with an {@code area()} too). Other uses may need what only the method's own
     * class has, and the analysis would report them as errors in code that may never run.
     */
    private static boolean readsOnlyWhatItHas(FunctionInfo m, ClassInfo cls) {
        String other = m.params().get(1);
        int[] names = {0};
        int[] allowed = {0};
        boolean[] missing = {false};
        for (Stmt st : m.body()) {
            krait.syntax.Nodes.walk(st, n -> {
                if (n instanceof krait.syntax.Expr.Name name && name.id().equals(other)) {
                    names[0]++;
                } else if (n instanceof krait.syntax.Expr.Attribute a && a.value() instanceof krait.syntax.Expr.Name name
                        && name.id().equals(other)) {
                    allowed[0]++;
                    missing[0] |= !cls.hasAttribute(a.attr()) && cls.lookupMethod(a.attr()) == null
                            && cls.classAttributeOwner(a.attr()) == null;
                } else if (n instanceof krait.syntax.Expr.Call c && c.func() instanceof krait.syntax.Expr.Name f
                        && (f.id().equals("type") || f.id().equals("isinstance")) && !c.args().isEmpty()
                        && c.args().get(0) instanceof krait.syntax.Expr.Name name && name.id().equals(other)) {
                    allowed[0]++;
                }
                return true;
            });
        }
        return !missing[0] && names[0] == allowed[0];
    }

    /** The type variable of the default value of parameter {@code index} of {@code fn}. */
    TypeVar defaultValue(FunctionInfo fn, int index) {
        return defaultValue(fn, index, null);
    }

    /** Defaults of a nested function are evaluated in the enclosing specialization {@code env}. */
    TypeVar defaultValue(FunctionInfo fn, int index, Specialization env) {
        krait.syntax.Expr d = fn.defaultFor(index);
        Specialization where = env != null ? env : fn.ownerClass() == null ? moduleSpec : classBodySpec(fn.ownerClass());
        return where == null || d == null ? null : where.typeOf(d);
    }

    /** Default values and class attributes of methods are analysed in the module body. */
    private Specialization classBodySpec(ClassInfo cls) {
        return moduleSpec;
    }

    void error(Pos pos, MessageId id, Object... args) {
        Diagnostic d = Diagnostic.error(Location.of(file, pos), id, args);
        if (reported.add(pos.line() + ":" + pos.col() + ":" + d.message())) {
            (TYPE_DEPENDENT.contains(id) ? typeDependent : diagnostics).add(d);
        }
    }

    private record Provisional(java.util.function.BooleanSupplier stillHolds, Pos pos, MessageId id, Object[] args) {}

    private final List<Provisional> provisional = new ArrayList<>();

    /**
     * An error that later types may withdraw: an attribute of a value that is only None so far
     * (it may yet be an object, and then the None case is checked when the program runs).
     * Reported at the end if {@code stillHolds} is then true.
     */
    void errorIfStill(java.util.function.BooleanSupplier stillHolds, Pos pos, MessageId id, Object... args) {
        provisional.add(new Provisional(stillHolds, pos, id, args));
    }

    /** Reports the provisional errors that still hold, now that the types are final. */
    void settleProvisionalErrors() {
        for (Provisional p : provisional) {
            if (p.stillHolds().getAsBoolean()) {
                error(p.pos(), p.id(), p.args());
            }
        }
        provisional.clear();
    }

    void report(Diagnostic d) {
        if (reported.add(d.location().line() + ":" + d.location().col() + ":" + d.message())) {
            diagnostics.add(d);
        }
    }

    /** Errors found so far, without those that depend on the types reaching an operation. */
    List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    /**
     * Operations applied to types they don't accept. When a variable already holds conflicting
     * types these are its consequences (count += i with count both int and str), so they are
     * reported only when there is no conflict to explain them.
     */
    List<Diagnostic> typeDependentDiagnostics() {
        return typeDependent;
    }
}
