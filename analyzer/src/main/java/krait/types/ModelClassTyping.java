package krait.types;

import java.util.List;
import krait.diag.MessageId;
import krait.syntax.Pos;

/**
 * Special methods of model class instances as the constructs see them ({@code d[k]},
 * {@code for x in d}, {@code x in d}): the model's {@code __getitem__}, {@code __iter__}... give the
 * types, read through the instance's slots the way a call's type parameters are.
 */
final class ModelClassTyping {
    private ModelClassTyping() {
    }

    /** The first overload of special method {@code name} for {@code inst}, and the class declaring it; null if none. */
    static Found special(InferenceContext cx, PyType.ModelInstance inst, String name) {
        ModelClass owner = cx.models.methodOwner(inst.cls(), name);
        if (owner == null) {
            return null;
        }
        return new Found(owner, owner.methods().get(name).overloads().get(0), inst);
    }

    /** One special method's result for one instance site: the variable {@link Found#resultVar} made. */
    record ResultKey(AllocSite site, ModelClass owner, String method) {}

    record Found(ModelClass owner, ModelSignature sig, PyType.ModelInstance inst) {
        /** The slot variable type parameter {@code param} of the declaring class stands for. */
        TypeVar slot(String param) {
            int i = owner.slotOf(param);
            return i == 0 ? inst.site().elements() : i == 1 ? inst.site().values() : null;
        }

        /** What the method returns (the element of an {@code Iterator[T]}) flows into {@code into}. */
        void result(InferenceContext cx, ConstraintSolver solver, TypeVar into, Pos pos) {
            TypeVar v = resultVar(cx, solver, pos);
            if (v != null) {
                solver.addFlow(v, into);
            }
        }

        /**
         * The variable holding what the method returns (the element of an {@code Iterator[T]}):
         * a slot itself for a bare type parameter, else one variable per instance's site, made
         * once, since constraints rerun (a dict items view yields {@code tuple[K, V]} from both slots).
         */
        TypeVar resultVar(InferenceContext cx, ConstraintSolver solver, Pos pos) {
            TypePattern p = sig.returns();
            if (p instanceof TypePattern.IterableOf it) {
                p = it.element();
            } else if (p instanceof TypePattern.IteratorOf it) {
                p = it.element();
            }
            if (p instanceof TypePattern.Param tp && slot(tp.name()) != null) {
                return slot(tp.name());
            }
            var key = new ResultKey(inst.site(), owner, sig.name());
            TypeVar cached = cx.modelResults.get(key);
            if (cached == null) {
                cached = build(cx, solver, p, pos);
                if (cached == null) {
                    cx.error(pos, MessageId.MODEL_ERROR, "unsupported type of special method " + sig.name()
                            + " of model class " + owner.name());
                    cached = solver.newVar("result", pos);
                }
                cx.modelResults.put(key, cached);
            }
            return cached;
        }

        /** A variable for pattern {@code p} over the instance's slots; null for a pattern not supported here. */
        private TypeVar build(InferenceContext cx, ConstraintSolver solver, TypePattern p, Pos pos) {
            if (p instanceof TypePattern.Param tp) {
                return slot(tp.name());
            }
            if (p instanceof TypePattern.Concrete c) {
                TypeVar v = solver.newVar("result of " + sig.name(), pos);
                solver.addType(v, c.type(), pos);
                return v;
            }
            if (p instanceof TypePattern.TupleOf t) {
                List<TypeVar> elements = new java.util.ArrayList<>();
                for (TypePattern e : t.elements()) {
                    TypeVar ev = build(cx, solver, e, pos);
                    if (ev == null) {
                        return null;
                    }
                    elements.add(ev);
                }
                TypeVar v = solver.newVar("result of " + sig.name(), pos);
                solver.subscribe(new TupleConstraint(cx, pos, elements, v), elements.toArray(new TypeVar[0]));
                return v;
            }
            return null;
        }

        /** Argument {@code index} flows into the slot its parameter names; false if its type doesn't fit. */
        boolean argument(ConstraintSolver solver, int index, TypeVar value) {
            List<ModelParam> ps = sig.positional();
            if (index >= ps.size()) {
                return false;
            }
            TypePattern p = ps.get(index).type();
            if (p instanceof TypePattern.Param tp && slot(tp.name()) != null) {
                solver.addFlow(value, slot(tp.name()));
                return true;
            }
            for (PyType t : value.types()) {
                if (!p.accepts(t, false)) {
                    return false;
                }
            }
            return true;
        }
    }
}
