package krait.desugar;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import krait.syntax.Alias;
import krait.syntax.Expr;
import krait.syntax.Mod;
import krait.syntax.Stmt;

/**
 * The names a module's top-level imports bind for one library module that a pass implements,
 * with those imports taken out of the module (an import left with nothing to bind goes away; names
 * the pass doesn't handle stay for the ordinary module machinery).
 */
final class Imports {
    /** Local name → the library's name, for {@code from M import x [as y]}. */
    final Map<String, String> names = new LinkedHashMap<>();
    /** Local names of the module itself, for {@code import M [as m]}. */
    final List<String> moduleAliases = new ArrayList<>();
    final Mod.Module module;

    private Imports(Mod.Module module) {
        this.module = module;
    }

    /**
     * Takes the imports of {@code moduleName} out of {@code module}; {@code handled} are the names
     * the pass implements (null: all of them, and {@code import M} too, as the module has no model).
     */
    static Imports take(Mod.Module module, String moduleName, Set<String> handled) {
        List<Stmt> body = new ArrayList<>();
        Imports found = new Imports(null);
        for (Stmt s : module.body()) {
            if (s instanceof Stmt.ImportFrom f && moduleName.equals(f.module()) && (f.level() == null || f.level() == 0)) {
                List<Alias> kept = new ArrayList<>();
                for (Alias a : f.names()) {
                    if (handled == null || handled.contains(a.name())) {
                        found.names.put(a.asname() != null ? a.asname() : a.name(), a.name());
                    } else {
                        kept.add(a);
                    }
                }
                if (!kept.isEmpty()) {
                    body.add(new Stmt.ImportFrom(f.pos(), f.module(), List.copyOf(kept), f.level()));
                }
            } else if (s instanceof Stmt.Import imp) {
                List<Alias> kept = new ArrayList<>();
                for (Alias a : imp.names()) {
                    if (a.name().equals(moduleName)) {
                        found.moduleAliases.add(a.asname() != null ? a.asname() : a.name());
                        if (handled != null) {
                            kept.add(a);
                        }
                    } else {
                        kept.add(a);
                    }
                }
                if (!kept.isEmpty()) {
                    body.add(kept.size() == imp.names().size() ? imp : new Stmt.Import(imp.pos(), List.copyOf(kept)));
                }
            } else {
                body.add(s);
            }
        }
        Imports result = new Imports(new Mod.Module(List.copyOf(body), module.typeIgnores()));
        result.names.putAll(found.names);
        result.moduleAliases.addAll(found.moduleAliases);
        return result;
    }

    /** The library name {@code e} refers to ({@code x} or {@code M.x}), or null. */
    String nameOf(Expr e) {
        if (e instanceof Expr.Name n) {
            return names.get(n.id());
        }
        if (e instanceof Expr.Attribute a && a.value() instanceof Expr.Name m && moduleAliases.contains(m.id())) {
            return a.attr();
        }
        return null;
    }

    boolean any() {
        return !names.isEmpty() || !moduleAliases.isEmpty();
    }
}
