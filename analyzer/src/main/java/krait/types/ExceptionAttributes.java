package krait.types;

import java.util.Map;

/**
 * The attributes the runtime's builtin exceptions carry beside their message
 * ({@code UnicodeDecodeError.reason}, {@code .start}): fields of the C++ class, read-only.
 */
public final class ExceptionAttributes {
    private ExceptionAttributes() {
    }

    private static final Map<String, Map<String, PyType>> ATTRIBUTES = Map.of(
            "UnicodeDecodeError", Map.of("encoding", PyType.STR, "reason", PyType.STR, "start", PyType.INT,
                    "end", PyType.INT, "object", PyType.BYTES),
            "UnicodeEncodeError", Map.of("encoding", PyType.STR, "reason", PyType.STR, "start", PyType.INT,
                    "end", PyType.INT, "object", PyType.STR),
            // None (a null str, an empty optional) unless the runtime raised it for a failed system call
            "OSError", Map.of("errno", new PyType.OptionalType(PyType.INT), "strerror", PyType.STR, "filename", PyType.STR));

    /** The C++ field of attribute {@code attr} ({@code errno} is a C macro). */
    public static String cppField(String attr) {
        return attr.equals("errno") ? "py_errno" : attr;
    }

    /** Whether {@code cls} is StopIteration or a subclass of it (its {@code value} is a generator's return value). */
    public static boolean isStopIteration(ClassInfo cls) {
        return cls.mro().stream().anyMatch(c -> c.isBuiltin() && c.name().equals("StopIteration"));
    }

    /** The type of attribute {@code attr} of an instance of {@code cls} from a builtin base, or null. */
    public static PyType typeOf(ClassInfo cls, String attr) {
        for (ClassInfo c : cls.mro()) {
            if (c.isBuiltin() && ATTRIBUTES.containsKey(c.name())) {
                return ATTRIBUTES.get(c.name()).get(attr);
            }
        }
        return null;
    }
}
