package krait.types;

import java.util.List;

/** A builtin or library function described by a model file: its overloads in file order. */
public record ModelFunction(String name, List<ModelSignature> overloads) {
}
