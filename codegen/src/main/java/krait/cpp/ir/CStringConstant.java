package krait.cpp.ir;

/** A str literal, made once at start-up: {@code literal} is the C++ string literal of its UTF-8 bytes. */
public record CStringConstant(String name, String literal, int byteLength) {
}
