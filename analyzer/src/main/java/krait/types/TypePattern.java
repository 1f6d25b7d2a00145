package krait.types;

/**
 * A parameter or return type written in a model file: a concrete builtin type, {@code object}
 * (anything), a type parameter such as {@code T}, {@code list[...]}, or {@code X | None}.
 */
public sealed interface TypePattern {
    record Concrete(PyType type) implements TypePattern {}

    record AnyObject() implements TypePattern {}

    record Param(String name) implements TypePattern {}

    record ListOf(TypePattern element) implements TypePattern {}

    record OrNone(TypePattern inner) implements TypePattern {}

    record SetOf(TypePattern element) implements TypePattern {}

    /** Anything a for loop can iterate over that the runtime can walk: lists, sets, dicts, str, range. */
    record IterableOf(TypePattern element) implements TypePattern {}

    record DictOf(TypePattern key, TypePattern value) implements TypePattern {}

    /** {@code Iterator[T]}: a generator or what iter() returns; as a result, a new iterator. */
    record IteratorOf(TypePattern element) implements TypePattern {}

    record TupleOf(java.util.List<TypePattern> elements) implements TypePattern {}

    /**
     * {@code Literal[2]}: an int written as that literal at the call, for overloads whose result
     * type depends on the value (itertools.combinations(xs, 2) yields pairs).
     */
    record IntLiteral(long value) implements TypePattern {}

    /**
     * {@code NegativeIntLiteral}: an int written as a negative literal at the call ({@code -1}),
     * for overloads whose result type depends on the sign ({@code pow(2, -1)} is a float).
     */
    record NegativeIntLiteral() implements TypePattern {}

    /**
     * {@code Literal["rb", "wb"]}: a str written as one of these literals at the call, for
     * overloads whose result type depends on the value (open(path, "rb") is a binary file).
     */
    record StrLiteral(java.util.List<String> values) implements TypePattern {}

    /**
     * {@code StructValues["fmt"]} (results only): the tuple of the values the struct format
     * passed as parameter {@code param}, written as a str literal at the call, describes.
     */
    record StructValues(String param) implements TypePattern {}

    /**
     * {@code RegexGroups[2]}: a str written as a literal regular expression with that many
     * capturing groups, for re's overloads whose result type depends on them (findall of a
     * pattern with two groups gives pairs).
     */
    record RegexGroups(int groups) implements TypePattern {}

    /** {@code tuple[X, ...]}: a tuple of any length whose every element fits {@code element}. */
    record TupleOfAny(TypePattern element) implements TypePattern {}
    /** A module as a value ({@code file: sys.stderr} in print's model): only that module fits. */
    record ModuleOf(String name) implements TypePattern {}

    /** {@code Callable[[A, B], R]}: a function the model function will call with those argument types. */
    record CallableOf(java.util.List<TypePattern> params, TypePattern result) implements TypePattern {}

    /**
     * An instance of the model class {@code name} of library module {@code module}
     * ({@code deque[T]}); {@code args} fill its slots in order.
     */
    record ModelObject(String module, String name, java.util.List<TypePattern> args) implements TypePattern {}

    /** A container's elements fit a concrete element pattern (type parameters take anything). */
    private static boolean elementsAccepted(TypePattern element, TypeVar elements, boolean strict) {
        // a tuple pattern also checks the tuples' length (starmap's overloads differ by it)
        if (!(element instanceof Concrete) && !(element instanceof TupleOf)) {
            return true;
        }
        if (elements.types().isEmpty()) {
            return false; // not known yet: the call is resolved again when they are
        }
        for (PyType e : elements.types()) {
            if (!element.accepts(e, strict)) {
                return false;
            }
        }
        return true;
    }

    /** Whether an argument of type {@code t} fits; {@code strict} refuses bool for int. */
    default boolean accepts(PyType t, boolean strict) {
        if (this instanceof Concrete c && c.type() instanceof PyType.NumberType) {
            return t.equals(PyType.INT) || t.equals(PyType.FLOAT);
        }
        if (this instanceof Concrete c) {
            // leniently, as Python's numeric tower: a bool where an int is expected, an int where a float is
            return c.type().equals(t) || (!strict && c.type().equals(PyType.INT) && t.equals(PyType.BOOL))
                    || (!strict && c.type().equals(PyType.FLOAT) && (t.equals(PyType.INT) || t.equals(PyType.BOOL)))
                    || (!strict && c.type().equals(PyType.COMPLEX) && OperatorTyping.isNumber(t));
        }
        if (this instanceof IntLiteral || this instanceof NegativeIntLiteral) {
            return t.equals(PyType.INT); // the call checks the argument's expression too
        }
        if (this instanceof StructValues) {
            return false; // only a result
        }
        if (this instanceof StrLiteral || this instanceof RegexGroups) {
            return t.equals(PyType.STR); // the call checks the argument's expression too
        }
        if (this instanceof ListOf l) {
            return t instanceof PyType.ListType lt && elementsAccepted(l.element(), lt.site().elements(), strict);
        }
        if (this instanceof SetOf s) {
            return t instanceof PyType.SetType st && elementsAccepted(s.element(), st.site().elements(), strict);
        }
        if (this instanceof CallableOf) {
            return t instanceof PyType.FunctionRef || t instanceof PyType.BuiltinRef || t instanceof PyType.BoundMethod;
        }
        if (this instanceof ModelObject m) {
            return t instanceof PyType.ModelInstance mi && mi.cls().name().equals(m.name())
                    && java.util.Objects.equals(mi.cls().module(), m.module());
        }
        if ((this instanceof IterableOf || this instanceof IteratorOf) && t instanceof PyType.ModelInstance mi) {
            // a model class is iterable when it declares __iter__ or extends a builtin container; a
            // concrete element type is checked against what its own __iter__ yields (dict.values()
            // of floats is no Iterable[int])
            TypePattern element = this instanceof IterableOf io ? io.element() : ((IteratorOf) this).element();
            ModelFunction iter = mi.cls().methods().get("__iter__");
            if (iter != null && element instanceof Concrete && iter.overloads().get(0).returns() instanceof IteratorOf yielded
                    && yielded.element() instanceof Param p) {
                int slot = mi.cls().slotOf(p.name());
                TypeVar items = slot == 0 ? mi.site().elements() : slot == 1 ? mi.site().values() : null;
                if (items != null) {
                    return elementsAccepted(element, items, strict);
                }
            }
            return iter != null || mi.cls().base() != null;
        }
        if (this instanceof IteratorOf it) {
            if (t instanceof PyType.IteratorType i) {
                return elementsAccepted(it.element(), i.site().elements(), strict);
            }
            return t instanceof PyType.GeneratorType g && elementsAccepted(it.element(), g.spec().yieldVar(), strict);
        }
        if (this instanceof IterableOf it) {
            if (t instanceof PyType.IteratorType i) {
                return elementsAccepted(it.element(), i.site().elements(), strict);
            }
            // a concrete element type is checked against what iterating yields
            if (t instanceof PyType.ListType || t instanceof PyType.SetType || t instanceof PyType.DictType
                    || t instanceof PyType.VarTupleType) {
                return elementsAccepted(it.element(), ConstraintSolver.siteOf(t).elements(), strict);
            }
            if (t instanceof PyType.GeneratorType g) {
                return elementsAccepted(it.element(), g.spec().yieldVar(), strict);
            }
            if (t.equals(PyType.STR) || t.equals(PyType.RANGE) || PyType.isBytesLike(t)) {
                return !(it.element() instanceof Concrete) || it.element().accepts(t.equals(PyType.STR) ? PyType.STR : PyType.INT, strict);
            }
            return false;
        }
        if (this instanceof DictOf) {
            // a model class extending dict (Counter, defaultdict) is one
            return t instanceof PyType.DictType || t instanceof PyType.ModelInstance m && "dict".equals(m.cls().base());
        }
        if (this instanceof TupleOf tp) {
            if (!(t instanceof PyType.TupleType tt) || tt.elements().size() != tp.elements().size()) {
                return false;
            }
            for (int i = 0; i < tt.elements().size(); i++) {
                if (!tp.elements().get(i).accepts(tt.elements().get(i), strict)) {
                    return false;
                }
            }
            return true;
        }
        if (this instanceof TupleOfAny ta) {
            if (t instanceof PyType.VarTupleType vt) {
                return elementsAccepted(ta.element(), vt.site().elements(), strict);
            }
            return t instanceof PyType.TupleType tt && tt.elements().stream().allMatch(e -> ta.element().accepts(e, strict));
        }
        if (this instanceof ModuleOf m) {
            return t instanceof PyType.ModuleRef r && r.name().equals(m.name());
        }
        if (this instanceof OrNone o) {
            return t.equals(PyType.NONE) || o.inner().accepts(t, strict);
        }
        return true; // object and type parameters accept anything
    }
}
