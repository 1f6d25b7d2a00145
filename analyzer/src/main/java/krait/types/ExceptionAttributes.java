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
                    "end", PyType.INT, "object", PyType.STR));

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
