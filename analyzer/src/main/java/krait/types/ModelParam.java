package krait.types;

import krait.syntax.Expr;

/** One parameter of a model function; {@code defaultValue} is null when the parameter is required. */
public record ModelParam(String name, TypePattern type, /* nullable */ Expr defaultValue, Kind kind) {
    public enum Kind { POSITIONAL, VARARGS, KEYWORD_ONLY }
}
