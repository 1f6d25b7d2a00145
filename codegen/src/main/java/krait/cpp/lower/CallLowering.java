package krait.cpp.lower;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import krait.cpp.ir.CExpr;
import krait.cpp.ir.CStmt;
import krait.syntax.ConstValue;
import krait.syntax.Expr;
import krait.syntax.Keyword;
import krait.cpp.ir.CType;
import krait.types.CallTarget;
import krait.types.ClassInfo;
import krait.types.TypeVar;
import krait.types.FunctionInfo;
import krait.types.ModelParam;
import krait.types.ModelSignature;
import krait.types.PyType;
import krait.types.Specialization;

/**
 * Calls: a user function's specialization by its C++ name with arguments in parameter order
 * (defaults from their module variables), or a model function by the C++ name its model gives.
 */
final class CallLowering {
    private final LoweringContext cx;
    private final Specialization spec;
    private final ExpressionLowering exprs;

    CallLowering(LoweringContext cx, Specialization spec, ExpressionLowering exprs) {
        this.cx = cx;
        this.spec = spec;
        this.exprs = exprs;
    }

    CExpr call(Expr.Call call) {
        if (call.func() instanceof Expr.Name n && n.id().equals("isinstance") && spec.targetsOf(call).isEmpty()) {
            return isinstance(call);
        }
        if (call.func() instanceof Expr.Name n && n.id().equals("issubclass") && spec.targetsOf(call).isEmpty()) {
            return issubclass(call);
        }
        if (call.func() instanceof Expr.Name n && n.id().equals("callable") && spec.targetsOf(call).isEmpty()) {
            return callable(call);
        }
        CExpr sum = fusedSum(call);
        if (sum != null) {
            return sum;
        }
        CExpr join = fusedJoin(call);
        if (join != null) {
            return join;
        }
        CExpr length = lenOfCopy(call);
        if (length != null) {
            return length;
        }
        if (spec.targetsOf(call).isEmpty() && (hasUntypedArgument(call)
                || call.func() instanceof Expr.Attribute a && exprs.neverHasValue(a.value()))) {
            // an argument never has a value (a loop over an empty tuple): the call never runs
            // (a call without any type is no void call here: a value may be needed)
            return exprs.typeOf(call).equals(PyType.NONE) ? new CExpr.Call("krait::never_reached", List.of())
                    : new CExpr.Constant("krait::never_t{}");
        }
        if (CppTypes.representative(spec.typeOf(call.func())) instanceof PyType.CallableType c) {
            return callThrough(call, c);
        }
        if (call.func() instanceof Expr.Attribute a && exprs.typeOf(a.value()) instanceof PyType.InstanceType i
                && i.cls().lookupMethod(a.attr()) == null && i.cls().attributeOwner(a.attr()) != null
                && CppTypes.representative(i.cls().attributeOwner(a.attr()).ownAttributes().get(a.attr()))
                instanceof PyType.CallableType c) {
            return callThrough(call, c); // an attribute holding a function object
        }
        boolean method = call.func() instanceof Expr.Attribute;
        Expr receiver = method ? ((Expr.Attribute) call.func()).value() : call.func();
        // a bound method's value is its object, the receiver of the call
        boolean bound = !method && exprs.typeOf(receiver) instanceof PyType.BoundMethod;
        // receiver, positional and keyword arguments, in the order Python evaluates them
        List<Expr> operands = new ArrayList<>();
        if (method || bound) {
            operands.add(receiver);
        }
        call.args().forEach(a -> operands.add(a instanceof Expr.Starred st ? st.value() : a));
        call.keywords().forEach(k -> operands.add(k.value()));
        List<CStmt> hoisted = new ArrayList<>();
        List<CExpr> values = new ArrayList<>(exprs.inOrder(operands, hoisted));
        CExpr recv = method || bound ? values.remove(0) : null;
        Spread spread = spread(call, values, hoisted);
        if (method) {
            recv = exprs.nullChecked(receiver, recv, ((Expr.Attribute) call.func()).attr());
        }
        List<PyType> argTypes = new ArrayList<>();
        call.args().forEach(a -> argTypes.add(exprs.typeOf(a)));
        call.keywords().forEach(k -> argTypes.add(exprs.typeOf(k.value())));

        List<PyType> receiverTypes = receiverTypes(receiver);
        List<List<PyType>> argChoices = new ArrayList<>();
        long combinations = method ? receiverTypes.size() : 1;
        List<Expr> argExprs = new ArrayList<>(call.args());
        call.keywords().forEach(k -> argExprs.add(k.value()));
        for (int i = 0; i < argExprs.size(); i++) {
            List<PyType> choices = instanceChoices(argExprs.get(i));
            if (choices.size() <= 1) {
                choices = functionChoices(call, argExprs.get(i));
            }
            argChoices.add(choices.size() > 1 ? choices : List.of(argTypes.get(i)));
            combinations *= argChoices.get(i).size();
        }
        CExpr result;
        if (combinations > 1 && spread.expanded()) {
            throw cx.unsupported(call.pos(), "a call with '*' arguments on objects of several classes");
        }
        if (combinations > 1 && !method && oneBuiltinTarget(call)) {
            // print(e) of an exception of several classes: the same runtime function takes them all
            combinations = 1;
        }
        if (combinations > 1 && bound) {
            throw cx.unsupported(call.pos(), "calling a bound method with objects of several classes");
        }
        if (combinations > 1 && combinations <= 64) {
            result = dispatch(call, recv, method ? receiverTypes : List.of(receiverTypes.get(0)), argChoices, argExprs,
                    values, method);
        } else {
            PyType only = receiverTypes.get(0);
            CType held = only instanceof PyType.InstanceType ? CppTypes.ofVar(spec.typeOf(receiver)) : null;
            result = callFor(call, only, held, recv, argTypes, spread.values(), spread);
        }
        return exprs.withHoisted(hoisted, exprs.valueType(call), result);
    }

    /** {@code sum(x for ...)} of ints or floats as a loop that adds them up, or null for any other call. */
    private CExpr fusedSum(Expr.Call call) {
        if (!(call.func() instanceof Expr.Name n && n.id().equals("sum")) || call.args().size() != 1
                || !call.keywords().isEmpty() || !(call.args().get(0) instanceof Expr.GeneratorExp g)) {
            return null;
        }
        var targets = spec.targetsOf(call).values();
        if (targets.isEmpty() || !targets.stream().allMatch(t -> t instanceof CallTarget.Builtin b
                && b.signature().cppName().equals("krait::sum_from"))) {
            return null;
        }
        PyType result = exprs.typeOf(call);
        if (!(result.equals(PyType.INT) || result.equals(PyType.FLOAT))
                || !(exprs.typeOf(g) instanceof PyType.ListType list)
                || !list.site().elements().types().equals(java.util.Set.of(result))) {
            return null;
        }
        return new ComprehensionLowering(cx, spec, exprs).sum(g, result);
    }

    /**
     * {@code sep.join(x for ...)} of strs as loops that append each item to the result, without
     * the list of items CPython's join would make first (nothing can observe that list), or null
     * for any other call.
     */
    private CExpr fusedJoin(Expr.Call call) {
        if (!(call.func() instanceof Expr.Attribute a && a.attr().equals("join")) || call.args().size() != 1
                || !call.keywords().isEmpty() || !(call.args().get(0) instanceof Expr.GeneratorExp g)
                || !exprs.typeOf(a.value()).equals(PyType.STR)) {
            return null;
        }
        var targets = spec.targetsOf(call).values();
        if (targets.isEmpty() || !targets.stream().allMatch(t -> t instanceof CallTarget.Builtin b
                && (b.signature().cppName().equals("join") || b.signature().cppName().equals("krait::str_join_of")))) {
            return null;
        }
        if (!(exprs.typeOf(g) instanceof PyType.ListType list)
                || !list.site().elements().types().equals(java.util.Set.of(PyType.STR))) {
            return null;
        }
        return new ComprehensionLowering(cx, spec, exprs).join(exprs.value(a.value()), g);
    }

    /**
     * {@code len(list(xs))} of a list as {@code len(xs)}, or null for any other call: the copy has
     * the list's length and nothing else can see it, and iterating a list has no effects
     * ({@code [len(list(g)) for _, g in groupby(...)]} copied every group).
     */
    private CExpr lenOfCopy(Expr.Call call) {
        if (!(call.func() instanceof Expr.Name n && n.id().equals("len")) || call.args().size() != 1
                || !call.keywords().isEmpty() || !(call.args().get(0) instanceof Expr.Call inner)
                || !(inner.func() instanceof Expr.Name m && m.id().equals("list")) || inner.args().size() != 1
                || !inner.keywords().isEmpty() || inner.args().get(0) instanceof Expr.Starred
                || !(exprs.typeOf(inner.args().get(0)) instanceof PyType.ListType)
                || !onlyBuiltin(call, "krait::len") || !onlyBuiltin(inner, "krait::list_of")) {
            return null;
        }
        return new CExpr.Call("krait::len", List.of(exprs.value(inner.args().get(0))));
    }

    private boolean onlyBuiltin(Expr.Call call, String cppName) {
        var targets = spec.targetsOf(call).values();
        return !targets.isEmpty() && targets.stream().allMatch(t -> t instanceof CallTarget.Builtin b
                && b.signature().cppName().equals(cppName));
    }

    private boolean oneBuiltinTarget(Expr.Call call) {
        var targets = spec.targetsOf(call).values();
        return !targets.isEmpty() && targets.stream().allMatch(t -> t instanceof CallTarget.Builtin b
                && b.signature() == ((CallTarget.Builtin) targets.iterator().next()).signature()
                && b.resultSite() == null);
    }

    /**
     * The arguments after expanding {@code *t} (a tuple: each element is an argument of its own):
     * their values, types and expressions (null for a tuple's elements), and how many are positional.
     */
    private record Spread(List<CExpr> values, List<PyType> types, List<Expr> nodes, int positional, boolean expanded,
                          List<CExpr> itemsOf) {
        /**
         * {@code itemsOf.get(i)} is the list, variable tuple, range or str that value {@code i}
         * stands for when it is {@code *xs} of run-time length, else null.
         */
        int runtimeFrom() {
            for (int i = 0; i < positional; i++) {
                if (itemsOf.get(i) != null) {
                    return i;
                }
            }
            return -1;
        }
    }

    private Spread spread(Expr.Call call, List<CExpr> values, List<CStmt> hoisted) {
        List<CExpr> outValues = new ArrayList<>();
        List<PyType> types = new ArrayList<>();
        List<Expr> nodes = new ArrayList<>();
        List<CExpr> itemsOf = new ArrayList<>();
        boolean expanded = false;
        for (int i = 0; i < call.args().size(); i++) {
            Expr a = call.args().get(i);
            while (itemsOf.size() < outValues.size()) {
                itemsOf.add(null);
            }
            if (a instanceof Expr.Starred st && !(exprs.typeOf(st) instanceof PyType.TupleType)) {
                // print(*xs): the items are printed one by one by the runtime
                itemsOf.add(values.get(i));
                outValues.add(new CExpr.Call("krait::spread", List.of(values.get(i))));
                types.add(exprs.typeOf(st));
                nodes.add(null);
                expanded = true;
            } else if (a instanceof Expr.Starred st) {
                PyType.TupleType tt = (PyType.TupleType) exprs.typeOf(st);
                String tmp = cx.temp("star");
                Specialization view = exprs.tupleView(st, exprs.typeOf(st.value()));
                if (view != null) {
                    // f(*p) of a namedtuple: the tuple of its fields
                    hoisted.add(new CStmt.VarDecl(CppTypes.of(tt), tmp, exprs.tupleViewCall(view, values.get(i), exprs.typeOf(st.value()))));
                } else {
                    hoisted.add(new CStmt.VarDecl(exprs.cppTypeOf(st.value()), tmp, values.get(i)));
                }
                for (int j = 0; j < tt.elements().size(); j++) {
                    outValues.add(new CExpr.TupleGet(new CExpr.VarRef(tmp), j));
                    types.add(tt.elements().get(j));
                    nodes.add(null);
                }
                expanded = true;
            } else {
                outValues.add(values.get(i));
                types.add(exprs.typeOf(a));
                nodes.add(a);
            }
        }
        int positional = outValues.size();
        for (int k = 0; k < call.keywords().size(); k++) {
            outValues.add(values.get(call.args().size() + k));
            types.add(exprs.typeOf(call.keywords().get(k).value()));
            nodes.add(call.keywords().get(k).value());
        }
        while (itemsOf.size() < outValues.size()) {
            itemsOf.add(null);
        }
        return new Spread(outValues, types, nodes, positional, expanded, itemsOf);
    }

    private static Spread plain(Expr.Call call, List<CExpr> values, List<PyType> types) {
        List<Expr> nodes = new ArrayList<>(call.args());
        call.keywords().forEach(k -> nodes.add(k.value()));
        return new Spread(values, types, nodes, call.args().size(), false,
                java.util.Collections.nCopies(values.size(), null));
    }

    /**
     * {@code isinstance(x, C)}: decided at compile time when every type {@code x} may have agrees,
     * else a test of the object's class id against the subclasses of {@code C}.
     */
    private CExpr isinstance(Expr.Call call) {
        Expr x = call.args().get(0);
        Expr classes = call.args().get(1);
        List<String> names = new ArrayList<>();
        TypeVar heldClasses = classes instanceof Expr.Name ? spec.typeOf(classes) : null;
        if (heldClasses != null && heldClasses.single() instanceof PyType.TupleType tuple) {
            // a module variable bound once to a tuple of classes (see the analysis's classTuple)
            for (PyType el : tuple.elements()) {
                names.add(el instanceof PyType.ClassRef c ? c.cls().name() : ((PyType.BuiltinRef) el).function().name());
            }
        }
        for (Expr e : !names.isEmpty() ? List.<Expr>of() : classes instanceof Expr.Tuple t ? t.elts() : List.of(classes)) {
            TypeVar named = spec.typeOf(e);
            // a model class (from collections import deque as D) is known by its own name
            names.add(named != null && named.single() instanceof PyType.BuiltinRef b ? b.function().name()
                    : named != null && named.single() instanceof PyType.ClassRef c ? c.cls().name()  // imported as another name
                    : ((Expr.Name) e).id());
        }
        TypeVar v = spec.typeOf(x);
        List<PyType> types = v == null ? List.of(exprs.typeOf(x)) : List.copyOf(v.types());
        boolean anyTrue = false;
        boolean anyFalse = false;
        List<Integer> ids = new ArrayList<>();
        for (PyType t : types) {
            boolean match = names.stream().anyMatch(name -> matches(t, name));
            anyTrue |= match;
            anyFalse |= !match;
            if (match && t instanceof PyType.InstanceType i) {
                ids.add(i.cls().id() + 1);
            }
        }
        boolean exceptions = types.stream().anyMatch(t -> t instanceof PyType.InstanceType i && i.cls().isException());
        if (mayHoldSubclassException(types, names) || anyTrue && anyFalse && exceptions) {
            // exceptions of several hierarchies (AppError's and KeyError's) have no common class id
            return exceptionIsinstance(x, v, names);
        }
        CExpr value = exprs.value(x);
        if (anyTrue && anyFalse && exprs.typeOf(x) instanceof PyType.NumberType) {
            // an int or a float: its tag says which
            boolean ints = names.stream().anyMatch(name -> matches(PyType.INT, name));
            return new CExpr.Call(ints ? "krait::num_is_int" : "krait::num_is_float", List.of(value));
        }
        if (types.size() == 1 && types.get(0) instanceof PyType.SetType
                && (names.contains("set") || names.contains("frozenset"))) {
            // set and frozenset share a representation: the object knows which it is
            boolean both = names.contains("set") && names.contains("frozenset");
            CExpr frozen = new CExpr.MemberCall(value, "frozen", List.of());
            return both ? new CExpr.Comma(value, new CExpr.BoolLit(true))
                    : names.contains("set") ? new CExpr.Unary("!", frozen) : frozen;
        }
        if (!anyFalse || !anyTrue) {
            return new CExpr.Comma(value, new CExpr.BoolLit(anyTrue));
        }
        String tmp = cx.temp("object");
        CExpr test = null;
        for (int id : ids) {
            CExpr eq = new CExpr.Binary("==", new CExpr.MemberCall(new CExpr.VarRef(tmp), "krait_class_id", List.of()),
                    new CExpr.IntLit(id));
            test = test == null ? eq : new CExpr.Binary("||", test, eq);
        }
        test = new CExpr.Binary("&&", new CExpr.Binary("!=", new CExpr.VarRef(tmp), CExpr.NULL), test);
        return new CExpr.Block(CType.BOOL, List.of(new CStmt.VarDecl(CppTypes.ofVar(v), tmp, value)), test);
    }

    /** {@code issubclass(C, D)}: both name classes, so the answer is known at compile time. */
    private CExpr issubclass(Expr.Call call) {
        if (exprs.typeOf(call.args().get(0)) instanceof PyType.ExceptionClass) {
            return exceptionIssubclass(call);
        }
        ClassInfo sub = classOf(call.args().get(0));
        Expr classes = call.args().get(1);
        boolean answer = false;
        for (Expr e : classes instanceof Expr.Tuple t ? t.elts() : List.of(classes)) {
            if (e instanceof Expr.Name n && (n.id().equals("object") || PyType.isBuiltinClassName(n.id()))
                    && !(spec.typeOf(e) != null && spec.typeOf(e).types().stream().anyMatch(t -> t instanceof PyType.ClassRef))) {
                answer |= n.id().equals("object"); // a class of the program is no builtin value type
                continue;
            }
            answer |= sub.mro().contains(classOf(e));
        }
        return new CExpr.BoolLit(answer);
    }

    /** {@code issubclass(exc_type, KeyError)}: a test of the class the value keeps, when the program runs. */
    private CExpr exceptionIssubclass(Expr.Call call) {
        Expr classes = call.args().get(1);
        String tmp = cx.temp("exception_class");
        CExpr test = null;
        for (Expr e : classes instanceof Expr.Tuple t ? t.elts() : List.of(classes)) {
            TypeVar v = spec.typeOf(e);
            CExpr one;
            if (v != null && v.types().size() == 1 && v.single() instanceof PyType.ClassRef c && c.cls().isException()) {
                one = new CExpr.Call("krait::exception_subclass<" + CppTypes.className(c.cls()) + ">",
                        List.of(new CExpr.VarRef(tmp)));
            } else if (v != null && v.types().size() == 1 && v.single() instanceof PyType.ClassRef) {
                one = new CExpr.BoolLit(false); // an exception class is no subclass of a class that is not an exception
            } else if (e instanceof Expr.Name n && (n.id().equals("object") || PyType.isBuiltinClassName(n.id()))) {
                one = new CExpr.BoolLit(n.id().equals("object"));
            } else {
                throw cx.unsupported(e.pos(), "issubclass() with a class that is not known at compile time");
            }
            test = test == null ? one : new CExpr.Binary("||", test, one);
        }
        CExpr checked = exprs.value(call.args().get(0)); // None: the runtime raises TypeError
        return new CExpr.Block(CType.BOOL, List.of(new CStmt.VarDecl(CppTypes.of(PyType.EXCEPTION_CLASS), tmp, checked)),
                test);
    }

    private ClassInfo classOf(Expr e) {
        TypeVar v = spec.typeOf(e);
        if (v != null && v.types().size() == 1 && v.types().iterator().next() instanceof PyType.ClassRef c) {
            return c.cls();
        }
        throw cx.unsupported(e.pos(), "issubclass() with a class that is not known at compile time");
    }

    /**
     * {@code callable(x)}: functions, classes and objects whose class has {@code __call__}; decided
     * by the class id when {@code x} may hold objects of several classes.
     */
    private CExpr callable(Expr.Call call) {
        Expr x = call.args().get(0);
        TypeVar v = spec.typeOf(x);
        List<PyType> types = v == null ? List.of(exprs.typeOf(x)) : List.copyOf(v.types());
        boolean anyTrue = false;
        boolean anyFalse = false;
        List<ClassInfo> yes = new ArrayList<>();
        for (PyType t : types) {
            boolean match = t instanceof PyType.FunctionRef || t instanceof PyType.BuiltinRef || t instanceof PyType.ClassRef
                    || t instanceof PyType.CallableType || t instanceof PyType.BoundMethod
                    || t instanceof PyType.InstanceType i && i.cls().lookupMethod("__call__") != null;
            anyTrue |= match;
            anyFalse |= !match;
            if (match && t instanceof PyType.InstanceType i) {
                yes.add(i.cls());
            }
        }
        CExpr value = exprs.value(x);
        if (!anyFalse || !anyTrue) {
            return new CExpr.Comma(value, new CExpr.BoolLit(anyTrue));
        }
        if (!types.stream().allMatch(t -> t instanceof PyType.InstanceType || t.equals(PyType.NONE))) {
            throw cx.unsupported(x.pos(), "callable() of a value that may or may not be a function");
        }
        String tmp = cx.temp("object");
        CExpr test = null;
        for (ClassInfo cls : yes) {
            CExpr eq = classTest(new CExpr.VarRef(tmp), cls);
            test = test == null ? eq : new CExpr.Binary("||", test, eq);
        }
        test = new CExpr.Binary("&&", new CExpr.Binary("!=", new CExpr.VarRef(tmp), CExpr.NULL), test);
        return new CExpr.Block(CType.BOOL, List.of(new CStmt.VarDecl(CppTypes.ofVar(v), tmp, value)), test);
    }

    /**
     * An except clause's variable is typed by the clause's class, but holds whatever subclass was
     * raised: isinstance with a subclass of it is decided when the program runs.
     */
    private boolean mayHoldSubclassException(List<PyType> types, List<String> names) {
        for (PyType t : types) {
            if (t instanceof PyType.InstanceType i && i.cls().isException()) {
                for (String name : names) {
                    ClassInfo c = namedClass(name);
                    if (c != null && c != i.cls() && c.isSubclassOf(i.cls())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private CExpr exceptionIsinstance(Expr x, TypeVar v, List<String> names) {
        if (!v.types().stream().allMatch(t -> t.equals(PyType.NONE)
                || t instanceof PyType.InstanceType i && i.cls().isException())) {
            throw cx.unsupported(x.pos(), "isinstance() of a value that may be an exception or something else");
        }
        String tmp = cx.temp("object");
        CExpr test = new CExpr.BoolLit(false);
        for (String name : names) {
            ClassInfo c = namedClass(name);
            if (c != null && c.isException()) {
                CExpr one = CppTypes.exceptionTest(c, new CExpr.VarRef(tmp), cx.program.classes());
                test = test instanceof CExpr.BoolLit ? one : new CExpr.Binary("||", test, one);
            }
        }
        return new CExpr.Block(CType.BOOL, List.of(new CStmt.VarDecl(CppTypes.ofVar(v), tmp, exprs.value(x))), test);
    }

    private ClassInfo namedClass(String name) {
        ClassInfo found = null;
        for (ClassInfo c : cx.program.classes()) {
            if (c.name().equals(name)) {
                found = c;
            }
        }
        return found != null ? found : cx.program.builtinClasses().get(name);
    }

    private static boolean matches(PyType t, String className) {
        return krait.types.TypeFilter.isInstance(t, className);
    }


    private boolean hasUntypedArgument(Expr.Call call) {
        List<Expr> args = new ArrayList<>(call.args());
        call.keywords().forEach(k -> args.add(k.value()));
        for (Expr a : args) {
            TypeVar v = spec.typeOf(a);
            if (v != null && v.types().isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** The types the receiver (or callee) may have: several for a method call on a base-class variable. */
    private List<PyType> receiverTypes(Expr receiver) {
        TypeVar v = spec.typeOf(receiver);
        if (v != null && v.types().contains(PyType.NONE) && v.types().size() == 2) {
            for (PyType t : v.types()) {
                if (!t.equals(PyType.NONE)) {
                    return List.of(t); // the object beside None; None is checked at run time
                }
            }
        }
        List<PyType> instances = instanceChoices(receiver);
        return instances.size() > 1 ? instances : List.of(exprs.typeOf(receiver));
    }

    private CExpr callFor(Expr.Call call, PyType receiverType, CType held, CExpr recv, List<PyType> argTypes,
                          List<CExpr> values, Spread spread) {
        List<PyType> key = new ArrayList<>();
        key.add(receiverType);
        key.addAll(argTypes);
        CallTarget target = findTarget(call, key);
        if (target instanceof CallTarget.Construct c) {
            if (c.init() == null && c.cls().isException()) {
                return new CExpr.Call("krait::make_exception<" + CppTypes.className(c.cls()) + ">", values);
            }
            return construct(call, c, values, spread);
        }
        if (receiverType instanceof PyType.BoundMethod bm) {
            if (target instanceof CallTarget.User u) {
                return userCall(call, u.callee(), List.of(selfArgument(recv, CppTypes.of(bm.self()), u.callee())), values,
                        spread, null);
            }
            return modelCall(call, ((CallTarget.Builtin) target).signature(), recv, values, spread);
        }
        if (target instanceof CallTarget.MissingMethod m) {
            CExpr raise = new CExpr.Call("krait::raise_attribute_error", List.of(new CExpr.Constant(
                    krait.cpp.ir.CppLiterals.stringLiteral("'" + m.className() + "' object has no attribute '" + m.method() + "'"))));
            CType t = exprs.valueType(call);
            return t.equals(CType.VOID) ? raise : new CExpr.Comma(raise, new CExpr.Constant("krait::never_t{}"));
        }
        if (target instanceof CallTarget.GeneratorSend g) {
            // the value, as the type of the generator's yield expressions (an optional when None is sent too)
            return new CExpr.MemberCall(recv, "send", List.of(exprs.coerce(values.get(0), argTypes.get(0),
                    CppTypes.representative(g.generator().sentVar()))));
        }
        if (target instanceof CallTarget.GeneratorClose) {
            return new CExpr.MemberCall(recv, "close", List.of());
        }
        if (target instanceof CallTarget.GeneratorThrow) {
            // the exception made as `raise` makes it: an instance as it is, a class called
            CExpr exc = argTypes.get(0) instanceof PyType.ClassRef c
                    ? new CExpr.Call("krait::make_exception<" + CppTypes.className(c.cls()) + ">", values.subList(1, values.size()))
                    : values.get(0);
            return new CExpr.MemberCall(recv, "throw_exc", List.of(exc));
        }
        if (target instanceof CallTarget.ExceptionInit) {
            List<CExpr> args = new ArrayList<>();
            args.add(recv);
            args.addAll(values);
            return new CExpr.Call("krait::exception_init", args);
        }
        if (target instanceof CallTarget.User u && recv != null && receiverType instanceof PyType.InstanceType i
                && call.func() instanceof Expr.Attribute attr && i.cls().lookupMethod(attr.attr()) != null
                && i.cls().lookupMethod(attr.attr()).hasUserDecorators()
                && i.cls().lookupMethod(attr.attr()).kind() == FunctionInfo.Kind.METHOD
                && u.callee().function() != i.cls().lookupMethod(attr.attr())) {
            // a decorated method: what its decorators returned (a closure kept by the class), self first
            FunctionInfo m = i.cls().lookupMethod(attr.attr());
            CExpr function = new CExpr.StaticFieldRef(CppTypes.classType(m.ownerClass()).pointee(),
                    Names.of(FunctionInfo.DECORATED_PREFIX + m.name()));
            CExpr self = held == null || held.equals(CppTypes.classType(i.cls())) ? recv
                    : new CExpr.Cast(CppTypes.classType(i.cls()), recv);
            return userCall(call, u.callee(), List.of(self), values, spread, () -> function);
        }
        if (target instanceof CallTarget.User u && recv != null && receiverType instanceof PyType.InstanceType i
                && call.func() instanceof Expr.Attribute attr && i.cls().lookupMethod(attr.attr()) == null) {
            // a function held by an instance attribute: its closure (if any) is the attribute's value
            CExpr function = exprs.lowerAttribute(attr, held == null || held.equals(CppTypes.classType(i.cls())) ? recv
                    : new CExpr.Cast(CppTypes.classType(i.cls()), recv));
            return userCall(call, u.callee(), List.of(), values, spread, () -> function);
        }
        if (target instanceof CallTarget.Builtin b && recv != null && receiverType instanceof PyType.InstanceType) {
            return modelCall(call, b.signature(), null, values, spread);
        }
        if (target instanceof CallTarget.User u) {
            List<CExpr> leading = new ArrayList<>();
            FunctionInfo fn = u.callee().function();

            if (fn.ownerClass() != null) {
                FunctionInfo.Kind kind = fn.kind();
                boolean throughInstance = receiverType instanceof PyType.InstanceType;
                if (kind == FunctionInfo.Kind.CLASS_METHOD) {
                    leading.add(CExpr.NONE);
                } else if (kind != FunctionInfo.Kind.STATIC_METHOD && throughInstance && recv != null) {
                    leading.add(selfArgument(recv, held, u.callee()));
                } else if (recv == null && receiverType instanceof PyType.InstanceType) {
                    // __call__ on an instance
                    leading.add(selfArgument(exprs.value(call.func()), held, u.callee()));
                }
            }
            if (recv == null && call.func() instanceof Expr.Name n && n.id().equals("len") && fn.name().equals("__len__")
                    && call.args().size() == 1 && mayBeNone(call.args().get(0)) && !values.isEmpty()) {
                // len(obj) where obj may be None: CPython's TypeError, not a call of __len__ on a null pointer
                values = new ArrayList<>(values);
                values.set(0, new CExpr.Call("krait::len_not_none", List.of(values.get(0))));
            }
            return userCall(call, u.callee(), leading, values, spread);
        }
        // a module's function is not a method: the module is not an argument
        CExpr self = receiverType instanceof PyType.ModuleRef || receiverType instanceof PyType.BuiltinRef ? null : recv;
        return modelCall(call, ((CallTarget.Builtin) target).signature(), self, values, spread);
    }

    private boolean mayBeNone(Expr e) {
        TypeVar v = spec.typeOf(e);
        return v != null && v.types().contains(PyType.NONE) && v.types().size() > 1;
    }

    /** The receiver as the specialization's self parameter: a downcast when it is held as a base class. */
    private static CExpr selfArgument(CExpr recv, CType held, Specialization callee) {
        CType wanted = CppTypes.of(callee.argTypes().get(0));
        return held.equals(wanted) ? recv : new CExpr.Cast(wanted, recv);
    }

    /**
     * A method call on a variable holding instances of several classes: the receiver and the
     * arguments are evaluated once, then the call for the object's class is chosen by its class id.
     */
    /** The classes of the objects an expression may hold, when there are several (of one hierarchy). */
    private List<PyType> instanceChoices(Expr e) {
        TypeVar v = spec.typeOf(e);
        List<PyType> out = new ArrayList<>();
        if (v != null) {
            for (PyType t : v.types()) {
                if (t instanceof PyType.InstanceType i && !i.cls().isBuiltin()) {
                    out.add(t);
                }
            }
        }
        return out;
    }

    /**
     * The functions a function object given to a user function may hold, when the call was
     * specialized for each of them (a builtin takes the object itself): the call then picks the
     * specialization by the object's {@code member}.
     */
    private List<PyType> functionChoices(Expr.Call call, Expr arg) {
        TypeVar v = spec.typeOf(arg);
        if (v == null || !(exprs.typeOf(arg) instanceof PyType.CallableType) || v.types().contains(PyType.NONE)
                || spec.targetsOf(call).values().stream().noneMatch(t -> t instanceof CallTarget.User)) {
            return List.of();
        }
        return v.types().stream().filter(PyType::isFunctionValue).toList();
    }

    /**
     * A call whose receiver or arguments hold objects of several classes: each was analysed for
     * each class, so the operands are evaluated once and the call for their classes is chosen by
     * their class ids when the program runs.
     */
    private CExpr dispatch(Expr.Call call, CExpr recv, List<PyType> receiverTypes, List<List<PyType>> argChoices,
                           List<Expr> argExprs, List<CExpr> values, boolean method) {
        List<CStmt> body = new ArrayList<>();
        CExpr recvVar = null;
        if (method) {
            String r = cx.temp("receiver");
            body.add(new CStmt.VarDecl(CppTypes.ofVar(spec.typeOf(((Expr.Attribute) call.func()).value())), r, recv));
            recvVar = new CExpr.VarRef(r);
        }
        CExpr recvClassId = null;
        if (method && receiverTypes.size() > 1) {
            // one virtual call for the whole chain of tests instead of one per class
            String id = cx.temp("class_id");
            body.add(new CStmt.VarDecl(new CType.Named("int"), id, new CExpr.MemberCall(recvVar, "krait_class_id", List.of())));
            recvClassId = new CExpr.VarRef(id);
        }
        List<CExpr> argVars = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            String a = cx.temp("arg");
            body.add(new CStmt.VarDecl(exprs.cppTypeOf(argExprs.get(i)), a, values.get(i)));
            argVars.add(new CExpr.VarRef(a));
        }
        List<java.util.Set<PyType>> sets = new ArrayList<>();
        sets.add(new java.util.LinkedHashSet<>(receiverTypes));
        argChoices.forEach(c -> sets.add(new java.util.LinkedHashSet<>(c)));
        List<List<PyType>> combos = new ArrayList<>();
        combos.add(List.of());
        for (java.util.Set<PyType> set : sets) {
            List<List<PyType>> next = new ArrayList<>();
            for (List<PyType> prefix : combos) {
                for (PyType t : set) {
                    List<PyType> c = new ArrayList<>(prefix);
                    c.add(t);
                    next.add(c);
                }
            }
            combos = next;
        }
        CType resultType = exprs.valueType(call);
        boolean isVoid = resultType.equals(CType.VOID);
        CExpr last = null;
        for (int k = combos.size() - 1; k >= 0; k--) {
            List<PyType> combo = combos.get(k);
            PyType recvType = combo.get(0);
            List<PyType> types = combo.subList(1, combo.size());
            CExpr test = null;
            CExpr castRecv = recvVar;
            CType held = null;
            if (method && receiverTypes.size() > 1) {
                ClassInfo cls = ((PyType.InstanceType) recvType).cls();
                held = CppTypes.classType(cls);
                castRecv = new CExpr.Cast(held, recvVar);
                test = new CExpr.Binary("==", recvClassId, new CExpr.IntLit(cls.id() + 1));
            } else if (method && recvType instanceof PyType.InstanceType) {
                held = CppTypes.ofVar(spec.typeOf(((Expr.Attribute) call.func()).value()));
            }
            List<CExpr> args = new ArrayList<>();
            for (int i = 0; i < argVars.size(); i++) {
                if (argChoices.get(i).size() > 1 && PyType.isFunctionValue(types.get(i))) {
                    // the function object's member picks the specialization; its env is the closure's frame
                    CType function = CppTypes.of(types.get(i));
                    args.add(function.equals(CType.NONE) ? CExpr.NONE
                            : new CExpr.Cast(function, new CExpr.FieldRef(argVars.get(i), "env")));
                    CExpr t = new CExpr.Binary("==", new CExpr.FieldRef(argVars.get(i), "member"),
                            new CExpr.IntLit(cx.functionTag(types.get(i))));
                    test = test == null ? t : new CExpr.Binary("&&", test, t);
                } else if (argChoices.get(i).size() > 1) {
                    ClassInfo cls = ((PyType.InstanceType) types.get(i)).cls();
                    args.add(new CExpr.Cast(CppTypes.classType(cls), argVars.get(i)));
                    CExpr t = classTest(argVars.get(i), cls);
                    test = test == null ? t : new CExpr.Binary("&&", test, t);
                } else {
                    args.add(argVars.get(i));
                }
            }
            CExpr branch = callFor(call, recvType, held, castRecv, types, args, plain(call, args, types));
            if (!isVoid && neverReturns(call, recvType, types)) {
                // this class's method always raises (an abstract method): its C++ function is void
                branch = new CExpr.Comma(branch, new CExpr.Constant("krait::never_t{}"));
            } else if (!isVoid) {
                PyType returned = returnTypeOf(call, recvType, types);
                branch = exprs.coerce(branch, returned, exprs.typeOf(call));
                CallTarget target = targetFor(call, recvType, types);
                CType returnedCpp = target instanceof CallTarget.User u ? CppTypes.ofVar(u.callee().returnVar()) : CppTypes.of(returned);
                if (returned instanceof PyType.InstanceType && resultType instanceof CType.Pointer
                        && !returnedCpp.equals(resultType)) {
                    // each class's method returns its own class (return self): the arms meet in the common base
                    branch = new CExpr.Cast(resultType, branch);
                }
            }
            last = last == null || test == null ? branch : new CExpr.Conditional(test, branch, last);
        }
        return new CExpr.Block(resultType, body, last);
    }

    private static CExpr classTest(CExpr object, ClassInfo cls) {
        return new CExpr.Binary("==", new CExpr.MemberCall(object, "krait_class_id", List.of()), new CExpr.IntLit(cls.id() + 1));
    }

    /** Whether the program's function called for these operand classes never returns (its result has no type). */
    private boolean neverReturns(Expr.Call call, PyType receiverType, List<PyType> argTypes) {
        return targetFor(call, receiverType, argTypes) instanceof CallTarget.User u
                && u.callee().returnVar().types().isEmpty() && !u.callee().function().isGenerator();
    }

    private PyType returnTypeOf(Expr.Call call, PyType receiverType, List<PyType> argTypes) {
        CallTarget t = targetFor(call, receiverType, argTypes);
        if (t instanceof CallTarget.User u) {
            PyType r = CppTypes.representative(u.callee().returnVar());
            return r == null ? PyType.NONE : r;
        }
        return exprs.typeOf(call);
    }

    /** What the analysis resolved this call to for these receiver and argument types. */
    private CallTarget targetFor(Expr.Call call, PyType receiverType, List<PyType> argTypes) {
        List<PyType> key = new ArrayList<>();
        key.add(receiverType);
        key.addAll(argTypes);
        return findTarget(call, key);
    }

    /** {@code C(args)}: a new object, then its {@code __init__}. */
    private CExpr construct(Expr.Call call, CallTarget.Construct c, List<CExpr> values, Spread spread) {
        CType type = CppTypes.classType(c.cls());
        List<CStmt> body = new ArrayList<>();
        java.util.SortedSet<String> abstractMethods = c.cls().abstractMethods();
        if (!abstractMethods.isEmpty()) {
            // object.__new__ refuses, after the arguments are evaluated
            values.forEach(v -> body.add(new CStmt.ExprStmt(v)));
            String message = "Can't instantiate abstract class " + c.cls().name() + " with abstract method"
                    + (abstractMethods.size() > 1 ? "s " : " ") + String.join(", ", abstractMethods);
            CExpr raise = new CExpr.Call("krait::raise_type_error", List.of(new CExpr.Call("krait::str::from_cstr",
                    List.of(new CExpr.Constant(krait.cpp.ir.CppLiterals.stringLiteral(message))))));
            if (exprs.valueType(call).equals(CType.VOID)) {
                return body.isEmpty() ? raise : new CExpr.Block(CType.VOID, body, raise);  // its value is never used
            }
            return new CExpr.Block(type, body, new CExpr.Comma(raise, new CExpr.Constant("krait::never_t{}")));
        }
        String self = cx.temp("self");
        // a value class's instance is a local struct that __init__ fills in through a reference
        body.add(new CStmt.VarDecl(type, self, c.cls().isValueType() ? null : new CExpr.NewObject(type.pointee())));
        if (c.init() != null && c.cls().isException() && call.keywords().isEmpty() && !spread.expanded()) {
            // BaseException.__new__ keeps the constructor's arguments as e.args (str(e)) until
            // __init__ calls the base's: evaluated once, in order, for both
            List<CExpr> temps = new ArrayList<>();
            for (CExpr v : values) {
                String t = cx.temp("arg");
                body.add(new CStmt.VarDecl(new CType.Named("auto"), t, v));
                temps.add(new CExpr.VarRef(t));
            }
            List<CExpr> initArgs = new ArrayList<>();
            initArgs.add(new CExpr.VarRef(self));
            initArgs.addAll(temps);
            body.add(new CStmt.ExprStmt(new CExpr.Call("krait::exception_init", initArgs)));
            spread = new Spread(temps, spread.types(), spread.nodes(), spread.positional(), spread.expanded(), spread.itemsOf());
            values = temps;
        }
        if (c.init() != null) {
            CExpr selfArg = new CExpr.VarRef(self);
            CType initSelf = CppTypes.of(c.init().argTypes().get(0));
            body.add(new CStmt.ExprStmt(userCall(call, c.init(), List.of(initSelf.equals(type) ? selfArg
                    : new CExpr.Cast(initSelf, selfArg)), values, spread)));
        }
        return new CExpr.Block(type, body, new CExpr.VarRef(self));
    }

    /**
     * The resolution recorded for these argument types. Types that share a representation (two
     * lists from different sites) lower alike, so a resolution for any of them will do.
     */
    private CallTarget findTarget(Expr.Call call, List<PyType> key) {
        Map<List<PyType>, CallTarget> targets = spec.targetsOf(call);
        CallTarget exact = targets.get(key);
        if (exact != null) {
            return exact;
        }
        List<String> wanted = key.stream().map(krait.types.Representation::key).toList();
        if (wanted.stream().anyMatch(k -> k.contains(" | None"))) {
            // an int that may be None (perhaps inside a tuple): the call was resolved for the int
            // and for None, which share a specialization (or, for a builtin, an overload)
            for (var entry : targets.entrySet()) {
                List<String> have = entry.getKey().stream().map(krait.types.Representation::key).toList();
                boolean ok = have.size() == wanted.size();
                for (int i = 0; ok && i < have.size(); i++) {
                    ok = have.get(i).equals(wanted.get(i)) || wanted.get(i).contains(" | None");
                }
                if (ok) {
                    return entry.getValue();
                }
            }
        }
        for (var entry : targets.entrySet()) {
            if (entry.getKey().stream().map(krait.types.Representation::key).toList().equals(wanted)) {
                return entry.getValue();
            }
        }
        if (key.stream().anyMatch(t -> t instanceof PyType.NumberType)) {
            // a number argument: the call was resolved for int and for float, which share the
            // int's specialization (CallConstraint#numberSlots) or an overload taking either
            CallTarget found = null;
            for (var entry : targets.entrySet()) {
                boolean ok = entry.getKey().size() == key.size();
                boolean intsOnly = true;
                for (int i = 0; ok && i < key.size(); i++) {
                    PyType have = entry.getKey().get(i);
                    if (key.get(i) instanceof PyType.NumberType) {
                        ok = have.equals(PyType.INT) || have.equals(PyType.FLOAT);
                        intsOnly &= have.equals(PyType.INT);
                    } else {
                        ok = krait.types.Representation.key(have).equals(wanted.get(i));
                    }
                }
                if (ok && found != null && entry.getValue() instanceof CallTarget.Builtin b
                        && found instanceof CallTarget.Builtin f && b.signature() != f.signature()
                        && !(NUMBER_OVERLOADED.contains(f.signature().cppName())
                        && NUMBER_OVERLOADED.contains(b.signature().cppName()))) {
                    // math.floor(n): the int and the float overloads are different C++ functions
                    throw cx.unsupported(call.pos(), "calling " + b.signature().name()
                            + "() with a value that may be an int or a float");
                }
                if (ok && (found == null || intsOnly)) {
                    found = entry.getValue();
                }
            }
            if (found != null) {
                return found;
            }
        }
        if (wanted.stream().anyMatch(k -> k.contains("number"))) {
            // a number inside a tuple argument (print((n, x))): a builtin resolved for the tuples of
            // ints and of floats takes the tuple of numbers alike
            List<String> loose = wanted.stream().map(CallLowering::numbersLoosely).toList();
            for (var entry : targets.entrySet()) {
                if (entry.getValue() instanceof CallTarget.Builtin
                        && entry.getKey().stream().map(t -> numbersLoosely(krait.types.Representation.key(t))).toList().equals(loose)) {
                    return entry.getValue();
                }
            }
            throw cx.unsupported(call.pos(), "passing a tuple or container that holds an int or a float to a function of the program");
        }
        if (key.stream().anyMatch(t -> t instanceof PyType.CallableType)) {
            // a function object as an argument: the analysis resolved the call for each function it
            // may hold; one builtin overload (or one specialization) serves them all
            CallTarget found = null;
            for (var entry : targets.entrySet()) {
                boolean ok = entry.getKey().size() == key.size();
                for (int i = 0; ok && i < key.size(); i++) {
                    ok = key.get(i) instanceof PyType.CallableType ? PyType.isFunctionValue(entry.getKey().get(i))
                            : krait.types.Representation.key(entry.getKey().get(i)).equals(wanted.get(i));
                }
                if (!ok) {
                    continue;
                }
                if (found != null && !sameTarget(found, entry.getValue())) {
                    throw cx.unsupported(call.pos(), "passing a value that may be one of several functions to a user function");
                }
                found = entry.getValue();
            }
            if (found != null) {
                return found;
            }
        }
        throw new IllegalStateException("call at line " + call.pos().line() + " was not resolved for " + key);
    }

    private static String numbersLoosely(String key) {
        return key.replaceAll("\\b(int|float)\\b", "number");
    }

    private static boolean sameTarget(CallTarget a, CallTarget b) {
        if (a instanceof CallTarget.Builtin x && b instanceof CallTarget.Builtin y) {
            return x.signature() == y.signature() && x.resultSite() == y.resultSite();
        }
        return a.equals(b);
    }

    private CExpr userCall(Expr.Call call, Specialization callee, List<CExpr> leading, List<CExpr> values, Spread spread) {
        return userCall(call, callee, leading, values, spread,
                call.func() instanceof Expr.Attribute ? null : () -> exprs.value(call.func()));
    }

    /** {@code function} is the closure's value when the callee captures variables (null for methods). */
    private CExpr userCall(Expr.Call call, Specialization callee, List<CExpr> leading, List<CExpr> values, Spread spread,
                           java.util.function.Supplier<CExpr> function) {
        FunctionInfo fn = callee.function();
        List<String> params = fn.params();
        int positionalParams = fn.positionalCount();
        int vararg = fn.varargIndex();
        CExpr[] slots = new CExpr[params.size()];
        List<CExpr> extra = new ArrayList<>();
        int runtimeFrom = spread.runtimeFrom();
        int n = runtimeFrom >= 0 ? runtimeFrom : spread.positional();
        for (int i = 0; i < leading.size() + n; i++) {
            CExpr v = i < leading.size() ? leading.get(i) : values.get(i - leading.size());
            if (i < positionalParams) {
                slots[i] = i < leading.size() ? v
                        : exprs.coerce(v, spread.types().get(i - leading.size()), callee.argTypes().get(i));
            } else {
                extra.add(v);
            }
        }
        String seq = null;
        List<CStmt> before = new ArrayList<>();
        if (runtimeFrom >= 0) {
            seq = cx.temp("spread");
            fillFromSpread(callee, leading.size() + n, extra, spread, slots, seq, before);
        } else if (vararg >= 0) {
            slots[vararg] = new CExpr.NewTuple(CppTypes.of(callee.argTypes().get(vararg)), extra);
        }
        int kwarg = fn.kwargIndex();
        List<CExpr> extraKeys = new ArrayList<>();
        List<CExpr> extraValues = new ArrayList<>();
        CExpr doubleStar = null;
        for (int k = 0; k < call.keywords().size(); k++) {
            Keyword kw = call.keywords().get(k);
            if (kw.arg() == null) {
                String d = cx.temp("kwargs");
                before.add(new CStmt.VarDecl(exprs.cppTypeOf(kw.value()), d, values.get(spread.positional() + k)));
                doubleStar = new CExpr.VarRef(d);
                continue;
            }
            int i = params.indexOf(kw.arg());
            if (kwarg >= 0 && (i < 0 || i == vararg || i == kwarg)) {
                extraKeys.add(new CExpr.VarRef(cx.stringConstant(kw.arg())));
                extraValues.add(values.get(spread.positional() + k));
                continue;
            }
            slots[i] = exprs.coerce(values.get(spread.positional() + k), exprs.typeOf(kw.value()), callee.argTypes().get(i));
        }
        if (doubleStar != null) {
            boolean alwaysEmpty = call.keywords().stream().anyMatch(kw -> kw.arg() == null
                    && exprs.typeOf(kw.value()) instanceof PyType.DictType dt && dt.site().valuesGuessed());
            fillFromDoubleStar(fn, doubleStar, slots, before, alwaysEmpty);
        }
        if (kwarg >= 0) {
            CType.Instance dict = (CType.Instance) CppTypes.of(callee.argTypes().get(kwarg)).pointee();
            slots[kwarg] = new CExpr.NewDict(dict.args().get(0), dict.args().get(1), extraKeys, extraValues);
            if (doubleStar != null) {
                slots[kwarg] = new CExpr.Call("krait::kwargs_rest", List.of(slots[kwarg], doubleStar, namesOf(fn, p -> true)));
            }
        }
        boolean defaults = false;
        for (int i = 0; i < slots.length; i++) {
            if (slots[i] == null && fn.enclosing() != null) {
                // lambdas and nested functions: their defaults are literals, written at the call,
                // or variables of the frame made for this function object (read through it)
                Expr d = fn.defaultFor(i);
                if (krait.types.FunctionInfo.isCapturedDefault(d)) {
                    slots[i] = capturedDefault(call, callee, function, ((Expr.Name) d).id());
                } else {
                    slots[i] = exprs.literal(d, callee.argTypes().get(i));
                }
            }
            if (slots[i] == null) {
                slots[i] = new CExpr.VarRef(LoweringContext.defaultName(fn, params.get(i)));
                defaults = true;
            }
        }
        List<CExpr> args = new ArrayList<>();
        if (!fn.captures().isEmpty() && callee.env() != null && function != null) {
            CExpr env = function.get(); // the closure's environment
            if (defaults && !(env instanceof CExpr.VarRef) && !callee.returnVar().types().isEmpty()
                    && !callee.returnVar().types().equals(java.util.Set.of(PyType.NONE))) {
                // make_closure()(): the call that runs the def (and sets the defaults) comes first
                String tmp = cx.temp("closure");
                args.add(new CExpr.VarRef(tmp));
                args.addAll(List.of(slots));
                return new CExpr.Block(CppTypes.ofVar(callee.returnVar()),
                        List.of(new CStmt.VarDecl(exprs.cppTypeOf(call.func()), tmp, env)),
                        new CExpr.Call(cx.functionName(callee), args));
            }
            args.add(env);
        }
        args.addAll(List.of(slots));
        CExpr direct = new CExpr.Call(cx.functionName(callee), args);
        return before.isEmpty() ? direct : new CExpr.Block(new CType.Named("auto"), before, direct);
    }

    /**
     * {@code f(**d)}: the parameters nothing else gave come from {@code d} or their defaults, after
     * CPython's checks of d's keys (none unknown without {@code **kwargs}, none given twice).
     */
    private void fillFromDoubleStar(FunctionInfo fn, CExpr d, CExpr[] slots, List<CStmt> out, boolean alwaysEmpty) {
        List<String> params = fn.params();
        java.util.Set<String> given = new java.util.HashSet<>();
        for (int i = 0; i < slots.length; i++) {
            if (slots[i] != null && i != fn.varargIndex() && i != fn.kwargIndex()) {
                given.add(params.get(i));
            }
        }
        CExpr fname = new CExpr.Constant(krait.cpp.ir.CppLiterals.stringLiteral(fn.pythonQualname()));
        out.add(new CStmt.ExprStmt(new CExpr.Call("krait::check_kwargs", List.of(fname, d,
                namesOf(fn, p -> true), namesOf(fn, given::contains), new CExpr.BoolLit(fn.kwargIndex() >= 0)))));
        for (int i = 0; i < slots.length; i++) {
            if (slots[i] != null || i == fn.varargIndex() || i == fn.kwargIndex()) {
                continue;
            }
            CExpr name = new CExpr.VarRef(cx.stringConstant(params.get(i)));
            if (alwaysEmpty && fn.defaultFor(i) != null) {
                // nothing is ever stored in d (its value type is a guess): the default
                slots[i] = new CExpr.VarRef(LoweringContext.defaultName(fn, params.get(i)));
                continue;
            }
            slots[i] = fn.defaultFor(i) != null
                    ? new CExpr.Call("krait::kwarg_or", List.of(d, name, new CExpr.VarRef(LoweringContext.defaultName(fn, params.get(i)))))
                    : new CExpr.Call("krait::kwarg_required", List.of(d, name, fname,
                            new CExpr.BoolLit(i >= fn.positionalCount())));
        }
    }

    /** The names of {@code fn}'s named parameters (not *args or **kwargs) that {@code keep} accepts, as a C++ list. */
    private static CExpr namesOf(FunctionInfo fn, java.util.function.Predicate<String> keep) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < fn.params().size(); i++) {
            if (i != fn.varargIndex() && i != fn.kwargIndex() && keep.test(fn.params().get(i))) {
                names.add(krait.cpp.ir.CppLiterals.stringLiteral(fn.params().get(i)));
            }
        }
        return new CExpr.Constant("std::initializer_list<const char*>{" + String.join(", ", names) + "}");
    }

    /**
     * {@code f(a, *xs, b)}: the items from the first {@code *} argument of run-time length on are
     * gathered into list {@code seq}; the parameters after the {@code given} fixed ones take its
     * items (or their defaults), {@code *args} the rest, after CPython's check of their number.
     */
    private void fillFromSpread(Specialization callee, int given, List<CExpr> extra, Spread spread, CExpr[] slots,
                                String seq, List<CStmt> out) {
        FunctionInfo fn = callee.function();
        List<String> params = fn.params();
        int positionalParams = fn.positionalCount();
        int vararg = fn.varargIndex();
        PyType elementType = null;
        for (int i = given; i < positionalParams && elementType == null; i++) {
            elementType = callee.argTypes().get(i);
        }
        if (elementType == null && vararg >= 0 && callee.argTypes().get(vararg) instanceof PyType.VarTupleType vt) {
            elementType = CppTypes.representative(vt.site().elements());
        }
        CType element = elementType == null ? CType.I64 : CppTypes.of(elementType);
        List<CExpr> parts = new ArrayList<>(extra); // fixed arguments past the parameters go first
        for (int i = spread.runtimeFrom(); i < spread.positional(); i++) {
            CExpr items = spread.itemsOf().get(i);
            parts.add(items != null ? new CExpr.Call("krait::spread_items", List.of(items)) : spread.values().get(i));
        }
        CType listType = CType.listOf(element);
        out.add(new CStmt.VarDecl(listType, seq, new CExpr.Call("krait::spread_list<" + CppTypes.spelled(element) + ">",
                parts)));
        CExpr seqRef = new CExpr.VarRef(seq);
        int firstDefault = positionalParams;
        for (int i = 0; i < positionalParams; i++) {
            if (fn.defaultFor(i) != null) {
                firstDefault = i;
                break;
            }
        }
        List<CExpr> names = new ArrayList<>();
        for (int i = 0; i < positionalParams; i++) {
            names.add(new CExpr.Constant(krait.cpp.ir.CppLiterals.stringLiteral(params.get(i))));
        }
        int fixedGiven = Math.min(given, positionalParams);
        CExpr total = new CExpr.Binary("+", new CExpr.IntLit(fixedGiven, true), new CExpr.MemberCall(seqRef, "len", List.of()));
        out.add(new CStmt.ExprStmt(new CExpr.Call("krait::check_spread_args", List.of(
                new CExpr.Constant(krait.cpp.ir.CppLiterals.stringLiteral(fn.pythonQualname())), total,
                new CExpr.IntLit(firstDefault, true), new CExpr.BoolLit(vararg >= 0),
                new CExpr.Constant("{" + String.join(", ", names.stream().map(c -> ((CExpr.Constant) c).name()).toList()) + "}")))));
        for (int i = fixedGiven; i < positionalParams; i++) {
            CExpr item = new CExpr.MemberCall(seqRef, "at", List.of(new CExpr.IntLit(i - fixedGiven, true)));
            if (fn.defaultFor(i) != null) {
                item = new CExpr.Conditional(new CExpr.Binary("<", new CExpr.IntLit(i - fixedGiven, true),
                        new CExpr.MemberCall(seqRef, "len", List.of())), item,
                        new CExpr.VarRef(LoweringContext.defaultName(fn, params.get(i))));
            }
            slots[i] = item;
        }
        if (vararg >= 0) {
            CExpr rest = new CExpr.MemberCall(seqRef, "slice", List.of(new CExpr.IntLit(positionalParams - fixedGiven, true),
                    new CExpr.Constant("std::nullopt")));
            slots[vararg] = new CExpr.Call(CppTypes.spelled(CppTypes.of(callee.argTypes().get(vararg))), List.of(rest));
        }
    }

    /**
     * The default value a lambda's own frame holds; the function value is that frame, so the call's
     * function expression is read twice: only plain variables, items and attributes, whose
     * second reading has no effect.
     */
    private CExpr capturedDefault(Expr.Call call, Specialization callee, java.util.function.Supplier<CExpr> function,
                                  String name) {
        Expr f = call.func();
        boolean plain = f instanceof Expr.Name || f instanceof Expr.Attribute a && a.value() instanceof Expr.Name
                || f instanceof Expr.Subscript s && s.value() instanceof Expr.Name
                && (s.slice() instanceof Expr.Name || s.slice() instanceof Expr.Constant
                || krait.syntax.Nodes.smallIntLiteral(s.slice()) != null);
        if (function == null || callee.env() == null || !plain) {
            throw cx.unsupported(call.pos(), "a call of this expression that leaves out an argument with a computed default");
        }
        return new CExpr.FieldRef(function.get(), Names.of(name));
    }

    /** {@code []}, {@code {}} or {@code set()}: an expression without effects but a new object. */
    /** {@code "literal".join(s.split(...))} with s a str and the arguments positional. */
    private boolean isLiteralJoinOfStrSplit(Expr.Call call) {
        return call.func() instanceof Expr.Attribute join && join.value() instanceof Expr.Constant
                && PyType.STR.equals(exprs.typeOf(join.value())) && PyType.STR.equals(exprs.typeOf(call))
                && call.args().size() == 1 && call.keywords().isEmpty()
                && call.args().get(0) instanceof Expr.Call inner && inner.keywords().isEmpty()
                && inner.args().stream().noneMatch(a -> a instanceof Expr.Starred)
                && inner.func() instanceof Expr.Attribute split && split.attr().equals("split")
                && PyType.STR.equals(exprs.typeOf(split.value()));
    }

    private static boolean isFreshEmptyContainer(CExpr e) {
        return e instanceof CExpr.NewList l && l.items().isEmpty()
                || e instanceof CExpr.NewDict d && d.keys().isEmpty()
                || e instanceof CExpr.NewSet st && st.items().isEmpty() && !st.constant();
    }

    /**
     * A model function: the receiver (for free functions implementing methods), then positional
     * parameters, then keyword-only ones, then the {@code *args} values; omitted parameters get
     * their model defaults.
     */
    private CExpr modelCall(Expr.Call call, ModelSignature sig, CExpr receiver, List<CExpr> values, Spread spread) {
        PyType result = exprs.typeOf(call);
        if (sig.params().isEmpty() && receiver == null && sig.cppName().equals("krait::frozenset_new")) {
            return new CExpr.Call(CppTypes.spelled(exprs.cppTypeOf(call).pointee()) + "::make_frozen", List.of());
        }
        if (sig.params().isEmpty() && receiver == null && (result instanceof PyType.ListType
                || result instanceof PyType.SetType || result instanceof PyType.DictType)) {
            // list(), set(), dict(): the element types come from the analysis, not from arguments
            return ComprehensionLowering.emptyContainer(result, exprs.cppTypeOf(call));
        }
        if (sig.params().isEmpty() && receiver == null && result instanceof PyType.VarTupleType) {
            return new CExpr.Call(CppTypes.spelled(exprs.cppTypeOf(call)), List.of()); // tuple()
        }
        List<ModelParam> positional = sig.positional();
        List<ModelParam> keywordOnly = sig.keywordOnly();
        CExpr[] fixed = new CExpr[positional.size()];
        CExpr[] named = new CExpr[keywordOnly.size()];
        List<CExpr> rest = new ArrayList<>();
        List<CExpr> keywordArgs = new ArrayList<>();
        int n = spread.positional();
        for (int i = 0; i < n; i++) {
            CExpr v = typedLiteral(values.get(i));
            if (i < fixed.length && spread.types().get(i) instanceof PyType.InstanceType
                    && (positional.get(i).type() instanceof krait.types.TypePattern.IterableOf
                    || positional.get(i).type() instanceof krait.types.TypePattern.IteratorOf)) {
                v = new LoopLowering(cx, spec, exprs, new AssignmentLowering(cx, spec, exprs))
                        .objectIterator(spread.nodes().get(i), v, spread.types().get(i));
            }
            if (i < fixed.length && spread.types().get(i) instanceof PyType.VarTupleType
                    && positional.get(i).type() instanceof krait.types.TypePattern.IterableOf) {
                v = new CExpr.MemberCall(v, "items", List.of()); // a tuple's items as the list they are
            }
            if (i < fixed.length && positional.get(i).type() instanceof krait.types.TypePattern.CallableOf c) {
                v = callback(spread.nodes().get(i), v, c.params().size());
            }
            if (i < fixed.length) {
                v = noneAsNullopt(positional.get(i), spread.nodes().get(i), v);
            }
            v = intoFunctionObject(call, v, spread.types().get(i));
            if (result instanceof PyType.NumberType && (spread.types().get(i).equals(PyType.INT) || spread.types().get(i).equals(PyType.FLOAT))
                    && (i >= fixed.length || positional.get(i).type() instanceof krait.types.TypePattern.Param)) {
                // max(3, 2.5): the type parameter is a number, each argument one
                v = exprs.coerce(v, spread.types().get(i), result);
            }
            if (i < fixed.length) {
                fixed[i] = toFloatParam(v, spread.types().get(i), positional.get(i), sig.cppName());
            } else {
                rest.add(v);
            }
        }
        for (int j = 0; j < call.keywords().size(); j++) {
            Keyword k = call.keywords().get(j);
            CExpr v = typedLiteral(values.get(n + j));
            ModelParam param = positional.stream().filter(q -> q.name().equals(k.arg())).findFirst()
                    .orElseGet(() -> keywordOnly.stream().filter(q -> q.name().equals(k.arg())).findFirst().orElse(null));
            if (param != null && param.type() instanceof krait.types.TypePattern.CallableOf c) {
                v = callback(k.value(), v, c.params().size());
            }
            if (param != null) {
                v = noneAsNullopt(param, k.value(), v);
            }
            v = intoFunctionObject(call, v, spread.types().get(n + j));
            int p = indexOf(positional, k.arg());
            if (p < 0 && indexOf(keywordOnly, k.arg()) < 0) {
                // one of the model's **kwargs: after the *args values, with its name
                keywordArgs.add(new CExpr.Call("krait::kw", List.of(new CExpr.Constant(
                        krait.cpp.ir.CppLiterals.stringLiteral(k.arg())), v)));
                continue;
            }
            if (p >= 0) {
                fixed[p] = toFloatParam(v, spread.types().get(n + j), positional.get(p), sig.cppName());
            } else {
                named[indexOf(keywordOnly, k.arg())] = toFloatParam(v, spread.types().get(n + j),
                        keywordOnly.get(indexOf(keywordOnly, k.arg())), sig.cppName());
            }
        }
        List<CExpr> args = new ArrayList<>();
        if (receiver != null && !sig.isMember()) {
            args.add(receiver);
        }
        for (int i = 0; i < fixed.length; i++) {
            args.add(fixed[i] != null ? fixed[i] : modelDefault(positional.get(i)));
        }
        for (int i = 0; i < named.length; i++) {
            args.add(named[i] != null ? named[i] : modelDefault(keywordOnly.get(i)));
        }
        args.addAll(rest);
        args.addAll(keywordArgs);
        if (receiver != null && sig.isMember() && sig.cppName().equals("setdefault") && args.size() == 2
                && isFreshEmptyContainer(args.get(1))) {
            // d.setdefault(k, []): the new empty container is made only when k is missing (nothing
            // can observe the difference); word indexes call this once per word
            return new CExpr.MemberCall(receiver, "setdefault_with",
                    List.of(args.get(0), new CExpr.Lambda(List.of(), args.get(1))));
        }
        if (receiver != null && sig.isMember() && sig.cppName().equals("join") && args.size() == 1
                && isLiteralJoinOfStrSplit(call) && args.get(0) instanceof CExpr.MemberCall split
                && split.method().equals("split") && split.args().size() == 2) {
            // "sep".join(s.split(...)): the words go straight into the result, without a list of
            // new strs; the joiner is a literal, so evaluating it after s and the arguments of
            // split changes nothing
            return new CExpr.MemberCall(split.receiver(), "split_join",
                    List.of(split.args().get(0), split.args().get(1), receiver));
        }
        if (receiver != null && sig.isMember()) {
            return new CExpr.MemberCall(receiver, sig.cppName(), args);
        }
        if (receiver == null && sig.isMember() && sig.returns() instanceof krait.types.TypePattern.ModelObject) {
            // a model class's constructor: a static member of its C++ class, which names the type parameters
            return new CExpr.Call(CppTypes.spelled(exprs.cppTypeOf(call).pointee()) + "::" + sig.cppName(), args);
        }
        if (sig.cppName().contains("$result")) {
            // the runtime function is a template over the call's result type (struct.unpack's tuple)
            return builtinCall(sig.cppName().replace("$result", CppTypes.spelled(exprs.cppTypeOf(call))), args);
        }
        return builtinCall(sig.cppName(), args);
    }

    /**
     * A user function passed to the runtime (a sort key, map's function): a C++ lambda calling the
     * specialization the analysis made for the element type, with the closure's environment.
     */
    private CExpr callback(Expr arg, CExpr value, int arity) {
        if (arity == 0) {
            for (CallTarget t : spec.targetsOf(spec.callbackNode(arg)).values()) {
                if (t instanceof CallTarget.User u && !u.callee().function().captures().isEmpty() && u.callee().env() != null) {
                    // a closure kept by the callee (defaultdict's factory): its environment is stored by value
                    return new CExpr.Call("krait::closure_factory", List.of(
                            new CExpr.Constant(krait.cpp.ir.CppLiterals.stringLiteral(u.callee().function().pythonQualname())),
                            value, new CExpr.Lambda(List.of("env"), new CExpr.Call(cx.functionName(u.callee()),
                                    List.of(new CExpr.VarRef("env"))))));
                }
            }
        }
        CExpr f = callbackLambda(arg, value, arity);
        if (arity == 0 && f instanceof CExpr.Lambda) {
            // a factory (defaultdict(int), defaultdict(lambda: 0)) carries what its repr shows
            boolean builtin = spec.targetsOf(spec.callbackNode(arg)).values().stream().anyMatch(t -> t instanceof CallTarget.Builtin);
            String name = builtin ? ((CallTarget.Builtin) spec.targetsOf(spec.callbackNode(arg)).values().iterator().next()).signature().name()
                    : spec.targetsOf(spec.callbackNode(arg)).values().stream().filter(t -> t instanceof CallTarget.User)
                    .map(t -> ((CallTarget.User) t).callee().function().pythonQualname()).findFirst().orElse("<lambda>");
            return new CExpr.Call(builtin ? "krait::class_factory" : "krait::function_factory",
                    List.of(new CExpr.Constant(krait.cpp.ir.CppLiterals.stringLiteral(name)), f));
        }
        return f;
    }

    private CExpr callbackLambda(Expr arg, CExpr value, int arity) {
        if (exprs.typeOf(arg) instanceof PyType.CallableType) {
            List<String> params = new ArrayList<>();
            List<CExpr> args = new ArrayList<>();
            for (int i = 0; i < arity; i++) {
                params.add("arg" + i);
                args.add(new CExpr.VarRef("arg" + i));
            }
            return new CExpr.CapturingLambda("krait_fn", value, params, new CExpr.MemberCall(new CExpr.VarRef("krait_fn"), "call", args));
        }
        if (exprs.typeOf(arg) instanceof PyType.BoundMethod bm) {
            return boundCallback(arg, bm, value, arity);
        }
        // specializations with the same C++ signature are one C++ function (see Lowering)
        if (spec.targetsOf(spec.callbackNode(arg)).values().stream().filter(t -> t instanceof CallTarget.User)
                .map(t -> cx.functionName(((CallTarget.User) t).callee())).distinct().count() > 1) {
            return dispatchingCallback(arg, value, arity);
        }
        Specialization target = null;
        for (CallTarget t : spec.targetsOf(spec.callbackNode(arg)).values()) {
            if (t instanceof CallTarget.User u) {
                target = u.callee();
                break;
            }
            if (t instanceof CallTarget.Builtin b && b.resultSite() != null && arity == 0) {
                // list as a factory: a new empty container of the analysed element types
                krait.types.TypePattern r = b.signature().returns();
                PyType made = r instanceof krait.types.TypePattern.ListOf ? new PyType.ListType(b.resultSite())
                        : r instanceof krait.types.TypePattern.SetOf ? new PyType.SetType(b.resultSite())
                        : new PyType.DictType(b.resultSite());
                return new CExpr.Lambda(List.of(), ComprehensionLowering.emptyContainer(made, CppTypes.of(made)));
            }
            if (t instanceof CallTarget.Builtin b) {
                List<String> params = new ArrayList<>();
                List<CExpr> args = new ArrayList<>();
                for (int i = 0; i < arity; i++) {
                    params.add("arg" + i);
                    args.add(new CExpr.VarRef("arg" + i));
                }
                // key=sum: the parameters the callback doesn't pass take their defaults (sum's start)
                List<ModelParam> positional = b.signature().positional();
                for (int i = arity; i < positional.size() && positional.get(i).defaultValue() != null; i++) {
                    args.add(modelDefault(positional.get(i)));
                }
                return new CExpr.Lambda(params, builtinCall(b.signature().cppName(), args));
            }
        }
        if (target == null) {
            throw cx.unsupported(arg.pos(), "this function as an argument");
        }
        List<String> params = new ArrayList<>();
        List<CExpr> args = new ArrayList<>();
        boolean closure = !target.function().captures().isEmpty() && target.env() != null;
        if (closure) {
            args.add(new CExpr.VarRef("krait_env"));
        }
        for (int i = 0; i < arity; i++) {
            String p = "arg" + i;
            params.add(p);
        }
        args.addAll(callbackArguments(target, params));
        CExpr body = new CExpr.Call(cx.functionName(target), args);
        // the closure is made once, where the argument is evaluated (key=partial(f, x) runs the
        // factory once, before any call reads the defaults it set), not at each call
        return closure ? new CExpr.CapturingLambda("krait_env", value, params, body) : new CExpr.Lambda(params, body);
    }

    /**
     * A call through a function object (a value that may be one of several functions): the
     * callee, then the arguments, evaluated in order, and an indirect call.
     */
    private CExpr callThrough(Expr.Call call, PyType.CallableType c) {
        if (c.params() == null || c.params().size() != call.args().size() || !call.keywords().isEmpty()) {
            throw cx.unsupported(call.pos(), "this call through a variable holding several functions");
        }
        List<Expr> operands = new ArrayList<>();
        operands.add(call.func());
        operands.addAll(call.args());
        List<CStmt> hoisted = new ArrayList<>();
        List<CExpr> values = new ArrayList<>(exprs.inOrder(operands, hoisted));
        CExpr function = values.remove(0);
        List<CExpr> args = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            args.add(exprs.coerce(values.get(i), exprs.typeOf(call.args().get(i)), c.params().get(i)));
        }
        krait.types.TypeVar calleeVar = spec.typeOf(call.func());
        if (calleeVar != null && calleeVar.types().contains(PyType.NONE)) {
            function = new CExpr.Call("krait::called", List.of(function));
        }
        return exprs.withHoisted(hoisted, exprs.valueType(call), new CExpr.MemberCall(function, "call", args));
    }

    /**
     * One function as a function object of signature {@code to}: a GC object holding a lambda that
     * calls what the analysis chose for that member and those argument types (the closure's
     * environment or the bound method's object kept in the lambda).
     */
    CExpr functionObject(CExpr value, PyType member, PyType.CallableType to) {
        CType object = CppTypes.of(to);
        int arity = to.params() == null ? 0 : to.params().size();
        List<String> params = new ArrayList<>();
        List<CExpr> args = new ArrayList<>();
        for (int i = 0; i < arity; i++) {
            params.add("arg" + i);
            args.add(new CExpr.VarRef("arg" + i));
        }
        String env = "krait_env";
        String name;
        if (member instanceof PyType.FunctionRef f) {
            name = exprs.shownName(f, krait.syntax.Pos.NONE, false);
        } else if (member instanceof PyType.BuiltinRef b) {
            name = b.function().name().contains(".") ? b.function().name().substring(b.function().name().lastIndexOf('.') + 1)
                    : b.function().name();
        } else {
            name = ((PyType.BoundMethod) member).name();
        }
        boolean keeps = member instanceof PyType.BoundMethod
                || member instanceof PyType.FunctionRef f && !CppTypes.capturesNothing(f);
        CallTarget target = to.targets().get(member);
        CExpr body;
        if (target == null) {
            body = new CExpr.Call("krait::never_reached", List.of()); // no call through a function object reaches it
        } else if (target instanceof CallTarget.User u) {
            List<CExpr> all = new ArrayList<>();
            if (member instanceof PyType.BoundMethod bm) {
                // the method's own parameters count self: bind the arguments after it
                List<String> withSelf = new ArrayList<>();
                withSelf.add(env);
                withSelf.addAll(params);
                List<CExpr> bound = new ArrayList<>(callbackArguments(u.callee(), withSelf));
                bound.set(0, selfArgument(new CExpr.VarRef(env), CppTypes.of(bm.self()), u.callee()));
                all.addAll(bound);
            } else {
                if (keeps) {
                    all.add(new CExpr.VarRef(env));
                }
                all.addAll(callbackArguments(u.callee(), params));
            }
            body = new CExpr.Call(cx.functionName(u.callee()), all);
        } else if (target instanceof CallTarget.Builtin b) {
            ModelSignature sig = b.signature();
            List<CExpr> all = new ArrayList<>(args);
            List<ModelParam> positional = sig.positional();
            int given = member instanceof PyType.BoundMethod && !sig.isMember() ? arity + 1 : arity;
            for (int i = given; i < positional.size(); i++) {
                all.add(modelDefault(positional.get(i)));
            }
            if (member instanceof PyType.BoundMethod) {
                body = sig.isMember() ? new CExpr.MemberCall(new CExpr.VarRef(env), sig.cppName(), all)
                        : builtinCall(sig.cppName(), prepend(new CExpr.VarRef(env), all));
            } else {
                body = builtinCall(sig.cppName(), all);
            }
        } else {
            throw cx.unsupported(krait.syntax.Pos.NONE, "this function in a variable holding several functions");
        }
        CExpr nameArg = new CExpr.VarRef(cx.stringConstant(name));
        CExpr tag = new CExpr.IntLit(cx.functionTag(member));
        CExpr made;
        if (keeps) {
            // the frame or object is also kept as the object's env, for calls that dispatch on it
            CType held = CppTypes.of(member);
            List<String> withEnv = new ArrayList<>();
            withEnv.add(env);
            withEnv.addAll(params);
            made = new CExpr.Call(CppTypes.spelled(object.pointee()) + "::make_bound<" + CppTypes.spelled(((CType.Pointer) held).pointee()) + ">",
                    List.of(nameArg, tag, member instanceof PyType.BoundMethod ? new CExpr.Cast(held, value) : value,
                            new CExpr.Lambda(withEnv, body)));
        } else {
            made = new CExpr.Call(CppTypes.spelled(object.pointee()) + "::make", List.of(nameArg, tag, new CExpr.Lambda(params, body)));
        }
        // a function known statically is a placeholder value; evaluate it only for what it does
        return keeps || value instanceof CExpr.NoneLit || value instanceof CExpr.VarRef ? made : new CExpr.Comma(value, made);
    }

    /**
     * A function given to a container's method ({@code handlers.append(str.upper)}) where the
     * container holds function objects: converted to one.
     */
    private CExpr intoFunctionObject(Expr.Call call, CExpr v, PyType given) {
        if (!(PyType.isFunctionValue(given) || given instanceof PyType.TupleType) || !(call.func() instanceof Expr.Attribute a)) {
            return v;
        }
        PyType container = exprs.typeOf(a.value());
        krait.types.AllocSite site = container instanceof PyType.ListType l ? l.site()
                : container instanceof PyType.SetType st ? st.site()
                : container instanceof PyType.ModelInstance m ? m.site() : null;
        PyType want = null;
        if (container instanceof PyType.DictType d) {
            want = CppTypes.representative(d.site().values());
        } else if (site != null) {
            want = CppTypes.representative(site.elements());
        }
        if (want instanceof PyType.TupleType wt && given instanceof PyType.TupleType gt
                && ExpressionLowering.holdsFunctionsFor(gt, wt)) {
            return exprs.coerce(v, given, want);  // pairs.append(("add", add)): its function into an object
        }
        return want instanceof PyType.CallableType c && PyType.isFunctionValue(given) ? functionObject(v, given, c) : v;
    }

    private static List<CExpr> prepend(CExpr first, List<CExpr> rest) {
        List<CExpr> out = new ArrayList<>();
        out.add(first);
        out.addAll(rest);
        return out;
    }

    /** The callee's arguments from the runtime's {@code params}: extra ones in {@code *args}, then defaults (as the analysis bound them). */
    private static List<CExpr> callbackArguments(Specialization target, List<String> params) {
        FunctionInfo fn = target.function();
        int vararg = fn.varargIndex();
        List<CExpr> out = new ArrayList<>();
        if (fn.def() == null || vararg < 0 && params.size() == fn.params().size()) {
            params.forEach(p -> out.add(new CExpr.VarRef(p)));
            return out;
        }
        int positional = fn.positionalCount();
        List<CExpr> extra = new ArrayList<>();
        for (int i = 0; i < params.size(); i++) {
            (i < positional ? out : extra).add(new CExpr.VarRef(params.get(i)));
        }
        for (int i = out.size(); i < fn.params().size(); i++) {
            out.add(i == vararg ? new CExpr.NewTuple(CppTypes.of(target.argTypes().get(vararg)), extra)
                    : new CExpr.VarRef(LoweringContext.defaultName(fn, fn.params().get(i))));
        }
        return out;
    }

    /** A bound method as a callback: a lambda holding the object, calling the method the analysis chose. */
    private CExpr boundCallback(Expr arg, PyType.BoundMethod bm, CExpr value, int arity) {
        String self = "krait_self";
        List<String> params = new ArrayList<>();
        List<CExpr> args = new ArrayList<>();
        for (int i = 0; i < arity; i++) {
            params.add("arg" + i);
            args.add(new CExpr.VarRef("arg" + i));
        }
        java.util.Set<String> chosen = new java.util.HashSet<>();
        CExpr body = null;
        for (CallTarget t : spec.targetsOf(arg).values()) {
            if (t instanceof CallTarget.User u) {
                List<CExpr> all = new ArrayList<>();
                all.add(selfArgument(new CExpr.VarRef(self), CppTypes.of(bm.self()), u.callee()));
                all.addAll(args);
                body = new CExpr.Call(cx.functionName(u.callee()), all);
                chosen.add(cx.functionName(u.callee()));
            } else if (t instanceof CallTarget.Builtin b) {
                ModelSignature sig = b.signature();
                List<CExpr> all = new ArrayList<>(args);
                List<ModelParam> positional = sig.positional();
                for (int i = arity; i < positional.size(); i++) {
                    all.add(modelDefault(positional.get(i)));
                }
                if (!sig.isMember()) {
                    all.add(0, new CExpr.VarRef(self));
                }
                body = sig.isMember() ? new CExpr.MemberCall(new CExpr.VarRef(self), sig.cppName(), all)
                        : new CExpr.Call(sig.cppName(), all);
                chosen.add(sig.cppName() + "/" + sig.params().size());
            }
        }
        if (body == null || chosen.size() > 1) {
            throw cx.unsupported(arg.pos(), "this method as an argument");
        }
        return new CExpr.CapturingLambda(self, value, params, body);
    }

    /**
     * A callback the runtime calls with objects of several classes (a key function over a list of
     * shapes): it was specialized per class, so the lambda picks the specialization by class id.
     */
    private CExpr dispatchingCallback(Expr arg, CExpr value, int arity) {
        List<Map.Entry<List<PyType>, CallTarget>> entries = new ArrayList<>();
        java.util.Set<String> names = new java.util.HashSet<>();
        for (Map.Entry<List<PyType>, CallTarget> e : spec.targetsOf(spec.callbackNode(arg)).entrySet()) {
            if (!(e.getValue() instanceof CallTarget.User u) || names.add(cx.functionName(u.callee()))) {
                entries.add(e);
            }
        }
        List<String> params = new ArrayList<>();
        for (int i = 0; i < arity; i++) {
            params.add("arg" + i);
        }
        CType result = null;
        CExpr chain = null;
        for (int k = entries.size() - 1; k >= 0; k--) {
            List<PyType> types = entries.get(k).getKey();
            if (!(entries.get(k).getValue() instanceof CallTarget.User u) || types.size() != arity) {
                throw cx.unsupported(arg.pos(), "this function as an argument");
            }
            Specialization target = u.callee();
            CType returns = CppTypes.ofVar(target.returnVar());
            if (result != null && !result.equals(returns)) {
                throw cx.unsupported(arg.pos(), "a callback whose result type depends on the class of its argument");
            }
            result = returns;
            List<CExpr> args = new ArrayList<>();
            if (!target.function().captures().isEmpty() && target.env() != null) {
                args.add(value);
            }
            CExpr test = null;
            for (int i = 0; i < arity; i++) {
                CExpr p = new CExpr.VarRef(params.get(i));
                if (types.get(i) instanceof PyType.InstanceType inst && !inst.cls().isBuiltin()) {
                    CExpr t = classTest(p, inst.cls());
                    test = test == null ? t : new CExpr.Binary("&&", test, t);
                    p = new CExpr.Cast(CppTypes.classType(inst.cls()), p);
                }
                args.add(p);
            }
            CExpr call = new CExpr.Call(cx.functionName(target), args);
            if (chain != null && test == null) {
                throw cx.unsupported(arg.pos(), "a callback called with values of several types");
            }
            chain = chain == null ? call : new CExpr.Conditional(test, call, chain);
        }
        return new CExpr.Lambda(params, chain);
    }

    /** An explicit None for an {@code int | None} parameter: the runtime takes a std::optional there. */
    private CExpr noneAsNullopt(ModelParam p, Expr arg, CExpr v) {
        boolean optionalInt = p.type() instanceof krait.types.TypePattern.OrNone o
                && o.inner() instanceof krait.types.TypePattern.Concrete k && k.type().equals(PyType.INT);
        return optionalInt && arg != null && PyType.NONE.equals(exprs.typeOf(arg)) ? new CExpr.Constant("std::nullopt") : v;
    }

    /**
     * An int or bool given for a float parameter (the lenient match) is converted, so overloads on
     * i64 and double in the runtime are not ambiguous: divmod(7.5, 2).
     */
    /**
     * Runtime functions with an overload taking a number (number.h), for builtins whose int and
     * float overloads share the C++ name: a number argument is passed as it is.
     */
    private static final java.util.Set<String> NUMBER_OVERLOADED = java.util.Set.of("krait::int_abs", "krait::py_abs",
            "krait::int_of", "krait::round_of", "krait::float_of", "krait::str_of", "krait::repr_of", "krait::format_of");

    private CExpr toFloatParam(CExpr v, PyType argType, ModelParam param, String cppName) {
        boolean complexParam = param.type() instanceof krait.types.TypePattern.Concrete k && k.type().equals(PyType.COMPLEX);
        if (complexParam && krait.types.OperatorTyping.isNumber(argType)) {
            return new CExpr.Call("krait::to_complex", List.of(v)); // cmath.sqrt(2)
        }
        boolean floatParam = param.type() instanceof krait.types.TypePattern.Concrete c && c.type().equals(PyType.FLOAT);
        if (argType instanceof PyType.NumberType && floatParam) {
            return new CExpr.Call("krait::float_of", List.of(v));
        }
        boolean intParam = param.type() instanceof krait.types.TypePattern.Concrete c && c.type().equals(PyType.INT);
        if (argType instanceof PyType.NumberType && intParam && !NUMBER_OVERLOADED.contains(cppName)) {
            // range(n), chr(n), ...: a float there is CPython's TypeError
            return new CExpr.Call("krait::num_as_index", List.of(v));
        }
        return floatParam && (argType.equals(PyType.INT) || argType.equals(PyType.BOOL)) ? new CExpr.Cast(CType.DOUBLE, v) : v;
    }

    /** A model function's C++: a free function, or (".name", an unbound method) a member of the first argument. */
    private static CExpr builtinCall(String cppName, List<CExpr> args) {
        if (cppName.startsWith(".")) {
            return new CExpr.MemberCall(args.get(0), cppName.substring(1), args.subList(1, args.size()));
        }
        return new CExpr.Call(cppName, args);
    }

    /** Runtime functions are overloaded on i64, double and bool: a bare {@code 3} would be ambiguous. */
    private static CExpr typedLiteral(CExpr e) {
        return e instanceof CExpr.IntLit lit && !lit.isMin() ? new CExpr.IntLit(lit.value(), true) : e;
    }

    private static int indexOf(List<ModelParam> params, String name) {
        for (int i = 0; i < params.size(); i++) {
            if (params.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    private CExpr modelDefault(ModelParam p) {
        Expr d = p.defaultValue();
        if (d instanceof Expr.UnaryOp u && u.op() == krait.syntax.UnaryOperator.USub
                && u.operand() instanceof Expr.Constant c && c.value() instanceof ConstValue.IntValue i) {
            return new CExpr.IntLit(-i.value().longValue(), true);
        }
        if (d instanceof Expr.Constant c) {
            ConstValue v = c.value();
            if (v instanceof ConstValue.NoneValue) {
                // an optional int parameter is a std::optional in the runtime, other optionals are pointers
                boolean optionalInt = p.type() instanceof krait.types.TypePattern.OrNone o
                        && o.inner() instanceof krait.types.TypePattern.Concrete k && k.type().equals(PyType.INT);
                return optionalInt ? new CExpr.Constant("std::nullopt") : CExpr.NULL;
            }
            if (v instanceof ConstValue.FloatValue f) {
                return new CExpr.FloatLit(krait.cpp.ir.CppLiterals.doubleLiteral(f.value()));
            }
            if (v instanceof ConstValue.IntValue i) {
                return new CExpr.IntLit(i.value().longValue(), true);
            }
            if (v instanceof ConstValue.BoolValue b) {
                return new CExpr.BoolLit(b.value());
            }
            if (v instanceof ConstValue.StrValue s) {
                return new CExpr.VarRef(cx.stringConstant(s.value()));
            }
        }
        throw new IllegalStateException("unsupported default in model for parameter " + p.name());
    }
}
