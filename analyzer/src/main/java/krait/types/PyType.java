package krait.types;

/**
 * An abstract Python type as the inference sees it. Containers are abstract objects: one per
 * allocation site and context ({@link AllocSite}), so two lists made in different places may hold
 * different element types.
 */
public sealed interface PyType {
    /** The name Python would print for the type, as in annotations: {@code int}, {@code list[str]}. */
    String pythonName(TypeNames names);

    /** The scalar builtins: values, never references. */
    record Prim(String name) implements PyType {
        @Override
        public String pythonName(TypeNames names) {
            return name;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    Prim INT = new Prim("int");
    Prim FLOAT = new Prim("float");
    Prim BOOL = new Prim("bool");
    Prim STR = new Prim("str");
    Prim NONE = new Prim("None");
    /** bytes and bytearray: sequences of ints in range(0, 256), held by pointer like str. */
    Prim BYTES = new Prim("bytes");
    Prim BYTEARRAY = new Prim("bytearray");
    /** complex: a value of two floats. */
    Prim COMPLEX = new Prim("complex");

    /** Whether {@code t} is bytes or bytearray, which index, iterate and compare alike. */
    static boolean isBytesLike(PyType t) {
        return t.equals(BYTES) || t.equals(BYTEARRAY);
    }

    /**
     * A value type (int, float or bool) that may also be None: what a variable holding both is,
     * as one representation (not a type of its own in the flow: variables hold the two types).
     */
    record OptionalType(PyType value) implements PyType {
        @Override
        public String pythonName(TypeNames names) {
            return value.pythonName(names) + " | None";
        }

        @Override
        public String toString() {
            return value + " | None";
        }
    }

    /**
     * An int or a float, known only at run time: what a variable, element, attribute or return
     * value holding both is, as one representation (like {@link OptionalType}, not a type of its
     * own in the flow: variables hold int and float). A tagged value, {@code krait::number}.
     */
    record NumberType() implements PyType {
        @Override
        public String pythonName(TypeNames names) {
            return "int | float";
        }

        @Override
        public String toString() {
            return "int | float";
        }
    }

    NumberType NUMBER = new NumberType();

    /** Whether {@code t} is a value type that None may stand beside as an {@link OptionalType}. */
    static boolean isOptionalValue(PyType t) {
        return t.equals(INT) || t.equals(FLOAT) || t.equals(BOOL) || t instanceof TupleType;
    }

    /** A list created at {@code site}; its element type lives in the solver under the site. */
    record ListType(AllocSite site) implements PyType {
        @Override
        public String pythonName(TypeNames names) {
            return "list[" + names.elementName(site) + "]";
        }

        @Override
        public String toString() {
            return "list@" + site;
        }
    }

    /** A tuple: a value with one type per position. */
    record TupleType(java.util.List<PyType> elements) implements PyType {
        @Override
        public String pythonName(TypeNames names) {
            // the empty tuple is spelled tuple[()] in annotations
            return elements.isEmpty() ? "tuple[()]"
                    : "tuple[" + String.join(", ", elements.stream().map(e -> e.pythonName(names)).toList()) + "]";
        }

        @Override
        public String toString() {
            return "tuple" + elements;
        }
    }

    /**
     * A tuple whose length is known only at run time ({@code tuple(xs)}, {@code *args} from a list):
     * every element has the type kept in {@code site}'s elements. Immutable, so where two of them
     * meet their elements simply join; a fixed tuple whose positions share that type converts to one.
     */
    record VarTupleType(AllocSite site) implements PyType {
        @Override
        public String pythonName(TypeNames names) {
            return "tuple[" + names.elementName(site) + ", ...]";
        }

        @Override
        public String toString() {
            return "vartuple@" + site;
        }
    }

    /** A dict created at {@code site}: keys in the site's elements, values in its values. */
    record DictType(AllocSite site) implements PyType {
        @Override
        public String pythonName(TypeNames names) {
            return "dict";
        }

        @Override
        public String toString() {
            return "dict@" + site;
        }
    }

    /** A set created at {@code site}. */
    record SetType(AllocSite site) implements PyType {
        @Override
        public String pythonName(TypeNames names) {
            return "set";
        }

        @Override
        public String toString() {
            return "set@" + site;
        }
    }

    /**
     * An instance of a model class ({@code collections.deque}) made at {@code site}: its type
     * parameters are the site's slots, as a list's element type is ({@link ModelClass}).
     */
    record ModelInstance(ModelClass cls, AllocSite site) implements PyType {
        @Override
        public String pythonName(TypeNames names) {
            return TypeNaming.full(this);
        }

        @Override
        public String toString() {
            return cls.name() + "@" + site;
        }

        /** What {@code m[i]} reads: the slot the class's own {@code __getitem__} returns, or null. */
        public TypeVar itemVar() {
            ModelFunction getitem = cls.methods().get("__getitem__");
            if (getitem == null || !(getitem.overloads().get(0).returns() instanceof TypePattern.Param p)) {
                return null;
            }
            int i = cls.slotOf(p.name());
            return i == 0 ? site.elements() : i == 1 ? site.values() : null;
        }
    }

    /** A user class as a value: calling it makes an instance. */
    record ClassRef(ClassInfo cls) implements PyType {
        @Override
        public String pythonName(TypeNames names) {
            return "type[" + cls.name() + "]";
        }
    }

    /** An instance of a user class (one abstract object per class). */
    record InstanceType(ClassInfo cls) implements PyType {
        @Override
        public String pythonName(TypeNames names) {
            return cls.name();
        }

        @Override
        public String toString() {
            return cls.name();
        }
    }

    /** A generator made by calling a generator function's specialization; it yields {@code spec.yieldVar()}. */
    record GeneratorType(Specialization spec) implements PyType {
        @Override
        public String pythonName(TypeNames names) {
            return "generator";
        }

        @Override
        public String toString() {
            return "generator@" + spec;
        }
    }

    /**
     * What {@code iter(xs)} returns for a builtin container: an iterator over its elements (kept in
     * {@code site}'s elements). It is represented like a generator and works wherever one does.
     */
    record IteratorType(AllocSite site) implements PyType {
        @Override
        public String pythonName(TypeNames names) {
            return "Iterator[" + names.elementName(site) + "]";
        }

        @Override
        public String toString() {
            return "iterator@" + site;
        }
    }

    /** An imported library module ({@code import math}): its functions and attributes come from its model. */
    record ModuleRef(String name) implements PyType {
        @Override
        public String pythonName(TypeNames names) {
            return "module " + name;
        }
    }

    /** A {@code range(...)} object; loops over it become counted loops. */
    record RangeType() implements PyType {
        @Override
        public String pythonName(TypeNames names) {
            return "range";
        }
    }

    RangeType RANGE = new RangeType();

    /**
     * A user function used as a value (called directly or through a variable). A nested function
     * or lambda carries the specialization it was created in: its captured variables are there.
     */
    record FunctionRef(FunctionInfo function, /* nullable */ Specialization env) implements PyType {
        public FunctionRef(FunctionInfo function) {
            this(function, null);
        }

        @Override
        public String pythonName(TypeNames names) {
            return "Callable[..., " + function.name() + "]";
        }
    }

    /**
     * A function object: what a variable, container element or attribute holding several
     * different functions is (each member alone is a {@link FunctionRef}, {@link BuiltinRef} or
     * {@link BoundMethod}). Its members are all called with {@code params} and return
     * {@code result}; {@code targets} says what each member's call resolved to (a member never
     * called through a function object has none). Calls through it are indirect; a variable
     * holding one function keeps the direct call. {@code params} is null when no call goes through
     * the object at all.
     */
    record CallableType(/* nullable */ java.util.List<PyType> params, PyType result,
                        java.util.Map<PyType, CallTarget> targets) implements PyType {
        @Override
        public String pythonName(TypeNames names) {
            if (params == null) {
                return "Callable[..., object]";
            }
            return "Callable[[" + String.join(", ", params.stream().map(p -> p.pythonName(names)).toList()) + "], "
                    + result.pythonName(names) + "]";
        }

        @Override
        public String toString() {
            return params == null ? "Callable[..., object]" : "Callable[" + params + ", " + result + "]";
        }

        // one object per signature: equality by signature, never by the (large) target map
        @Override
        public boolean equals(Object o) {
            return o instanceof CallableType c && java.util.Objects.equals(params, c.params) && result.equals(c.result);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(params, result);
        }
    }

    /** Whether {@code t} is one function value that a function object may hold. */
    static boolean isFunctionValue(PyType t) {
        return t instanceof FunctionRef || t instanceof BuiltinRef || t instanceof BoundMethod;
    }

    /** A builtin function from the models, such as {@code len}. */
    record BuiltinRef(ModelFunction function) implements PyType {
        @Override
        public String pythonName(TypeNames names) {
            return "builtin " + function.name();
        }
    }

    /**
     * A method bound to its object ({@code f = lst.append}, {@code key=d.get}): held as the object
     * itself, since the method is known statically; calling it calls the method on the object.
     */
    record BoundMethod(PyType self, String name) implements PyType {
        @Override
        public String pythonName(TypeNames names) {
            return "Callable[..., " + self.pythonName(names) + "." + name + "]";
        }

        @Override
        public String toString() {
            return self + "." + name;
        }
    }

    /**
     * Some exception class, known only when the program runs: what {@code __exit__} receives as
     * {@code exc_type}. It may be compared with a named class, tested with {@code issubclass} and
     * asked its {@code __name__}.
     */
    record ExceptionClass() implements PyType {
        @Override
        public String pythonName(TypeNames names) {
            return "type[BaseException]";
        }

        @Override
        public String toString() {
            return "type[BaseException]";
        }
    }

    ExceptionClass EXCEPTION_CLASS = new ExceptionClass();

    /** Names of builtin classes usable in {@code isinstance}. */
    static boolean isBuiltinClassName(String name) {
        return java.util.Set.of("int", "float", "bool", "str", "list", "dict", "set", "frozenset", "tuple", "bytes",
                "bytearray", "complex").contains(name);
    }

    /** Renders element types of containers; the solver knows them. */
    interface TypeNames {
        String elementName(AllocSite site);
    }
}
