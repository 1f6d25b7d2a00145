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
                } else if (method != null) {
                    cx.error(node.pos(), MessageId.UNSUPPORTED_CONSTRUCT, "a method used as a value ('." + attr + "')");
                } else {
                    cx.error(node.pos(), MessageId.NO_ATTRIBUTE, "'" + cls.name() + "' object", attr);
                }
            } else if (t instanceof PyType.ModuleRef m) {
                var module = cx.models.modules().get(m.name());
                if (module.functions().containsKey(attr)) {
                    solver.addType(value, new PyType.BuiltinRef(module.functions().get(attr)), node.pos());
                } else if (module.attributes().containsKey(attr)) {
                    link(solver, cx.moduleAttributeVar(module.attributes().get(attr), node.pos()));
                } else if (cx.models.modules().containsKey(m.name() + "." + attr) && !store) {
                    solver.addType(value, new PyType.ModuleRef(m.name() + "." + attr), node.pos());
                } else {
                    cx.error(node.pos(), MessageId.NO_ATTRIBUTE, "module '" + m.name() + "'", attr);
                }
            } else if (t instanceof PyType.ClassRef c && store && monkeyPatches(c.cls(), attr)) {
                cx.error(node.pos(), MessageId.UNSUPPORTED_DYNAMIC, "setting method '" + attr + "' of class '"
                        + c.cls().name() + "' from outside its class body (monkey-patching)");
            } else if ((t instanceof PyType.FunctionRef || t instanceof PyType.BuiltinRef) && store) {
                cx.error(node.pos(), MessageId.UNSUPPORTED_DYNAMIC, "setting attribute '" + attr
                        + "' of a function");
            } else if (t instanceof PyType.ClassRef c) {
                if (c.cls().classAttributeOwner(attr) != null || store) {
                    link(solver, cx.classAttributeVar(c.cls(), attr));
                } else {
                    cx.error(node.pos(), MessageId.NO_ATTRIBUTE, "type object '" + c.cls().name() + "'", attr);
                }
            } else {
                cx.error(node.pos(), MessageId.NO_ATTRIBUTE, "'" + TypeNaming.name(t) + "' object", attr);
            }
        }
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
