package krait.types;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import krait.diag.MessageId;
import krait.syntax.Node;
import krait.syntax.Pos;

/**
 * Turns a model's return type ({@code list[tuple[K, V]]}) into a type variable for one call:
 * type parameters are the variables bound from the arguments, each container the call makes is an
 * allocation site of the call node (told apart by its place in the pattern), and tuples follow
 * their element variables.
 */
final class ModelInstantiation {
    private final InferenceContext cx;
    private final ConstraintSolver solver;
    private final Node node;
    private final Specialization spec;
    private final Map<String, TypeVar> vars;
    private final Pos pos;

    ModelInstantiation(InferenceContext cx, ConstraintSolver solver, Node node, Specialization spec,
                       Map<String, TypeVar> vars, Pos pos) {
        this.cx = cx;
        this.solver = solver;
        this.node = node;
        this.spec = spec;
        this.vars = vars;
        this.pos = pos;
    }

    /** A variable holding the types {@code p} stands for; cached under {@code path} so reruns reuse it. */
    TypeVar instantiate(TypePattern p, String path) {
        String cacheKey = "#" + path;
        TypeVar cached = vars.get(cacheKey);
        if (cached != null && !(p instanceof TypePattern.Param)) {
            return cached;
        }
        TypeVar v;
        if (p instanceof TypePattern.Param param) {
            return vars.computeIfAbsent(param.name(), n -> solver.newVar("type parameter " + n, pos));
        } else if (p instanceof TypePattern.Concrete c) {
            v = solver.newVar("result", pos);
            if (c.type() instanceof PyType.NumberType) {
                // not a type of the flow: the int and the float it may be
                solver.addType(v, PyType.INT, pos);
                solver.addType(v, PyType.FLOAT, pos);
            } else {
                solver.addType(v, c.type(), pos);
            }
        } else if (p instanceof TypePattern.OrNone o) {
            v = solver.newVar("result", pos);
            solver.addFlow(instantiate(o.inner(), path + "?"), v);
            solver.addType(v, PyType.NONE, pos);
        } else if (p instanceof TypePattern.ListOf l) {
            AllocSite site = site(path, "list");
            solver.addFlow(instantiate(l.element(), path + "[]"), site.elements());
            v = solver.newVar("result", pos);
            solver.addType(v, new PyType.ListType(site), pos);
        } else if (p instanceof TypePattern.SetOf s) {
            AllocSite site = site(path, "set");
            solver.addFlow(instantiate(s.element(), path + "[]"), site.elements());
            v = solver.newVar("result", pos);
            solver.addType(v, new PyType.SetType(site), pos);
        } else if (p instanceof TypePattern.DictOf d) {
            AllocSite site = site(path, "dict");
            solver.addFlow(instantiate(d.key(), path + "[k]"), site.elements());
            solver.addFlow(instantiate(d.value(), path + "[v]"), site.values());
            v = solver.newVar("result", pos);
            solver.addType(v, new PyType.DictType(site), pos);
        } else if (p instanceof TypePattern.ModelObject m) {
            ModelClass cls = cx.models.modelClass(m.module(), m.name());
            AllocSite site = site(path, m.name());
            List<TypeVar> slots = List.of(site.elements(), site.values());
            for (int i = 0; i < m.args().size() && i < slots.size(); i++) {
                solver.addFlow(instantiate(m.args().get(i), path + "[" + i + "]"), slots.get(i));
            }
            // a base's fixed parameters: a Counter's values are ints
            for (int i = 0; i < cls.baseArgs().size() && i < slots.size(); i++) {
                if (cls.baseArgs().get(i) instanceof TypePattern.Concrete c) {
                    solver.addType(slots.get(i), c.type(), pos);
                }
            }
            v = solver.newVar("result", pos);
            solver.addType(v, new PyType.ModelInstance(cls, site), pos);
        } else if (p instanceof TypePattern.IteratorOf it) {
            AllocSite site = site(path, "iterator");
            solver.addFlow(instantiate(it.element(), path + "[]"), site.elements());
            v = solver.newVar("result", pos);
            solver.addType(v, new PyType.IteratorType(site), pos);
        } else if (p instanceof TypePattern.TupleOfAny t) {
            AllocSite site = site(path, "tuple");
            solver.addFlow(instantiate(t.element(), path + "[]"), site.elements());
            v = solver.newVar("result", pos);
            solver.addType(v, new PyType.VarTupleType(site), pos);
        } else if (p instanceof TypePattern.TupleOf t) {
            List<TypeVar> elements = new ArrayList<>();
            for (int i = 0; i < t.elements().size(); i++) {
                elements.add(instantiate(t.elements().get(i), path + "." + i));
            }
            v = solver.newVar("result", pos);
            solver.subscribe(new TupleConstraint(cx, pos, elements, v), elements.toArray(new TypeVar[0]));
        } else {
            cx.error(pos, MessageId.MODEL_ERROR, "a model function cannot return 'object'");
            v = solver.newVar("result", pos);
        }
        vars.put(cacheKey, v);
        return v;
    }

    private AllocSite site(String path, String what) {
        AllocSite site = cx.siteFor(node, path, pos, what, spec);
        if (path.equals("return")) {
            spec.sites.put(node, site);
        }
        return site;
    }
}
