package krait.types;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import krait.diag.Location;
import krait.diag.SourceFile;
import krait.syntax.Pos;

/**
 * {@code krait types}: the inferred types in Python's annotation syntax, each with file:line —
 * module variables, classes with their class and instance attributes, and every specialization
 * of every function as a signature with its local variables. {@link #render} prints them as text,
 * {@link #json} as one JSON document (schema in docs/types-json.md). Names of modules other than
 * the main one are qualified ({@code util.helper}, see krait.modules.ModuleLinker).
 */
public final class TypeReport {
    private TypeReport() {
    }

    /** A variable or attribute: its name as written, its type, where it first gets a value. */
    /** {@code order} is the position in the shared numbering of all modules' lines: it sorts by module, then line. */
    record Var(String name, String type, String file, int line, int order) {}

    record Param(String name, String type) {}

    record ClassEntry(String name, String module, String file, int line, List<String> bases, List<Var> classAttributes,
                      List<Var> attributes, int order) {}

    record FunctionEntry(String name, String module, String file, int line, List<Param> params, String returns,
                         List<Var> locals, int order) {}

    record Report(List<String> files, List<Var> globals, Map<String, String> globalModules, List<ClassEntry> classes,
                  List<FunctionEntry> functions) {}

    private static String moduleOf(String qualified) {
        int dot = qualified.lastIndexOf('.');
        return dot < 0 ? "__main__" : qualified.substring(0, dot);
    }

    /**
     * Where a variable first gets a value in its own module: the earliest place a type comes in
     * there (types also flow in from other modules), else {@code fallback}.
     */
    private static Pos firstPos(TypeVar v, Pos fallback) {
        Pos best = null;
        for (PyType t : v.types()) {
            Pos p = v.origin(t);
            // only places inside the definition that owns the variable (the module, class or function)
            boolean inside = fallback.endLine() > fallback.line() ? p != null && p.line() >= fallback.line()
                    && p.line() <= fallback.endLine() : p != null && p.line() / SourceFile.MODULE_LINES
                    == fallback.line() / SourceFile.MODULE_LINES;
            if (p != Pos.NONE && inside && (best == null || p.line() < best.line())) {
                best = p;
            }
        }
        return best != null ? best : fallback;
    }

    private static Var var(SourceFile file, String name, TypeVar v, Pos fallback,
                           java.util.function.Function<PyType.FunctionRef, String> callables) {
        Pos pos = firstPos(v, fallback);
        Location at = Location.of(file, pos);
        return new Var(VariableSplitting.sourceName(name), annotation(v.types(), callables), at.file().displayName(), at.line(),
                pos.line());
    }

    /**
     * Where each name, and each {@code self.NAME}, is first assigned inside {@code body}, not
     * counting nested functions, lambdas and classes (their names are their own).
     */
    private static Map<String, Pos> firstStores(List<krait.syntax.Stmt> body) {
        Map<String, Pos> out = new java.util.HashMap<>();
        for (krait.syntax.Stmt st : body) {
            krait.syntax.Nodes.walk(st, n -> {
                if (n instanceof krait.syntax.Expr.Name name && name.ctx() == krait.syntax.ExprContext.Store) {
                    out.merge(name.id(), name.pos(), TypeReport::earlier);
                } else if (n instanceof krait.syntax.Expr.Attribute a && a.ctx() == krait.syntax.ExprContext.Store
                        && a.value() instanceof krait.syntax.Expr.Name self) {
                    out.merge(self.id() + "." + a.attr(), a.pos(), TypeReport::earlier);
                }
                return !(n != st && (n instanceof krait.syntax.Stmt.FunctionDef || n instanceof krait.syntax.Expr.Lambda
                        || n instanceof krait.syntax.Stmt.ClassDef));
            });
        }
        return out;
    }

    private static Pos earlier(Pos a, Pos b) {
        return b.line() < a.line() || b.line() == a.line() && b.col() < a.col() ? b : a;
    }

    /** {@code v}, placed where {@code stores} says its name is first assigned, if it is. */
    private static Var placed(SourceFile file, Var v, Map<String, Pos> stores, String key) {
        Pos at = stores.get(key);
        if (at == null) {
            return v;
        }
        Location loc = Location.of(file, at);
        return new Var(v.name(), v.type(), loc.file().displayName(), loc.line(), at.line());
    }

    /** Where each module variable is first bound at module level (the linked program's statements). */
    private static Map<String, Pos> firstBindings(krait.syntax.Mod.Module module) {
        Map<String, Pos> out = new java.util.HashMap<>();
        for (krait.syntax.Stmt st : module.body()) {
            for (String name : ScopeAnalysis.boundNames(List.of(st))) {
                out.putIfAbsent(name, st.pos());
            }
        }
        return out;
    }

    private static String annotation(java.util.Collection<PyType> types,
                                     java.util.function.Function<PyType.FunctionRef, String> callables) {
        return types.isEmpty() ? "Never" : TypeNaming.full(types, callables);
    }

    /**
     * Names a user function held as a value by what calling it does, {@code Callable[[int], int]}
     * (one per distinct signature of its specializations), rather than by its name, which says
     * nothing about the parameter's type ({@code def <lambda>}).
     */
    private static java.util.function.Function<PyType.FunctionRef, String> callableNames(TypedProgram p) {
        Map<FunctionInfo, List<String>> signatures = new java.util.HashMap<>();
        for (Specialization s : p.specializations()) {
            FunctionInfo fn = s.function();
            if (fn.isModule()) {
                continue;
            }
            List<String> params = new ArrayList<>();
            for (int i = 0; i < fn.params().size(); i++) {
                params.add(TypeNaming.full(s.argTypes().get(i)));
            }
            String ret = s.returnVar().types().isEmpty() ? "NoReturn" : TypeNaming.full(s.returnVar().types());
            String signature = "Callable[[" + String.join(", ", params) + "], " + ret + "]";
            List<String> known = signatures.computeIfAbsent(fn, k -> new ArrayList<>());
            if (!known.contains(signature)) {
                known.add(signature);
            }
        }
        return f -> {
            List<String> known = signatures.get(f.function());
            return known == null ? "Callable[..., object]" : String.join(" | ", known);
        };
    }

    /** Values that are definitions, not data: functions, classes, modules. */
    private static boolean isDefinition(TypeVar v) {
        return !v.types().isEmpty() && v.types().stream().allMatch(t -> t instanceof PyType.FunctionRef
                || t instanceof PyType.ClassRef || t instanceof PyType.ModuleRef || t instanceof PyType.BuiltinRef);
    }

    static Report report(TypedProgram p) {
        SourceFile file = p.file();
        java.util.function.Function<PyType.FunctionRef, String> callables = callableNames(p);
        List<String> files = new ArrayList<>();
        List<Var> globals = new ArrayList<>();
        Map<String, String> globalModules = new java.util.LinkedHashMap<>();
        Map<String, Pos> bindings = firstBindings(p.module());
        for (Map.Entry<String, TypeVar> g : p.globals().entrySet()) {
            if (isDefinition(g.getValue())) {
                continue;
            }
            Pos bound = bindings.getOrDefault(g.getKey(), Pos.NONE);
            Var v = var(file, g.getKey(), g.getValue(), bound, callables);
            if (bound != Pos.NONE) {
                Location at = Location.of(file, bound);
                v = new Var(v.name(), v.type(), at.file().displayName(), at.line(), bound.line());
            }
            globals.add(v);
            globalModules.put(g.getKey(), moduleOf(g.getKey()));
        }
        globals.sort(Comparator.comparingInt(Var::order).thenComparing(Var::name));
        List<ClassEntry> classes = new ArrayList<>();
        for (ClassInfo c : p.classes()) {
            Location at = Location.of(file, c.pos());
            List<Var> classAttributes = new ArrayList<>();
            Map<String, Pos> classStores = firstStores(c.def().body());
            c.ownClassAttributes().forEach((name, v) -> classAttributes.add(placed(file, var(file, name, v, c.def().pos(), callables),
                    classStores, name)));
            Map<String, Pos> selfStores = new java.util.HashMap<>();
            for (krait.syntax.Stmt st : c.def().body()) {
                if (st instanceof krait.syntax.Stmt.FunctionDef m && !m.args().args().isEmpty()) {
                    String self = m.args().args().get(0).arg();
                    firstStores(m.body()).forEach((k, pos) -> {
                        if (k.startsWith(self + ".")) {
                            selfStores.merge(k.substring(self.length() + 1), pos, TypeReport::earlier);
                        }
                    });
                }
            }
            List<Var> attributes = new ArrayList<>();
            c.ownAttributes().forEach((name, v) -> attributes.add(placed(file, var(file, "self." + name, v, c.def().pos(), callables),
                    selfStores, name)));
            attributes.sort(Comparator.comparingInt(Var::order));
            classes.add(new ClassEntry(c.displayName(), moduleOf(c.name()), at.file().displayName(), at.line(),
                    c.bases().stream().map(ClassInfo::name).toList(), classAttributes, attributes, c.pos().line()));
        }
        List<FunctionEntry> functions = new ArrayList<>();
        for (Specialization s : p.specializations()) {
            FunctionInfo fn = s.function();
            if (fn.isModule()) {
                continue;
            }
            List<Param> params = new ArrayList<>();
            for (int i = 0; i < fn.params().size(); i++) {
                params.add(new Param(fn.params().get(i), TypeNaming.full(s.argTypes().get(i), callables)));
            }
            String ret = s.returnVar().types().isEmpty() ? "NoReturn" : TypeNaming.full(s.returnVar().types(), callables);
            List<Var> locals = new ArrayList<>();
            Map<String, Pos> stores = firstStores(fn.def().body());
            for (Map.Entry<String, TypeVar> local : s.locals().entrySet()) {
                if (!fn.params().contains(local.getKey()) && !isDefinition(local.getValue())) {
                    locals.add(placed(file, var(file, local.getKey(), local.getValue(), fn.def().pos(), callables), stores,
                            local.getKey()));
                }
            }
            locals.sort(Comparator.comparingInt(Var::order));
            Location at = Location.of(file, fn.pos());
            String name = fn.qualifiedName();
            String module = moduleOf(fn.ownerClass() != null ? fn.ownerClass().name() : name);
            functions.add(new FunctionEntry(name, module, at.file().displayName(), at.line(), params, ret, locals,
                    fn.pos().line()));
        }
        // by place in the source; specializations of one function in the order the analysis made them
        functions.sort(Comparator.comparingInt(FunctionEntry::order));
        classes.sort(Comparator.comparingInt(ClassEntry::order));
        java.util.TreeMap<Integer, String> byModule = new java.util.TreeMap<>();
        byModule.put(0, file.displayName());
        globals.forEach(v -> byModule.putIfAbsent(v.order() / SourceFile.MODULE_LINES, v.file()));
        classes.forEach(c -> byModule.putIfAbsent(c.order() / SourceFile.MODULE_LINES, c.file()));
        functions.forEach(f -> byModule.putIfAbsent(f.order() / SourceFile.MODULE_LINES, f.file()));
        files.addAll(new java.util.LinkedHashSet<>(byModule.values()));
        return new Report(files, globals, globalModules, classes, functions);
    }

    /** The report as text: a section per file, each line starting with file:line. */
    public static String render(TypedProgram p) {
        Report r = report(p);
        StringBuilder out = new StringBuilder();
        for (String f : r.files()) {
            if (out.length() > 0) {
                out.append('\n');
            }
            out.append("# ").append(f).append('\n');
            for (Var v : r.globals()) {
                if (v.file().equals(f)) {
                    out.append(v.file()).append(':').append(v.line()).append(": ").append(v.name()).append(": ")
                            .append(v.type()).append('\n');
                }
            }
            for (ClassEntry c : r.classes()) {
                if (!c.file().equals(f)) {
                    continue;
                }
                out.append(c.file()).append(':').append(c.line()).append(": class ").append(c.name());
                if (!c.bases().isEmpty()) {
                    out.append('(').append(String.join(", ", c.bases())).append(')');
                }
                out.append('\n');
                for (Var v : c.classAttributes()) {
                    member(out, v);
                }
                for (Var v : c.attributes()) {
                    member(out, v);
                }
            }
            for (FunctionEntry fn : r.functions()) {
                if (!fn.file().equals(f)) {
                    continue;
                }
                List<String> params = fn.params().stream().map(pa -> pa.name() + ": " + pa.type()).toList();
                out.append(fn.file()).append(':').append(fn.line()).append(": def ").append(fn.name()).append('(')
                        .append(String.join(", ", params)).append(") -> ").append(fn.returns()).append('\n');
                for (Var v : fn.locals()) {
                    member(out, v);
                }
            }
        }
        return out.toString();
    }

    private static void member(StringBuilder out, Var v) {
        out.append(v.file()).append(':').append(v.line()).append(":     ").append(v.name()).append(": ").append(v.type())
                .append('\n');
    }

    /** The report as one JSON document (docs/types-json.md). */
    public static String json(TypedProgram p) {
        Report r = report(p);
        Json j = new Json();
        j.open('{');
        j.key("version").value(1);
        j.key("main").value(p.file().displayName());
        j.key("files").open('[');
        r.files().forEach(f -> j.value(f));
        j.close(']');
        j.key("variables").open('[');
        for (Var v : r.globals()) {
            j.open('{');
            j.key("module").value(r.globalModules().get(v.name()));
            varFields(j, v);
            j.close('}');
        }
        j.close(']');
        j.key("classes").open('[');
        for (ClassEntry c : r.classes()) {
            j.open('{');
            j.key("name").value(c.name()).key("module").value(c.module()).key("file").value(c.file()).key("line").value(c.line());
            j.key("bases").open('[');
            c.bases().forEach(b -> j.value(b));
            j.close(']');
            j.key("classAttributes");
            vars(j, c.classAttributes());
            j.key("attributes");
            vars(j, c.attributes());
            j.close('}');
        }
        j.close(']');
        j.key("functions").open('[');
        for (FunctionEntry fn : r.functions()) {
            j.open('{');
            j.key("name").value(fn.name()).key("module").value(fn.module()).key("file").value(fn.file()).key("line").value(fn.line());
            j.key("params").open('[');
            for (Param pa : fn.params()) {
                j.open('{').key("name").value(pa.name()).key("type").value(pa.type()).close('}');
            }
            j.close(']');
            j.key("returns").value(fn.returns());
            j.key("locals");
            vars(j, fn.locals());
            j.close('}');
        }
        j.close(']');
        j.close('}');
        return j.text() + "\n";
    }

    private static void vars(Json j, List<Var> vars) {
        j.open('[');
        for (Var v : vars) {
            j.open('{');
            varFields(j, v);
            j.close('}');
        }
        j.close(']');
    }

    private static void varFields(Json j, Var v) {
        j.key("name").value(v.name()).key("type").value(v.type()).key("file").value(v.file()).key("line").value(v.line());
    }

    /** A small JSON writer: objects and arrays, string and int values, two-space indentation. */
    private static final class Json {
        private final StringBuilder out = new StringBuilder();
        private int depth;
        private boolean first = true;
        private boolean afterKey;

        private void separate() {
            if (afterKey) {
                afterKey = false;
                return;
            }
            if (!first) {
                out.append(',');
            }
            if (depth > 0) {
                out.append('\n').append("  ".repeat(depth));
            }
            first = false;
        }

        Json open(char bracket) {
            separate();
            out.append(bracket);
            depth++;
            first = true;
            return this;
        }

        Json close(char bracket) {
            depth--;
            if (!first) {
                out.append('\n').append("  ".repeat(depth));
            }
            out.append(bracket);
            first = false;
            return this;
        }

        Json key(String k) {
            separate();
            string(k);
            out.append(": ");
            afterKey = true;
            return this;
        }

        Json value(String s) {
            separate();
            string(s);
            return this;
        }

        Json value(int n) {
            separate();
            out.append(n);
            return this;
        }

        private void string(String s) {
            out.append('"');
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '"' || c == '\\') {
                    out.append('\\').append(c);
                } else if (c < 0x20) {
                    out.append(String.format("\\u%04x", (int) c));
                } else {
                    out.append(c);
                }
            }
            out.append('"');
        }

        String text() {
            return out.toString();
        }
    }
}
