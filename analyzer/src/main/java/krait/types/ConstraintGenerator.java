package krait.types;

import java.math.BigInteger;
import java.util.List;
import krait.diag.MessageId;
import krait.syntax.BoolOperator;
import krait.syntax.ConstValue;
import krait.syntax.Expr;
import krait.syntax.Keyword;
import krait.syntax.Node;
import krait.syntax.Pos;
import krait.syntax.Stmt;

/**
 * Walks the body of one specialization and turns each statement and expression into type
 * variables, flow edges and constraints. Flow-insensitive: a variable's type is everything ever
 * assigned to it.
 */
final class ConstraintGenerator {
    private static final BigInteger MIN_I64 = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger MAX_I64 = BigInteger.valueOf(Long.MAX_VALUE);

    private final InferenceContext cx;
    private final Specialization spec;
    private final FunctionInfo fn;
    private final ConstraintSolver solver;
    /** Variables of the comprehensions being analysed, innermost last (each has its own scope in Python 3). */
    private final java.util.ArrayDeque<java.util.Map<String, TypeVar>> comprehensionScopes = new java.util.ArrayDeque<>();
    /** The exceptions of the except clauses around the statement being analysed (innermost last). */
    private final java.util.ArrayDeque<TypeVar> handled = new java.util.ArrayDeque<>();

    ConstraintGenerator(InferenceContext cx, Specialization spec) {
        this.cx = cx;
        this.spec = spec;
        this.fn = spec.function();
        this.solver = cx.solver;
    }

    /** Where parameter {@code name} is declared in the def (the def itself when it is not found). */
    private Pos parameterPos(String name) {
        if (fn.def() != null) {
            for (krait.syntax.Arg arg : fn.def().args().inOrder()) {
                if (arg.arg().equals(name) && arg.pos() != Pos.NONE) {
                    return arg.pos();
                }
            }
        }
        return fn.pos();
    }

    void generate() {
        List<String> params = fn.params();
        Pos call = spec.firstCall;
        boolean fromCall = call != null && call != Pos.NONE && !fn.isModule();
        for (int i = 0; i < params.size(); i++) {
            Pos origin = fn.pos();
            if (fromCall) {
                // a fresh object, so that diagnostics can tell this origin from the call's others;
                // an error about the parameter is reported at it
                origin = new Pos(call.line(), call.col(), call.endLine(), call.endCol());
                cx.argumentOrigins.put(origin, new InferenceContext.ArgumentOrigin(call, parameterPos(params.get(i)), false));
            }
            solver.addType(localVar(params.get(i), fn.pos()), spec.argTypes().get(i), origin);
        }
        if (fn.isGenerator()) {
            spec.setYieldVar(solver.newVar("values yielded by " + fn.name() + "()", fn.pos()));
            spec.setSentVar(solver.newVar("values sent to " + fn.name() + "()", fn.pos()));
            solver.addType(spec.sentVar(), PyType.NONE, fn.pos()); // next(g) sends None
            solver.addType(spec.returnVar(), new PyType.GeneratorType(spec), fn.pos());
            spec.setReturnedVar(solver.newVar("values returned by " + fn.name() + "()", fn.pos()));
            if (ControlFlow.canCompleteNormally(fn.body(), spec.decidedTests::get)) {
                solver.addType(spec.returnedVar(), PyType.NONE, fn.pos());
            }
            // StopIteration(v) is an exception made with argument v (its e.args, e.value)
            solver.addFlow(spec.returnedVar(), cx.stopIterationValues());
            TypeVar returned = spec.returnedVar();
            TypeVar arguments = cx.exceptionArgumentTypes();
            solver.subscribe(s -> returned.types().stream().filter(t -> !t.equals(PyType.NONE)).toList()
                    .forEach(t -> s.addType(arguments, t, fn.pos())), returned);
        }
        block(fn.body());
        if (!fn.isModule() && !fn.isGenerator() && ControlFlow.canCompleteNormally(fn.body(), spec.decidedTests::get)) {
            solver.addType(spec.returnVar(), PyType.NONE, fn.pos());
        }
    }

    private void block(List<Stmt> body) {
        for (int i = 0; i < body.size(); i++) {
            Stmt s = body.get(i);
            endNarrowingAt(s, true);
            stmt(s);
            endNarrowingAt(s, false);
            if (s instanceof Stmt.If test && spec.decidedTests.containsKey(test)
                    && !ControlFlow.canCompleteNormally(spec.decidedTests.get(test) ? test.body() : test.orelse(),
                            spec.decidedTests::get)) {
                return; // `if isinstance(other, int): return ...` taken: what follows never runs here
            }
            if (s instanceof Stmt.Assert a && i + 1 < body.size()) {
                // what follows runs only where the assertion held: `assert x is not None`
                java.util.Map<String, List<TypeFilter>> proved = new java.util.LinkedHashMap<>(proofs(a.test(), true));
                if (!proved.isEmpty()) {
                    List<Stmt> rest = body.subList(i + 1, body.size());
                    narrowing(proved, rest, java.util.Map.of(), () -> block(rest));
                    return;
                }
            }
            if (s instanceof Stmt.If test && test.orelse().isEmpty() && i + 1 < body.size()) {
                List<Stmt> rest = body.subList(i + 1, body.size());
                java.util.Map<String, TypeVar> also = new java.util.HashMap<>();
                java.util.Map<String, List<TypeFilter>> proved = new java.util.LinkedHashMap<>();
                boolean leaves = !ControlFlow.canCompleteNormally(test.body());
                for (var proof : proofs(test.test(), false).entrySet()) {
                    String name = proof.getKey();
                    Stmt last = test.body().get(test.body().size() - 1);
                    if (!leaves && proof.getValue().stream().allMatch(f -> f instanceof TypeFilter.NotNone)
                            && last instanceof Stmt.Assign a && a.targets().size() == 1
                            && a.targets().get(0) instanceof Expr.Name n && n.id().equals(name)) {
                        also.put(name, spec.exprTypes.get(a.value())); // if x is None: x = default
                    } else if (!leaves) {
                        continue;
                    }
                    proved.put(name, proof.getValue());
                }
                if (!proved.isEmpty()) {
                    narrowing(proved, rest, also, () -> block(rest));
                    return;
                }
            }
        }
    }

    /** Variables narrowed here (see NarrowConstraint): a read of one of these names is its narrowed variable. */
    private final java.util.Map<String, TypeVar> narrowed = new java.util.HashMap<>();
    /**
     * Narrowed names whose region rebinds them: narrowed from the region's start up to the
     * statement that rebinds them ({@code while cur is not None: path.append(cur); cur = prev[cur]}).
     */
    private final java.util.Set<String> narrowedUntilRebound = new java.util.HashSet<>();
    /** Attributes of variables ({@code "node.left"}) narrowed here: what their reads' types must pass. */
    private final java.util.Map<String, List<TypeFilter>> narrowedAttributes = new java.util.HashMap<>();

    /**
     * Ends the narrowing of names {@code s} rebinds: before a compound statement or one with an
     * assignment expression (reads may follow the rebinding inside it, or run again in a loop),
     * after a simple one (its value is read before its target is bound: {@code cur = prev[cur]}).
     */
    private void endNarrowingAt(Stmt s, boolean before) {
        if (narrowedUntilRebound.isEmpty()) {
            return;
        }
        boolean simple = (s instanceof Stmt.Assign || s instanceof Stmt.AugAssign || s instanceof Stmt.AnnAssign
                || s instanceof Stmt.ExprStmt) && !containsNamedExpr(s);
        if (before == simple) {
            return;
        }
        for (String name : List.copyOf(narrowedUntilRebound)) {
            if (rebinds(List.of(s), name)) {
                narrowed.remove(name);
                narrowedUntilRebound.remove(name);
            }
        }
    }

    private static boolean containsNamedExpr(Stmt s) {
        boolean[] found = {false};
        krait.syntax.Nodes.walk(s, x -> {
            found[0] |= x instanceof Expr.NamedExpr;
            return !found[0];
        });
        return found[0];
    }

    /**
     * What {@code test} proves of variables when its value's truth is {@code truth}: not None
     * ({@code x is not None}, {@code x}, as None is false), an instance or not of some classes
     * ({@code isinstance(x, C)}), through {@code not ...} and the operands of {@code and} (when
     * true) or {@code or} (when false).
     */
    private java.util.Map<String, List<TypeFilter>> proofs(Expr test, boolean truth) {
        java.util.Map<String, List<TypeFilter>> out = new java.util.LinkedHashMap<>();
        proofs(test, truth, out);
        return out;
    }

    private void proofs(Expr test, boolean truth, java.util.Map<String, List<TypeFilter>> out) {
        if (test instanceof Expr.Compare c && c.ops().size() == 1
                && (c.ops().get(0) == krait.syntax.CmpOperator.Is || c.ops().get(0) == krait.syntax.CmpOperator.IsNot)) {
            boolean isNot = c.ops().get(0) == krait.syntax.CmpOperator.IsNot;
            Expr other = isNone(c.comparators().get(0)) ? c.left() : isNone(c.left()) ? c.comparators().get(0) : null;
            if (other instanceof Expr.NamedExpr ne) {
                other = ne.target(); // (t := next_item()) is not None proves it of t
            }
            if (other instanceof Expr.Name n && isNot == truth) {
                prove(out, n.id(), new TypeFilter.NotNone());
            } else if (attributeKey(other) != null && isNot == truth) {
                prove(out, attributeKey(other), new TypeFilter.NotNone());
            }
        } else if (test instanceof Expr.Compare c && typeComparison(c) && !(isTypeCall(c.left()) && isTypeCall(c.comparators().get(0)))) {
            // type(x) is C: x holds exactly a C there (where it is false, anything else, a subclass too)
            Expr call = isTypeCall(c.left()) ? c.left() : c.comparators().get(0);
            Expr x = ((Expr.Call) call).args().get(0);
            String key = x instanceof Expr.Name n ? n.id() : attributeKey(x);
            boolean positive = c.ops().get(0) == krait.syntax.CmpOperator.Is || c.ops().get(0) == krait.syntax.CmpOperator.Eq;
            List<String> classes = isinstanceClassNames(call == c.left() ? c.comparators().get(0) : c.left());
            if (key != null && classes != null) {
                prove(out, key, new TypeFilter.ExactClass(classes, positive == truth));
            }
        } else if (test instanceof Expr.Name n && truth) {
            prove(out, n.id(), new TypeFilter.NotNone());
        } else if (attributeKey(test) != null && truth) {
            prove(out, attributeKey(test), new TypeFilter.NotNone()); // if node.left:
        } else if (test instanceof Expr.NamedExpr ne && ne.target() instanceof Expr.Name n && truth) {
            prove(out, n.id(), new TypeFilter.NotNone()); // while (line := f.readline()):
        } else if (test instanceof Expr.Call call && call.func() instanceof Expr.Name f && f.id().equals("isinstance")
                && !isDefined("isinstance") && call.args().size() == 2 && call.keywords().isEmpty()
                && (call.args().get(0) instanceof Expr.Name
                    || call.args().get(0) instanceof Expr.NamedExpr ne && ne.target() instanceof Expr.Name)) {
            // isinstance(x, C), or isinstance((x := value), C) as a match statement's class pattern tests
            Expr.Name x = call.args().get(0) instanceof Expr.Name nm ? nm
                    : (Expr.Name) ((Expr.NamedExpr) call.args().get(0)).target();
            List<String> classes = isinstanceClassNames(call.args().get(1));
            if (classes != null) {
                prove(out, x.id(), new TypeFilter.Isinstance(classes, truth));
            }
        } else if (test instanceof Expr.Call call && call.func() instanceof Expr.Name f && f.id().equals("isinstance")
                && !isDefined("isinstance") && call.args().size() == 2 && call.keywords().isEmpty()
                && attributeKey(call.args().get(0)) != null) {
            List<String> classes = isinstanceClassNames(call.args().get(1));
            if (classes != null) {
                prove(out, attributeKey(call.args().get(0)), new TypeFilter.Isinstance(classes, truth));
            }
        } else if (test instanceof Expr.UnaryOp u && u.op() == krait.syntax.UnaryOperator.Not) {
            proofs(u.operand(), !truth, out);
        } else if (test instanceof Expr.BoolOp b && (b.op() == BoolOperator.And) == truth) {
            b.values().forEach(v -> proofs(v, truth, out));
        }
    }

    /**
     * The key under which a test's proof about {@code obj.attr} is kept ({@code "obj.attr"}, which no
     * name spells), for an attribute of a variable; null for anything else.
     */
    private static String attributeKey(Expr e) {
        return e instanceof Expr.Attribute a && a.value() instanceof Expr.Name n ? n.id() + "." + a.attr() : null;
    }

    private static void prove(java.util.Map<String, List<TypeFilter>> out, String name, TypeFilter f) {
        List<TypeFilter> fs = new java.util.ArrayList<>(out.getOrDefault(name, List.of()));
        fs.add(f);
        out.put(name, List.copyOf(fs));
    }

    /**
     * The names of the classes {@code isinstance}'s second argument spells, as {@link TypeFilter}
     * and the lowering compare them: a class of the program (imported under another name or not),
     * a builtin, a library module's model class; null when one is something else.
     */
    private List<String> isinstanceClassNames(Expr classes) {
        List<String> out = new java.util.ArrayList<>();
        Expr.Tuple held = classes instanceof Expr.Name n ? classTuple(n.id()) : null;
        if (held != null) {
            classes = held; // SHAPES = (Circle, Square) ... isinstance(s, SHAPES)
        }
        for (Expr e : classes instanceof Expr.Tuple t ? t.elts() : List.of(classes)) {
            if (!(e instanceof Expr.Name n)) {
                return null;
            }
            ClassInfo c = cx.classNamed(n.id());
            if (c != null) {
                out.add(c.name());
            } else if (PyType.isBuiltinClassName(n.id()) && !isDefined(n.id())) {
                out.add(n.id());
            } else if (cx.moduleNames.contains(n.id()) && cx.global(n.id()).single() instanceof PyType.BuiltinRef b) {
                out.add(b.function().name());
            } else {
                return null;
            }
        }
        return out;
    }


    /**
     * The tuple of class names a module variable is bound to when the module binds it once, at its
     * top level, to such a tuple ({@code SHAPES = (Circle, Square)}), and no function declares it
     * global; else null. Its value is then known wherever it is read.
     */
    private Expr.Tuple classTuple(String name) {
        if (!fn.isModule() && fn.isLocal(name) || comprehensionVar(name) != null || !cx.moduleNames.contains(name)
                || cx.declaredGlobal.contains(name)) {
            return null;
        }
        Expr.Tuple found = null;
        for (Stmt s : cx.module.body()) {
            if (s instanceof Stmt.Assign a && a.targets().size() == 1 && a.targets().get(0) instanceof Expr.Name t
                    && t.id().equals(name) && a.value() instanceof Expr.Tuple tu
                    && tu.elts().stream().allMatch(e -> e instanceof Expr.Name en && (cx.classNamed(en.id()) != null
                            || PyType.isBuiltinClassName(en.id()) && !cx.moduleNames.contains(en.id())))) {
                found = tu;
            }
        }
        if (found == null) {
            return null;
        }
        int[] stores = {0};
        for (Stmt s : cx.module.body()) {
            krait.syntax.Nodes.walk(s, x -> {
                if (x instanceof Expr.Name nm && nm.id().equals(name) && nm.ctx() != krait.syntax.ExprContext.Load) {
                    stores[0]++;
                }
                return true;
            });
        }
        return stores[0] == 1 ? found : null;
    }

    private static boolean isNone(Expr e) {
        return e instanceof Expr.Constant c && c.value() instanceof ConstValue.NoneValue;
    }

    /**
     * Runs {@code body} (which analyses {@code region}) with reads of the proved names narrowed:
     * only names that nothing in the region rebinds and that no call can rebind meanwhile (locals,
     * comprehension variables, module variables no function declares global). {@code also} adds
     * the value an assignment in the test's branch stored. A name already narrowed (an isinstance
     * test inside another) is narrowed further.
     */
    private void narrowing(java.util.Map<String, List<TypeFilter>> proved, List<? extends Node> region,
                           java.util.Map<String, TypeVar> also, Runnable body) {
        java.util.Map<String, TypeVar> saved = new java.util.HashMap<>();  // the name's narrowing before (or null)
        java.util.Set<String> untilRebound = new java.util.HashSet<>();
        boolean statements = region.stream().allMatch(n -> n instanceof Stmt);
        java.util.Map<String, List<TypeFilter>> savedAttributes = new java.util.HashMap<>();
        for (var proof : proved.entrySet()) {
            String name = proof.getKey();
            int dot = name.indexOf('.');
            if (dot >= 0) {
                // obj.attr: each read in the region is narrowed by the filters (see AttributeStability)
                String object = name.substring(0, dot);
                if (!savedAttributes.containsKey(name) && narrowable(object) && !rebinds(region, object)
                        && cx.attributeStability.holdsIn(name.substring(dot + 1), region,
                                fn.ownerClass() != null && fn.name().equals("__init__"), this::isDefined)) {
                    List<TypeFilter> outer = narrowedAttributes.get(name);
                    savedAttributes.put(name, outer);
                    List<TypeFilter> filters = new java.util.ArrayList<>(outer == null ? List.of() : outer);
                    filters.addAll(proof.getValue());
                    narrowedAttributes.put(name, List.copyOf(filters));
                }
                continue;
            }
            boolean rebound = rebinds(region, name);
            if (saved.containsKey(name) || !narrowable(name) || rebound && !statements
                    || rebound && narrowed.containsKey(name)) {
                continue;
            }
            if (rebound) {
                untilRebound.add(name); // block() ends it at the rebinding statement
            }
            TypeVar outer = narrowed.get(name);
            TypeVar base = outer != null ? outer : nameVar(name, Pos.NONE);
            // after `if x is None: x = default` x is never None, whatever it holds: None goes
            // (kept beside a reference elsewhere, it would fail `"hello, " + name` at compile time)
            TypeVar v = narrowedVar(base, proof.getValue(), false);
            if (also.get(name) != null) {
                solver.addFlow(also.get(name), v);
            }
            saved.put(name, outer);
            narrowed.put(name, v);
        }
        narrowedUntilRebound.addAll(untilRebound);
        try {
            body.run();
        } finally {
            savedAttributes.forEach((name, outer) -> {
                if (outer == null) {
                    narrowedAttributes.remove(name);
                } else {
                    narrowedAttributes.put(name, outer);
                }
            });
            saved.forEach((name, outer) -> {
                if (outer == null) {
                    narrowed.remove(name);
                } else {
                    narrowed.put(name, outer);
                }
            });
            narrowedUntilRebound.removeAll(untilRebound);
        }
    }

    private TypeVar narrowedVar(TypeVar base) {
        return narrowedVar(base, List.of(new TypeFilter.NotNone()), true);
    }

    private TypeVar narrowedVar(TypeVar base, List<TypeFilter> filters) {
        return narrowedVar(base, filters, true);
    }

    private TypeVar narrowedVar(TypeVar base, List<TypeFilter> filters, boolean keepNoneOfReferences) {
        // a variable that is only ever None leaves its narrowed reads without a type: code that never runs
        TypeVar v = solver.newVar(base.description(), base.pos());
        solver.subscribe(new NarrowConstraint(base, v, filters, keepNoneOfReferences), base);
        return v;
    }

    private boolean narrowable(String name) {
        if (comprehensionVar(name) != null) {
            return true;
        }
        if (fn.isModule()) {
            return cx.moduleNames.contains(name) && !cx.declaredGlobal.contains(name);
        }
        return fn.isLocal(name) && !fn.cellVars().contains(name);
    }

    private static boolean rebinds(List<? extends Node> region, String name) {
        boolean[] found = {false};
        for (Node n : region) {
            krait.syntax.Nodes.walk(n, x -> {
                if (x instanceof Expr.Name nm && nm.id().equals(name) && nm.ctx() != krait.syntax.ExprContext.Load
                        || x instanceof Stmt.Global g && g.names().contains(name)
                        || x instanceof Stmt.Nonlocal nl && nl.names().contains(name)) {
                    found[0] = true;
                }
                return !found[0];
            });
        }
        return found[0];
    }

    private void stmt(Stmt s) {
        if (s instanceof Stmt.ExprStmt e && e.value() instanceof Expr.Constant k && k.value() instanceof ConstValue.EllipsisValue) {
            // `...` as a statement (a stub's body): nothing to evaluate
        } else if (s instanceof Stmt.ExprStmt e) {
            expr(e.value());
        } else if (s instanceof Stmt.Assign a) {
            TypeVar value = expr(a.value());
            for (Expr target : a.targets()) {
                assign(target, value);
            }
        } else if (s instanceof Stmt.AugAssign a) {
            augAssign(a);
        } else if (s instanceof Stmt.AnnAssign a) {
            if (a.value() != null) {
                assign(a.target(), expr(a.value()));
                PyType declared = a.value() instanceof Expr.List l && l.elts().isEmpty() ? listElementHint(a.annotation()) : null;
                if (declared != null) {
                    cx.annotatedElements.put(site(a.value(), "list"), declared);
                }
            }
        } else if (s instanceof Stmt.For f) {
            if (!f.orelse().isEmpty()) {
                unsupported(f, "'else' on a 'for' loop");
            }
            TypeVar iterable = expr(f.iter());
            TypeVar element = solver.newVar("loop variable", f.target().pos());
            solver.subscribe(new IterationConstraint(cx, f.iter().pos(), iterable, element, spec, f.iter()), iterable);
            spec.exprTypes.put(f, element);
            assign(f.target(), element);
            block(f.body());
        } else if (s instanceof Stmt.While w) {
            if (!w.orelse().isEmpty()) {
                unsupported(w, "'else' on a 'while' loop");
            }
            condition(w.test());
            narrowing(proofs(w.test(), true), w.body(), java.util.Map.of(), () -> block(w.body()));
        } else if (s instanceof Stmt.If i && decidedIsinstance(i) != null) {
            condition(i.test());
            block(spec.decidedTests.get(i) ? i.body() : i.orelse()); // the other branch never runs here
        } else if (s instanceof Stmt.If i) {
            condition(i.test());
            narrowing(proofs(i.test(), true), i.body(), java.util.Map.of(), () -> block(i.body()));
            narrowing(proofs(i.test(), false), i.orelse(), java.util.Map.of(), () -> block(i.orelse()));
        } else if (s instanceof Stmt.Return r && fn.isGenerator()) {
            if (r.value() == null) {
                solver.addType(spec.returnedVar(), PyType.NONE, r.pos());
            } else {
                solver.addFlow(expr(r.value()), spec.returnedVar());
            }
        } else if (s instanceof Stmt.Return r) {
            if (r.value() == null) {
                solver.addType(spec.returnVar(), PyType.NONE, r.pos());
            } else {
                solver.addFlow(expr(r.value()), spec.returnVar());
            }
        } else if (s instanceof Stmt.FunctionDef f) {
            functionDef(f);
        } else if (s instanceof Stmt.ClassDef c) {
            classDef(c);
        } else if (s instanceof Stmt.Import im) {
            for (krait.syntax.Alias a : im.names()) {
                var module = cx.models.modules().get(a.name());
                if (module == null) {
                    cx.error(a.pos(), MessageId.UNSUPPORTED_MODULE, a.name());
                    continue;
                }
                String bound = a.asname() != null ? a.asname() : a.name();
                String boundModule = a.name();
                if (a.asname() == null && a.name().contains(".")) {
                    // import os.path binds os, whose attribute path is the submodule
                    bound = a.name().substring(0, a.name().indexOf('.'));
                    boundModule = bound;
                    if (cx.models.modules().get(boundModule) == null) {
                        cx.error(a.pos(), MessageId.UNSUPPORTED_MODULE, boundModule);
                        continue;
                    }
                }
                solver.addType(nameVar(bound, a.pos()), new PyType.ModuleRef(boundModule), a.pos());
            }
        } else if (s instanceof Stmt.ImportFrom im) {
            var module = im.module() == null ? null : cx.models.modules().get(im.module());
            if (module == null || (im.level() != null && im.level() > 0)) {
                cx.error(im.pos(), MessageId.UNSUPPORTED_MODULE, im.module() == null ? "." : im.module());
            } else {
                for (krait.syntax.Alias a : im.names()) {
                    String bound = a.asname() != null ? a.asname() : a.name();
                    TypeVar var = nameVar(bound, a.pos());
                    if (module.functions().containsKey(a.name())) {
                        solver.addType(var, new PyType.BuiltinRef(module.functions().get(a.name())), a.pos());
                    } else if (cx.builtinClasses.containsKey(im.module() + "." + a.name())) {
                        solver.addType(var, new PyType.ClassRef(cx.builtinClasses.get(im.module() + "." + a.name())), a.pos());
                    } else if (cx.models.modules().containsKey(im.module() + "." + a.name())) {
                        solver.addType(var, new PyType.ModuleRef(im.module() + "." + a.name()), a.pos());
                    } else if (module.attributes().containsKey(a.name())) {
                        var attr = module.attributes().get(a.name());
                        cx.importedAttributes.put(bound, attr);
                        solver.addFlow(cx.moduleAttributeVar(attr, a.pos()), var);
                    } else {
                        cx.error(a.pos(), MessageId.NO_ATTRIBUTE, "module '" + im.module() + "'", a.name());
                    }
                }
            }
        } else if (s instanceof Stmt.Try t) {
            block(t.body());
            for (krait.syntax.ExceptHandler h : t.handlers()) {
                List<ClassInfo> caught = handledClasses(h);
                // Python unbinds the name when the handler ends: it is the handler's own variable
                TypeVar var = solver.newVar("variable '" + (h.name() == null ? "exception" : h.name()) + "'", h.pos());
                for (ClassInfo c : caught) {
                    solver.addType(var, new PyType.InstanceType(c), h.pos());
                    cx.instantiate(c);
                }
                // ...and it may receive an instance of any subclass the program raises
                TypeVar raised = cx.exceptionObjects();
                solver.subscribe(sv -> {
                    for (PyType r : List.copyOf(raised.types())) {
                        if (r instanceof PyType.InstanceType i && caught.stream().anyMatch(c -> i.cls().isSubclassOf(c))) {
                            sv.addType(var, r, h.pos());
                        }
                    }
                }, raised);
                handled.addLast(var);
                try {
                    if (h.name() != null) {
                        java.util.Map<String, TypeVar> scope = new java.util.LinkedHashMap<>();
                        scope.put(h.name(), var);
                        spec.comprehensionVars.put(h, scope);
                        comprehensionScopes.addLast(scope);
                        try {
                            block(h.body());
                        } finally {
                            comprehensionScopes.removeLast();
                        }
                    } else {
                        block(h.body());
                    }
                } finally {
                    handled.removeLast();
                }
            }
            block(t.orelse());
            block(t.finalbody());
        } else if (s instanceof Stmt.Raise r) {
            if (r.exc() != null) {
                TypeVar exc = expr(r.exc());
                solver.subscribe(new RaiseConstraint(cx, r.exc().pos(), exc), exc);
            }
            if (r.cause() != null) {
                solver.addFlow(expr(r.cause()), cx.chainedExceptions());
            }
            if (r.exc() != null && !handled.isEmpty()) {
                solver.addFlow(handled.peekLast(), cx.chainedExceptions()); // becomes the new one's __context__
            }
        } else if (s instanceof Stmt.Assert a) {
            expr(a.test());
            if (a.msg() != null) {
                expr(a.msg());
            }
        } else if (s instanceof Stmt.With w) {
            withStatement(w);
        } else if (s instanceof Stmt.Delete d) {
            for (Expr target : d.targets()) {
                if (target instanceof Expr.Subscript sub) {
                    expr(sub.value());
                    if (sub.slice() instanceof Expr.Slice sl) {
                        for (Expr bound : java.util.Arrays.asList(sl.lower(), sl.upper(), sl.step())) {
                            if (bound != null) {
                                expr(bound);
                            }
                        }
                    } else {
                        expr(sub.slice());
                    }
                } else {
                    unsupported(target, "'del' of " + Constructs.describe(target));
                }
            }
        } else if (!(s instanceof Stmt.Global || s instanceof Stmt.Nonlocal || s instanceof Stmt.Pass
                || s instanceof Stmt.Break || s instanceof Stmt.Continue)) {
            unsupported(s, Constructs.describe(s));
        }
    }

    private void augAssign(Stmt.AugAssign a) {
        if (a.target() instanceof Expr.Name n) {
            TypeVar variable = nameVar(n.id(), n.pos());
            solver.addFlow(binary(a, a.op(), variable, expr(a.value())), variable);
        } else if (a.target() instanceof Expr.Subscript sub) {
            storeItem(sub, binary(a, a.op(), expr(sub), expr(a.value())));
        } else if (a.target() instanceof Expr.Attribute attr) {
            assign(attr, binary(a, a.op(), expr(attr), expr(a.value())));
        } else {
            unsupported(a.target(), "this augmented assignment target");
        }
    }

    /** The classes an except clause catches (BaseException for a bare except); they must be known statically. */
    private List<ClassInfo> handledClasses(krait.syntax.ExceptHandler h) {
        List<ClassInfo> out = new java.util.ArrayList<>();
        if (h.type() == null) {
            out.add(cx.builtinClasses.get("BaseException"));
            return out;
        }
        for (Expr e : h.type() instanceof Expr.Tuple t ? t.elts() : List.of(h.type())) {
            ClassInfo c = cx.classOfExpr(e);
            if (e instanceof Expr.Attribute && c != null) {
                expr(e); // module.Error: the lowering reads the class from its type
            }
            if (c == null || !c.isException()) {
                unsupported(e, "an except clause whose class is not an exception class known at compile time");
            } else {
                out.add(c);
            }
        }
        return out;
    }

    /** {@code with cm as x:} on an object with {@code __enter__}/{@code __exit__}. */
    private void withStatement(Stmt.With w) {
        for (krait.syntax.WithItem item : w.items()) {
            TypeVar manager = expr(item.contextExpr());
            TypeVar entered = solver.newVar("value of 'with'", item.contextExpr().pos());
            solver.subscribe(new WithConstraint(cx, spec, item, manager, entered), manager);
            if (item.optionalVars() != null) {
                assign(item.optionalVars(), entered);
            }
        }
        block(w.body());
    }

    /** A class at module level: its name holds the class; its body's assignments are class attributes. */
    private void classDef(Stmt.ClassDef c) {
        if (!fn.isModule()) {
            unsupported(c, "a class defined inside a function");
            return;
        }
        ClassInfo cls = cx.classes.get(c);
        if (cls == null) {
            return; // reported when the classes were collected
        }
        solver.addType(cx.global(c.name()), new PyType.ClassRef(cls), c.pos());
        for (Stmt s : c.body()) {
            if (s instanceof Stmt.Assign a) {
                TypeVar value = expr(a.value());
                for (Expr t : a.targets()) {
                    if (t instanceof Expr.Name n) {
                        solver.addFlow(value, cx.classAttributeVar(cls, n.id()));
                    } else {
                        unsupported(t, "this class attribute target");
                    }
                }
            } else if (s instanceof Stmt.AnnAssign a && a.target() instanceof Expr.Name n) {
                if (a.value() != null) {
                    solver.addFlow(expr(a.value()), cx.classAttributeVar(cls, n.id()));
                }
            } else if (s instanceof Stmt.FunctionDef f) {
                methodDef(f, cls);
            } else if (!(s instanceof Stmt.Pass || isDocstring(s))) {
                unsupported(s, Constructs.describe(s) + " in a class body");
            }
        }
    }

    private static boolean isDocstring(Stmt s) {
        return s instanceof Stmt.ExprStmt e && e.value() instanceof Expr.Constant;
    }

    /**
     * The parameters of a def or lambda: their default values are evaluated where the def runs.
     * Returns false (after reporting) for the parameter kinds Krait doesn't compile.
     */
    private boolean parameters(krait.syntax.Arguments args, Node where) {
        for (Expr d : args.defaults()) {
            expr(d);
        }
        for (Expr d : args.kwDefaults()) {
            if (d != null) {
                expr(d);
            }
        }
        return true;
    }

    /**
     * Each function object a lambda or nested def makes has its own defaults in Python
     * ({@code [lambda i=i: i for i in xs]}); Krait keeps one copy per def, right only for literals,
     * except for lambdas {@link GeneratorExpressionLifting} gave a frame of their own.
     */
    private boolean literalDefaults(krait.syntax.Arguments args, String what) {
        List<Expr> evaluated = FunctionInfo.evaluatedDefaults(args);
        if (!evaluated.isEmpty()) {
            unsupported(evaluated.get(0), "a default value of " + what + " that is not a literal");
            return false;
        }
        return true;
    }

    private void methodDef(Stmt.FunctionDef f, ClassInfo cls) {
        if (!parameters(f.args(), f)) {
            return;
        }
        FunctionInfo method = cls.methodFor(f);
        if (f.decoratorList().stream().anyMatch(ConstraintGenerator::isWrapsMarker)) {
            unsupported(f.decoratorList().stream().filter(ConstraintGenerator::isWrapsMarker).findFirst().get(),
                    "functools.wraps on a def that is not inside a function");
            return;
        }
        if (method != null && method.hasUserDecorators()) {
            // @d def m(self, ...): the class holds d(m); calls through an instance pass self to it
            decorate(f, method, cx.classAttributeVar(cls, FunctionInfo.DECORATED_PREFIX + f.name()));
            return;
        }
        for (Expr d : f.decoratorList()) {
            if (!FunctionInfo.isKnownMethodDecorator(d)) {
                unsupported(d, "this decorator");
            }
        }
    }

    private void functionDef(Stmt.FunctionDef f) {
        if (!fn.isModule()) {
            nestedFunctionDef(f);
            return;
        }
        if (!parameters(f.args(), f)) {
            return;
        }
        if (!f.decoratorList().isEmpty()) {
            if (f.decoratorList().stream().anyMatch(ConstraintGenerator::isWrapsMarker)) {
                unsupported(f.decoratorList().stream().filter(ConstraintGenerator::isWrapsMarker).findFirst().get(),
                        "functools.wraps on a def that is not inside a function");
                return;
            }
            decorated(f);
            return;
        }
        solver.addType(cx.global(f.name()), new PyType.FunctionRef(cx.functionInfo(f)), f.pos());
    }

    /** {@code @d def f}: the name holds what {@code d(f)} returns (typically a wrapper closure). */
    private void decorated(Stmt.FunctionDef f) {
        decorate(f, cx.functionInfo(f), cx.global(f.name()));
    }

    private void decorate(Stmt.FunctionDef f, FunctionInfo function, TypeVar holder) {
        Expr.Call outer = spec.decorations.computeIfAbsent(f, d -> Decorators.call(f));
        List<Expr.Call> calls = new java.util.ArrayList<>();
        Expr inner = outer;
        while (inner instanceof Expr.Call c && calls.size() < f.decoratorList().size()) {
            calls.add(0, c);
            inner = c.args().get(0);
        }
        TypeVar value = solver.newVar("function '" + f.name() + "'", f.pos());
        solver.addType(value, new PyType.FunctionRef(function), f.pos());
        spec.exprTypes.put(inner, value);
        for (Expr.Call c : calls) {
            TypeVar receiver = expr(c.func());
            TypeVar result = solver.newVar("decorated '" + f.name() + "'", c.pos());
            CallConstraint constraint = new CallConstraint(cx, spec, c, receiver, null, List.of(value), List.of(), result);
            solver.subscribe(constraint, receiver, value);
            spec.exprTypes.put(c, result);
            value = result;
        }
        solver.addFlow(value, holder);
    }

    /** A def inside a function: its name holds the function, which captures this specialization's variables. */
    private static boolean isWrapsMarker(Expr d) {
        return d instanceof Expr.Call c && c.func() instanceof Expr.Name n
                && n.id().equals(krait.desugar.FunctoolsDecorators.WRAPS_MARKER);
    }

    private void nestedFunctionDef(Stmt.FunctionDef f) {
        for (Expr d : f.decoratorList()) {
            if (isWrapsMarker(d)) {
                expr(((Expr.Call) d).args().get(0)); // @functools.wraps(fn): the wrapper takes fn's __name__
            } else {
                unsupported(d, "a decorator");
            }
        }
        if (!parameters(f.args(), f) || !literalDefaults(f.args(), "a nested function")) {
            return;
        }
        FunctionInfo info = cx.nestedFunctions.computeIfAbsent(f, n -> FunctionInfo.nested(f, fn));
        TypeVar var = nameVar(f.name(), f.pos());
        solver.addType(var, new PyType.FunctionRef(info, spec), f.pos());
    }

    private TypeVar lambda(Expr.Lambda l) {
        if (!parameters(l.args(), l) || !literalDefaults(l.args(), "a lambda")) {
            return solver.newVar("lambda", l.pos());
        }
        FunctionInfo info = cx.nestedFunctions.computeIfAbsent(l, n -> FunctionInfo.lambda(l, fn));
        TypeVar result = solver.newVar("lambda", l.pos());
        solver.addType(result, new PyType.FunctionRef(info, spec), l.pos());
        return result;
    }

    private void assign(Expr target, TypeVar value) {
        if (target instanceof Expr.Name n) {
            TypeVar variable = nameVar(n.id(), n.pos());
            spec.exprTypes.put(n, variable);
            solver.addFlow(value, variable);
        } else if (target instanceof Expr.Subscript sub) {
            storeItem(sub, value);
        } else if (target instanceof Expr.Attribute a) {
            TypeVar object = expr(a.value());
            solver.subscribe(new AttributeConstraint(cx, spec, a, object, value, true), object);
        } else if (target instanceof Expr.Tuple || target instanceof Expr.List) {
            List<Expr> elts = target instanceof Expr.Tuple t ? t.elts() : ((Expr.List) target).elts();
            int starred = -1;
            for (int i = 0; i < elts.size(); i++) {
                if (elts.get(i) instanceof Expr.Starred) {
                    if (starred >= 0) {
                        unsupported(elts.get(i), "two starred targets");
                        return;
                    }
                    starred = i;
                }
            }
            List<TypeVar> parts = new java.util.ArrayList<>();
            for (Expr e : elts) {
                parts.add(solver.newVar("unpacked value", e.pos()));
            }
            spec.exprTypes.put(target, value);
            AllocSite rest = starred < 0 ? null : site(target, "list");
            // an object, dict, set or generator is iterated as a for loop would (its __iter__ recorded under target)
            TypeVar iterated = solver.newVar("unpacked iterable", target.pos());
            TypeVar items = solver.newVar("unpacked item", target.pos());
            solver.subscribe(new IterationConstraint(cx, target.pos(), iterated, items, spec, target), iterated);
            spec.unpackedItems.put(target, items);
            solver.subscribe(new UnpackConstraint(cx, target.pos(), value, parts, starred, rest, iterated, items, spec, target), value);
            for (int i = 0; i < elts.size(); i++) {
                Expr e = elts.get(i);
                assign(e instanceof Expr.Starred st ? st.value() : e, parts.get(i));
            }
        } else {
            unsupported(target, "assignment to " + Constructs.describe(target));
        }
    }

    private void storeItem(Expr.Subscript s, TypeVar value) {
        TypeVar container = expr(s.value());
        if (s.slice() instanceof Expr.Slice sl) {
            // xs[a:b] = ys: the elements of ys join those of xs
            for (Expr bound : java.util.Arrays.asList(sl.lower(), sl.upper(), sl.step())) {
                if (bound != null) {
                    expr(bound);
                }
            }
            TypeVar items = solver.newVar("assigned items", s.pos());
            solver.subscribe(new IterationConstraint(cx, s.pos(), value, items), value);
            solver.subscribe(new SliceStoreConstraint(cx, s.pos(), container, items, value), container, value);
            return;
        }
        TypeVar index = expr(s.slice());
        solver.subscribe(new ItemStoreConstraint(cx, s.pos(), container, index, value, spec, s), container, index, value);
    }

    TypeVar expr(Expr e) {
        TypeVar known = spec.exprTypes.get(e);
        if (known != null) {
            return known;
        }
        TypeVar v = analyse(e);
        spec.exprTypes.put(e, v);
        return v;
    }

    private TypeVar analyse(Expr e) {
        if (e instanceof Expr.Constant c) {
            return constant(c);
        }
        if (e instanceof Expr.Name n) {
            TypeVar v = n.ctx() == krait.syntax.ExprContext.Load ? narrowed.get(n.id()) : null;
            if (v != null) {
                spec.narrowedReads.put(n, nameVar(n.id(), n.pos()));
                return v;
            }
            return nameVar(n.id(), n.pos());
        }
        if (e instanceof Expr.NamedExpr ne) {
            // (t := value): value is stored in t, and is the expression's value
            TypeVar value = expr(ne.value());
            assign(ne.target(), value);
            return value;
        }
        if (e instanceof Expr.BinOp b) {
            return binary(b, b.op(), expr(b.left()), expr(b.right()));
        }
        if (e instanceof Expr.UnaryOp u) {
            TypeVar operand = expr(u.operand());
            TypeVar result = solver.newVar("expression", u.pos());
            solver.subscribe(new UnaryConstraint(cx, spec, u, operand, result), operand);
            return result;
        }
        if (e instanceof Expr.BoolOp b) {
            TypeVar result = solver.newVar("expression", b.pos());
            Expr last = b.values().get(b.values().size() - 1);
            boolOperands(b, value -> {
                if (b.op() == BoolOperator.Or && value != last) {
                    // None is false: `x or default` is never an x that is None
                    solver.subscribe(new NarrowConstraint(expr(value), result, false), expr(value));
                } else {
                    solver.addFlow(expr(value), result);
                }
            });
            return result;
        }
        if (e instanceof Expr.Compare c && typeComparison(c)) {
            // type(x) is C, type(a) == type(b): x's class decides, where the lowering knows it
            for (Expr side : List.of(c.left(), c.comparators().get(0))) {
                if (isTypeCall(side)) {
                    spec.typeObjects.add(side);
                    expr(((Expr.Call) side).args().get(0));
                } else if (cx.classNamed(((Expr.Name) side).id()) != null || isDefined(((Expr.Name) side).id())) {
                    expr(side);
                }
            }
            TypeVar result = solver.newVar("comparison", c.pos());
            solver.addType(result, PyType.BOOL, c.pos());
            return result;
        }
        if (e instanceof Expr.Compare c) {
            TypeVar left = expr(c.left());
            for (int i = 0; i < c.ops().size(); i++) {
                TypeVar right = expr(c.comparators().get(i));
                solver.subscribe(new CompareConstraint(cx, spec, c.pos(), c.ops().get(i), left, right,
                        c.comparators().get(i)), left, right);
                left = right;
            }
            TypeVar result = solver.newVar("comparison", c.pos());
            solver.addType(result, PyType.BOOL, c.pos());
            return result;
        }
        if (e instanceof Expr.IfExp i) {
            condition(i.test());
            TypeVar result = solver.newVar("conditional expression", i.pos());
            narrowing(proofs(i.test(), true), List.of(i.body()), java.util.Map.of(),
                    () -> solver.addFlow(expr(i.body()), result));
            narrowing(proofs(i.test(), false), List.of(i.orelse()), java.util.Map.of(),
                    () -> solver.addFlow(expr(i.orelse()), result));
            return result;
        }
        if (e instanceof Expr.List l) {
            AllocSite site = site(l, "list");
            for (Expr elt : l.elts()) {
                if (elt instanceof Expr.Starred st) {
                    // [*xs, y]: the items xs iterates over
                    TypeVar iterable = expr(st.value());
                    solver.subscribe(new IterationConstraint(cx, st.pos(), iterable, site.elements(), spec, st.value()), iterable);
                    continue;
                }
                solver.addFlow(expr(elt), site.elements());
            }
            TypeVar result = solver.newVar("list", l.pos());
            solver.addType(result, new PyType.ListType(site), l.pos());
            return result;
        }
        if (e instanceof Expr.Tuple t) {
            List<TypeVar> elements = new java.util.ArrayList<>();
            for (Expr elt : t.elts()) {
                if (elt instanceof Expr.Starred) {
                    return unsupported(elt, "unpacking with '*' in a tuple display");
                }
                elements.add(expr(elt));
            }
            TypeVar result = solver.newVar("tuple", t.pos());
            solver.subscribe(new TupleConstraint(cx, t.pos(), elements, result), elements.toArray(new TypeVar[0]));
            if (elements.isEmpty()) {
                solver.addType(result, new PyType.TupleType(List.of()), t.pos());
            }
            return result;
        }
        if (e instanceof Expr.Dict d) {
            AllocSite site = site(d, "dict");
            for (int i = 0; i < d.keys().size(); i++) {
                if (d.keys().get(i) == null) {
                    // {**other}: the other dict's keys and values are this one's too
                    Expr value = d.values().get(i);
                    TypeVar other = expr(value);
                    solver.subscribe(sv -> {
                        for (PyType t : List.copyOf(other.types())) {
                            if (t instanceof PyType.DictType dt) {
                                sv.addFlow(dt.site().elements(), site.elements());
                                sv.addFlow(dt.site().values(), site.values());
                            } else {
                                cx.error(value.pos(), MessageId.UNSUPPORTED_CONSTRUCT, "'**' of something other than a dict");
                            }
                        }
                    }, other);
                    continue;
                }
                solver.addFlow(expr(d.keys().get(i)), site.elements());
                solver.addFlow(expr(d.values().get(i)), site.values());
            }
            TypeVar result = solver.newVar("dict", d.pos());
            solver.addType(result, new PyType.DictType(site), d.pos());
            return result;
        }
        if (e instanceof Expr.Set st) {
            AllocSite site = site(st, "set");
            for (Expr elt : st.elts()) {
                solver.addFlow(expr(elt), site.elements());
            }
            TypeVar result = solver.newVar("set", st.pos());
            solver.addType(result, new PyType.SetType(site), st.pos());
            return result;
        }
        if (e instanceof Expr.ListComp lc) {
            return comprehension(lc, lc.generators(), () -> expr(lc.elt()), null, "list");
        }
        if (e instanceof Expr.GeneratorExp ge) {
            // materialized as a list: same values, in the same order
            return comprehension(ge, ge.generators(), () -> expr(ge.elt()), null, "list");
        }
        if (e instanceof Expr.SetComp sc) {
            return comprehension(sc, sc.generators(), () -> expr(sc.elt()), null, "set");
        }
        if (e instanceof Expr.DictComp dc) {
            return comprehension(dc, dc.generators(), () -> expr(dc.key()), () -> expr(dc.value()), "dict");
        }
        if (e instanceof Expr.JoinedStr js) {
            for (Expr part : js.values()) {
                if (part instanceof Expr.FormattedValue fv) {
                    if (isTypeCall(fv.value()) && fv.formatSpec() == null && (fv.conversion() == -1 || fv.conversion() == 's')) {
                        typeShown(fv.value()); // f"{type(x)}"
                    }
                    expr(fv.value());
                    if (fv.formatSpec() != null) {
                        expr(fv.formatSpec());
                    }
                }
            }
            TypeVar result = solver.newVar("f-string", js.pos());
            solver.addType(result, PyType.STR, js.pos());
            return result;
        }
        if (e instanceof Expr.Attribute a && a.attr().equals("__name__") && isTypeCall(a.value())) {
            expr(((Expr.Call) a.value()).args().get(0));
            TypeVar result = solver.newVar("type name", a.pos());
            solver.addType(result, PyType.STR, a.pos());
            return result;
        }
        if (e instanceof Expr.Attribute a) {
            TypeVar object = expr(a.value());
            TypeVar result = solver.newVar("attribute '" + a.attr() + "'", a.pos());
            solver.subscribe(new AttributeConstraint(cx, spec, a, object, result, false), object);
            List<TypeFilter> filters = a.ctx() == krait.syntax.ExprContext.Load
                    ? narrowedAttributes.get(attributeKey(a)) : null;
            if (filters != null) {
                spec.narrowedReads.put(a, result);
                return narrowedVar(result, filters, false);
            }
            return result;
        }
        if (e instanceof Expr.Subscript s && s.slice() instanceof Expr.Slice sl) {
            TypeVar container = expr(s.value());
            for (Expr bound : java.util.Arrays.asList(sl.lower(), sl.upper(), sl.step())) {
                if (bound != null) {
                    expr(bound);
                }
            }
            TypeVar result = solver.newVar("slice", s.pos());
            solver.subscribe(new SliceConstraint(cx, s.pos(), sl, container, result, spec, s), container);
            return result;
        }
        if (e instanceof Expr.Subscript s) {
            TypeVar container = expr(s.value());
            TypeVar index = expr(s.slice());
            TypeVar result = solver.newVar("item", s.pos());
            solver.subscribe(new ItemLoadConstraint(cx, s.pos(), container, index, krait.syntax.Nodes.smallIntLiteral(s.slice()), result, spec, s),
                    container, index);
            return result;
        }
        if (e instanceof Expr.Call c) {
            return call(c);
        }
        if (e instanceof Expr.Lambda l) {
            return lambda(l);
        }
        if (e instanceof Expr.Yield y) {
            if (spec.yieldVar() == null) {
                return unsupported(y, "'yield' outside a function");
            }
            if (y.value() == null) {
                solver.addType(spec.yieldVar(), PyType.NONE, y.pos());
            } else {
                solver.addFlow(expr(y.value()), spec.yieldVar());
            }
            return spec.sentVar();
        }
        if (e instanceof Expr.YieldFrom y) {
            if (spec.yieldVar() == null) {
                return unsupported(y, "'yield from' outside a function");
            }
            TypeVar source = expr(y.value());
            solver.subscribe(new IterationConstraint(cx, y.pos(), source, spec.yieldVar(), spec, y), source);
            TypeVar result = solver.newVar("value of 'yield from'", y.pos());
            // a sub-generator's return value; None from any other iterable
            solver.subscribe(s -> List.copyOf(source.types()).forEach(t -> {
                if (t instanceof PyType.GeneratorType g && g.spec().returnedVar() != null) {
                    s.addFlow(g.spec().returnedVar(), result);
                    s.addFlow(spec.sentVar(), g.spec().sentVar()); // g.send(v) goes on to the sub-generator
                } else {
                    s.addType(result, PyType.NONE, y.pos());
                }
            }), source);
            return result;
        }
        return unsupported(e, Constructs.describe(e));
    }

    /**
     * A comprehension: its loop variables live in a scope of their own; each {@code for} clause
     * iterates like a for statement; the element (and value) flow into the container made here.
     */
    private TypeVar comprehension(Expr node, List<krait.syntax.Comprehension> generators,
                                  java.util.function.Supplier<TypeVar> element,
                                  java.util.function.Supplier<TypeVar> value, String kind) {
        comprehensionScopes.addLast(new java.util.LinkedHashMap<>());
        spec.comprehensionVars.put(node, comprehensionScopes.peekLast());
        java.util.List<String> narrowedHere = new java.util.ArrayList<>();
        try {
            for (krait.syntax.Comprehension g : generators) {
                if (g.isAsync() != 0) {
                    return unsupported(node, "'async for' in a comprehension");
                }
                TypeVar iterable = expr(g.iter());
                TypeVar item = solver.newVar("loop variable", g.target().pos());
                solver.subscribe(new IterationConstraint(cx, g.iter().pos(), iterable, item, spec, g.iter()), iterable);
                spec.exprTypes.put(g.target(), item);
                for (String name : targetNames(g.target())) {
                    comprehensionScopes.peekLast().put(name, solver.newVar("variable '" + name + "'", g.target().pos()));
                }
                assign(g.target(), item);
                for (Expr cond : g.ifs()) {
                    condition(cond);
                    // [v for v in xs if v is not None]: what follows the test sees v narrowed
                    for (var proof : proofs(cond, true).entrySet()) {
                        String name = proof.getKey();
                        if (!narrowed.containsKey(name) && comprehensionVar(name) != null) {
                            narrowed.put(name, narrowedVar(comprehensionVar(name), proof.getValue()));
                            narrowedHere.add(name);
                        }
                    }
                }
            }
            AllocSite site = site(node, kind);
            solver.addFlow(element.get(), site.elements());
            if (value != null) {
                solver.addFlow(value.get(), site.values());
            }
            TypeVar result = solver.newVar(kind + " comprehension", posOf(node));
            PyType t = switch (kind) {
                case "set" -> new PyType.SetType(site);
                case "dict" -> new PyType.DictType(site);
                default -> new PyType.ListType(site);
            };
            solver.addType(result, t, posOf(node));
            return result;
        } finally {
            narrowedHere.forEach(narrowed::remove);
            comprehensionScopes.removeLast();
        }
    }

    private static List<String> targetNames(Expr target) {
        java.util.List<String> out = new java.util.ArrayList<>();
        if (target instanceof Expr.Name n) {
            out.add(n.id());
        } else if (target instanceof Expr.Tuple t) {
            t.elts().forEach(e -> out.addAll(targetNames(e)));
        } else if (target instanceof Expr.List l) {
            l.elts().forEach(e -> out.addAll(targetNames(e)));
        }
        return out;
    }

    /**
     * A test ({@code if}, {@code while}, a comprehension's {@code if}, a conditional expression):
     * only its truth is used, so {@code a and b} there is a bool even when a and b differ in type
     * ({@code if items and n > 0}).
     */
    private void condition(Expr test) {
        if (test instanceof Expr.BoolOp b) {
            boolOperands(b, this::condition);
            TypeVar result = solver.newVar("condition", b.pos());
            solver.addType(result, PyType.BOOL, b.pos());
            spec.exprTypes.put(b, result);
        } else {
            expr(test);
        }
    }

    /**
     * Analyses the operands of {@code a and b} / {@code a or b} in order, each with the names the
     * operands before it proved not None narrowed ({@code x is None or x > best}).
     */
    private void boolOperands(Expr.BoolOp b, java.util.function.Consumer<Expr> each) {
        operandsFrom(b, 0, new java.util.LinkedHashMap<>(), each);
    }

    private void operandsFrom(Expr.BoolOp b, int i, java.util.Map<String, List<TypeFilter>> proved,
                              java.util.function.Consumer<Expr> each) {
        if (i == b.values().size()) {
            return;
        }
        Expr value = b.values().get(i);
        narrowing(proved, List.of(value), java.util.Map.of(), () -> each.accept(value));
        java.util.Map<String, List<TypeFilter>> next = new java.util.LinkedHashMap<>(proved);
        proofs(value, b.op() == BoolOperator.And).forEach((name, fs) -> fs.forEach(f -> prove(next, name, f)));
        operandsFrom(b, i + 1, next, each);
    }

    private TypeVar call(Expr.Call c) {
        long doubleStars = c.keywords().stream().filter(k -> k.arg() == null).count();
        if (doubleStars > 1) {
            return unsupported(c.keywords().stream().filter(k -> k.arg() == null).skip(1).findFirst().get().value(),
                    "a second '**' argument in one call");
        }
        if (c.func() instanceof Expr.Name n && (n.id().equals("print") || n.id().equals("str")) && !isDefined(n.id())) {
            c.args().stream().filter(this::isTypeCall).forEach(this::typeShown); // print(type(x))
        }
        if (isTypeCall(c) && !spec.typeObjects.contains(c)) {
            return unsupported(c, "type(x) other than in 'type(x) is C', 'type(a) == type(b)', 'type(x).__name__'"
                    + " or printed");
        }
        if (c.func() instanceof Expr.Name n && n.id().equals("isinstance") && !isDefined(n.id())) {
            return isinstance(c);
        }
        if (c.func() instanceof Expr.Name n && n.id().equals("issubclass") && !isDefined(n.id())) {
            return issubclass(c);
        }
        if (c.func() instanceof Expr.Name n && n.id().equals("callable") && !isDefined(n.id())) {
            return callable(c);
        }
        ClassInfo superOf = null;
        TypeVar receiver;
        if (c.func() instanceof Expr.Attribute a && krait.syntax.Nodes.isBareSuperCall(a.value())) {
            superOf = fn.ownerClass();
            if (superOf == null || fn.params().isEmpty()) {
                return unsupported(a.value(), "super() outside a method");
            }
            receiver = localVar(fn.params().get(0), a.pos());
            spec.exprTypes.put(a.value(), receiver);
        } else {
            receiver = c.func() instanceof Expr.Attribute a ? expr(a.value()) : expr(c.func());
        }
        List<TypeVar> args = c.args().stream().map(a -> {
            if (a instanceof Expr.Starred st) {
                TypeVar v = expr(st.value());
                TypeVar spread = solver.newVar("*argument", st.pos());
                solver.subscribe(new TupleViews.Spread(cx, spec, st, v, spread), v);
                spec.exprTypes.put(st, spread);
                return spread;
            }
            return expr(a);
        }).toList();
        List<TypeVar> keywordArgs = c.keywords().stream().map(k -> expr(k.value())).toList();
        TypeVar result = solver.newVar("result of call", c.pos());
        CallConstraint constraint = new CallConstraint(cx, spec, c, receiver, superOf, args, keywordArgs, result);
        TypeVar[] inputs = new TypeVar[args.size() + keywordArgs.size() + 1];
        inputs[0] = receiver;
        for (int i = 0; i < args.size(); i++) {
            inputs[i + 1] = args.get(i);
        }
        for (int i = 0; i < keywordArgs.size(); i++) {
            inputs[args.size() + 1 + i] = keywordArgs.get(i);
        }
        solver.subscribe(constraint, inputs);
        return result;
    }

    /** {@code type(x)} printed: the text of x's class, {@code <class 'int'>}, as a str. */
    private void typeShown(Expr call) {
        spec.typeObjects.add(call);
        expr(((Expr.Call) call).args().get(0));
        TypeVar shown = solver.newVar("class of a value", call.pos());
        solver.addType(shown, PyType.STR, call.pos());
        spec.exprTypes.put(call, shown);
    }

    /**
     * {@code type(x) is C}, {@code type(x) == C} (and their negations; C a class of the program, a
     * builtin or a library class) or {@code type(a) is type(b)}.
     */
    private boolean typeComparison(Expr.Compare c) {
        if (c.ops().size() != 1) {
            return false;
        }
        krait.syntax.CmpOperator op = c.ops().get(0);
        if (op != krait.syntax.CmpOperator.Is && op != krait.syntax.CmpOperator.IsNot
                && op != krait.syntax.CmpOperator.Eq && op != krait.syntax.CmpOperator.NotEq) {
            return false;
        }
        Expr left = c.left();
        Expr right = c.comparators().get(0);
        return isTypeCall(left) && (isTypeCall(right) || isinstanceClassNames(right) != null && !(right instanceof Expr.Tuple))
                || isTypeCall(right) && isinstanceClassNames(left) != null && !(left instanceof Expr.Tuple);
    }

    /** {@code type(x)}, as in {@code type(x).__name__} (the only use of type() Krait compiles). */
    boolean isTypeCall(Expr e) {
        return e instanceof Expr.Call c && c.func() instanceof Expr.Name n && n.id().equals("type") && !isDefined("type")
                && c.args().size() == 1 && c.keywords().isEmpty();
    }

    /** Whether {@code name} is the program's own (shadowing a builtin of that name). */
    private boolean isDefined(String name) {
        return (!fn.isModule() && fn.isLocal(name)) || cx.moduleNames.contains(name) || comprehensionVar(name) != null;
    }

    /**
     * Decides {@code if isinstance(p, C):} (or {@code not isinstance(...)}) where p is a parameter
     * the function never rebinds and C names classes: the argument type of this specialization
     * answers it, so only the branch that runs is analysed ({@code if isinstance(other, int):
     * return Money(self.cents + other)} then {@code other.cents}). A specialization for an object
     * also receives None when a call passes one (a null pointer): the answer True would be wrong
     * for None, so a watch reports that case. Null when undecided; records the answer in the spec.
     */
    private Boolean decidedIsinstance(Stmt.If s) {
        if (spec.decidedTests.containsKey(s)) {
            return spec.decidedTests.get(s);
        }
        List<Runnable> watches = new java.util.ArrayList<>();
        Boolean answer = decide(s.test(), watches);
        if (answer != null) {
            spec.decidedTests.put(s, answer);
            watches.forEach(Runnable::run);
        }
        return answer;
    }

    /**
     * The value of a test made of isinstance calls of parameters, {@code not}, {@code and} and
     * {@code or} in this specialization, or null when the argument types don't decide it. An
     * operand that short-circuiting skips need not be decided ({@code isinstance(x, int) and
     * x > 0} is False for a str). {@code watches} gets the None watches of the tests found True.
     */
    private Boolean decide(Expr test, List<Runnable> watches) {
        if (test instanceof Expr.UnaryOp u && u.op() == krait.syntax.UnaryOperator.Not) {
            Boolean inner = decide(u.operand(), watches);
            return inner == null ? null : !inner;
        }
        if (test instanceof Expr.BoolOp b) {
            boolean isAnd = b.op() == krait.syntax.BoolOperator.And;
            for (Expr v : b.values()) {
                Boolean d = decide(v, watches);
                if (d == null) {
                    return null; // undecided here: what follows may run or not
                }
                if (d != isAnd) {
                    return d; // and: a False ends it; or: a True
                }
            }
            return isAnd;
        }
        if (test instanceof Expr.Compare tc && typeComparison(tc) && isTypeCall(tc.left())
                && !isTypeCall(tc.comparators().get(0))
                && ((Expr.Call) tc.left()).args().get(0) instanceof Expr.Name x) {
            // type(p) is C: decided as isinstance is, by the exact class
            PyType t = decidableArgument(x.id());
            List<String> classes = isinstanceClassNames(tc.comparators().get(0));
            if (t == null || classes == null || classes.stream().anyMatch(n -> cx.classNamed(n) != null
                    && (cx.classNamed(n).isException() || cx.classNamed(n).isBuiltin()))) {
                return null;
            }
            boolean match = classes.stream().anyMatch(n -> TypeFilter.isExactly(t, n));
            if (match) {
                TypeVar param = spec.locals.get(x.id());
                Pos at = tc.pos();
                watches.add(() -> solver.subscribe(new NoneWatch(cx, param, at), param));
            }
            boolean positive = tc.ops().get(0) == krait.syntax.CmpOperator.Is || tc.ops().get(0) == krait.syntax.CmpOperator.Eq;
            return match == positive;
        }
        if (!(test instanceof Expr.Call c && c.func() instanceof Expr.Name f && f.id().equals("isinstance")
                && !isDefined(f.id()) && c.args().size() == 2 && c.keywords().isEmpty()
                && c.args().get(0) instanceof Expr.Name x)) {
            return null;
        }
        int index = fn.params().indexOf(x.id());
        if (fn.isModule() || index < 0 || index >= spec.argTypes().size() || fn.cellVars().contains(x.id())
                || rebinds(fn.body(), x.id())) {
            return null;
        }
        PyType t = spec.argTypes().get(index);
        boolean decidable = t instanceof PyType.InstanceType i && !i.cls().isException() && !i.cls().isBuiltin()
                || t instanceof PyType.Prim || t instanceof PyType.ListType || t instanceof PyType.DictType
                || t instanceof PyType.TupleType || t instanceof PyType.VarTupleType;
        if (!decidable) {
            return null;
        }
        Expr classes = c.args().get(1);
        boolean match = false;
        for (Expr e : classes instanceof Expr.Tuple tu ? tu.elts() : List.of(classes)) {
            if (!(e instanceof Expr.Name n)) {
                return null;
            }
            ClassInfo named = cx.classNamed(n.id());
            if (named != null) {
                if (named.isException() || named.isBuiltin()) {
                    return null;
                }
                match |= t instanceof PyType.InstanceType i && i.cls().isSubclassOf(named);
            } else if (PyType.isBuiltinClassName(n.id()) && !cx.moduleNames.contains(n.id())) {
                match |= TypeFilter.isInstance(t, n.id());
            } else {
                return null;
            }
        }
        if (match) {
            TypeVar param = spec.locals.get(x.id());
            Pos at = c.pos();
            watches.add(() -> solver.subscribe(new NoneWatch(cx, param, at), param));
        }
        return match;
    }

    /** The type of parameter {@code name} in this specialization when a class test can be decided by it, else null. */
    private PyType decidableArgument(String name) {
        int index = fn.params().indexOf(name);
        if (fn.isModule() || index < 0 || index >= spec.argTypes().size() || fn.cellVars().contains(name)
                || rebinds(fn.body(), name)) {
            return null;
        }
        PyType t = spec.argTypes().get(index);
        boolean decidable = t instanceof PyType.InstanceType i && !i.cls().isException() && !i.cls().isBuiltin()
                || t instanceof PyType.Prim || t instanceof PyType.ListType || t instanceof PyType.DictType
                || t instanceof PyType.TupleType || t instanceof PyType.VarTupleType;
        return decidable ? t : null;
    }

    /** Reports an isinstance test decided True for a parameter's type once None reaches the parameter too. */
    private record NoneWatch(InferenceContext cx, TypeVar param, Pos at) implements Constraint {
        @Override
        public void propagate(ConstraintSolver solver) {
            if (param.types().contains(PyType.NONE)) {
                cx.error(at, MessageId.UNSUPPORTED_CONSTRUCT,
                        "isinstance() of a parameter that is None at some calls and an object at others");
            }
        }
    }

    /** {@code isinstance(x, C)} or {@code isinstance(x, (C, D))}: a bool; the classes must be known statically. */
    private TypeVar isinstance(Expr.Call c) {
        TypeVar result = solver.newVar("isinstance", c.pos());
        solver.addType(result, PyType.BOOL, c.pos());
        if (c.args().size() != 2) {
            return unsupported(c, "isinstance() without exactly two arguments");
        }
        expr(c.args().get(0));
        Expr classes = c.args().get(1);
        if (classes instanceof Expr.Name held && classTuple(held.id()) != null) {
            expr(held); // the lowering reads the classes from the tuple's type
            return result;
        }
        for (Expr e : classes instanceof Expr.Tuple t ? t.elts() : List.of(classes)) {
            if (e instanceof Expr.Name n && cx.moduleNames.contains(n.id()) && cx.classNamed(n.id()) == null
                    && cx.global(n.id()).single() instanceof PyType.BuiltinRef b
                    && b.function().overloads().get(0).returns() instanceof TypePattern.ModelObject) {
                expr(e); // a model class imported from a library module (deque): the lowering reads its type
                continue;
            }
            if (!(e instanceof Expr.Name n && (cx.classNamed(n.id()) != null || PyType.isBuiltinClassName(n.id())))) {
                return unsupported(e, "isinstance() with a class that is not known at compile time");
            }
        }
        return result;
    }

    /** {@code issubclass(C, D)}: decided at compile time from the classes the names hold (the lowering checks). */
    private TypeVar issubclass(Expr.Call c) {
        TypeVar result = solver.newVar("issubclass", c.pos());
        solver.addType(result, PyType.BOOL, c.pos());
        if (c.args().size() != 2 || !c.keywords().isEmpty()) {
            return unsupported(c, "issubclass() without exactly two arguments");
        }
        Expr classes = c.args().get(1);
        expr(c.args().get(0));
        for (Expr e : classes instanceof Expr.Tuple t ? t.elts() : List.of(classes)) {
            expr(e);
        }
        return result;
    }

    /** {@code callable(x)}: a bool the lowering decides from the types {@code x} may have. */
    private TypeVar callable(Expr.Call c) {
        TypeVar result = solver.newVar("callable", c.pos());
        solver.addType(result, PyType.BOOL, c.pos());
        if (c.args().size() != 1 || !c.keywords().isEmpty()) {
            return unsupported(c, "callable() without exactly one argument");
        }
        expr(c.args().get(0));
        return result;
    }

    private TypeVar binary(Node node, krait.syntax.Operator op, TypeVar left, TypeVar right) {
        TypeVar result = solver.newVar("expression", posOf(node));
        solver.subscribe(new BinaryConstraint(cx, spec, node, op, left, right, result), left, right);
        spec.exprTypes.put(node, result);
        return result;
    }

    private TypeVar constant(Expr.Constant c) {
        TypeVar v = solver.newVar("constant", c.pos());
        ConstValue value = c.value();
        PyType t = null;
        if (value instanceof ConstValue.IntValue i) {
            if (i.value().compareTo(MIN_I64) < 0 || i.value().compareTo(MAX_I64) > 0) {
                cx.error(c.pos(), MessageId.INT_LITERAL_TOO_BIG, i.value().toString());
            }
            t = PyType.INT;
        } else if (value instanceof ConstValue.FloatValue) {
            t = PyType.FLOAT;
        } else if (value instanceof ConstValue.BoolValue) {
            t = PyType.BOOL;
        } else if (value instanceof ConstValue.StrValue) {
            t = PyType.STR;
        } else if (value instanceof ConstValue.BytesValue) {
            t = PyType.BYTES;
        } else if (value instanceof ConstValue.ComplexValue) {
            t = PyType.COMPLEX;
        } else if (value instanceof ConstValue.NoneValue) {
            t = PyType.NONE;
        } else {
            unsupported(c, Constructs.describe(c));
        }
        if (t != null) {
            solver.addType(v, t, c.pos());
        }
        return v;
    }

    /** The variable a name refers to here: a local, a module variable, or a builtin. */
    private TypeVar nameVar(String name, Pos pos) {
        TypeVar scoped = comprehensionVar(name);
        if (scoped != null) {
            return scoped;
        }
        if (!fn.isModule() && fn.isLocal(name)) {
            return localVar(name, pos);
        }
        if (fn.captures().contains(name)) {
            return capturedVar(name, pos);
        }
        if (cx.moduleNames.contains(name)) {
            return cx.global(name);
        }
        TypeVar v = solver.newVar("name '" + name + "'", pos);
        var builtin = cx.models.function(name);
        ClassInfo builtinClass = cx.builtinClasses.get(name);
        if (builtinClass != null) {
            solver.addType(v, new PyType.ClassRef(builtinClass), pos);
        } else if (builtin.isPresent()) {
            solver.addType(v, new PyType.BuiltinRef(builtin.get()), pos);
        } else if (Constructs.isUnsupportedBuiltin(name)) {
            cx.error(pos, MessageId.UNSUPPORTED_DYNAMIC, Constructs.dynamicBuiltin(name));
        } else {
            cx.error(pos, MessageId.UNDEFINED_NAME, name);
        }
        return v;
    }

    private TypeVar comprehensionVar(String name) {
        for (var it = comprehensionScopes.descendingIterator(); it.hasNext(); ) {
            TypeVar v = it.next().get(name);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    /** A variable of an enclosing function: the one of the specialization this closure was made in. */
    private TypeVar capturedVar(String name, Pos pos) {
        Specialization env = spec.env();
        while (env != null) {
            FunctionInfo owner = env.function();
            if (owner.isLocal(name)) {
                return env.locals.computeIfAbsent(name, n -> solver.newVar("variable '" + VariableSplitting.sourceName(n) + "'", pos));
            }
            env = owner.captures().contains(name) ? env.env() : null;
        }
        return solver.newVar("variable '" + VariableSplitting.sourceName(name) + "'", pos);
    }

    private TypeVar localVar(String name, Pos pos) {
        return spec.locals.computeIfAbsent(name, n -> solver.newVar("variable '" + VariableSplitting.sourceName(n) + "'", pos));
    }

    /** X of a {@code list[X]} annotation when X is int, float, str or bool, else null. */
    private static PyType listElementHint(Expr annotation) {
        if (annotation instanceof Expr.Subscript sub && sub.value() instanceof Expr.Name n
                && (n.id().equals("list") || n.id().equals("List")) && sub.slice() instanceof Expr.Name e) {
            switch (e.id()) {
                case "int":
                    return PyType.INT;
                case "float":
                    return PyType.FLOAT;
                case "str":
                    return PyType.STR;
                case "bool":
                    return PyType.BOOL;
                default:
                    return null;
            }
        }
        return null;
    }

    private AllocSite site(Node node, String what) {
        return spec.sites.computeIfAbsent(node, n -> cx.siteFor(n, posOf(n), what, spec));
    }

    private TypeVar unsupported(Node node, String what) {
        cx.error(posOf(node), MessageId.UNSUPPORTED_CONSTRUCT, what);
        return solver.newVar("unsupported", posOf(node));
    }

    static Pos posOf(Node n) {
        if (n instanceof Expr e) {
            return e.pos();
        }
        if (n instanceof Stmt st) {
            return st.pos();
        }
        if (n instanceof krait.syntax.Arg a) {
            return a.pos();
        }
        return n instanceof Keyword k ? k.pos() : Pos.NONE;
    }
}
