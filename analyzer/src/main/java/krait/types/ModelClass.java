package krait.types;

import java.util.List;
import java.util.Map;

/**
 * A class described by a model file. For a builtin type ({@code list}, {@code str}) only its
 * methods by name. A library module's class ({@code collections.deque}) is a "model class": its
 * instances are {@link PyType.ModelInstance}s of one allocation site each, whose type parameters
 * live in the site's two slots (parameter {@code i} is slot {@code i}); it has a C++ class
 * ({@code cppName}, instantiated with the parameters' C++ types) and may extend a builtin class
 * ({@code class Counter(dict[K, int])}): the base's parameters are the same slots, in order, and
 * the base's methods are found when the class has none of that name. Its {@code properties} are
 * read-only attributes ({@code @property def closed(self) -> bool}), read by calling a C++ member.
 */
public record ModelClass(String name, List<String> typeParams, Map<String, ModelFunction> methods,
                         /* nullable */ String module, /* nullable */ String cppName, /* nullable */ String base,
                         List<TypePattern> baseArgs, Map<String, ModelSignature> properties) {
    public ModelClass(String name, List<String> typeParams, Map<String, ModelFunction> methods) {
        this(name, typeParams, methods, null, null, null, List.of(), Map.of());
    }

    /** How many slots of the allocation site the class uses: its own parameters and its base's. */
    public int slotCount() {
        return Math.max(typeParams.size(), baseArgs.size());
    }

    /** The slot type parameter {@code param} of this class (or of the class a method was found in) lives in, or -1. */
    public int slotOf(String param) {
        return typeParams.indexOf(param);
    }

    // compared by name: the methods hold syntax trees, far too deep to hash
    @Override
    public boolean equals(Object o) {
        return o instanceof ModelClass c && c.name.equals(name) && java.util.Objects.equals(c.module, module);
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + java.util.Objects.hashCode(module);
    }

    @Override
    public String toString() {
        return module == null ? name : module + "." + name;
    }
}
