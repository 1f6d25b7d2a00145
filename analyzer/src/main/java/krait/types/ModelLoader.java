package krait.types;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import krait.diag.CompileError;
import krait.diag.Diagnostic;
import krait.diag.Location;
import krait.diag.MessageId;
import krait.diag.SourceFile;
import krait.syntax.Arg;
import krait.syntax.ConstValue;
import krait.syntax.Expr;
import krait.syntax.Mod;
import krait.syntax.Operator;
import krait.syntax.Pos;
import krait.syntax.Stmt;

/**
 * Reads a model file: Python stubs beside the C++ runtime that say what a builtin or library
 * function accepts, returns and lowers to. A model is ordinary Python syntax:
 * <pre>
 * T = TypeVar("T")
 *
 * &#64;cpp("krait::len")
 * def len(x: list[T]) -> int: ...
 *
 * class list(Generic[T]):
 *     &#64;cpp("append")
 *     def append(self, x: T) -> None: ...
 * </pre>
 * Several defs of one name are overloads, tried in file order.
 * <p>
 * Classes that share most of their methods (bytes and bytearray, the ten array typecodes) take
 * them from a <em>template</em>: a class based on {@code Template[...]}, without {@code @cpp}, that
 * is not a type itself. A class naming it as a base ({@code class array_b(_TypedArray[int])}) gets
 * its methods, first, with {@code Self} read as the class itself and the template's parameters as
 * the base's arguments.
 */
public final class ModelLoader {
    private final SourceFile file;
    private final Set<String> typeParams = new LinkedHashSet<>();
    /** The module whose model this is (null for builtins) and the classes it declares. */
    private final /* nullable */ String moduleName;
    private final Set<String> moduleClasses = new LinkedHashSet<>();
    /** The file's template classes by name; see the class comment. */
    private final Map<String, Stmt.ClassDef> templates = new LinkedHashMap<>();
    /** While a template's methods are read into a class: Self and the template's parameters. */
    private Map<String, Expr> substitution = Map.of();

    private ModelLoader(SourceFile file) {
        this(file, null);
    }

    private ModelLoader(SourceFile file, String moduleName) {
        this.file = file;
        this.moduleName = moduleName;
    }

    /** Adds the definitions of {@code module} (parsed from {@code file}) to the given maps. */
    public static void load(Mod.Module module, SourceFile file, Map<String, ModelFunction> functions,
                            Map<String, ModelClass> classes) {
        load(module, file, functions, classes, new ArrayList<>());
    }

    /**
     * A library module's model file ({@code math.py}): functions as for builtins, and attributes
     * written {@code pi: float = cpp("M_PI")}, and model classes: {@code @cpp("krait::collections::deque")
     * class deque(Generic[T])} (see {@link #modelClass}).
     */
    public static Models.ModelModule loadModule(String name, Mod.Module module, SourceFile file) {
        Map<String, ModelFunction> functions = new LinkedHashMap<>();
        Map<String, ModelClass> classes = new LinkedHashMap<>();
        ModelLoader loader = new ModelLoader(file, name);
        // `class GetoptError(Exception)`: an exception class the runtime raises and programs catch
        Map<String, Models.BuiltinClass> exceptionClasses = new LinkedHashMap<>();
        List<Stmt> rest = new ArrayList<>();
        loader.collectTemplates(module.body());
        for (Stmt s : module.body()) {
            if (s instanceof Stmt.ClassDef c && loader.templates.containsKey(c.name())) {
                continue;
            }
            if (s instanceof Stmt.ClassDef c && !c.bases().isEmpty() && c.bases().get(0) instanceof Expr.Name b
                    && !loader.templates.containsKey(b.id())) {
                exceptionClasses.put(c.name(), new Models.BuiltinClass(c, loader.cppName(c.decoratorList(), c.pos(), c.name())));
            } else if (s instanceof Stmt.Assign a && a.targets().size() == 1 && a.targets().get(0) instanceof Expr.Name alias
                    && a.value() instanceof Expr.Name original && exceptionClasses.containsKey(original.id())) {
                exceptionClasses.put(alias.id(), exceptionClasses.get(original.id()));  // getopt.error = GetoptError
            } else {
                rest.add(s);
                if (s instanceof Stmt.ClassDef c) {
                    loader.moduleClasses.add(c.name());
                }
            }
        }
        loader.loadInto(rest, functions, classes, new ArrayList<>());
        Map<String, Models.ModelAttribute> attributes = new LinkedHashMap<>();
        for (Stmt s : module.body()) {
            if (s instanceof Stmt.AnnAssign a && a.target() instanceof Expr.Name n && a.value() instanceof Expr.Call c
                    && c.func() instanceof Expr.Name cn && cn.id().equals("cpp") && c.args().size() == 1
                    && c.args().get(0) instanceof Expr.Constant k && k.value() instanceof ConstValue.StrValue text) {
                attributes.put(n.id(), new Models.ModelAttribute(n.id(), loader.pattern(a.annotation(), a.pos()), text.value()));
            }
        }
        return new Models.ModelModule(name, Map.copyOf(functions), Map.copyOf(attributes), Map.copyOf(classes),
                java.util.Collections.unmodifiableMap(exceptionClasses));
    }

    /** Also collects classes implemented in C++ ({@code @cpp("krait::ValueError") class ValueError(Exception)}). */
    public static void load(Mod.Module module, SourceFile file, Map<String, ModelFunction> functions,
                            Map<String, ModelClass> classes, List<Models.BuiltinClass> builtinClasses) {
        new ModelLoader(file).loadInto(module.body(), functions, classes, builtinClasses);
    }

    private void loadInto(List<Stmt> body, Map<String, ModelFunction> functions, Map<String, ModelClass> classes,
                          List<Models.BuiltinClass> builtinClasses) {
        // docstrings, imports of typing names and the like carry no model information
        collectTemplates(body);
        for (Stmt s : body) {
            if (s instanceof Stmt.ClassDef c && templates.containsKey(c.name())) {
                continue;
            }
            if (s instanceof Stmt.Assign a && a.value() instanceof Expr.Call c && c.func() instanceof Expr.Name n
                    && n.id().equals("TypeVar") && a.targets().get(0) instanceof Expr.Name target) {
                typeParams.add(target.id());
            } else if (s instanceof Stmt.FunctionDef f) {
                addOverload(functions, f, false);
            } else if (s instanceof Stmt.ClassDef c && moduleName != null) {
                classes.put(c.name(), modelClass(c, functions));
            } else if (s instanceof Stmt.ClassDef c && !c.decoratorList().isEmpty()) {
                builtinClasses.add(new Models.BuiltinClass(c, cppName(c.decoratorList(), c.pos(), c.name())));
            } else if (s instanceof Stmt.ClassDef c) {
                Map<String, ModelFunction> methods = new LinkedHashMap<>();
                ModelClass existing = classes.get(c.name());
                if (existing != null) {
                    methods.putAll(existing.methods());
                }
                forEachMember(c, m -> {
                    if (m instanceof Stmt.FunctionDef f && f.decoratorList().stream()
                            .anyMatch(d -> d instanceof Expr.Name n && n.id().equals("staticmethod"))) {
                        // dict.fromkeys(xs), bytes.fromhex(s), int.from_bytes(b): builtin functions named "dict.fromkeys"...
                        addOverload(functions, f, false, null, c.name() + "." + f.name());
                    } else if (m instanceof Stmt.FunctionDef f) {
                        addOverload(methods, f, true);
                    }
                });
                List<String> params = new ArrayList<>();
                for (Expr base : c.bases()) {
                    if (base instanceof Expr.Subscript g && g.value() instanceof Expr.Name gn && gn.id().equals("Generic")) {
                        List<Expr> ps = g.slice() instanceof Expr.Tuple t ? t.elts() : List.of(g.slice());
                        for (Expr p : ps) {
                            if (p instanceof Expr.Name pn) {
                                params.add(pn.id());
                            }
                        }
                    }
                }
                classes.put(c.name(), new ModelClass(c.name(), List.copyOf(params), methods));
            }
        }
    }

    /**
     * A library module's class. Its {@code __init__} overloads become the overloads of the module
     * function of the class's name, returning an instance; a plain C++ name there is a static
     * member function of the C++ class (instantiated with the type parameters), a qualified one a
     * free function; a class without {@code __init__} is only made by the module's functions and
     * methods. Special methods ({@code __getitem__}, {@code __iter__} returning
     * {@code Iterator[T]}, ...) give the types of subscripts, loops, {@code in}.
     */
    private ModelClass modelClass(Stmt.ClassDef c, Map<String, ModelFunction> functions) {
        String cpp = cppName(c.decoratorList(), c.pos(), c.name());
        List<String> params = new ArrayList<>();
        String base = null;
        List<TypePattern> baseArgs = List.of();
        for (Expr b : c.bases()) {
            if (templateName(b) != null) {
                continue;
            }
            if (!(b instanceof Expr.Subscript g && g.value() instanceof Expr.Name gn)) {
                throw bad(b.pos(), "a model class's base must be Generic[...] or a builtin class such as dict[K, V]");
            }
            List<Expr> ps = g.slice() instanceof Expr.Tuple t ? t.elts() : List.of(g.slice());
            if (gn.id().equals("Generic")) {
                ps.forEach(p -> params.add(((Expr.Name) p).id()));
            } else {
                base = gn.id();
                baseArgs = ps.stream().map(p -> pattern(p, b.pos())).toList();
            }
        }
        if (params.isEmpty()) {
            for (TypePattern p : baseArgs) {
                if (p instanceof TypePattern.Param tp) {
                    params.add(tp.name());
                }
            }
        }
        for (int i = 0; i < baseArgs.size(); i++) {
            if (baseArgs.get(i) instanceof TypePattern.Param tp && params.indexOf(tp.name()) != i) {
                throw bad(c.pos(), "the base's type parameters must be the class's own, in order");
            }
        }
        TypePattern self = new TypePattern.ModelObject(moduleName, c.name(),
                params.stream().map(p -> (TypePattern) new TypePattern.Param(p)).toList());
        Map<String, ModelFunction> methods = new LinkedHashMap<>();
        Map<String, ModelSignature> properties = new LinkedHashMap<>();
        forEachMember(c, m -> {
            if (m instanceof Stmt.FunctionDef f && f.decoratorList().stream()
                    .anyMatch(d -> d instanceof Expr.Name n && n.id().equals("property"))) {
                properties.put(f.name(), new ModelSignature(f.name(), List.of(), pattern(f.returns(), f.pos()), cppName(f)));
            } else if (m instanceof Stmt.FunctionDef f && f.name().equals("__init__")) {
                addOverload(functions, f, true, constructed(f, self, c.name()), c.name());
            } else if (m instanceof Stmt.FunctionDef f && f.decoratorList().stream()
                    .anyMatch(d -> d instanceof Expr.Name n && n.id().equals("staticmethod"))) {
                // Class.f(...): a module function named "Class.f"; a plain @cpp name is a static member
                addOverload(functions, f, false, null, c.name() + "." + f.name());
            } else if (m instanceof Stmt.FunctionDef f) {
                addOverload(methods, f, true);
            }
        });
        return new ModelClass(c.name(), List.copyOf(params), methods, moduleName, cpp, base, baseArgs, Map.copyOf(properties));
    }

    private void collectTemplates(List<Stmt> body) {
        for (Stmt s : body) {
            if (s instanceof Stmt.ClassDef c && c.bases().size() == 1 && isTemplateMarker(c.bases().get(0))) {
                if (!c.decoratorList().isEmpty()) {
                    throw bad(c.pos(), "template class '" + c.name() + "' is not a C++ class: it takes no decorator");
                }
                templates.put(c.name(), c);
            }
        }
    }

    private static boolean isTemplateMarker(Expr base) {
        Expr name = base instanceof Expr.Subscript g ? g.value() : base;
        return name instanceof Expr.Name n && n.id().equals("Template");
    }

    /** The template a base expression names ({@code _TypedArray[int]}, {@code _ByteMethods}), or null. */
    private /* nullable */ String templateName(Expr base) {
        Expr name = base instanceof Expr.Subscript g ? g.value() : base;
        return name instanceof Expr.Name n && templates.containsKey(n.id()) ? n.id() : null;
    }

    private static List<Expr> subscriptArgs(Expr e) {
        if (!(e instanceof Expr.Subscript s)) {
            return List.of();
        }
        return s.slice() instanceof Expr.Tuple t ? t.elts() : List.of(s.slice());
    }

    /** Runs {@code action} on the members of c's templates (with their substitution), then on c's own. */
    private void forEachMember(Stmt.ClassDef c, java.util.function.Consumer<Stmt> action) {
        for (Expr base : c.bases()) {
            String name = templateName(base);
            if (name == null) {
                continue;
            }
            Stmt.ClassDef template = templates.get(name);
            List<Expr> params = subscriptArgs(template.bases().get(0));
            List<Expr> args = subscriptArgs(base);
            if (params.size() != args.size()) {
                throw bad(base.pos(), "template '" + name + "' takes " + params.size() + " type arguments, not " + args.size());
            }
            Map<String, Expr> subst = new LinkedHashMap<>();
            subst.put("Self", new Expr.Name(base.pos(), c.name(), krait.syntax.ExprContext.Load));
            for (int i = 0; i < params.size(); i++) {
                subst.put(((Expr.Name) params.get(i)).id(), args.get(i));
            }
            substitution = subst;
            try {
                template.body().forEach(action);
            } finally {
                substitution = Map.of();
            }
        }
        c.body().forEach(action);
    }

    /**
     * What an {@code __init__} overload makes: the class over its own parameters, or what its return
     * annotation spells when the parameters are computed from the arguments' types
     * ({@code def __init__(self, xs: Iterable[T]) -> pairwise[tuple[T, T]]}).
     */
    private TypePattern constructed(Stmt.FunctionDef f, TypePattern self, String className) {
        if (f.returns() == null || f.returns() instanceof Expr.Constant k && k.value() instanceof ConstValue.NoneValue) {
            return self;
        }
        TypePattern p = pattern(f.returns(), f.pos());
        if (!(p instanceof TypePattern.ModelObject m && m.name().equals(className))) {
            throw bad(f.pos(), "__init__ of model class '" + className + "' must return None or the class itself");
        }
        return p;
    }

    private void addOverload(Map<String, ModelFunction> into, Stmt.FunctionDef f, boolean isMethod) {
        addOverload(into, f, isMethod, null, f.name());
    }

    private void addOverload(Map<String, ModelFunction> into, Stmt.FunctionDef f, boolean isMethod,
                             /* nullable */ TypePattern returnsOverride, String name) {
        String cppName = cppName(f);
        List<ModelParam> params = new ArrayList<>();
        List<Arg> positional = f.args().args();
        List<Expr> defaults = f.args().defaults();
        int firstDefault = positional.size() - defaults.size();
        for (int i = isMethod ? 1 : 0; i < positional.size(); i++) {
            Arg a = positional.get(i);
            Expr dflt = i >= firstDefault ? defaults.get(i - firstDefault) : null;
            params.add(new ModelParam(a.arg(), pattern(a.annotation(), a.pos()), dflt, ModelParam.Kind.POSITIONAL));
        }
        if (f.args().vararg() != null) {
            Arg a = f.args().vararg();
            params.add(new ModelParam(a.arg(), pattern(a.annotation(), a.pos()), null, ModelParam.Kind.VARARGS));
        }
        for (int i = 0; i < f.args().kwonlyargs().size(); i++) {
            Arg a = f.args().kwonlyargs().get(i);
            params.add(new ModelParam(a.arg(), pattern(a.annotation(), a.pos()), f.args().kwDefaults().get(i),
                    ModelParam.Kind.KEYWORD_ONLY));
        }
        if (f.args().kwarg() != null) {
            Arg a = f.args().kwarg();
            params.add(new ModelParam(a.arg(), pattern(a.annotation(), a.pos()), null, ModelParam.Kind.KEYWORDS));
        }
        TypePattern returns = returnsOverride != null ? returnsOverride : pattern(f.returns(), f.pos());
        ModelSignature sig = new ModelSignature(name, List.copyOf(params), returns, cppName);
        ModelFunction old = into.get(name);
        List<ModelSignature> overloads = new ArrayList<>(old == null ? List.of() : old.overloads());
        overloads.add(sig);
        into.put(name, new ModelFunction(name, List.copyOf(overloads)));
    }

    private String cppName(Stmt.FunctionDef f) {
        return cppName(f.decoratorList(), f.pos(), f.name());
    }

    private String cppName(List<Expr> decorators, Pos pos, String name) {
        for (Expr d : decorators) {
            if (d instanceof Expr.Call c && c.func() instanceof Expr.Name n && n.id().equals("cpp")
                    && c.args().size() == 1 && c.args().get(0) instanceof Expr.Constant k
                    && k.value() instanceof ConstValue.StrValue s) {
                return s.value();
            }
        }
        throw bad(pos, "model function or class '" + name + "' needs a @cpp(\"...\") decorator");
    }

    private TypePattern pattern(Expr e, Pos pos) {
        if (e == null) {
            throw bad(pos, "model parameters and returns need a type annotation");
        }
        if (e instanceof Expr.Constant c && c.value() instanceof ConstValue.NoneValue) {
            return new TypePattern.Concrete(PyType.NONE);
        }
        if (e instanceof Expr.Name n && substitution.containsKey(n.id())) {
            Map<String, Expr> outer = substitution;
            substitution = Map.of();  // the arguments are written in the class's scope
            try {
                return pattern(outer.get(n.id()), pos);
            } finally {
                substitution = outer;
            }
        }
        if (e instanceof Expr.Name n) {
            switch (n.id()) {
                case "int": return new TypePattern.Concrete(PyType.INT);
                case "float": return new TypePattern.Concrete(PyType.FLOAT);
                case "bool": return new TypePattern.Concrete(PyType.BOOL);
                case "str": return new TypePattern.Concrete(PyType.STR);
                case "bytes": return new TypePattern.Concrete(PyType.BYTES);
                case "bytearray": return new TypePattern.Concrete(PyType.BYTEARRAY);
                case "complex": return new TypePattern.Concrete(PyType.COMPLEX);
                case "range": return new TypePattern.Concrete(PyType.RANGE);
                case "object": return new TypePattern.AnyObject();
                case "NegativeIntLiteral": return new TypePattern.NegativeIntLiteral();
                default:
                    if (moduleClasses.contains(n.id())) {
                        return new TypePattern.ModelObject(moduleName, n.id(), List.of());
                    }
                    if (typeParams.contains(n.id())) {
                        return new TypePattern.Param(n.id());
                    }
                    throw bad(n.pos(), "unknown type '" + n.id() + "' in model");
            }
        }
        if (e instanceof Expr.Subscript s && s.value() instanceof Expr.Name n) {
            List<Expr> args = s.slice() instanceof Expr.Tuple t ? t.elts() : List.of(s.slice());
            if (moduleClasses.contains(n.id())) {
                return new TypePattern.ModelObject(moduleName, n.id(), args.stream().map(a -> pattern(a, s.pos())).toList());
            }
            switch (n.id()) {
                case "list":
                    return new TypePattern.ListOf(pattern(args.get(0), s.pos()));
                case "set":
                    return new TypePattern.SetOf(pattern(args.get(0), s.pos()));
                case "Iterable":
                    return new TypePattern.IterableOf(pattern(args.get(0), s.pos()));
                case "Iterator":
                    return new TypePattern.IteratorOf(pattern(args.get(0), s.pos()));
                case "Callable":
                    if (args.size() == 2 && args.get(0) instanceof Expr.List params) {
                        return new TypePattern.CallableOf(params.elts().stream().map(a -> pattern(a, s.pos())).toList(),
                                pattern(args.get(1), s.pos()));
                    }
                    break;
                case "dict":
                    if (args.size() == 2) {
                        return new TypePattern.DictOf(pattern(args.get(0), s.pos()), pattern(args.get(1), s.pos()));
                    }
                    break;
                case "StructValues":
                    if (args.size() == 1 && args.get(0) instanceof Expr.Constant k && k.value() instanceof ConstValue.StrValue sv) {
                        return new TypePattern.StructValues(sv.value());
                    }
                    break;
                case "Literal":
                    if (args.size() == 1 && args.get(0) instanceof Expr.Constant k && k.value() instanceof ConstValue.IntValue iv) {
                        return new TypePattern.IntLiteral(iv.value().longValueExact());
                    }
                    if (args.stream().allMatch(a -> a instanceof Expr.Constant k && k.value() instanceof ConstValue.StrValue)) {
                        return new TypePattern.StrLiteral(args.stream()
                                .map(a -> ((ConstValue.StrValue) ((Expr.Constant) a).value()).value()).toList());
                    }
                    break;
                case "RegexGroups":
                    if (args.size() == 1 && args.get(0) instanceof Expr.Constant k && k.value() instanceof ConstValue.IntValue iv) {
                        return new TypePattern.RegexGroups(iv.value().intValueExact());
                    }
                    break;
                case "tuple":
                    if (args.size() == 2 && args.get(1) instanceof Expr.Constant k && k.value() instanceof ConstValue.EllipsisValue) {
                        return new TypePattern.TupleOfAny(pattern(args.get(0), s.pos()));
                    }
                    return new TypePattern.TupleOf(args.stream().map(a -> pattern(a, s.pos())).toList());
                default:
                    break;
            }
        }
        if (e instanceof Expr.Subscript s && s.value() instanceof Expr.Attribute a && a.value() instanceof Expr.Name m) {
            // another module's generic model class (dict.keys() returns a _dictviews.dict_keys[K, V]);
            // subscripted, it cannot be a module, so its name may be lower case as CPython's are
            List<Expr> args = s.slice() instanceof Expr.Tuple t ? t.elts() : List.of(s.slice());
            return new TypePattern.ModelObject(m.id(), a.attr(), args.stream().map(x -> pattern(x, s.pos())).toList());
        }
        if (e instanceof Expr.Attribute a && a.value() instanceof Expr.Name m && Character.isUpperCase(a.attr().charAt(0))) {
            // another module's model class (open() returns an io.TextIOWrapper); modules are lower case
            return new TypePattern.ModelObject(m.id(), a.attr(), List.of());
        }
        if (e instanceof Expr.Attribute a && dotted(a) != null) {
            return new TypePattern.ModuleOf(dotted(a));
        }
        if (e instanceof Expr.BinOp b && b.op() == Operator.BitOr && b.left() instanceof Expr.Name l && l.id().equals("int")
                && b.right() instanceof Expr.Name r && r.id().equals("float")) {
            // an int or a float, the kind the program's value has (a number: sum of a list holding both)
            return new TypePattern.Concrete(PyType.NUMBER);
        }
        if (e instanceof Expr.BinOp b && b.op() == Operator.BitOr && b.right() instanceof Expr.Constant c
                && c.value() instanceof ConstValue.NoneValue) {
            return new TypePattern.OrNone(pattern(b.left(), b.pos()));
        }
        throw bad(e.pos(), "unsupported type expression in model");
    }

    /** {@code sys.stderr} as a module name, or null. */
    private static String dotted(Expr e) {
        if (e instanceof Expr.Name n) {
            return n.id();
        }
        if (e instanceof Expr.Attribute a) {
            String base = dotted(a.value());
            return base == null ? null : base + "." + a.attr();
        }
        return null;
    }

    private CompileError bad(Pos pos, String what) {
        return new CompileError(Diagnostic.error(Location.of(file, pos), MessageId.MODEL_ERROR, what));
    }
}
