package krait.types;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import krait.syntax.Expr;
import krait.syntax.Pos;
import krait.syntax.Stmt;

/**
 * A function of the program (or the module body, which is analysed as a function without
 * parameters): its definition and its scope. Specializations are made from it per argument types.
 */
public final class FunctionInfo {
    private final String name;
    private final /* nullable */ Stmt.FunctionDef def;
    private final List<Stmt> body;
    private final List<String> params;
    private final Set<String> locals;
    private final Set<String> declaredGlobal;
    private final /* nullable */ ClassInfo ownerClass;

    private FunctionInfo(String name, Stmt.FunctionDef def, List<Stmt> body, List<String> params, Set<String> locals,
                         Set<String> declaredGlobal, ClassInfo ownerClass) {
        this.name = name;
        this.def = def;
        this.body = body;
        this.params = params;
        this.locals = locals;
        this.declaredGlobal = declaredGlobal;
        this.ownerClass = ownerClass;
    }

    public static FunctionInfo ofModule(List<Stmt> body) {
        return new FunctionInfo("<module>", null, body, List.of(), Set.of(), Set.of(), null);
    }

    public static FunctionInfo of(Stmt.FunctionDef def) {
        return of(def, null);
    }

    static FunctionInfo ofMethod(Stmt.FunctionDef def, ClassInfo owner) {
        return of(def, owner);
    }

    private static FunctionInfo of(Stmt.FunctionDef def, ClassInfo owner) {
        List<String> params = ScopeAnalysis.parameterNames(def.args());
        Set<String> declaredGlobal = ScopeAnalysis.globalDeclarations(def.body());
        Set<String> locals = new LinkedHashSet<>(params);
        locals.addAll(ScopeAnalysis.boundNames(def.body()));
        locals.removeAll(declaredGlobal);
        return new FunctionInfo(def.name(), def, def.body(), params, locals, declaredGlobal, owner);
    }

    /** How a method is bound: through an instance, its class, or not at all. */
    public enum Kind { FUNCTION, METHOD, STATIC_METHOD, CLASS_METHOD, PROPERTY, PROPERTY_SETTER }

    public Kind kind() {
        if (ownerClass == null) {
            return Kind.FUNCTION;
        }
        for (Expr d : def.decoratorList()) {
            if (d instanceof Expr.Name n) {
                switch (n.id()) {
                    case "staticmethod": return Kind.STATIC_METHOD;
                    case "classmethod": return Kind.CLASS_METHOD;
                    case "property": return Kind.PROPERTY;
                    default: break;
                }
            } else if (d instanceof Expr.Attribute a && a.attr().equals("setter")) {
                return Kind.PROPERTY_SETTER;
            }
        }
        return Kind.METHOD;
    }

    /** The class this function is a method of, or null. */
    public ClassInfo ownerClass() {
        return ownerClass;
    }

    /** The name as users know it: {@code Vector.__add__} for methods. */
    public String qualifiedName() {
        return ownerClass == null ? name : ownerClass.name() + "." + name;
    }

    public String name() {
        return name;
    }

    public boolean isModule() {
        return def == null;
    }

    /** The definition, or null for the module body. */
    public Stmt.FunctionDef def() {
        return def;
    }

    public List<Stmt> body() {
        return body;
    }

    public List<String> params() {
        return params;
    }

    /** Default value expressions aligned to the last parameters, as in Python. */
    public List<Expr> defaults() {
        return def == null ? List.of() : def.args().defaults();
    }

    public boolean isLocal(String name) {
        return locals.contains(name);
    }

    public Set<String> locals() {
        return locals;
    }

    public Set<String> declaredGlobal() {
        return declaredGlobal;
    }

    public Pos pos() {
        return def == null ? Pos.NONE : def.pos();
    }

    @Override
    public String toString() {
        return name;
    }
}
