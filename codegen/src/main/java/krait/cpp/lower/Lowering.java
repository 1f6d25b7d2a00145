package krait.cpp.lower;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import krait.cpp.ir.CClass;
import krait.cpp.ir.CFrame;
import krait.cpp.ir.CFunction;
import krait.cpp.ir.CGlobal;
import krait.cpp.ir.CProgram;
import krait.cpp.ir.CType;
import krait.syntax.Expr;
import krait.types.ClassInfo;
import krait.types.FunctionInfo;
import krait.types.PyType;
import krait.types.Specialization;
import krait.types.TypeVar;
import krait.types.TypedProgram;

/**
 * Lowers a typed program to the C++ IR: one C++ function per distinct specialization (two
 * specializations whose C++ signatures agree become one), module variables as namespace-level
 * globals, and the module body as a function run by {@code main}.
 */
public final class Lowering {
    private Lowering() {
    }

    public static CProgram lower(TypedProgram program, String scriptName, String namespace) {
        ValueClasses.mark(program);
        LoweringContext cx = new LoweringContext(program);
        List<Specialization> emitted = nameFunctions(cx);
        List<CFunction> functions = new ArrayList<>();
        for (Specialization spec : emitted) {
            functions.add(new FunctionLowering(cx, spec).lower(cx.functionName(spec)));
        }
        CFunction body = new FunctionLowering(cx, program.moduleBody()).lower("module_body");
        List<CClass> classes = new ArrayList<>();
        ClassLowering classLowering = new ClassLowering(cx);
        for (ClassInfo c : program.classes()) {
            classes.add(classLowering.lower(c));
        }
        return new CProgram(scriptName, namespace, cx.strings(), classes, frames(program), globals(cx), functions, body);
    }

    /** Chooses C++ names; returns the specializations to emit, one per distinct C++ signature. */
    private static List<Specialization> nameFunctions(LoweringContext cx) {
        Map<FunctionInfo, List<Specialization>> byFunction = new LinkedHashMap<>();
        for (Specialization s : cx.program.specializations()) {
            if (!s.function().isModule()) {
                byFunction.computeIfAbsent(s.function(), f -> new ArrayList<>()).add(s);
            }
        }
        List<Specialization> emitted = new ArrayList<>();
        for (var entry : byFunction.entrySet()) {
            Map<String, Specialization> bySignature = new LinkedHashMap<>();
            for (Specialization s : entry.getValue()) {
                bySignature.putIfAbsent(cppSignature(s), s);
            }
            // two signatures with one representation key (list[Impl] and list[Impl | Base] are both
            // lists of the hierarchy's root, yet list<Impl*> and list<Base*> in C++) get numbered names
            Map<Specialization, String> suffixes = new java.util.HashMap<>();
            Map<String, Integer> keyUses = new java.util.HashMap<>();
            for (Specialization c : bySignature.values()) {
                String key = signatureKey(c);
                int n = keyUses.merge(key, 1, Integer::sum);
                suffixes.put(c, n == 1 ? key : key + "_" + n);
            }
            boolean overloaded = bySignature.size() > 1;
            for (Specialization s : entry.getValue()) {
                Specialization canonical = bySignature.get(cppSignature(s));
                FunctionInfo fn = entry.getKey();
                String name = fn.ownerClass() != null ? CppTypes.className(fn.ownerClass()) + "_" + methodName(fn.name())
                        : fn.enclosing() != null && !fn.enclosing().isModule()
                        ? Names.of(fn.enclosing().name()) + "_" + Names.of(fn.name()) + "_" + fn.pos().line() + "_" + fn.pos().col()
                        : fn.name().equals("<lambda>") ? "lambda_" + fn.pos().line() + "_" + fn.pos().col()
                        : fn.def() != null && !fn.def().decoratorList().isEmpty()
                        ? Names.of(fn.name()) + "_undecorated" // the name itself is a module variable
                        : Names.of(fn.name());
                if (overloaded) {
                    name = name + "_" + suffixes.get(canonical);
                }
                cx.functionNames.put(s, name);
                if (canonical == s) {
                    emitted.add(s);
                }
            }
        }
        return emitted;
    }

    /** {@code __add__} becomes {@code op_add}: identifiers with a double underscore are reserved in C++. */
    static String methodName(String python) {
        if (python.length() > 4 && python.startsWith("__") && python.endsWith("__")) {
            return "op_" + python.substring(2, python.length() - 2);
        }
        return Names.of(python);
    }

    /** What tells two specializations' C++ functions apart: the representation key and the parameters' C++ types. */
    private static String cppSignature(Specialization s) {
        String env = s.function().captures().isEmpty() || s.env() == null ? "" : "env" + s.env().id() + ";";
        // the representation key too: functions known statically are all one placeholder C++ type
        return signatureKey(s) + ";" + env
                + s.argTypes().stream().map(t -> CppTypes.spelled(CppTypes.of(t))).collect(Collectors.joining(", "));
    }

    /** The argument types' C++ representations, as an identifier fragment: {@code int_list_float}. */
    private static String signatureKey(Specialization s) {
        String env = s.function().captures().isEmpty() || s.env() == null ? "" : "env" + s.env().id() + "_";
        if (s.argTypes().isEmpty()) {
            return env + "noargs";
        }
        return env + s.argTypes().stream()
                .map(t -> t instanceof PyType.InstanceType i ? i.cls().uniqueName() : krait.types.Representation.key(t))
                .map(k -> k.replaceAll("[^A-Za-z0-9]+", "_").replaceAll("_+$", ""))
                .collect(Collectors.joining("_"));
    }

    /** A parameter's default value expression. */
    record ParamDefault(String param, Expr value) {}

    /** The defaults of a def: positional ones (aligned to the end), then keyword-only ones. */
    static List<ParamDefault> defaultsOf(krait.syntax.Stmt.FunctionDef def) {
        List<ParamDefault> out = new ArrayList<>();
        List<krait.syntax.Arg> positional = new ArrayList<>(def.args().posonlyargs());
        positional.addAll(def.args().args());
        List<Expr> defaults = def.args().defaults();
        int first = positional.size() - defaults.size();
        for (int i = 0; i < defaults.size(); i++) {
            out.add(new ParamDefault(positional.get(first + i).arg(), defaults.get(i)));
        }
        for (int i = 0; i < def.args().kwonlyargs().size(); i++) {
            Expr d = def.args().kwDefaults().get(i);
            if (d != null) {
                out.add(new ParamDefault(def.args().kwonlyargs().get(i).arg(), d));
            }
        }
        return out;
    }

    /** A frame for every specialization whose variables closures capture. */
    private static List<CFrame> frames(TypedProgram program) {
        List<CFrame> out = new ArrayList<>();
        for (Specialization s : program.specializations()) {
            FunctionInfo fn = s.function();
            if (fn.isModule() || fn.cellVars().isEmpty()) {
                continue;
            }
            List<CClass.Field> fields = new ArrayList<>();
            if (!fn.captures().isEmpty() && s.env() != null) {
                fields.add(new CClass.Field(CppTypes.frameType(s.env()), ExpressionLowering.ENV));
            }
            for (String v : fn.cellVars()) {
                fields.add(new CClass.Field(CppTypes.ofVar(s.locals().get(v)), Names.of(v)));
            }
            out.add(new CFrame(CppTypes.frameName(s), fields));
        }
        return out;
    }

    private static List<CGlobal> globals(LoweringContext cx) {
        List<CGlobal> out = new ArrayList<>();
        Specialization body = cx.program.moduleBody();
        for (String name : cx.program.globals().keySet().stream().sorted().toList()) {
            TypeVar v = cx.program.globals().get(name);
            PyType t = CppTypes.representative(v);
            if (t == null || t instanceof PyType.FunctionRef f && CppTypes.capturesNothing(f) || t instanceof PyType.BuiltinRef
                    || t instanceof PyType.ClassRef || t instanceof PyType.ModuleRef
                    || cx.program.importedAttributes().containsKey(name)) {
                continue;
            }
            out.add(new CGlobal(CppTypes.ofVar(v), Names.of(name)));
        }
        // default values live in module variables: functions' and methods' are evaluated in the module
        // body (class bodies run there), nested functions' in their enclosing function
        Map<String, CGlobal> defaults = new LinkedHashMap<>();
        for (krait.syntax.Stmt st : cx.program.module().body()) {
            if (st instanceof krait.syntax.Stmt.FunctionDef def) {
                addDefaults(defaults, def, null, body);
            }
        }
        for (ClassInfo c : cx.program.classes()) {
            for (krait.syntax.Stmt st : c.def().body()) {
                if (st instanceof krait.syntax.Stmt.FunctionDef def && c.methodFor(def) != null) {
                    addDefaults(defaults, def, c.methodFor(def), body);
                }
            }
        }
        for (Specialization s : cx.program.specializations()) {
            FunctionInfo fn = s.function();
            if (fn.enclosing() != null && !fn.enclosing().isModule() && s.env() != null) {
                addDefaults(defaults, fn.def(), fn, s.env());
            }
        }
        out.addAll(defaults.values());
        return out;
    }

    private static void addDefaults(Map<String, CGlobal> out, krait.syntax.Stmt.FunctionDef def, FunctionInfo fn,
                                    Specialization where) {
        for (ParamDefault d : defaultsOf(def)) {
            PyType t = CppTypes.representative(where.typeOf(d.value()));
            String name = fn == null ? LoweringContext.defaultName(def.name(), d.param())
                    : LoweringContext.defaultName(fn, d.param());
            if (t != null) {
                out.putIfAbsent(name, new CGlobal(CppTypes.of(t), name));
            }
        }
    }
}
