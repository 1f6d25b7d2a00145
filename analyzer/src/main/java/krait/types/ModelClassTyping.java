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

    record Found(ModelClass owner, ModelSignature sig, PyType.ModelInstance inst) {
        /** The slot variable type parameter {@code param} of the declaring class stands for. */
        TypeVar slot(String param) {
            int i = owner.slotOf(param);
            return i == 0 ? inst.site().elements() : i == 1 ? inst.site().values() : null;
        }

        /** What the method returns (the element of an {@code Iterator[T]}) flows into {@code into}. */
        void result(InferenceContext cx, ConstraintSolver solver, TypeVar into, Pos pos) {
            TypePattern p = sig.returns();
            if (p instanceof TypePattern.IterableOf it) {
                p = it.element();
            } else if (p instanceof TypePattern.IteratorOf it) {
                p = it.element();
            }
            flowOut(cx, solver, p, into, pos);
        }

        private void flowOut(InferenceContext cx, ConstraintSolver solver, TypePattern p, TypeVar into, Pos pos) {
            if (p instanceof TypePattern.Param tp && slot(tp.name()) != null) {
                solver.addFlow(slot(tp.name()), into);
            } else if (p instanceof TypePattern.Concrete c) {
                solver.addType(into, c.type(), pos);
            } else {
                cx.error(pos, MessageId.MODEL_ERROR, "unsupported type of special method " + sig.name()
                        + " of model class " + owner.name());
            }
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
