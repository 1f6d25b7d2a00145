package krait.diag;

/**
 * Keys of the message catalogue. Each phase adds its ids here and its texts to
 * {@code messages.properties}; tests check that every id has a text.
 */
public enum MessageId {
    // files and command line
    FILE_NOT_FOUND,
    FILE_NOT_READABLE,
    // syntax (the parser's own texts follow CPython's wording and are passed as {0})
    SYNTAX_ERROR,
    INDENTATION_ERROR,
    TAB_ERROR,
    ENCODING_ERROR,
    // names and scopes
    UNDEFINED_NAME,
    UNSUPPORTED_CONSTRUCT,
    UNSUPPORTED_BUILTIN,
    UNSUPPORTED_DYNAMIC,
    // types
    TYPE_CONFLICT,
    TYPE_CONFLICT_NOTE,
    TYPE_FROM_ARGUMENT,
    DICT_RECORD_HINT,
    COMMON_BASE_HINT,
    SITE_ATTRIBUTE_HINT,
    NOT_CALLABLE,
    WRONG_ARGUMENT_COUNT,
    UNKNOWN_KEYWORD_ARGUMENT,
    NO_ATTRIBUTE,
    BAD_OPERAND_TYPES,
    BAD_OPERAND_TYPE,
    NOT_ITERABLE,
    INT_LITERAL_TOO_BIG,
    // back end
    INTERNAL_CXX_ERROR,
    TOOL_MISSING,
    MODEL_ERROR,
    TOO_MANY_SPECIALIZATIONS,
    MISSING_ARGUMENT,
    NO_MATCHING_OVERLOAD,
    LITERAL_ARGUMENT_NEEDED,
    BAD_INDEX,
    NOT_SUBSCRIPTABLE,
    NO_ITEM_ASSIGNMENT,
    NOT_COMPARABLE,
    MULTIPLE_VALUES,
    UNPACK_COUNT,
    NOT_A_CLASS,
    TUPLE_INDEX,
    NOT_AN_EXCEPTION,
    // function objects: variables holding several functions (krait.types.FunctionObjects)
    FUNCTION_RESULTS_DIFFER,
    FUNCTION_OBJECT_ARGUMENTS,
    // a library idiom used as CPython rejects it when the class or function is defined (krait.desugar)
    LIBRARY_DEFINITION_ERROR,
    // a type hint that contradicts the inferred type (krait.types.AnnotationCheck)
    ANNOTATION_MISMATCH,
    UNSUPPORTED_MODULE,
    // programs of several modules
    NO_MODULE,
    CANNOT_IMPORT_NAME,
    PARTIALLY_INITIALIZED,
    NOT_AN_INTEGER,
    FORMAT_LITERAL_NEEDED,
    BAD_STRUCT_FORMAT,
    // a tuple that holds a tuple of its own kind, ever deeper (krait.types.TupleConstraint)
    RECURSIVE_TUPLE;

    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '.');
    }
}
