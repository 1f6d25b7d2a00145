package krait.types;

import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import krait.syntax.Node;

/**
 * One analysed copy of a function for one tuple of argument types (the Cartesian-product
 * algorithm's unit). It owns the type variables of its locals, expressions and return value, and
 * records what each call in its body resolved to. The module body is the specialization without
 * parameters.
 */
public final class Specialization {
    private final int id;
    private final FunctionInfo function;
    private final List<PyType> argTypes;
    private final TypeVar returnVar;
    final Map<String, TypeVar> locals = new LinkedHashMap<>();
    /** The call that asked for this specialization first (null for the module and unknown callers): where its argument types came from. */
    krait.syntax.Pos firstCall;
    // keyed by node identity: expressions, and statements such as augmented assignments that compute a value
    final Map<Node, TypeVar> exprTypes = new IdentityHashMap<>();
    final Map<Node, Map<List<PyType>, CallTarget>> calls = new IdentityHashMap<>();
    final Map<Node, AllocSite> sites = new IdentityHashMap<>();
    final Map<Node, Map<String, TypeVar>> comprehensionVars = new IdentityHashMap<>();
    /** Reads of a variable where a None test proved it not None: the variable itself (see NarrowConstraint). */
    final Map<Node, TypeVar> narrowedReads = new IdentityHashMap<>();
    /** {@code a, b = obj} of an object, dict, set or generator: what iterating it yields, by target. */
    final Map<Node, TypeVar> unpackedItems = new IdentityHashMap<>();
    /** {@code if isinstance(param, C):} statements decided by this specialization's argument types. */
    final Map<Node, Boolean> decidedTests = new IdentityHashMap<>();
    /**
     * {@code type(x)} calls that stand for x's class where Krait compiles one: compared
     * ({@code type(x) is int}, {@code type(a) == type(b)}) or shown ({@code print(type(x))}).
     */
    final java.util.Set<Node> typeObjects = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    /** For a decorated def: the call of its decorators (see {@link Decorators}) that gives its name's value. */
    final Map<Node, krait.syntax.Expr.Call> decorations = new IdentityHashMap<>();

    private final /* nullable */ Specialization env;
    private TypeVar yieldVar;
    private TypeVar sentVar;

    /**
     * The value an {@code if isinstance(p, C):} test has in this specialization, where the argument
     * type of the parameter {@code p} decides it (only that branch was analysed), else null.
     */
    public Boolean decidedTest(Node ifStatement) {
        return decidedTests.get(ifStatement);
    }

    /** What a generator function's specialization yields. */
    public TypeVar yieldVar() {
        return yieldVar;
    }

    void setYieldVar(TypeVar v) {
        yieldVar = v;
    }

    /**
     * What a generator function's {@code yield} expressions evaluate to: the values sent with
     * {@code g.send(v)}, and None (what next(g) sends).
     */
    public TypeVar sentVar() {
        return sentVar;
    }

    void setSentVar(TypeVar v) {
        sentVar = v;
    }

    private TypeVar returnedVar;

    /**
     * What a generator function's specialization returns when it finishes ({@code return v}; None
     * for a bare return or the end of its body): the value of {@code yield from} it, StopIteration's value.
     */
    public TypeVar returnedVar() {
        return returnedVar;
    }

    void setReturnedVar(TypeVar v) {
        returnedVar = v;
    }

    Specialization(int id, FunctionInfo function, List<PyType> argTypes, TypeVar returnVar, Specialization env) {
        this.id = id;
        this.function = function;
        this.argTypes = argTypes;
        this.returnVar = returnVar;
        this.env = env;
    }

    /** For a nested function: the specialization of the enclosing function whose variables it captures. */
    public Specialization env() {
        return env;
    }

    public int id() {
        return id;
    }

    public FunctionInfo function() {
        return function;
    }

    public List<PyType> argTypes() {
        return argTypes;
    }

    public TypeVar returnVar() {
        return returnVar;
    }

    /** The local variables (parameters first), by name. */
    public Map<String, TypeVar> locals() {
        return java.util.Collections.unmodifiableMap(locals);
    }

    /** The type variable of an expression of this function's body, or null if it was never analysed. */
    public TypeVar typeOf(Node e) {
        return exprTypes.get(e);
    }

    /** What {@code call} resolved to, per tuple of argument types. */
    public Map<List<PyType>, CallTarget> targetsOf(Node call) {
        return calls.getOrDefault(call, Map.of());
    }

    private final Map<Node, Node> callbackNodes = new IdentityHashMap<>();

    /**
     * Where the calls of a callback argument ({@code key=f}) are kept: the argument itself, but for
     * an argument that is a call ({@code key=make_key(3)}) a node of its own, as the call's own
     * target is kept under it.
     */
    public Node callbackNode(krait.syntax.Expr arg) {
        return arg instanceof krait.syntax.Expr.Call ? callbackNodes.computeIfAbsent(arg,
                a -> new krait.syntax.Expr.Starred(arg.pos(), arg, krait.syntax.ExprContext.Load)) : arg;
    }

    /** The decorators' call of a decorated def, or null. */
    public krait.syntax.Expr.Call decoration(Node def) {
        return decorations.get(def);
    }

    /** What the unpacking into {@code target} iterates out of an object, dict, set or generator, or null. */
    public TypeVar unpackedItems(Node target) {
        return unpackedItems.get(target);
    }

    /** The variable a narrowed read {@code name} reads (its own type has no None), or null. */
    public boolean isTypeObject(Node call) {
        return typeObjects.contains(call);
    }

    public TypeVar narrowedBase(Node name) {
        return narrowedReads.get(name);
    }

    public Map<String, TypeVar> comprehensionVars(Node node) {
        return comprehensionVars.getOrDefault(node, Map.of());
    }

    /** The container created by {@code e} in this specialization. */
    public AllocSite siteOf(Node e) {
        return sites.get(e);
    }

    @Override
    public String toString() {
        return function.name() + argTypes;
    }
}
