package krait.cpp.ir;

import java.util.List;

/** One translated Python program: everything the program template prints. */
public record CProgram(String scriptName, String namespace, List<CStringConstant> strings, List<CClass> classes,
                       List<CFrame> frames, List<CGlobal> globals, List<CFunction> functions, CFunction moduleBody) {
}
