package krait.types;

import java.util.LinkedHashMap;
import java.util.List;
import krait.diag.MessageId;
import krait.syntax.WithItem;

/**
 * {@code with manager as x}: {@code x} is what {@code manager.__enter__()} returns;
 * {@code __exit__} runs when the block ends, with the exception's class and the exception if it
 * raised one (None otherwise). Both calls are recorded under the
 * item's expression ({@code __enter__}) and the item itself ({@code __exit__}). A model class
 * (io.TextIOWrapper) declares both in its model file; its {@code __enter__} returns the object.
 */
record WithConstraint(InferenceContext cx, Specialization spec, WithItem item, TypeVar manager, TypeVar entered)
        implements Constraint {
    @Override
    public void propagate(ConstraintSolver solver) {
        for (PyType t : List.copyOf(manager.types())) {
            if (t instanceof PyType.ModelInstance m && m.cls().methods().containsKey("__enter__")
                    && m.cls().methods().containsKey("__exit__")) {
                // a library class's __enter__ returns the object itself (files, StringIO); the
                // lowering calls the model's C++ members
                solver.addType(entered, t, item.contextExpr().pos());
                continue;
            }
            if (!(t instanceof PyType.InstanceType i)) {
                cx.error(item.contextExpr().pos(), MessageId.UNSUPPORTED_CONSTRUCT, "'with' on a " + TypeNaming.name(t));
                continue;
            }
            FunctionInfo enter = i.cls().lookupMethod("__enter__");
            FunctionInfo exit = i.cls().lookupMethod("__exit__");
            if (enter == null || exit == null) {
                cx.error(item.contextExpr().pos(), MessageId.NO_ATTRIBUTE, "'" + i.cls().name() + "' object",
                        enter == null ? "__enter__" : "__exit__");
                continue;
            }
            if (exit.positionalCount() != 4 || exit.varargIndex() >= 0) {
                cx.error(item.contextExpr().pos(), MessageId.UNSUPPORTED_CONSTRUCT,
                        "an __exit__ without exactly the parameters (self, exc_type, exc, tb)");
                continue;
            }
            Specialization e = cx.specialize(enter, List.of(t), item.contextExpr().pos());
            // __exit__(exc_type, exc, tb): the class and the exception when the block raised, else None
            PyType exception = new PyType.InstanceType(cx.builtinClasses.get("BaseException"));
            Specialization x = cx.specialize(exit, List.of(t, PyType.EXCEPTION_CLASS, exception, PyType.NONE),
                    item.contextExpr().pos());
            if (x != null) {
                for (int k = 1; k <= 2; k++) {
                    TypeVar param = x.locals.get(exit.params().get(k));
                    if (param != null) {
                        solver.addType(param, PyType.NONE, item.contextExpr().pos());
                    }
                }
            }
            if (e != null) {
                solver.addFlow(e.returnVar(), entered);
                spec.calls.computeIfAbsent(item.contextExpr(), n -> new LinkedHashMap<>()).put(List.of(t), new CallTarget.User(e));
                cx.callGraph.addEdge(spec, e);
            }
            if (x != null) {
                spec.calls.computeIfAbsent(item, n -> new LinkedHashMap<>()).put(List.of(t), new CallTarget.User(x));
                cx.callGraph.addEdge(spec, x);
            }
        }
    }
}
