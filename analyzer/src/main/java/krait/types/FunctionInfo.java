package krait.types;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import krait.syntax.Expr;
import krait.syntax.Pos;
import krait.syntax.Stmt;

/**
 * A function of the program (or the module body, which is analysed as a function without
 * parameters): its definition and its scope. Specializations are made from it per argument types.
 */
public final class FunctionInfo {
    private final String name;
    private final /* nullable */ Stmt.FunctionDef def;
    private final List<Stmt> body;
    private final List<String> params;
    private final Set<String> locals;
    private final Set<String> declaredGlobal;
    private final /* nullable */ ClassInfo ownerClass;
    private final /* nullable */ FunctionInfo enclosing;
    private final Set<String> captures;
    private Set<String> cellVars;

    private FunctionInfo(String name, Stmt.FunctionDef def, List<Stmt> body, List<String> params, Set<String> locals,
                         Set<String> declaredGlobal, ClassInfo ownerClass, FunctionInfo enclosing) {
        this.name = name;
        this.def = def;
        this.body = body;
        this.params = params;
        this.locals = locals;
        this.declaredGlobal = declaredGlobal;
        this.ownerClass = ownerClass;
        this.enclosing = enclosing;
        Set<String> captured = new LinkedHashSet<>();
        if (enclosing != null && !enclosing.isModule()) {
            Set<String> used = new LinkedHashSet<>(ScopeAnalysis.namesUsed(body));
            if (def != null) {
                capturedDefaults(def.args(), used); // read through the function object at calls
            }
            for (String n : used) {
                if (!locals.contains(n) && !declaredGlobal.contains(n)
                        && (enclosing.locals.contains(n) || enclosing.captures.contains(n))) {
                    captured.add(n);
                }
            }
        }
        this.captures = captured;
    }

    public static FunctionInfo ofModule(List<Stmt> body) {
        return new FunctionInfo("<module>", null, body, List.of(), Set.of(), Set.of(), null, null);
    }

    /** A function defined inside {@code enclosing}: it may read and (with nonlocal) write its variables. */
    public static FunctionInfo nested(Stmt.FunctionDef def, FunctionInfo enclosing) {
        return of(def, null, enclosing);
    }

    /** A lambda, as a function whose body returns its expression. */
    public static FunctionInfo lambda(krait.syntax.Expr.Lambda lambda, FunctionInfo enclosing) {
        Stmt.FunctionDef def = new Stmt.FunctionDef(lambda.pos(), "<lambda>", lambda.args(),
                List.of(new Stmt.Return(lambda.body().pos(), lambda.body())), List.of(), null, null);
        return of(def, null, enclosing);
    }

    private Boolean generator;

    /** Whether the body yields (not counting nested functions): calling it makes a generator. */
    public boolean isGenerator() {
        if (generator == null) {
            boolean[] found = {false};
            for (Stmt s : body) {
                krait.syntax.Nodes.walk(s, n -> {
                    if (n instanceof krait.syntax.Expr.Yield || n instanceof krait.syntax.Expr.YieldFrom) {
                        found[0] = true;
                    }
                    return !(n instanceof Stmt.FunctionDef || n instanceof krait.syntax.Expr.Lambda
                            || n instanceof Stmt.ClassDef);
                });
            }
            generator = def != null && found[0];
        }
        return generator;
    }

    /** The function this one is defined in (null at module level and for methods). */
    public FunctionInfo enclosing() {
        return enclosing;
    }

    /** Variables of enclosing functions this function uses: they live in the enclosing frame. */
    public Set<String> captures() {
        return captures;
    }

    /** This function's variables that nested functions use: they live in a heap frame, not on the stack. */
    public Set<String> cellVars() {
        if (cellVars == null) {
            Set<String> out = new LinkedHashSet<>();
            if (def != null) {
                for (Stmt s : body) {
                    krait.syntax.Nodes.walk(s, n -> {
                        if (n instanceof Stmt.FunctionDef f || n instanceof krait.syntax.Expr.Lambda) {
                            List<Stmt> inner = n instanceof Stmt.FunctionDef f2 ? f2.body()
                                    : List.of(new Stmt.ExprStmt(((krait.syntax.Expr.Lambda) n).pos(),
                                    ((krait.syntax.Expr.Lambda) n).body()));
                            // the nested function's own parameters and variables are not this one's
                            // (sorted(xs, key=lambda t: ...) beside a loop over t keeps t on the stack)
                            Set<String> own = new LinkedHashSet<>(ScopeAnalysis.parameterNames(
                                    n instanceof Stmt.FunctionDef f5 ? f5.args() : ((krait.syntax.Expr.Lambda) n).args()));
                            if (n instanceof Stmt.FunctionDef f4) {
                                own.addAll(ScopeAnalysis.boundNames(f4.body()));
                                own.removeAll(ScopeAnalysis.nonlocalDeclarations(f4.body()));
                                own.addAll(ScopeAnalysis.globalDeclarations(f4.body()));
                            }
                            Set<String> names = new LinkedHashSet<>(ScopeAnalysis.namesUsed(inner));
                            names.removeAll(own);
                            // defaults are evaluated here, so a default naming a local reads it even
                            // where it shares its name with the parameter (lambda i=i: i)
                            capturedDefaults(n instanceof Stmt.FunctionDef f3 ? f3.args()
                                    : ((krait.syntax.Expr.Lambda) n).args(), names);
                            for (String used : names) {
                                if (locals.contains(used)) {
                                    out.add(used);
                                }
                            }
                            return false;
                        }
                        return true;
                    });
                }
            }
            cellVars = out;
        }
        return cellVars;
    }

    public static FunctionInfo of(Stmt.FunctionDef def) {
        return of(def, null);
    }

    static FunctionInfo ofMethod(Stmt.FunctionDef def, ClassInfo owner) {
        return of(def, owner);
    }

    private static FunctionInfo of(Stmt.FunctionDef def, ClassInfo owner) {
        return of(def, owner, null);
    }

    private static FunctionInfo of(Stmt.FunctionDef def, ClassInfo owner, FunctionInfo enclosing) {
        List<String> params = ScopeAnalysis.parameterNames(def.args());
        Set<String> declaredGlobal = ScopeAnalysis.globalDeclarations(def.body());
        Set<String> locals = new LinkedHashSet<>(params);
        locals.addAll(ScopeAnalysis.boundNames(def.body()));
        locals.removeAll(declaredGlobal);
        locals.removeAll(ScopeAnalysis.nonlocalDeclarations(def.body()));
        return new FunctionInfo(def.name(), def, def.body(), params, locals, declaredGlobal, owner, enclosing);
    }

    /** How a method is bound: through an instance, its class, or not at all. */
    public enum Kind { FUNCTION, METHOD, STATIC_METHOD, CLASS_METHOD, PROPERTY, PROPERTY_SETTER }

    /**
     * Whether a method is wrapped by decorators of the program ({@code @log_calls}), none of them
     * one of the binding decorators: the class then holds what they return, under
     * {@link #DECORATED_PREFIX} and the method's name.
     */
    public boolean hasUserDecorators() {
        if (ownerClass == null || def.decoratorList().isEmpty()) {
            return false;
        }
        boolean any = false;
        for (Expr d : def.decoratorList()) {
            if (isBindingDecorator(d)) {
                return false;
            }
            any |= !isAbstractMarker(d);
        }
        return any;
    }

    /**
     * {@code @staticmethod}, {@code @classmethod}, {@code @property} and {@code @x.setter}: the
     * decorators that decide how a method binds (its {@link #kind()}) rather than wrap it.
     */
    public static boolean isBindingDecorator(Expr d) {
        return d instanceof Expr.Name n && (n.id().equals("staticmethod") || n.id().equals("classmethod")
                || n.id().equals("property")) || d instanceof Expr.Attribute a && a.attr().equals("setter");
    }

    /** A decorator the compiler understands on a method without wrapping it: binding or abstract. */
    public static boolean isKnownMethodDecorator(Expr d) {
        return isBindingDecorator(d) || isAbstractMarker(d);
    }

    /** {@code @abc.abstractmethod}: the method's class cannot be instantiated until a subclass overrides it. */
    public boolean isAbstract() {
        return def.decoratorList().stream().anyMatch(FunctionInfo::isAbstractMarker);
    }

    private static boolean isAbstractMarker(Expr d) {
        return d instanceof Expr.Name n && n.id().equals(krait.desugar.AbstractClasses.ABSTRACT_MARKER);
    }

    /**
     * The function a {@code @functools.wraps(f)} wrapper stands for ({@code f}, evaluated where the
     * def runs), or null: its {@code __name__} is the wrapper's.
     */
    public Expr wrapped() {
        for (Expr d : def.decoratorList()) {
            if (d instanceof Expr.Call c && c.func() instanceof Expr.Name n
                    && n.id().equals(krait.desugar.FunctoolsDecorators.WRAPS_MARKER)) {
                return c.args().get(0);
            }
        }
        return null;
    }

    /** The class attribute holding a decorated method's value. */
    public static final String DECORATED_PREFIX = "krait_decorated_";

    public Kind kind() {
        if (ownerClass == null) {
            return Kind.FUNCTION;
        }
        for (Expr d : def.decoratorList()) {
            if (d instanceof Expr.Name n) {
                switch (n.id()) {
                    case "staticmethod": return Kind.STATIC_METHOD;
                    case "classmethod": return Kind.CLASS_METHOD;
                    case "property": return Kind.PROPERTY;
                    default: break;
                }
            } else if (d instanceof Expr.Attribute a && a.attr().equals("setter")) {
                return Kind.PROPERTY_SETTER;
            }
        }
        return Kind.METHOD;
    }

    /** The class this function is a method of, or null. */
    public ClassInfo ownerClass() {
        return ownerClass;
    }

    /** The name as users know it: {@code Vector.__add__} for methods. */
    public String qualifiedName() {
        return ownerClass == null ? name : ownerClass.name() + "." + name;
    }

    public String name() {
        return name;
    }

    /** CPython's {@code __qualname__}, for reprs: {@code make.<locals>.<lambda>} inside a function. */
    public String pythonQualname() {
        String own = liftedFrom(name) != null ? liftedFrom(name) : qualifiedName();
        FunctionInfo outer = enclosing;
        if (outer != null && outer.name.startsWith(GeneratorExpressionLifting.LAMBDA)) {
            outer = outer.enclosing; // made only to hold a lambda's defaults: no scope in Python
        }
        if (outer == null || outer.isModule()) {
            return own;
        }
        // a comprehension's scope adds no ".<locals>" in CPython: f.<locals>.<listcomp>.<lambda>
        return outer.pythonQualname() + (liftedFrom(outer.name) != null ? "." : ".<locals>.") + own;
    }

    /** {@code <listcomp>} for a function {@link GeneratorExpressionLifting} made of a comprehension, else null. */
    private static String liftedFrom(String name) {
        for (String[] kind : new String[][] {{GeneratorExpressionLifting.LISTCOMP, "<listcomp>"},
                {GeneratorExpressionLifting.SETCOMP, "<setcomp>"}, {GeneratorExpressionLifting.DICTCOMP, "<dictcomp>"},
                {GeneratorExpressionLifting.GENEXPR, "<genexpr>"}}) {
            if (name.startsWith(kind[0]) && name.substring(kind[0].length()).matches("[0-9]+_[0-9]+")) {
                return kind[1];
            }
        }
        return null;
    }

    public boolean isModule() {
        return def == null;
    }

    /** The definition, or null for the module body. */
    public Stmt.FunctionDef def() {
        return def;
    }

    public List<Stmt> body() {
        return body;
    }

    public List<String> params() {
        return params;
    }

    /** Default value expressions aligned to the last parameters, as in Python. */
    public List<Expr> defaults() {
        return def == null ? List.of() : def.args().defaults();
    }

    /** How many parameters take positional arguments (before {@code *args}). */
    public int positionalCount() {
        return def == null ? 0 : def.args().posonlyargs().size() + def.args().args().size();
    }

    /** The index of the {@code *args} parameter in {@link #params()}, or -1. */
    public int varargIndex() {
        return def == null || def.args().vararg() == null ? -1 : positionalCount();
    }

    /** The index of the {@code **kwargs} parameter in {@link #params()} (the last), or -1. */
    public int kwargIndex() {
        return def == null || def.args().kwarg() == null ? -1 : params.size() - 1;
    }

    /** The default value of parameter {@code index} of {@link #params()}, or null when it has none. */
    public Expr defaultFor(int index) {
        if (def == null) {
            return null;
        }
        int positional = positionalCount();
        if (index < positional) {
            List<Expr> defaults = def.args().defaults();
            int first = positional - defaults.size();
            return index >= first ? defaults.get(index - first) : null;
        }
        int kw = index - positional - (def.args().vararg() == null ? 0 : 1);
        return kw >= 0 && kw < def.args().kwDefaults().size() ? def.args().kwDefaults().get(kw) : null;
    }

    /**
     * Whether a default value is written as a literal ({@code 10}, {@code -1}, {@code "x"},
     * {@code None}): the only defaults of lambdas and nested functions Krait compiles, because it
     * keeps one copy of a default per def, not one per function object a def makes.
     */
    /** Parameters of the functions {@link GeneratorExpressionLifting} makes to hold one lambda's defaults. */
    public static final String DEFAULT_PREFIX = "_krait_default_";

    /**
     * The defaults of {@code args} evaluated when the def or lambda runs: not literals, nor the
     * captured parameters that hold a lifted lambda's defaults.
     */
    public static List<Expr> evaluatedDefaults(krait.syntax.Arguments args) {
        List<Expr> out = new java.util.ArrayList<>();
        for (Expr d : args.defaults()) {
            if (!isLiteralDefault(d) && !isCapturedDefault(d)) {
                out.add(d);
            }
        }
        for (Expr d : args.kwDefaults()) {
            if (d != null && !isLiteralDefault(d) && !isCapturedDefault(d)) {
                out.add(d);
            }
        }
        return out;
    }

    /** A default that is a variable of the enclosing frame made for this one function object. */
    public static boolean isCapturedDefault(Expr d) {
        return d instanceof Expr.Name n && n.id().startsWith(DEFAULT_PREFIX);
    }

    private static void capturedDefaults(krait.syntax.Arguments args, Set<String> out) {
        for (Expr d : args.defaults()) {
            if (isCapturedDefault(d)) {
                out.add(((Expr.Name) d).id());
            }
        }
        for (Expr d : args.kwDefaults()) {
            if (d != null && isCapturedDefault(d)) {
                out.add(((Expr.Name) d).id());
            }
        }
    }

    public static boolean isLiteralDefault(Expr d) {
        Expr e = d instanceof Expr.UnaryOp u && u.op() == krait.syntax.UnaryOperator.USub ? u.operand() : d;
        if (!(e instanceof Expr.Constant c)) {
            return false;
        }
        return d == e || c.value() instanceof krait.syntax.ConstValue.IntValue i && i.value().bitLength() < 64
                || c.value() instanceof krait.syntax.ConstValue.FloatValue;
    }

    public boolean isLocal(String name) {
        return locals.contains(name);
    }

    public Set<String> locals() {
        return locals;
    }

    public Set<String> declaredGlobal() {
        return declaredGlobal;
    }

    public Pos pos() {
        return def == null ? Pos.NONE : def.pos();
    }

    @Override
    public String toString() {
        return name;
    }
}
