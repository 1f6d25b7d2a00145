package krait.types;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code krait types}: the inferred types in Python's annotation syntax, with file:line. */
public final class TypeReport {
    private TypeReport() {
    }

    public static String render(TypedProgram p) {
        StringBuilder out = new StringBuilder();
        String file = p.file().displayName();
        out.append("# module ").append(file).append('\n');
        for (String name : p.globals().keySet().stream().sorted().toList()) {
            TypeVar v = p.globals().get(name);
            if (v.types().stream().anyMatch(t -> t instanceof PyType.FunctionRef)) {
                continue;
            }
            out.append(name).append(": ").append(TypeNaming.full(v.types())).append('\n');
        }
        for (ClassInfo c : p.classes()) {
            out.append('\n').append(file).append(':').append(c.pos().line()).append(": class ").append(c.name());
            if (!c.bases().isEmpty()) {
                out.append('(').append(String.join(", ", c.bases().stream().map(ClassInfo::name).toList())).append(')');
            }
            out.append('\n');
            for (Map.Entry<String, TypeVar> a : c.ownClassAttributes().entrySet()) {
                out.append("    ").append(a.getKey()).append(": ").append(TypeNaming.full(a.getValue().types())).append('\n');
            }
            for (Map.Entry<String, TypeVar> a : c.ownAttributes().entrySet()) {
                out.append("    self.").append(a.getKey()).append(": ").append(TypeNaming.full(a.getValue().types())).append('\n');
            }
        }
        for (Specialization s : p.specializations()) {
            FunctionInfo fn = s.function();
            if (fn.isModule()) {
                continue;
            }
            List<String> params = new ArrayList<>();
            for (int i = 0; i < fn.params().size(); i++) {
                params.add(fn.params().get(i) + ": " + TypeNaming.full(s.argTypes().get(i)));
            }
            String ret = s.returnVar().types().isEmpty() ? "NoReturn" : TypeNaming.full(s.returnVar().types());
            out.append('\n').append(file).append(':').append(fn.pos().line()).append(": def ").append(fn.qualifiedName())
                    .append('(').append(String.join(", ", params)).append(") -> ").append(ret).append('\n');
            for (Map.Entry<String, TypeVar> local : s.locals().entrySet()) {
                if (!fn.params().contains(local.getKey())) {
                    out.append("    ").append(local.getKey()).append(": ")
                            .append(TypeNaming.full(local.getValue().types())).append('\n');
                }
            }
        }
        return out.toString();
    }
}
