package krait.types;

import java.util.LinkedHashMap;
import java.util.List;
import krait.diag.MessageId;
import krait.syntax.Expr;

/**
 * {@code obj.attr} read or written: an instance attribute (the variable of the class whose layout
 * holds it), a class attribute, or a property (its getter or setter is called).
 */
final class AttributeConstraint implements Constraint {
    private final InferenceContext cx;
    private final Specialization spec;
    private final Expr.Attribute node;
    private final TypeVar object;
    private final TypeVar value;
    private final boolean store;

    /** For a load, {@code value} receives the attribute; for a store, it is what is assigned. */
    AttributeConstraint(InferenceContext cx, Specialization spec, Expr.Attribute node, TypeVar object, TypeVar value,
                        boolean store) {
        this.cx = cx;
        this.spec = spec;
        this.node = node;
        this.object = object;
        this.value = value;
        this.store = store;
        if (store) {
            cx.solver.subscribe(this, value);
        }
    }

    @Override
    public void propagate(ConstraintSolver solver) {
        String attr = node.attr();
        boolean nullable = object.types().size() > 1;
        for (PyType t : List.copyOf(object.types())) {
            if (nullable && t.equals(PyType.NONE)) {
                continue; // None beside an object: checked when the program runs (AttributeError)
            }
            if (t.equals(PyType.NONE)) {
                // only None so far: an error unless an object comes too
                cx.errorIfStill(() -> object.types().size() == 1, node.pos(), MessageId.NO_ATTRIBUTE, "'NoneType' object", attr);
                continue;
            }
            if (t instanceof PyType.InstanceType i) {
                ClassInfo cls = i.cls();
                FunctionInfo method = cls.lookupMethod(attr);
                if (method != null && (method.kind() == FunctionInfo.Kind.PROPERTY
                        || method.kind() == FunctionInfo.Kind.PROPERTY_SETTER)) {
                    property(solver, cls, t, attr);
                } else if (isInstanceAttribute(cls, attr)) {
                    link(solver, cx.attributeVar(cls, attr));
                } else if (cls.classAttributeOwner(attr) != null) {
                    link(solver, cx.classAttributeVar(cls, attr));
                } else if (!store && attr.equals("value") && ExceptionAttributes.isStopIteration(cls)) {
                    // what a generator returned, None for any other StopIteration
                    cx.readsStopIterationValue = true;
                    solver.addFlow(cx.stopIterationValues(), value);
                } else if (!store && ExceptionAttributes.typeOf(cls, attr) != null) {
                    solver.addType(value, ExceptionAttributes.typeOf(cls, attr), node.pos());
                } else if (cls.isException() && !store && attr.equals("args")) {
                    solver.addType(value, new PyType.VarTupleType(cx.exceptionArgs(node, node.pos())), node.pos());
                    TypeVar argTypes = cx.exceptionArgumentTypes();
                    cx.afterSolving.putIfAbsent("e.args " + node.pos().line() + ":" + node.pos().col(), () -> {
                        List<String> others = argTypes.types().stream().filter(a -> !a.equals(PyType.STR))
                                .map(TypeNaming::name).distinct().toList();
                        if (!others.isEmpty()) {
                            cx.error(node.pos(), MessageId.UNSUPPORTED_CONSTRUCT, "e.args in a program that raises exceptions"
                                    + " with arguments that are not strs (" + String.join(", ", others) + ")");
                        }
                    });
                } else if (cls.isException() && !store && (attr.equals("__cause__") || attr.equals("__context__"))) {
                    // an exception chained to this one (by raise ... from, or raised while it was handled), or None
                    solver.addFlow(cx.chainedExceptions(), value);
                    solver.addType(value, PyType.NONE, node.pos());
                } else if (method != null && method.kind() == FunctionInfo.Kind.STATIC_METHOD && !store) {
                    solver.addType(value, new PyType.FunctionRef(method), node.pos());
                } else if (method != null && method.kind() == FunctionInfo.Kind.METHOD && !store && !method.hasUserDecorators()
                        && object.types().stream().filter(o -> !o.equals(PyType.NONE)).count() == 1) {
                    solver.addType(value, new PyType.BoundMethod(t, attr), node.pos());
                } else if (method != null) {
                    cx.error(node.pos(), MessageId.UNSUPPORTED_CONSTRUCT, (method.hasUserDecorators() ? "a decorated method"
                            : "a method") + " used as a value ('." + attr + "')" + (method.kind() == FunctionInfo.Kind.METHOD
                            && !store && !method.hasUserDecorators() ? " of objects of several classes" : ""));
                } else if (!store) {
                    // maybe read from an object of another class the variable may hold (AttributeError for
                    // this one when the program runs): decided once all the classes it may hold are known
                    String key = "attribute " + node.pos().line() + ":" + node.pos().col() + " " + attr + " " + cls.name();
                    cx.afterSolving.putIfAbsent(key, () -> {
                        if (!anotherClassHas(cls, attr)) {
                            cx.error(node.pos(), MessageId.NO_ATTRIBUTE, "'" + cls.name() + "' object", attr);
                        }
                    });
                } else {
                    cx.error(node.pos(), MessageId.NO_ATTRIBUTE, "'" + cls.name() + "' object", attr);
                }
            } else if (t instanceof PyType.ModuleRef m) {
                var module = cx.models.modules().get(m.name());
                if (module.functions().containsKey(attr)) {
                    solver.addType(value, new PyType.BuiltinRef(module.functions().get(attr)), node.pos());
                } else if (module.attributes().containsKey(attr)) {
                    link(solver, cx.moduleAttributeVar(module.attributes().get(attr), node.pos()));
                } else if (cx.builtinClasses.containsKey(m.name() + "." + attr) && !store) {
                    solver.addType(value, new PyType.ClassRef(cx.builtinClasses.get(m.name() + "." + attr)), node.pos());
                } else if (cx.models.modules().containsKey(m.name() + "." + attr) && !store) {
                    solver.addType(value, new PyType.ModuleRef(m.name() + "." + attr), node.pos());
                } else {
                    cx.error(node.pos(), MessageId.NO_ATTRIBUTE, "module '" + m.name() + "'", attr);
                }
            } else if ((t instanceof PyType.FunctionRef || t instanceof PyType.ExceptionClass
                    || t instanceof PyType.BuiltinRef b && !(b.function().overloads().get(0).returns() instanceof TypePattern.ModelObject))
                    && !store && (attr.equals("__name__") || attr.equals("__qualname__"))) {
                solver.addType(value, PyType.STR, node.pos());
            } else if (t instanceof PyType.ClassRef c && !store && (attr.equals("__name__") || attr.equals("__qualname__"))
                    && c.cls().classAttributeOwner(attr) == null) {
                solver.addType(value, PyType.STR, node.pos()); // Circle.__name__
            } else if (t instanceof PyType.ModelInstance m && m.cls().properties().containsKey(attr) && !store
                    && m.cls().properties().get(attr).returns() instanceof TypePattern.ListOf l
                    && l.element() instanceof TypePattern.Concrete c) {
                // a list the property makes (DictReader.fieldnames): a site of its own here
                AllocSite site = cx.siteFor(node, node.pos(), "list", spec);
                solver.addType(site.elements(), c.type(), node.pos());
                solver.addType(value, new PyType.ListType(site), node.pos());
            } else if (t instanceof PyType.ModelInstance m && m.cls().properties().containsKey(attr)) {
                if (store || !(m.cls().properties().get(attr).returns() instanceof TypePattern.Concrete c)) {
                    // a library object's properties are read-only and of a fixed type (f.closed)
                    cx.error(node.pos(), MessageId.UNSUPPORTED_CONSTRUCT, "assigning to '" + m.cls().name() + "." + attr + "'");
                } else {
                    solver.addType(value, c.type(), node.pos());
                }
            } else if (t instanceof PyType.ClassRef c && store && monkeyPatches(c.cls(), attr)) {
                cx.error(node.pos(), MessageId.UNSUPPORTED_DYNAMIC, "setting method '" + attr + "' of class '"
                        + c.cls().name() + "' from outside its class body (monkey-patching)");
            } else if (t instanceof PyType.FunctionRef f && !store && closureAttribute(f, attr) != null) {
                link(solver, closureAttribute(f, attr)); // add.calls of a decorator's wrapper: its frame's variable
            } else if ((t instanceof PyType.FunctionRef || t instanceof PyType.BuiltinRef) && store) {
                cx.error(node.pos(), MessageId.UNSUPPORTED_DYNAMIC, "setting attribute '" + attr
                        + "' of a function");
            } else if (t instanceof PyType.ClassRef c && !store && c.cls().classAttributeOwner(attr) == null
                    && c.cls().lookupMethod(attr) != null && c.cls().lookupMethod(attr).hasUserDecorators()) {
                // C.method of a decorated method: what its decorators returned
                link(solver, cx.classAttributeVar(c.cls().lookupMethod(attr).ownerClass(), FunctionInfo.DECORATED_PREFIX + attr));
            } else if (t instanceof PyType.ClassRef c && !store && c.cls().classAttributeOwner(attr) == null
                    && c.cls().lookupMethod(attr) != null && !c.cls().lookupMethod(attr).hasUserDecorators()
                    && (c.cls().lookupMethod(attr).kind() == FunctionInfo.Kind.METHOD
                    || c.cls().lookupMethod(attr).kind() == FunctionInfo.Kind.STATIC_METHOD)) {
                // C.method as a value: a plain function (self is its first argument)
                solver.addType(value, new PyType.FunctionRef(c.cls().lookupMethod(attr)), node.pos());
            } else if (t instanceof PyType.ClassRef c) {
                if (c.cls().classAttributeOwner(attr) != null || store) {
                    link(solver, cx.classAttributeVar(c.cls(), attr));
                } else {
                    cx.error(node.pos(), MessageId.NO_ATTRIBUTE, "type object '" + c.cls().name() + "'", attr);
                }
            } else if (t instanceof PyType.BuiltinRef b && b.function().name().equals("str") && !store
                    && cx.models.classOf(PyType.STR).map(c -> c.methods().get(attr)).isPresent()) {
                solver.addType(value, new PyType.BuiltinRef(unboundStrMethod(
                        cx.models.classOf(PyType.STR).get().methods().get(attr))), node.pos());
            } else if (t.equals(PyType.COMPLEX) && !store && (attr.equals("real") || attr.equals("imag"))) {
                solver.addType(value, PyType.FLOAT, node.pos());
            } else if (!store && hasModelMethod(t, attr) && object.types().stream().filter(o -> !o.equals(PyType.NONE)).count() == 1) {
                // a container's or library object's method as a value (key=d.get, f = xs.append)
                solver.addType(value, new PyType.BoundMethod(t, attr), node.pos());
            } else if (t instanceof PyType.BuiltinRef b && PyType.isBuiltinClassName(b.function().name())) {
                // str.maketrans, dict.fromkeys: the class exists in Python, only this attribute is missing here
                cx.error(node.pos(), MessageId.UNSUPPORTED_BUILTIN, b.function().name() + "." + attr);
            } else {
                cx.error(node.pos(), MessageId.NO_ATTRIBUTE, "'" + TypeNaming.name(t) + "' object", attr);
            }
        }
    }

    private boolean hasModelMethod(PyType t, String attr) {
        if (t instanceof PyType.BuiltinRef || t instanceof PyType.FunctionRef || t instanceof PyType.BoundMethod) {
            return false;
        }
        return cx.models.classOf(t).map(c -> cx.models.methodOwner(c, attr)).map(o -> o.methods().containsKey(attr))
                .orElse(false);
    }

    /**
     * {@code str.lower} as a value: a function whose first parameter is the string. A member
     * method's C++ name gets a leading '.': called on the first argument.
     */
    static ModelFunction unboundStrMethod(ModelFunction method) {
        List<ModelSignature> overloads = new java.util.ArrayList<>();
        for (ModelSignature sig : method.overloads()) {
            List<ModelParam> params = new java.util.ArrayList<>();
            params.add(new ModelParam("self", new TypePattern.Concrete(PyType.STR), null, ModelParam.Kind.POSITIONAL));
            params.addAll(sig.params());
            overloads.add(new ModelSignature(sig.name(), List.copyOf(params), sig.returns(),
                    sig.isMember() ? "." + sig.cppName() : sig.cppName()));
        }
        return new ModelFunction(method.name(), List.copyOf(overloads));
    }

    private boolean anotherClassHas(ClassInfo cls, String attr) {
        for (PyType t : object.types()) {
            if (t instanceof PyType.InstanceType other && other.cls() != cls && isInstanceAttribute(other.cls(), attr)
                    && other.cls().mro().stream().anyMatch(c -> !c.isBuiltin() && cls.mro().contains(c))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The variable of the enclosing function that holds attribute {@code attr} of closure
     * {@code f} (krait.desugar.FunctionAttributes made it, shared with the closure), or null.
     */
    static TypeVar closureAttribute(PyType.FunctionRef f, String attr) {
        if (f.env() == null) {
            return null;
        }
        String name = krait.desugar.FunctionAttributes.globalName(f.function().name(), attr);
        return f.env().function().cellVars().contains(name) ? f.env().locals().get(name) : null;
    }

    /** A store into a class that replaces one of its methods or puts a function in it. */
    private boolean monkeyPatches(ClassInfo cls, String attr) {
        return cls.lookupMethod(attr) != null
                || value.types().stream().anyMatch(v -> v instanceof PyType.FunctionRef || v instanceof PyType.BuiltinRef);
    }

    private static boolean isInstanceAttribute(ClassInfo cls, String attr) {
        for (ClassInfo c : cls.mro()) {
            if (c.declaredAttributes().contains(attr)) {
                return true;
            }
        }
        return false;
    }

    private void link(ConstraintSolver solver, TypeVar attribute) {
        if (store) {
            solver.addFlow(value, attribute);
        } else {
            solver.addFlow(attribute, value);
        }
    }

    /** A property: reading calls the getter, writing the setter, each specialized for this class. */
    private void property(ConstraintSolver solver, ClassInfo cls, PyType self, String attr) {
        FunctionInfo accessor = null;
        for (ClassInfo c : cls.mro()) {
            FunctionInfo m = c.methods().get(attr);
            // a setter replaces the getter under the same name in the class body; find the right one
            for (var stmt : c.def().body()) {
                if (stmt instanceof krait.syntax.Stmt.FunctionDef f && f.name().equals(attr)) {
                    FunctionInfo candidate = c.methodFor(f);
                    boolean isSetter = candidate.kind() == FunctionInfo.Kind.PROPERTY_SETTER;
                    if (isSetter == store && accessor == null) {
                        accessor = candidate;
                    }
                }
            }
            if (m != null && accessor != null) {
                break;
            }
        }
        if (accessor == null) {
            cx.error(node.pos(), MessageId.NO_ATTRIBUTE, "'" + cls.name() + "' object", attr + (store ? " (no setter)" : ""));
            return;
        }
        if (store) {
            for (PyType v : List.copyOf(value.types())) {
                Specialization s = cx.specialize(accessor, List.of(self, v), node.pos());
                record(s, List.of(self, v));
            }
        } else {
            Specialization s = cx.specialize(accessor, List.of(self), node.pos());
            if (s != null) {
                solver.addFlow(s.returnVar(), value);
            }
            record(s, List.of(self));
        }
    }

    private void record(Specialization s, List<PyType> key) {
        if (s != null) {
            spec.calls.computeIfAbsent(node, n -> new LinkedHashMap<>()).put(key, new CallTarget.User(s));
            cx.callGraph.addEdge(spec, s);
        }
    }
}
