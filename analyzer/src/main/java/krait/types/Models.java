package krait.types;

import java.util.Map;
import java.util.Optional;

/** Everything the model files describe: builtin functions and the methods of builtin types. */
public record Models(Map<String, ModelFunction> functions, Map<String, ModelClass> classes,
                     java.util.List<BuiltinClass> builtinClasses, Map<String, ModelModule> modules) {
    /** A library module ({@code math}, {@code sys}): its functions and its attributes. */
    public record ModelModule(String name, Map<String, ModelFunction> functions, Map<String, ModelAttribute> attributes,
                              Map<String, ModelClass> classes, Map<String, BuiltinClass> exceptionClasses) {
        public ModelModule(String name, Map<String, ModelFunction> functions, Map<String, ModelAttribute> attributes) {
            this(name, functions, attributes, Map.of(), Map.of());
        }

        public ModelModule(String name, Map<String, ModelFunction> functions, Map<String, ModelAttribute> attributes,
                           Map<String, ModelClass> classes) {
            this(name, functions, attributes, classes, Map.of());
        }
    }

    /** A module attribute ({@code math.pi}): its type and the C++ expression that reads it. */
    public record ModelAttribute(String name, TypePattern type, String cppExpr) {}

    public Models(Map<String, ModelFunction> functions, Map<String, ModelClass> classes, java.util.List<BuiltinClass> builtinClasses) {
        this(functions, classes, builtinClasses, Map.of());
    }

    /** A class implemented in C++ that programs may subclass and raise (the builtin exceptions). */
    public record BuiltinClass(krait.syntax.Stmt.ClassDef def, String cppName) {}

    public Models(Map<String, ModelFunction> functions, Map<String, ModelClass> classes) {
        this(functions, classes, java.util.List.of(), Map.of());
    }

    public Optional<ModelFunction> function(String name) {
        return Optional.ofNullable(functions.get(name));
    }

    /** The model class for values of type {@code t} ({@code list} for any list), if any. */
    public Optional<ModelClass> classOf(PyType t) {
        String name = null;
        if (t instanceof PyType.Prim p) {
            name = p.name();
        } else if (t instanceof PyType.ListType) {
            name = "list";
        } else if (t instanceof PyType.RangeType) {
            name = "range";
        } else if (t instanceof PyType.DictType) {
            name = "dict";
        } else if (t instanceof PyType.SetType) {
            name = "set";
        } else if (t instanceof PyType.TupleType || t instanceof PyType.VarTupleType) {
            name = "tuple";
        } else if (t instanceof PyType.ModelInstance m) {
            return Optional.of(m.cls());
        }
        return name == null ? Optional.empty() : Optional.ofNullable(classes.get(name));
    }

    /**
     * The class whose model declares method {@code method} for instances of {@code cls}: the
     * class itself, else its builtin base ({@code dict} for {@code Counter}); null if none does.
     */
    public ModelClass methodOwner(ModelClass cls, String method) {
        for (ModelClass c = cls; c != null; c = c.base() == null ? null : classes.get(c.base())) {
            if (c.methods().containsKey(method)) {
                return c;
            }
        }
        return null;
    }

    /** The model class {@code name} of library module {@code module}. */
    public ModelClass modelClass(String module, String name) {
        ModelModule m = modules.get(module);
        ModelClass c = m == null ? null : m.classes().get(name);
        if (c == null) {
            throw new IllegalStateException("no model class " + module + "." + name);
        }
        return c;
    }
}
