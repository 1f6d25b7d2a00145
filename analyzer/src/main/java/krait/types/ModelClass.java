package krait.types;

import java.util.Map;

/** A builtin class described by a model file ({@code list}, {@code str}): its methods by name. */
public record ModelClass(String name, java.util.List<String> typeParams, Map<String, ModelFunction> methods) {
}
