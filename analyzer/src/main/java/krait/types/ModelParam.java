package krait.types;

import krait.syntax.Expr;

/** One parameter of a model function; {@code defaultValue} is null when the parameter is required. */
public record ModelParam(String name, TypePattern type, /* nullable */ Expr defaultValue, Kind kind) {
    /** KEYWORDS is {@code **kwargs}: the keyword arguments no other parameter takes, passed as kw(name, value). */
    public enum Kind { POSITIONAL, VARARGS, KEYWORD_ONLY, KEYWORDS }
}
