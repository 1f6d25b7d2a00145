package krait.cpp.lower;

import java.util.Set;

/** C++ names for Python identifiers: unchanged unless they collide with C++ keywords or our own names. */
final class Names {
    private static final Set<String> RESERVED = Set.of("alignas", "alignof", "and", "and_eq", "asm", "auto", "bitand",
            "bitor", "bool", "break", "case", "catch", "char", "char8_t", "char16_t", "char32_t", "class", "compl",
            "concept", "const", "consteval", "constexpr", "constinit", "const_cast", "continue", "co_await",
            "co_return", "co_yield", "decltype", "default", "delete", "do", "double", "dynamic_cast", "else", "enum",
            "explicit", "export", "extern", "false", "float", "for", "friend", "goto", "if", "inline", "int", "long",
            "mutable", "namespace", "new", "noexcept", "not", "not_eq", "nullptr", "operator", "or", "or_eq",
            "private", "protected", "public", "register", "reinterpret_cast", "requires", "return", "short", "signed",
            "sizeof", "static", "static_assert", "static_cast", "struct", "switch", "template", "this",
            "thread_local", "throw", "true", "try", "typedef", "typeid", "typename", "union", "unsigned", "using",
            "virtual", "void", "volatile", "wchar_t", "while", "xor", "xor_eq", "main", "krait", "std", "errno",
            "stdin", "stdout", "stderr", "assert", "NULL", "EOF", "INFINITY", "NAN", "init_constants", "module_body");

    private Names() {
    }

    /** A C++ identifier for a Python identifier (non-ASCII letters are written as their code points). */
    static String of(String python) {
        int dot = python.indexOf('.');
        if (dot > 0) {
            // a name of another module (util.helper, see ModuleLinker): never equal to a name of the main module
            return of(python.substring(0, dot)) + "__" + of(python.substring(dot + 1));
        }
        if (python.equals("<lambda>")) {
            return "lambda";
        }
        StringBuilder out = new StringBuilder();
        python.codePoints().forEach(cp -> {
            if (cp < 128) {
                out.appendCodePoint(cp);
            } else {
                out.append("_u").append(Integer.toHexString(cp)).append('_');
            }
        });
        // identifiers with a double underscore are reserved to the C++ implementation
        String name = out.toString().replace("__", "_Z_");
        if (name.startsWith("_")) {
            name = "py" + name;
        }
        return RESERVED.contains(name) || name.startsWith("krait_") ? name + "_" : name;
    }
}
