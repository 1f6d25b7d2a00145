package krait.types;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import krait.diag.MessageId;
import krait.syntax.Expr;
import krait.syntax.Keyword;
import krait.syntax.Pos;

/**
 * A call, resolved per tuple of argument types (Cartesian-product style): a user function or
 * method gets a specialization for the tuple, a class makes an instance and calls its
 * {@code __init__}, a model function or method gets the first overload that accepts the tuple.
 * The resolution is recorded in the calling specialization under the key
 * {@code [callee or receiver type, argument types...]}, which the lowering recomputes.
 */
final class CallConstraint implements Constraint {
    private final InferenceContext cx;
    private final Specialization spec;
    private final Expr.Call call;
    private final /* nullable */ String method;
    private final /* nullable */ ClassInfo superOf;
    private final TypeVar receiver;
    private final List<TypeVar> args;
    private final TypeVar result;
    private final Map<List<PyType>, Map<String, TypeVar>> typeParams = new HashMap<>();
    private final Set<TypeVar> watched = new java.util.HashSet<>();
    /** Positional arguments after expanding starred tuples, for the tuple of types being dispatched. */
    private int positionalCount;
    /** The expression of each argument after expansion (null for a starred tuple's elements). */
    private List<Expr> argNodes = List.of();
    private final Set<AllocSite> iteratedSites = new java.util.HashSet<>();
    /**
     * For the tuple of types being dispatched: the positional arguments from the first {@code *xs}
     * of run-time length on ({@code f(a, *xs, b)}), which the call passes as one sequence; null
     * when every {@code *} argument is a tuple.
     */
    private RuntimeSpread runtimeSpread;

    /**
     * {@code fixed} arguments come before the sequence; its items have the representation of
     * {@code element} (null while none is known); {@code itemVars} and {@code itemTypes} are where
     * its items come from, for {@code *args}.
     */
    record RuntimeSpread(int fixed, /* nullable */ PyType element, List<TypeVar> itemVars, Set<PyType> itemTypes) {
    }
    /** Methods of CPython's generator objects that Krait's generators lack. */
    private static final Set<String> GENERATOR_METHODS = Set.of("throw", "close");

    /**
     * {@code g.close()} (None) and {@code g.throw(exc)}, {@code g.throw(ExcClass)},
     * {@code g.throw(BuiltinExcClass, value)}: the value the generator yields next.
     */
    private void generatorMethod(ConstraintSolver solver, PyType.GeneratorType g, String method, List<PyType> tuple,
                                 List<PyType> key) {
        if (!call.keywords().isEmpty() || call.args().stream().anyMatch(a -> a instanceof Expr.Starred)) {
            cx.error(call.pos(), MessageId.UNSUPPORTED_CONSTRUCT, "generator." + method + "() with keyword or starred arguments");
            return;
        }
        if (method.equals("close")) {
            if (!tuple.isEmpty()) {
                cx.error(call.pos(), MessageId.UNSUPPORTED_CONSTRUCT, "generator.close() with arguments");
                return;
            }
            solver.addType(result, PyType.NONE, call.pos());
            spec.calls.computeIfAbsent(call, c -> new LinkedHashMap<>()).put(key, new CallTarget.GeneratorClose());
            return;
        }
        boolean ok = tuple.size() == 1 && (tuple.get(0) instanceof PyType.InstanceType i && i.cls().isException()
                || tuple.get(0) instanceof PyType.ClassRef c && c.cls().isException())
                || tuple.size() == 2 && tuple.get(0) instanceof PyType.ClassRef c2 && c2.cls().isException() && c2.cls().isBuiltin();
        if (!ok) {
            cx.error(call.pos(), MessageId.UNSUPPORTED_CONSTRUCT,
                    "generator.throw() of anything but an exception, an exception class, or a builtin exception class and its argument");
            return;
        }
        solver.addFlow(g.spec().yieldVar(), result);
        spec.calls.computeIfAbsent(call, c -> new LinkedHashMap<>()).put(key, new CallTarget.GeneratorThrow(g.spec()));
    }
    /** Builtins that call a special method of an object argument. */
    private static final Set<String> SPECIAL_BUILTINS = Set.of("abs", "float", "int", "round", "bool", "len", "hash",
            "iter", "next");
    /** Builtins of two arguments that call a special method of an object first argument. */
    private static final Set<String> BINARY_SPECIAL_BUILTINS = Set.of("divmod", "pow", "round");

    /**
     * {@code receiver} is the callee for plain calls and the object for method calls
     * ({@code call.func()} is an attribute); {@code superOf} is the class whose {@code super()}
     * the method is looked up from, or null.
     */
    CallConstraint(InferenceContext cx, Specialization spec, Expr.Call call, TypeVar receiver, ClassInfo superOf,
                   List<TypeVar> positional, List<TypeVar> keywords, TypeVar result) {
        this.cx = cx;
        this.spec = spec;
        this.call = call;
        this.method = call.func() instanceof Expr.Attribute a ? a.attr() : null;
        this.superOf = superOf;
        this.receiver = receiver;
        List<TypeVar> all = new ArrayList<>(positional);
        all.addAll(keywords);
        this.args = List.copyOf(all);
        this.result = result;
    }

    @Override
    public void propagate(ConstraintSolver solver) {
        List<Set<PyType>> sets = new ArrayList<>();
        for (TypeVar a : args) {
            if (a.types().isEmpty()) {
                return;
            }
            sets.add(new LinkedHashSet<>(Representation.withoutAbsorbedTuples(a.types())));
        }
        List<List<PyType>> tuples = Cartesian.product(sets);
        for (PyType callee : List.copyOf(receiver.types())) {
            for (List<PyType> tuple : tuples) {
                List<PyType> key = new ArrayList<>(tuple.size() + 1);
                key.add(callee);
                key.addAll(tuple);
                PyType zipStar = zipOfRows(callee, tuple);
                if (zipStar != null) {
                    // zip(*rows), max(*xs): the rows or items are one argument of the runtime's function
                    positionalCount = 1;
                    argNodes = java.util.Collections.singletonList(null);
                    runtimeSpread = null;
                    dispatch(solver, zipStar, tuple, List.copyOf(key));
                    continue;
                }
                List<PyType> expanded = expandStarred(tuple, callee);
                if (expanded != null) {
                    dispatch(solver, callee, expanded, List.copyOf(key));
                }
            }
        }
    }

    /**
     * {@code f(a, *t)}: a tuple's elements are positional arguments of their own. The key keeps
     * the tuple type (the lowering looks the call up by its argument expressions' types). Sets
     * {@link #positionalCount} and {@link #argNodes} for the dispatch of this tuple of types.
     */
    private List<PyType> expandStarred(List<PyType> tuple, PyType callee) {
        List<PyType> out = new ArrayList<>();
        List<Expr> nodes = new ArrayList<>();
        int n = call.args().size();
        runtimeSpread = null;
        int runtimeFrom = runtimeSpreadStart(tuple, callee);
        if (runtimeFrom >= 0) {
            return expandRuntimeSpread(tuple, runtimeFrom);
        }
        for (int i = 0; i < tuple.size(); i++) {
            Expr arg = i < n ? call.args().get(i) : call.keywords().get(i - n).value();
            if (i < n && arg instanceof Expr.Starred st && printsItems(callee, tuple.get(i))) {
                out.add(tuple.get(i)); // print(*xs): the runtime prints each item
                nodes.add(null);
            } else if (i < n && arg instanceof Expr.Starred st) {
                if (!(tuple.get(i) instanceof PyType.TupleType tt)) {
                    cx.error(st.pos(), MessageId.UNSUPPORTED_CONSTRUCT, "unpacking a '" + TypeNaming.name(tuple.get(i))
                            + "' into arguments with '*' (a tuple is)");
                    return null;
                }
                out.addAll(tt.elements());
                tt.elements().forEach(e -> nodes.add(null));
            } else {
                out.add(tuple.get(i));
                nodes.add(arg);
            }
        }
        positionalCount = out.size() - call.keywords().size();
        argNodes = nodes;
        return out;
    }

    /**
     * For {@code zip(*rows)} of a list or variable tuple of rows, {@code max(*xs)} or
     * {@code min(*xs)} of an iterable that is not a tuple: the model function that takes the
     * iterable itself; else null.
     */
    private PyType zipOfRows(PyType callee, List<PyType> tuple) {
        if (method == null && callee instanceof PyType.BuiltinRef b
                && (b.function().name().equals("max") || b.function().name().equals("min"))
                && call.args().size() == 1 && call.keywords().isEmpty() && call.args().get(0) instanceof Expr.Starred
                && !(tuple.get(0) instanceof PyType.TupleType)) {
            return cx.models.function("__krait_" + b.function().name() + "_star").map(f -> (PyType) new PyType.BuiltinRef(f))
                    .orElse(null);
        }
        if (method == null && callee instanceof PyType.BuiltinRef b && b.function().name().equals("zip")
                && call.args().size() == 1 && call.keywords().isEmpty() && call.args().get(0) instanceof Expr.Starred
                && (tuple.get(0) instanceof PyType.ListType || tuple.get(0) instanceof PyType.VarTupleType)) {
            return cx.models.function("__krait_zip_rows").map(f -> (PyType) new PyType.BuiltinRef(f)).orElse(null);
        }
        return null;
    }

    /**
     * The first positional argument that is {@code *xs} of a list, a variable tuple, a range or a
     * str passed to a user function, method or class, or -1.
     */
    private int runtimeSpreadStart(List<PyType> tuple, PyType callee) {
        boolean user = callee instanceof PyType.FunctionRef || callee instanceof PyType.ClassRef
                || method != null && callee instanceof PyType.InstanceType;
        if (!user) {
            return -1;
        }
        for (int i = 0; i < call.args().size(); i++) {
            PyType t = tuple.get(i);
            if (call.args().get(i) instanceof Expr.Starred && (t instanceof PyType.ListType || t instanceof PyType.VarTupleType
                    || t.equals(PyType.RANGE) || t.equals(PyType.STR) || isOtherIterable(t))) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Iterables other than sequences that {@code *it} may unpack: their items are gathered into a
     * list when the program runs, as CPython gathers them into a tuple.
     */
    private static boolean isOtherIterable(PyType t) {
        return t instanceof PyType.GeneratorType || t instanceof PyType.IteratorType || t instanceof PyType.DictType
                || t instanceof PyType.SetType || t instanceof PyType.ModelInstance m && m.cls().methods().containsKey("__iter__");
    }

    /** What iterating a {@code *} argument yields, per argument and type: one variable, however often the call is dispatched. */
    private final Map<String, TypeVar> spreadItems = new java.util.HashMap<>();

    private TypeVar itemsOf(int arg, PyType t, krait.syntax.Pos pos) {
        return spreadItems.computeIfAbsent(arg + " " + t, k -> {
            TypeVar holder = cx.solver.newVar("*argument", pos);
            TypeVar items = cx.solver.newVar("items of *argument", pos);
            cx.solver.subscribe(new IterationConstraint(cx, pos, holder, items), holder);
            cx.solver.addType(holder, t, pos);
            return items;
        });
    }

    /** {@code f(a, *xs, b)}: {@code a} as usual, {@code *xs, b} one sequence (see {@link RuntimeSpread}). */
    private List<PyType> expandRuntimeSpread(List<PyType> tuple, int from) {
        List<PyType> out = new ArrayList<>();
        List<Expr> nodes = new ArrayList<>();
        int n = call.args().size();
        for (int i = 0; i < from; i++) {
            if (call.args().get(i) instanceof Expr.Starred) {
                ((PyType.TupleType) tuple.get(i)).elements().forEach(e -> {
                    out.add(e);
                    nodes.add(null);
                });
            } else {
                out.add(tuple.get(i));
                nodes.add(call.args().get(i));
            }
        }
        int fixed = out.size();
        List<TypeVar> itemVars = new ArrayList<>();
        Set<PyType> itemTypes = new LinkedHashSet<>();
        for (int i = from; i < n; i++) {
            PyType t = tuple.get(i);
            if (!(call.args().get(i) instanceof Expr.Starred st)) {
                itemTypes.add(t);
            } else if (t instanceof PyType.ListType || t instanceof PyType.VarTupleType) {
                TypeVar elements = ConstraintSolver.siteOf(t).elements();
                itemVars.add(elements);
                itemTypes.addAll(elements.types());
            } else if (t.equals(PyType.RANGE) || t.equals(PyType.STR)) {
                itemTypes.add(t.equals(PyType.RANGE) ? PyType.INT : PyType.STR);
            } else if (isOtherIterable(t)) {
                TypeVar items = itemsOf(i, t, st.pos());
                itemVars.add(items);
                itemTypes.addAll(items.types());
            } else if (t instanceof PyType.TupleType tt) {
                itemTypes.addAll(tt.elements());
            } else {
                cx.error(st.pos(), MessageId.UNSUPPORTED_CONSTRUCT, "unpacking a '" + TypeNaming.name(t)
                        + "' into arguments with '*' (a list, tuple, range or str is)");
                return null;
            }
        }
        for (int k = 0; k < call.keywords().size(); k++) {
            out.add(tuple.get(n + k));
            nodes.add(call.keywords().get(k).value());
        }
        Map<String, PyType> kinds = Representation.distinct(itemTypes);
        if (kinds.size() > 1) {
            cx.error(call.pos(), MessageId.UNSUPPORTED_CONSTRUCT, "a '*' argument whose items have different types ("
                    + String.join(", ", kinds.values().stream().map(TypeNaming::full).toList()) + ")");
            return null;
        }
        for (TypeVar v : itemVars) {
            if (watched.add(v)) {
                cx.solver.subscribe(this, v); // more item types: dispatched again
            }
        }
        runtimeSpread = new RuntimeSpread(fixed, kinds.isEmpty() ? null : kinds.values().iterator().next(),
                List.copyOf(itemVars), itemTypes);
        positionalCount = fixed;
        argNodes = nodes;
        return out;
    }

    /**
     * {@code f(a, *xs)}: the positional parameters after the fixed arguments take the sequence's
     * items (their number is checked when the program runs), {@code *args} a tuple of run-time
     * length of the rest. False when the call cannot be resolved (yet).
     */
    private boolean fillFromRuntimeSpread(ConstraintSolver solver, FunctionInfo fn, Specialization env, PyType[] slots,
                                          int given, List<PyType> extra) {
        RuntimeSpread rs = runtimeSpread;
        List<String> params = fn.params();
        for (int i = given; i < fn.positionalCount(); i++) {
            String name = params.get(i);
            if (call.keywords().stream().anyMatch(k -> name.equals(k.arg()))) {
                cx.error(call.pos(), MessageId.UNSUPPORTED_CONSTRUCT, "a keyword argument for parameter '" + name
                        + "', which the '*' argument may fill");
                return false;
            }
            if (rs.element() == null) {
                return false; // the items' type is not known yet
            }
            TypeVar dflt = fn.defaultFor(i) == null ? null : cx.defaultValue(fn, i, env);
            if (dflt != null && dflt.single() != null && !noneFits(dflt.single(), rs.element())
                    && !Representation.key(dflt.single()).equals(Representation.key(rs.element()))) {
                cx.error(call.pos(), MessageId.UNSUPPORTED_CONSTRUCT, "a '*' argument of " + TypeNaming.full(rs.element())
                        + " items for parameter '" + name + "', whose default is " + TypeNaming.full(dflt.single()));
                return false;
            }
            slots[i] = rs.element();
        }
        int vararg = fn.varargIndex();
        if (vararg >= 0) {
            AllocSite site = cx.siteFor(call, "*" + fn.name(), call.pos(), "tuple", spec);
            extra.forEach(t -> solver.addType(site.elements(), t, call.pos()));
            rs.itemTypes().forEach(t -> solver.addType(site.elements(), t, call.pos()));
            rs.itemVars().forEach(v -> solver.addFlow(v, site.elements()));
            slots[vararg] = new PyType.VarTupleType(site);
        }
        return true;
    }

    /**
     * {@code f(**d)}: each parameter that nothing else gave may come from {@code d} (whose values
     * must fit it, default included), and {@code **kwargs} takes d's other entries; which keys d
     * has is checked when the program runs. False when the call cannot be resolved (yet).
     */
    private boolean fillFromDoubleStar(ConstraintSolver solver, FunctionInfo fn, Specialization env, PyType[] slots,
                                       PyType d, AllocSite extraKeywords) {
        if (!(d instanceof PyType.DictType dict)) {
            cx.error(call.pos(), MessageId.UNSUPPORTED_CONSTRUCT, "unpacking a '" + TypeNaming.name(d) + "' with '**' (a dict is)");
            return false;
        }
        if (watched.add(dict.site().values())) {
            solver.subscribe(this, dict.site().values(), dict.site().elements());
        }
        // keyword names are str: other keys meet them as a clear conflict (Python raises a TypeError)
        solver.addType(dict.site().elements(), PyType.STR, call.pos());
        Map<String, PyType> kinds = Representation.distinct(dict.site().values().types());
        if (kinds.size() > 1) {
            cx.error(call.pos(), MessageId.UNSUPPORTED_CONSTRUCT, "a '**' dict whose values have different types");
            return false;
        }
        PyType value = kinds.isEmpty() ? null : kinds.values().iterator().next();
        List<String> params = fn.params();
        for (int i = 0; i < slots.length; i++) {
            if (slots[i] != null || i == fn.varargIndex() || i == fn.kwargIndex()) {
                continue;
            }
            if (dict.site().valuesGuessed() && fn.defaultFor(i) != null) {
                continue; // d is always empty (a decorator's **kwargs where no call passes keywords): the default
            }
            if (value == null) {
                return false; // the values' type is not known yet
            }
            TypeVar dflt = fn.defaultFor(i) == null ? null : cx.defaultValue(fn, i, env);
            if (dflt != null && dflt.single() != null && !noneFits(dflt.single(), value)
                    && !Representation.key(dflt.single()).equals(Representation.key(value))) {
                cx.error(call.pos(), MessageId.UNSUPPORTED_CONSTRUCT, "a '**' dict of " + TypeNaming.full(value)
                        + " values for parameter '" + params.get(i) + "', whose default is " + TypeNaming.full(dflt.single()));
                return false;
            }
            slots[i] = value;
        }
        if (extraKeywords != null) {
            solver.addFlow(dict.site().values(), extraKeywords.values());
        }
        return true;
    }

    /** A None default beside values held by pointer is their null pointer: one representation. */
    private static boolean noneFits(PyType dflt, PyType value) {
        return dflt.equals(PyType.NONE) && Representation.isReference(value);
    }

    /** The argument types (with the callee) being dispatched, for {@link #nullableSlots}. */
    private List<PyType> currentKey;

    private void dispatch(ConstraintSolver solver, PyType callee, List<PyType> tuple, List<PyType> key) {
        currentKey = key;
        if (call.keywords().stream().anyMatch(k -> k.arg() == null) && !(callee instanceof PyType.FunctionRef
                || callee instanceof PyType.ClassRef || method != null && callee instanceof PyType.InstanceType)) {
            cx.error(call.pos(), MessageId.UNSUPPORTED_CONSTRUCT, "unpacking arguments with '**' into a call of "
                    + TypeNaming.name(callee));
            return;
        }
        if (method != null && callee.equals(PyType.NONE)) {
            // None beside an object: checked when the program runs (AttributeError)
            cx.errorIfStill(() -> receiver.types().size() == 1, call.pos(), MessageId.NO_ATTRIBUTE, "'NoneType' object", method);
            return;
        }
        if (method != null) {
            if (callee instanceof PyType.InstanceType i) {
                FunctionInfo m = superOf != null ? i.cls().lookupMethodAfter(method, superOf) : i.cls().lookupMethod(method);
                if (m == null && superOf != null && method.equals("__init__") && i.cls().isException()) {
                    // BaseException.__init__(self, *args): sets what str(e) shows and e.args
                    if (!call.keywords().isEmpty()) {
                        cx.error(call.pos(), MessageId.UNSUPPORTED_CONSTRUCT, "keyword arguments to an exception's __init__");
                    }
                    exceptionArguments(solver, tuple);
                    spec.calls.computeIfAbsent(call, c -> new LinkedHashMap<>()).put(key, new CallTarget.ExceptionInit());
                    solver.addType(result, PyType.NONE, call.pos());
                    return;
                }
                if (m == null && superOf == null && i.cls().hasAttribute(method)) {
                    callAttribute(solver, i.cls(), tuple, key);
                    return;
                }
                if (m == null && superOf == null && otherClassHas(i.cls())) {
                    spec.calls.computeIfAbsent(call, c -> new LinkedHashMap<>()).put(key,
                            new CallTarget.MissingMethod(i.cls().name(), method));
                    return;
                }
                if (m == null) {
                    cx.error(call.pos(), MessageId.NO_ATTRIBUTE, "'" + i.cls().name() + "' object", method);
                    return;
                }
                callMethod(solver, m, i.cls(), callee, tuple, key);
            } else if (callee instanceof PyType.ModuleRef mod) {
                ModelFunction f = cx.models.modules().get(mod.name()).functions().get(method);
                if (f == null && cx.builtinClasses.containsKey(mod.name() + "." + method)) {
                    construct(solver, cx.builtinClasses.get(mod.name() + "." + method), tuple, key);  // getopt.GetoptError(msg)
                    return;
                }
                if (f == null) {
                    cx.error(call.pos(), MessageId.NO_ATTRIBUTE, "module '" + mod.name() + "'", method);
                    return;
                }
                callModel(solver, f, null, null, tuple, key);
            } else if (callee instanceof PyType.BuiltinRef b && staticMethod(b.function(), method) != null) {
                // a model class's static method (itertools.chain.from_iterable)
                callModel(solver, staticMethod(b.function(), method), null, null, tuple, key);
            } else if (callee instanceof PyType.ClassRef c) {
                FunctionInfo m = c.cls().lookupMethod(method);
                if (m == null) {
                    cx.error(call.pos(), MessageId.NO_ATTRIBUTE, "type object '" + c.cls().name() + "'", method);
                    return;
                }
                callThroughClass(solver, m, c.cls(), tuple, key);
            } else if (callee instanceof PyType.BuiltinRef b
                    && cx.models.function(b.function().name() + "." + method).isPresent()) {
                // a builtin class's static method (bytes.fromhex, int.from_bytes)
                callModel(solver, cx.models.function(b.function().name() + "." + method).get(), null, null, tuple, key);
            } else if (callee instanceof PyType.BuiltinRef b && b.function().name().equals("str")
                    && cx.models.classOf(PyType.STR).map(c -> c.methods().get(method)).isPresent()) {
                // str.upper(s): the method with the string as its first argument
                callModel(solver, AttributeConstraint.unboundStrMethod(cx.models.classOf(PyType.STR).get().methods().get(method)),
                        null, null, tuple, key);
            } else {
                // a model class's method may come from its builtin base (Counter.items is dict's)
                ModelClass owner = cx.models.classOf(callee).map(c -> cx.models.methodOwner(c, method)).orElse(null);
                ModelFunction m = owner == null ? null : owner.methods().get(method);
                if (m == null && callee instanceof PyType.BuiltinRef b && PyType.isBuiltinClassName(b.function().name())) {
                    // str.maketrans(...), int.bit_length(n): Python has it, Krait does not (yet)
                    cx.error(call.pos(), MessageId.UNSUPPORTED_BUILTIN, b.function().name() + "." + method);
                    return;
                }
                if (m == null && callee instanceof PyType.GeneratorType g && method.equals("send")) {
                    if (call.args().size() != 1 || !call.keywords().isEmpty() || call.args().get(0) instanceof Expr.Starred) {
                        cx.error(call.pos(), MessageId.UNSUPPORTED_CONSTRUCT, "generator.send() without exactly one positional argument");
                        return;
                    }
                    solver.addType(g.spec().sentVar(), tuple.get(0), call.pos());
                    solver.addFlow(g.spec().yieldVar(), result);
                    spec.calls.computeIfAbsent(call, c -> new LinkedHashMap<>()).put(key, new CallTarget.GeneratorSend(g.spec()));
                    return;
                }
                if (m == null && callee instanceof PyType.GeneratorType g && GENERATOR_METHODS.contains(method)) {
                    generatorMethod(solver, g, method, tuple, key);
                    return;
                }
                if (m == null) {
                    cx.error(call.pos(), MessageId.NO_ATTRIBUTE, "'" + TypeNaming.name(callee) + "' object", method);
                    return;
                }
                callModel(solver, m, callee, owner, tuple, key);
            }
        } else if (callee instanceof PyType.FunctionRef f) {
            callUser(solver, f.function(), f.env(), List.of(), tuple, key, true);
        } else if (callee.equals(PyType.NONE) && method == null && receiver != null) {
            // None beside several functions is a function object's null pointer: calling it
            // raises CPython's TypeError when the program runs
            TypeVar calleeVar = receiver;
            cx.errorIfStill(() -> !FunctionObjects.isMixture(calleeVar.types()), call.pos(), MessageId.NOT_CALLABLE,
                    TypeNaming.name(callee));
        } else if (callee instanceof PyType.ExceptionClass) {
            cx.error(call.pos(), MessageId.UNSUPPORTED_CONSTRUCT, "calling an exception class known only when the program runs");
        } else if (callee instanceof PyType.BoundMethod bm && bm.self() instanceof PyType.InstanceType i) {
            callMethod(solver, i.cls().lookupMethod(bm.name()), i.cls(), i, tuple, key);
        } else if (callee instanceof PyType.BoundMethod bm) {
            ModelClass owner = cx.models.methodOwner(cx.models.classOf(bm.self()).orElseThrow(), bm.name());
            callModel(solver, owner.methods().get(bm.name()), bm.self(), owner, tuple, key);
        } else if (callee instanceof PyType.ClassRef c) {
            construct(solver, c.cls(), tuple, key);
        } else if (callee instanceof PyType.BuiltinRef b && tuple.size() == 2 && tuple.get(0) instanceof PyType.InstanceType i
                && call.keywords().isEmpty() && BINARY_SPECIAL_BUILTINS.contains(b.function().name())
                && i.cls().lookupMethod("__" + b.function().name() + "__") != null) {
            // divmod(a, b), pow(a, b), round(x, n) on an object: its special method
            callUser(solver, i.cls().lookupMethod("__" + b.function().name() + "__"), List.of(), tuple, key, true);
        } else if (callee instanceof PyType.BuiltinRef b && tuple.size() == 1 && tuple.get(0) instanceof PyType.InstanceType i
                && SPECIAL_BUILTINS.contains(b.function().name())
                && i.cls().lookupMethod("__" + b.function().name() + "__") != null) {
            // abs(x), float(x), int(x)... on an object: its special method
            callUser(solver, i.cls().lookupMethod("__" + b.function().name() + "__"), List.of(), tuple, key, true);
        } else if (callee instanceof PyType.BuiltinRef b && tuple.size() == 1 && tuple.get(0) instanceof PyType.ModelInstance m
                && b.function().name().equals("len") && cx.models.methodOwner(m.cls(), "__len__") == null
                && m.cls().base() == null) {
            // len() of a model class instance needs its model's __len__ (the runtime's len() member)
            cx.error(call.pos(), MessageId.NO_MATCHING_OVERLOAD, "len", "(" + m.cls().name() + ")");
        } else if (callee instanceof PyType.BuiltinRef b && b.function().name().equals("sum") && sumOfObjects(tuple) != null) {
            // sum() of objects adds with their special methods: a helper written in Python does it
            callUser(solver, sumOfObjects(tuple), List.of(), tuple, key, true);
        } else if (callee instanceof PyType.BuiltinRef b) {
            callModel(solver, b.function(), null, null, tuple, key);
        } else if (callee instanceof PyType.InstanceType i && i.cls().lookupMethod("__call__") != null) {
            callUser(solver, i.cls().lookupMethod("__call__"), List.of(callee), tuple, key, true);
        } else {
            cx.error(call.pos(), MessageId.NOT_CALLABLE, TypeNaming.name(callee));
        }
    }

    /** Whether the receiver may also hold an object of a related class that has the method (a subclass, typically). */
    private boolean otherClassHas(ClassInfo cls) {
        for (PyType t : receiver.types()) {
            if (t instanceof PyType.InstanceType other && other.cls() != cls && other.cls().lookupMethod(method) != null
                    && (other.cls().isSubclassOf(cls) || cls.isSubclassOf(other.cls()) || sharesBase(cls, other.cls()))) {
                return true;
            }
        }
        return false;
    }

    private static boolean sharesBase(ClassInfo a, ClassInfo b) {
        return a.mro().stream().anyMatch(c -> !c.isBuiltin() && b.mro().contains(c));
    }

    /**
     * The helper {@link GeneratorExpressionLifting#SUM_HELPERS} defines for {@code sum(xs)} or
     * {@code sum(xs, start)} when the items or the start are objects of the program's classes
     * (their {@code __add__}/{@code __radd__} do the adding), else null.
     */
    private FunctionInfo sumOfObjects(List<PyType> tuple) {
        if (tuple.isEmpty() || tuple.size() > 2 || !call.keywords().isEmpty()) {
            return null;
        }
        PyType xs = tuple.get(0);
        TypeVar elements = xs instanceof PyType.ListType || xs instanceof PyType.SetType ? ConstraintSolver.siteOf(xs).elements()
                : xs instanceof PyType.GeneratorType g ? g.spec().yieldVar()
                : xs instanceof PyType.IteratorType i ? i.site().elements() : null;
        boolean objects = elements != null && elements.types().stream().anyMatch(t -> t instanceof PyType.InstanceType)
                || tuple.size() == 2 && tuple.get(1) instanceof PyType.InstanceType;
        if (!objects) {
            return null;
        }
        String name = tuple.size() == 2 ? GeneratorExpressionLifting.SUM_START : GeneratorExpressionLifting.SUM_OBJECTS;
        for (PyType t : cx.global(name).types()) {
            if (t instanceof PyType.FunctionRef f) {
                return f.function();
            }
        }
        return null;
    }

    /** Static method {@code name} of the model class whose constructor is {@code ctor}, or null. */
    private ModelFunction staticMethod(ModelFunction ctor, String name) {
        if (cx.models.function(ctor.name()).orElse(null) == ctor) {
            return cx.models.function(ctor.name() + "." + name).orElse(null); // a builtin class's (dict.fromkeys)
        }
        for (var module : cx.models.modules().values()) {
            if (module.functions().get(ctor.name()) == ctor) {
                return module.functions().get(ctor.name() + "." + name);
            }
        }
        return null;
    }

    /** {@code obj.f(...)} where {@code f} is an instance attribute holding a function: a call of that function. */
    private void callAttribute(ConstraintSolver solver, ClassInfo cls, List<PyType> tuple, List<PyType> key) {
        TypeVar value = cx.attributeVar(cls, method);
        if (watched.add(value)) {
            solver.subscribe(this, value);
        }
        // several functions (a function object, FunctionObjects): one target per function, keyed by it
        boolean several = value.types().size() > 1;
        if (several) {
            cx.attributeCallees.put(call, value);
        }
        for (PyType f : List.copyOf(value.types())) {
            List<PyType> k = key;
            if (several) {
                k = new ArrayList<>(tuple.size() + 1);
                k.add(f);
                k.addAll(tuple);
                k = List.copyOf(k);
            }
            if (f instanceof PyType.FunctionRef fr) {
                callUser(solver, fr.function(), fr.env(), List.of(), tuple, k, true);
            } else if (f instanceof PyType.BuiltinRef b) {
                callModel(solver, b.function(), null, null, tuple, k);
            } else {
                cx.error(call.pos(), MessageId.UNSUPPORTED_CONSTRUCT, "calling an attribute holding " + TypeNaming.name(f));
            }
        }
    }

    /** {@code print(*xs)} of a container, str, range or generator. */
    private static boolean printsItems(PyType callee, PyType t) {
        return callee instanceof PyType.BuiltinRef b && b.function().name().equals("print")
                && (ConstraintSolver.siteOf(t) != null || t.equals(PyType.STR) || t.equals(PyType.RANGE) || PyType.isBytesLike(t)
                || t instanceof PyType.GeneratorType || t instanceof PyType.IteratorType);
    }

    /** {@code obj.m(...)}: self is the instance, except for static and class methods. */
    private void callMethod(ConstraintSolver solver, FunctionInfo m, ClassInfo cls, PyType self, List<PyType> tuple,
                            List<PyType> key) {
        if (m.kind() == FunctionInfo.Kind.METHOD && m.hasUserDecorators()) {
            decoratedMethod(solver, m, self, tuple, key);
            return;
        }
        switch (m.kind()) {
            case STATIC_METHOD -> callUser(solver, m, List.of(), tuple, key, true);
            case CLASS_METHOD -> callUser(solver, m, List.of(new PyType.ClassRef(cls)), tuple, key, true);
            default -> callUser(solver, m, List.of(self), tuple, key, true);
        }
    }

    /** {@code obj.m(...)} of a decorated method: what the decorators returned, called with self first. */
    private void decoratedMethod(ConstraintSolver solver, FunctionInfo m, PyType self, List<PyType> tuple,
                                 List<PyType> key) {
        TypeVar held = cx.classAttributeVar(m.ownerClass(), FunctionInfo.DECORATED_PREFIX + m.name());
        if (watched.add(held)) {
            solver.subscribe(this, held);
        }
        if (held.types().size() > 1) {
            cx.error(call.pos(), MessageId.UNSUPPORTED_CONSTRUCT, "a method whose decorators return several functions");
            return;
        }
        for (PyType f : List.copyOf(held.types())) {
            if (f instanceof PyType.FunctionRef fr) {
                callUser(solver, fr.function(), fr.env(), List.of(self), tuple, key, true);
            } else {
                cx.error(call.pos(), MessageId.UNSUPPORTED_CONSTRUCT, "a method its decorators turn into a "
                        + TypeNaming.name(f));
            }
        }
    }

    /** {@code C.m(...)}: a static or class method, or a plain function taking self explicitly. */
    private void callThroughClass(ConstraintSolver solver, FunctionInfo m, ClassInfo cls, List<PyType> tuple,
                                  List<PyType> key) {
        if (m.hasUserDecorators()) {
            cx.error(call.pos(), MessageId.UNSUPPORTED_CONSTRUCT, "calling a decorated method through its class");
            return;
        }
        if (m.kind() == FunctionInfo.Kind.CLASS_METHOD) {
            callUser(solver, m, List.of(new PyType.ClassRef(cls)), tuple, key, true);
        } else {
            callUser(solver, m, List.of(), tuple, key, true);
        }
    }

    /** {@code C(...)}: a new instance, initialized by the {@code __init__} its class finds. */
    private void construct(ConstraintSolver solver, ClassInfo written, List<PyType> tuple, List<PyType> key) {
        ClassInfo cls = cx.instanceClass(written, call, spec);
        if (!cls.abstractMethods().isEmpty()) {
            // TypeError when the program runs: no instance, nothing returned (the lowering raises)
            spec.calls.computeIfAbsent(call, c -> new LinkedHashMap<>()).put(key, new CallTarget.Construct(cls, null));
            return;
        }
        PyType instance = new PyType.InstanceType(cls);
        cx.instantiate(cls);
        FunctionInfo init = cls.lookupMethod("__init__");
        if (init != null) {
            if (cls.isException()) {
                exceptionArguments(solver, tuple); // its args until its __init__ calls the base's
            }
            callUser(solver, init, List.of(instance), tuple, key, false);
        } else if (cls.isException()) {
            if (!call.keywords().isEmpty()) {
                cx.error(call.pos(), MessageId.UNSUPPORTED_CONSTRUCT, "keyword arguments to an exception");
            }
            exceptionArguments(solver, tuple);
            spec.calls.computeIfAbsent(call, c -> new LinkedHashMap<>()).put(key, new CallTarget.Construct(cls, null));
        } else {
            if (!tuple.isEmpty()) {
                cx.error(call.pos(), MessageId.WRONG_ARGUMENT_COUNT, cls.name(), "no arguments",
                        tuple.size() + (tuple.size() == 1 ? " was" : " were"));
            }
            spec.calls.computeIfAbsent(call, c -> new LinkedHashMap<>()).put(key, new CallTarget.Construct(cls, null));
        }
        solver.addType(result, instance, call.pos());
    }

    /** Records the types of an exception's arguments: {@code e.args} is typed from them. */
    private void exceptionArguments(ConstraintSolver solver, List<PyType> tuple) {
        for (PyType t : tuple) {
            solver.addType(cx.exceptionArgumentTypes(), t, call.pos());
        }
    }

    /**
     * Binds {@code leading} (self or cls) and the call's arguments to {@code fn}'s parameters,
     * then calls the specialization for those types; its return value is the call's unless the
     * call constructs an object.
     */
    private void callUser(ConstraintSolver solver, FunctionInfo fn, List<PyType> leading, List<PyType> tuple,
                          List<PyType> key, boolean returnsValue) {
        callUser(solver, fn, null, leading, tuple, key, returnsValue);
    }

    private void callUser(ConstraintSolver solver, FunctionInfo fn, Specialization env, List<PyType> leading,
                          List<PyType> tuple, List<PyType> key, boolean returnsValue) {
        List<String> params = fn.params();
        int positionalParams = fn.positionalCount();
        int vararg = fn.varargIndex();
        List<PyType> positional = new ArrayList<>(leading);
        positional.addAll(tuple.subList(0, positionalCount));
        if (positional.size() > positionalParams && vararg < 0) {
            cx.error(call.pos(), MessageId.WRONG_ARGUMENT_COUNT, fn.name(), plural(positionalParams - leading.size(),
                    "positional argument"), (positional.size() - leading.size())
                    + (positional.size() - leading.size() == 1 ? " was" : " were"));
            return;
        }
        PyType[] slots = new PyType[params.size()];
        List<PyType> extra = new ArrayList<>();
        for (int i = 0; i < positional.size(); i++) {
            if (i < positionalParams) {
                slots[i] = positional.get(i);
            } else {
                extra.add(positional.get(i));
            }
        }
        if (runtimeSpread != null) {
            if (!fillFromRuntimeSpread(solver, fn, env, slots, positional.size(), extra)) {
                return;
            }
        } else if (vararg >= 0) {
            slots[vararg] = new PyType.TupleType(List.copyOf(extra)); // *args is a tuple of the extra arguments
        }
        int kwarg = fn.kwargIndex();
        AllocSite extraKeywords = kwarg < 0 ? null : cx.siteFor(call, "**" + fn.name(), call.pos(), "dict", spec);
        if (extraKeywords != null) {
            // **kwargs is a dict of the keyword arguments no parameter takes
            solver.addType(extraKeywords.elements(), PyType.STR, call.pos());
            slots[kwarg] = new PyType.DictType(extraKeywords);
        }
        PyType doubleStar = null;
        for (int k = 0; k < call.keywords().size(); k++) {
            Keyword kw = call.keywords().get(k);
            if (kw.arg() == null) {
                doubleStar = tuple.get(positionalCount + k);
                continue;
            }
            int index = params.indexOf(kw.arg());
            if ((index < 0 || index == vararg || index == kwarg) && extraKeywords != null) {
                solver.addType(extraKeywords.values(), tuple.get(positionalCount + k), kw.pos());
                continue;
            }
            if (index < 0 || index == vararg) {
                cx.error(kw.pos(), MessageId.UNKNOWN_KEYWORD_ARGUMENT, fn.name(), kw.arg());
                return;
            }
            if (slots[index] != null) {
                cx.error(kw.pos(), MessageId.MULTIPLE_VALUES, fn.name(), kw.arg());
                return;
            }
            slots[index] = tuple.get(positionalCount + k);
        }
        if (doubleStar != null && runtimeSpread != null && positional.size() < positionalParams) {
            cx.error(call.pos(), MessageId.UNSUPPORTED_CONSTRUCT, "'*' and '**' arguments that may both fill a parameter");
            return;
        }
        if (doubleStar != null && !fillFromDoubleStar(solver, fn, env, slots, doubleStar, extraKeywords)) {
            return;
        }
        for (int i = 0; i < slots.length; i++) {
            if (slots[i] != null) {
                continue;
            }
            if (fn.defaultFor(i) == null) {
                cx.error(call.pos(), MessageId.MISSING_ARGUMENT, fn.name(), params.get(i));
                return;
            }
            TypeVar dflt = cx.defaultValue(fn, i, env);
            if (dflt == null || dflt.single() == null) {
                return;
            }
            slots[i] = dflt.single();
        }
        List<Integer> nullable = runtimeSpread != null || doubleStar != null ? List.of()
                : nullableSlots(fn, env, slots, leading.size(), positional.size(), params);
        if (nullable == null) {
            return; // waits: an argument is None so far but may become a reference
        }
        List<Integer> numbers = runtimeSpread != null || doubleStar != null ? List.of()
                : numberSlots(slots, leading.size(), positional.size(), params);
        Specialization callee = cx.specialize(fn, List.of(slots), env, call.pos());
        if (callee == null) {
            return;
        }
        for (int i : numbers) {
            // the int specialization takes the float too: one parameter holding a number
            TypeVar param = callee.locals.get(params.get(i));
            if (param != null) {
                solver.addType(param, PyType.FLOAT, call.pos());
            }
        }
        for (int i : nullable) {
            // the specialization for the reference type also receives None: a null pointer
            TypeVar param = callee.locals.get(params.get(i));
            if (param != null) {
                solver.addType(param, PyType.NONE, call.pos());
            }
        }
        CallTarget target = returnsValue ? new CallTarget.User(callee)
                : new CallTarget.Construct(((PyType.InstanceType) leading.get(0)).cls(), callee);
        spec.calls.computeIfAbsent(call, c -> new LinkedHashMap<>()).put(key, target);
        cx.callGraph.addEdge(spec, callee);
        if (returnsValue) {
            solver.addFlow(callee.returnVar(), result);
        }
    }

    /**
     * Slots that got None from an argument that may also hold a reference type (a node or None):
     * they are analysed with that reference type, None being one of its values (a null pointer).
     * A separate specialization for None alone would analyse code the None check skips
     * ({@code if packet is None: return} then {@code packet.dest}) as if it ran.
     */
    private List<Integer> nullableSlots(FunctionInfo fn, Specialization env, PyType[] slots, int leading,
                                        int positionalArgs, List<String> params) {
        List<Integer> out = new ArrayList<>();
        if (argNodes != null && argNodes.contains(null)) {
            return out; // f(*t): slots don't map back to argument expressions
        }
        List<Integer> alone = new ArrayList<>();
        for (int i = 0; i < slots.length; i++) {
            if (PyType.NONE.equals(slots[i])) {
                TypeVar arg = argumentVar(i, leading, positionalArgs, params);
                PyType partner = arg == null ? null : referencePartner(arg);
                if (partner != null) {
                    slots[i] = partner;
                    out.add(i);
                } else if (arg != null) {
                    alone.add(i);
                }
            }
        }
        if (alone.isEmpty()) {
            return out;
        }
        if (!released()) {
            cx.waitingNoneCalls.computeIfAbsent(this, c -> new LinkedHashSet<>()).add(currentKey);
            return null;
        }
        // f(None) beside f(node) elsewhere: the node's specialization takes None too
        PyType[] match = specializationTakingNone(fn, env, slots, alone);
        if (match != null) {
            for (int i : alone) {
                slots[i] = match[i];
                out.add(i);
            }
        }
        return out;
    }

    /** {@code tuple} with int for each float that comes from an argument holding a number, or null if none does. */
    private List<PyType> numbersAsInts(List<PyType> tuple) {
        if (argNodes == null || argNodes.contains(null) || args.size() != tuple.size()) {
            return null;
        }
        List<PyType> out = new ArrayList<>(tuple);
        boolean any = false;
        for (int i = 0; i < tuple.size(); i++) {
            if (PyType.FLOAT.equals(tuple.get(i)) && Representation.isNumber(args.get(i).types())) {
                out.set(i, PyType.INT);
                any = true;
            }
        }
        return any ? out : null;
    }

    /**
     * Slots that got an int or a float from an argument holding both (a number): analysed with
     * int, the float being one of its values, so that the call has one callee whatever the
     * argument holds at run time.
     */
    private List<Integer> numberSlots(PyType[] slots, int leading, int positionalArgs, List<String> params) {
        List<Integer> out = new ArrayList<>();
        if (argNodes != null && argNodes.contains(null)) {
            return out;
        }
        for (int i = 0; i < slots.length; i++) {
            if (PyType.INT.equals(slots[i]) || PyType.FLOAT.equals(slots[i])) {
                TypeVar arg = argumentVar(i, leading, positionalArgs, params);
                if (arg != null && Representation.isNumber(arg.types())) {
                    slots[i] = PyType.INT;
                    out.add(i);
                }
            }
        }
        return out;
    }

    /** Argument types of an existing specialization of {@code fn} that has references where {@code slots} has None. */
    private PyType[] specializationTakingNone(FunctionInfo fn, Specialization env, PyType[] slots, List<Integer> noneSlots) {
        for (Specialization s : cx.specializations.getOrDefault(fn, Map.of()).values()) {
            if (s.env() != env || s.argTypes().size() != slots.length) {
                continue;
            }
            boolean ok = true;
            for (int i = 0; i < slots.length && ok; i++) {
                PyType have = s.argTypes().get(i);
                ok = noneSlots.contains(i) ? Representation.isReference(have) : have.equals(slots[i]);
            }
            if (ok) {
                return s.argTypes().toArray(new PyType[0]);
            }
        }
        return null;
    }

    private boolean released() {
        Set<List<PyType>> keys = cx.releasedNoneCalls.get(this);
        return keys != null && keys.contains(currentKey);
    }

    /** The argument expression's type variable that fills parameter slot {@code i}, or null. */
    private TypeVar argumentVar(int i, int leading, int positionalArgs, List<String> params) {
        if (i >= leading && i < positionalArgs && i < params.size()) {
            return args.get(i - leading);
        }
        for (int k = 0; k < call.keywords().size(); k++) {
            if (params.get(i).equals(call.keywords().get(k).arg())) {
                return args.get(positionalCount + k);
            }
        }
        return null;
    }

    /** The first type of {@code v} that can hold None as a null pointer, if its types share one representation. */
    private static PyType referencePartner(TypeVar v) {
        if (Representation.distinct(v.types()).size() != 1) {
            return null;
        }
        for (PyType t : v.types()) {
            if (Representation.isReference(t)) {
                return t;
            }
        }
        if (Representation.isOptionalValue(v.types())) {
            // an int that may be None: one specialization takes the optional value
            for (PyType t : v.types()) {
                if (PyType.isOptionalValue(t)) {
                    return t;
                }
            }
        }
        return null;
    }

    private void callModel(ConstraintSolver solver, ModelFunction fn, PyType recv, ModelClass cls, List<PyType> tuple,
                           List<PyType> key) {
        for (boolean strict : new boolean[] {true, false}) {
            for (ModelSignature sig : fn.overloads()) {
                List<ModelParam> binding = bind(sig, tuple, strict);
                if (binding != null) {
                    apply(solver, sig, binding, recv, cls, tuple, key);
                    return;
                }
            }
        }
        // objects with __iter__ where an iterable is expected: iterated like a for loop would
        List<PyType> iterated = iteratedObjects(solver, tuple);
        if (iterated != null) {
            for (boolean strict : new boolean[] {true, false}) {
                for (ModelSignature sig : fn.overloads()) {
                    List<ModelParam> binding = bind(sig, iterated, strict);
                    if (binding != null && iteratedOnlyWhereIterable(binding, tuple)) {
                        apply(solver, sig, binding, recv, cls, iterated, key);
                        return;
                    }
                }
            }
        }
        // a container argument whose elements are not known yet may still match: wait for them
        boolean waiting = false;
        for (PyType t : iterated != null ? iterated : tuple) {
            AllocSite site = ConstraintSolver.siteOf(t);
            TypeVar elements = site != null ? site.elements()
                    : t instanceof PyType.GeneratorType g ? g.spec().yieldVar()
                    : t instanceof PyType.IteratorType i ? i.site().elements() : null;
            if (elements != null && elements.types().isEmpty()) {
                if (watched.add(elements)) {
                    solver.subscribe(this, elements);
                }
                waiting = true;
            }
        }
        if (waiting) {
            return;
        }
        // a missing or non-literal r is the likely mistake; a literal r with other bad arguments is not
        List<String> literals = new ArrayList<>();
        String literalParam = null;
        boolean literalMatched = false;
        for (ModelSignature sig : fn.overloads()) {
            for (ModelParam p : sig.params()) {
                if (p.type() instanceof TypePattern.IntLiteral lit) {
                    literalMatched |= suppliesIntLiteral(sig, p, lit.value());
                    literalParam = p.name();
                    if (!literals.contains(String.valueOf(lit.value()))) {
                        literals.add(String.valueOf(lit.value()));
                    }
                }
            }
        }
        if (literalParam != null && !literalMatched) {
            cx.error(call.pos(), MessageId.LITERAL_ARGUMENT_NEEDED, fn.name(), literalParam, String.join(", ", literals));
            return;
        }
        List<PyType> asInts = numbersAsInts(tuple);
        if (asInts != null) {
            // a number holding a float where only an int will do (range(n)): resolved for the
            // int; the lowering checks the tag and raises CPython's TypeError for a float
            for (ModelSignature sig : fn.overloads()) {
                List<ModelParam> binding = bind(sig, asInts, false);
                if (binding != null) {
                    apply(solver, sig, binding, recv, cls, asInts, key);
                    return;
                }
            }
        }
        List<String> names = tuple.stream().map(TypeNaming::full).toList();
        cx.error(call.pos(), MessageId.NO_MATCHING_OVERLOAD, fn.name(), "(" + String.join(", ", names) + ")");
    }

    /**
     * The argument types with each object whose class has {@code __iter__} replaced by an iterator
     * over what iterating it yields (its {@code __iter__} and {@code __next__} are recorded under
     * the argument's node, as for a loop), or null when there is no such argument.
     */
    private List<PyType> iteratedObjects(ConstraintSolver solver, List<PyType> tuple) {
        List<PyType> out = new ArrayList<>(tuple);
        boolean any = false;
        for (int i = 0; i < tuple.size() && i < argNodes.size(); i++) {
            if (tuple.get(i) instanceof PyType.InstanceType inst && !inst.cls().isBuiltin()
                    && inst.cls().lookupMethod("__iter__") != null && argNodes.get(i) != null) {
                Expr node = argNodes.get(i);
                AllocSite site = cx.siteFor(node, "iterated " + inst.cls().name(), node.pos(), "iterator", spec);
                if (iteratedSites.add(site)) {
                    TypeVar object = solver.newVar("iterated object", node.pos());
                    solver.addType(object, inst, node.pos());
                    solver.subscribe(new IterationConstraint(cx, node.pos(), object, site.elements(), spec, node), object);
                }
                out.set(i, new PyType.IteratorType(site));
                any = true;
            }
        }
        return any ? out : null;
    }

    /** Objects may stand for iterators only where the overload expects an iterable. */
    private static boolean iteratedOnlyWhereIterable(List<ModelParam> binding, List<PyType> original) {
        for (int i = 0; i < binding.size(); i++) {
            if (original.get(i) instanceof PyType.InstanceType && !(binding.get(i).type() instanceof TypePattern.IterableOf
                    || binding.get(i).type() instanceof TypePattern.IteratorOf)) {
                return false;
            }
        }
        return true;
    }

    /** The parameter each argument goes to (positional arguments, then keywords), or null if it doesn't fit. */
    private List<ModelParam> bind(ModelSignature sig, List<PyType> tuple, boolean strict) {
        List<ModelParam> positional = sig.positional();
        var varargs = sig.varargs();
        List<ModelParam> out = new ArrayList<>();
        int n = positionalCount;
        for (int i = 0; i < n; i++) {
            if (i < positional.size()) {
                out.add(positional.get(i));
            } else if (varargs.isPresent()) {
                out.add(varargs.get());
            } else {
                return null;
            }
        }
        ModelParam keywords = sig.params().stream().filter(q -> q.kind() == ModelParam.Kind.KEYWORDS).findFirst().orElse(null);
        for (Keyword kw : call.keywords()) {
            ModelParam p = sig.params().stream()
                    .filter(q -> q.kind() != ModelParam.Kind.VARARGS && q.kind() != ModelParam.Kind.KEYWORDS
                            && q.name().equals(kw.arg()))
                    .findFirst().orElse(null);
            if (p == null && keywords != null && kw.arg() != null) {
                out.add(keywords); // one of **kwargs
                continue;
            }
            if (p == null || out.contains(p)) {
                return null;
            }
            out.add(p);
        }
        for (ModelParam p : sig.params()) {
            if (p.kind() != ModelParam.Kind.VARARGS && p.kind() != ModelParam.Kind.KEYWORDS && p.defaultValue() == null
                    && !out.contains(p)) {
                return null;
            }
        }
        for (int i = 0; i < out.size(); i++) {
            if (!out.get(i).type().accepts(tuple.get(i), strict)) {
                return null;
            }
            if (out.get(i).type() instanceof TypePattern.IntLiteral lit && !isIntLiteral(i, lit.value())) {
                return null;
            }
            if (out.get(i).type() instanceof TypePattern.NegativeIntLiteral
                    && !(i < argNodes.size() && krait.syntax.Nodes.isNegativeIntLiteral(argNodes.get(i)))) {
                return null;
            }
            if (out.get(i).type() instanceof TypePattern.StrLiteral lit && !isStrLiteral(i, lit.values())) {
                return null;
            }
            if (out.get(i).type() instanceof TypePattern.RegexGroups rg && !isRegexWithGroups(i, rg.groups())) {
                return null;
            }
        }
        return out;
    }

    /** Whether the call gives parameter {@code p} of {@code sig} the int literal {@code value}. */
    private boolean suppliesIntLiteral(ModelSignature sig, ModelParam p, long value) {
        Expr node = null;
        int index = sig.positional().indexOf(p);
        if (index >= 0 && index < positionalCount && index < argNodes.size()) {
            node = argNodes.get(index);
        }
        for (int k = 0; k < call.keywords().size(); k++) {
            if (p.name().equals(call.keywords().get(k).arg())) {
                node = call.keywords().get(k).value();
            }
        }
        return node instanceof Expr.Constant c && c.value() instanceof krait.syntax.ConstValue.IntValue iv
                && iv.value().equals(java.math.BigInteger.valueOf(value));
    }

    /** Whether argument {@code i} is a str literal that is a regular expression with {@code groups} groups. */
    private boolean isRegexWithGroups(int i, int groups) {
        Expr node = i < argNodes.size() ? argNodes.get(i) : null;
        return node instanceof Expr.Constant k && k.value() instanceof krait.syntax.ConstValue.StrValue sv
                && RegexGroupCount.count(sv.value()) == groups;
    }

    /** Whether argument {@code i} is written as the int literal {@code value}. */
    private boolean isIntLiteral(int i, long value) {
        Expr node = i < argNodes.size() ? argNodes.get(i) : null;
        return node instanceof Expr.Constant k && k.value() instanceof krait.syntax.ConstValue.IntValue iv
                && iv.value().equals(java.math.BigInteger.valueOf(value));
    }

    /**
     * {@code p} with {@code StructValues["fmt"]} replaced by the tuple the format argument (a str
     * literal) describes; null, with an error at the call, when the format is not a literal or is bad.
     */
    private TypePattern structValues(ModelSignature sig, TypePattern p, List<ModelParam> binding) {
        if (p instanceof TypePattern.IteratorOf it) {
            TypePattern e = structValues(sig, it.element(), binding);
            return e == null ? null : new TypePattern.IteratorOf(e);
        }
        if (p instanceof TypePattern.ListOf l) {
            TypePattern e = structValues(sig, l.element(), binding);
            return e == null ? null : new TypePattern.ListOf(e);
        }
        if (!(p instanceof TypePattern.StructValues sv)) {
            return p;
        }
        Expr node = null;
        for (int i = 0; i < binding.size(); i++) {
            if (binding.get(i).name().equals(sv.param()) && i < argNodes.size()) {
                node = argNodes.get(i);
            }
        }
        if (!(node instanceof Expr.Constant k && k.value() instanceof krait.syntax.ConstValue.StrValue s)) {
            cx.error(call.pos(), MessageId.FORMAT_LITERAL_NEEDED, sig.name(), sv.param());
            return null;
        }
        StructFormat.Parsed parsed = StructFormat.parse(s.value());
        if (parsed.error() != null) {
            cx.error(node.pos(), MessageId.BAD_STRUCT_FORMAT, s.value(), parsed.error());
            return null;
        }
        return new TypePattern.TupleOf(parsed.items().stream().map(t -> (TypePattern) new TypePattern.Concrete(t)).toList());
    }

    /** Whether argument {@code i} is written as one of the str literals {@code values}. */
    private boolean isStrLiteral(int i, List<String> values) {
        Expr node = i < argNodes.size() ? argNodes.get(i) : null;
        return node instanceof Expr.Constant k && k.value() instanceof krait.syntax.ConstValue.StrValue s
                && values.contains(s.value());
    }

    private void apply(ConstraintSolver solver, ModelSignature sig, List<ModelParam> binding, PyType recv,
                       ModelClass cls, List<PyType> tuple, List<PyType> key) {
        Pos pos = call.pos();
        if (sig.cppName().startsWith("!")) {
            // a model overload written @cpp("!what") names a call Krait refuses, at its line
            cx.error(pos, MessageId.UNSUPPORTED_CONSTRUCT, sig.cppName().substring(1));
            return;
        }
        Map<String, TypeVar> vars = typeParams.computeIfAbsent(key, k -> new HashMap<>());
        AllocSite recvSite = ConstraintSolver.siteOf(recv);
        if (cls != null && recvSite != null) {
            // a container's type parameters are its element (and value) variables
            List<TypeVar> slots = List.of(recvSite.elements(), recvSite.values());
            for (int i = 0; i < cls.typeParams().size() && i < slots.size(); i++) {
                vars.putIfAbsent(cls.typeParams().get(i), slots.get(i));
            }
        }
        if (recv instanceof PyType.TupleType tu && cls != null && !cls.typeParams().isEmpty()) {
            TypeVar elems = typeParam(solver, vars, cls.typeParams().get(0), pos);
            tu.elements().forEach(e -> solver.addType(elems, e, pos));
        }
        if (recv instanceof PyType.Prim p && p.equals(PyType.STR) && cls != null && !cls.typeParams().isEmpty()) {
            solver.addType(typeParam(solver, vars, cls.typeParams().get(0), pos), PyType.STR, pos);
        }
        for (int i = 0; i < binding.size(); i++) {
            bindPattern(solver, binding.get(i).type(), tuple.get(i), vars, argumentOrigin(argNodes.get(i), tuple.get(i), pos));
        }
        ModelInstantiation inst = new ModelInstantiation(cx, solver, call, spec, vars, pos);
        for (int i = 0; i < binding.size(); i++) {
            if (binding.get(i).type() instanceof TypePattern.CallableOf c
                    && (tuple.get(i) instanceof PyType.FunctionRef || tuple.get(i) instanceof PyType.BuiltinRef
                    || tuple.get(i) instanceof PyType.BoundMethod)) {
                String path = "callback" + i;
                // a model object the callback receives (re.sub's Match) is made by this call
                List<TypeVar> params = c.params().stream().map(p -> p instanceof TypePattern.ModelObject
                        ? inst.instantiate(p, path) : paramVar(solver, p, vars, pos)).toList();
                TypeVar res = c.result() instanceof TypePattern.Param rp ? typeParam(solver, vars, rp.name(), pos)
                        : solver.newVar("result", pos);
                Expr argNode = argNodes.get(i);
                if (argNode == null) {
                    cx.error(call.pos(), MessageId.UNSUPPORTED_CONSTRUCT, "a function passed inside a '*' tuple");
                    continue;
                }
                solver.subscribe(new CallbackConstraint(cx, spec, argNode, tuple.get(i), params, res),
                        params.toArray(new TypeVar[0]));
            }
        }
        TypePattern returns = structValues(sig, sig.returns(), binding);
        if (returns == null) {
            return;
        }
        solver.addFlow(inst.instantiate(returns, "return"), result);
        spec.calls.computeIfAbsent(call, c -> new LinkedHashMap<>()).put(key,
                new CallTarget.Builtin(sig, spec.sites.get(call)));
    }

    /**
     * Where an argument's type came from, when a caller's argument brought it into a parameter
     * (so that a conflict it causes names that call); otherwise this call.
     */
    private Pos argumentOrigin(Expr argNode, PyType t, Pos pos) {
        TypeVar v = argNode == null ? null : spec.exprTypes.get(argNode);
        Pos origin = v == null ? null : v.origin(t);
        InferenceContext.ArgumentOrigin via = origin == null ? null : cx.argumentOrigins.get(origin);
        if (via == null) {
            return pos;
        }
        Pos here = new Pos(pos.line(), pos.col(), pos.endLine(), pos.endCol());
        cx.argumentOrigins.put(here, new InferenceContext.ArgumentOrigin(via.call(), pos, true));
        return here;
    }

    private void bindPattern(ConstraintSolver solver, TypePattern p, PyType t, Map<String, TypeVar> vars, Pos pos) {
        if (p instanceof TypePattern.Param param) {
            solver.addType(typeParam(solver, vars, param.name(), pos), t, pos);
        } else if (p instanceof TypePattern.OrNone o && !t.equals(PyType.NONE)) {
            bindPattern(solver, o.inner(), t, vars, pos);
        } else if (p instanceof TypePattern.TupleOf tp && t instanceof PyType.TupleType tt
                && tt.elements().size() == tp.elements().size()) {
            for (int i = 0; i < tt.elements().size(); i++) {
                bindPattern(solver, tp.elements().get(i), tt.elements().get(i), vars, pos);
            }
        } else if (p instanceof TypePattern.TupleOfAny ta && t instanceof PyType.TupleType tt) {
            tt.elements().forEach(e -> bindPattern(solver, ta.element(), e, vars, pos));
        } else if (p instanceof TypePattern.IterableOf it && t instanceof PyType.GeneratorType g) {
            bindElements(solver, it.element(), g.spec().yieldVar(), vars, pos);
        } else if (p instanceof TypePattern.IteratorOf it && t instanceof PyType.GeneratorType g) {
            bindElements(solver, it.element(), g.spec().yieldVar(), vars, pos);
        } else if ((p instanceof TypePattern.IteratorOf || p instanceof TypePattern.IterableOf)
                && t instanceof PyType.IteratorType i) {
            TypePattern element = p instanceof TypePattern.IteratorOf io ? io.element() : ((TypePattern.IterableOf) p).element();
            bindElements(solver, element, i.site().elements(), vars, pos);
        } else if (p instanceof TypePattern.IterableOf it && t instanceof PyType.TupleType tt) {
            // a tuple nested in an iterable argument (chain.from_iterable(pairs)) is walked item by item
            tt.elements().forEach(e -> bindPattern(solver, it.element(), e, vars, pos));
        } else if ((p instanceof TypePattern.IterableOf || p instanceof TypePattern.IteratorOf)
                && t instanceof PyType.ModelInstance m && ModelClassTyping.special(cx, m, "__iter__") != null) {
            // what the class's __iter__ yields: a slot, a fixed type (a file's lines are str), or
            // a shape over its slots (a dict items view yields tuple[K, V])
            TypePattern element = p instanceof TypePattern.IteratorOf io ? io.element() : ((TypePattern.IterableOf) p).element();
            bindElements(solver, element, ModelClassTyping.special(cx, m, "__iter__").resultVar(cx, solver, pos), vars, pos);
        } else if (p instanceof TypePattern.IterableOf it && ConstraintSolver.siteOf(t) == null) {
            if (t.equals(PyType.STR) || t.equals(PyType.RANGE) || PyType.isBytesLike(t)) {
                bindPattern(solver, it.element(), t.equals(PyType.STR) ? PyType.STR : PyType.INT, vars, pos);
            }
        } else {
            AllocSite site = ConstraintSolver.siteOf(t);
            if (site == null) {
                return;
            }
            if (p instanceof TypePattern.IterableOf it) {
                bindElements(solver, it.element(), site.elements(), vars, pos);
            } else if (p instanceof TypePattern.IteratorOf it && t instanceof PyType.ModelInstance) {
                bindElements(solver, it.element(), site.elements(), vars, pos); // an itertools iterator, say
            } else if (p instanceof TypePattern.ListOf l) {
                bindElements(solver, l.element(), site.elements(), vars, pos);
            } else if (p instanceof TypePattern.TupleOfAny ta && t instanceof PyType.VarTupleType) {
                bindElements(solver, ta.element(), site.elements(), vars, pos);
            } else if (p instanceof TypePattern.SetOf s) {
                bindElements(solver, s.element(), site.elements(), vars, pos);
            } else if (p instanceof TypePattern.DictOf d) {
                bindElements(solver, d.key(), site.elements(), vars, pos);
                bindElements(solver, d.value(), site.values(), vars, pos);
            } else if (p instanceof TypePattern.ModelObject m) {
                List<TypeVar> slots = List.of(site.elements(), site.values());
                for (int i = 0; i < m.args().size() && i < slots.size(); i++) {
                    bindElements(solver, m.args().get(i), slots.get(i), vars, pos);
                }
            }
        }
    }

    /** A container argument's elements bind a type parameter: by aliasing it if it is still free. */
    private void bindElements(ConstraintSolver solver, TypePattern p, TypeVar elements, Map<String, TypeVar> vars,
                              Pos pos) {
        if (p instanceof TypePattern.Param param) {
            TypeVar bound = vars.get(param.name());
            if (bound == null) {
                vars.put(param.name(), elements);
            } else if (bound != elements) {
                solver.addFlow(elements, bound);
            }
        } else if (p instanceof TypePattern.TupleOf || p instanceof TypePattern.ListOf || p instanceof TypePattern.IterableOf) {
            solver.subscribe(new ElementsBindConstraint(this, p, elements, vars, pos), elements);
        }
    }

    /** Binds a tuple pattern to each tuple type a container's elements take (e.g. dict(list of pairs)). */
    private record ElementsBindConstraint(CallConstraint owner, TypePattern pattern, TypeVar elements,
                                          Map<String, TypeVar> vars, Pos pos) implements Constraint {
        @Override
        public void propagate(ConstraintSolver solver) {
            for (PyType t : List.copyOf(elements.types())) {
                owner.bindPattern(solver, pattern, t, vars, pos);
            }
        }
    }

    private TypeVar paramVar(ConstraintSolver solver, TypePattern p, Map<String, TypeVar> vars, Pos pos) {
        if (p instanceof TypePattern.Param param) {
            return typeParam(solver, vars, param.name(), pos);
        }
        TypeVar v = solver.newVar("argument", pos);
        if (p instanceof TypePattern.Concrete c && c.type() instanceof PyType.NumberType) {
            solver.addType(v, PyType.INT, pos);
            solver.addType(v, PyType.FLOAT, pos);
        } else if (p instanceof TypePattern.Concrete c) {
            solver.addType(v, c.type(), pos);
        }
        return v;
    }

    private TypeVar typeParam(ConstraintSolver solver, Map<String, TypeVar> vars, String name, Pos pos) {
        return vars.computeIfAbsent(name, n -> solver.newVar("type parameter " + n, pos));
    }

    private static String plural(int n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }
}
