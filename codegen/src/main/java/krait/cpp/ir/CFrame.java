package krait.cpp.ir;

import java.util.List;

/**
 * The heap frame of a function whose variables nested functions use: those variables live here,
 * shared by the function and its closures (and {@code krait_env}, the frame it itself captures from).
 */
public record CFrame(String name, List<CClass.Field> fields) {
}
