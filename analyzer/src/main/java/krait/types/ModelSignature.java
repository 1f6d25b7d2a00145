package krait.types;

import java.util.List;
import java.util.Optional;

/**
 * One overload of a model function or method, and the C++ it lowers to: a free function
 * ({@code krait::len}) gets the receiver (for methods), the positional parameters, then the
 * keyword-only ones, then the {@code *args} values; a member name ({@code append}) is called on the
 * receiver.
 */
public record ModelSignature(String name, List<ModelParam> params, TypePattern returns, String cppName) {
    public boolean isMember() {
        return !cppName.contains("::");
    }

    public List<ModelParam> positional() {
        return params.stream().filter(p -> p.kind() == ModelParam.Kind.POSITIONAL).toList();
    }

    public List<ModelParam> keywordOnly() {
        return params.stream().filter(p -> p.kind() == ModelParam.Kind.KEYWORD_ONLY).toList();
    }

    public Optional<ModelParam> varargs() {
        return params.stream().filter(p -> p.kind() == ModelParam.Kind.VARARGS).findFirst();
    }
}
