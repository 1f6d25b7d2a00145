package krait.cpp.lower;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import krait.cpp.ir.CExpr;
import krait.cpp.ir.CFunction;
import krait.cpp.ir.CStmt;
import krait.cpp.ir.CType;
import krait.syntax.ConstValue;
import krait.syntax.Expr;
import krait.syntax.Operator;
import krait.syntax.Stmt;
import krait.types.ClassInfo;
import krait.types.ControlFlow;
import krait.types.FunctionInfo;
import krait.types.PyType;
import krait.types.Specialization;
import krait.types.TypeNaming;
import krait.types.TypeVar;

/** Lowers the statements of one specialization (or of the module body) to a C++ function. */
final class FunctionLowering {
    private final LoweringContext cx;
    private final Specialization spec;
    private final FunctionInfo fn;
    private final ExpressionLowering exprs;
    private final AssignmentLowering assignments;
    private final LoopLowering loops;
    private final CType returnType;
    private final PyType returnPyType;
    /** The C++ variables of the exceptions the enclosing except clauses handle (innermost last). */
    private final java.util.ArrayDeque<String> handlers = new java.util.ArrayDeque<>();

    FunctionLowering(LoweringContext cx, Specialization spec) {
        this.cx = cx;
        this.spec = spec;
        this.fn = spec.function();
        this.exprs = new ExpressionLowering(cx, spec);
        this.assignments = new AssignmentLowering(cx, spec, exprs);
        this.loops = new LoopLowering(cx, spec, exprs, assignments);
        PyType ret = fn.isModule() ? null : CppTypes.representative(spec.returnVar());
        this.returnPyType = ret;
        // a generator's statements run inside its body lambda, which returns nothing
        this.returnType = ret == null || ret.equals(PyType.NONE) || fn.isGenerator() ? CType.VOID
                : CppTypes.ofVar(spec.returnVar());
    }

    /**
     * A value-class parameter the function never rebinds is read through a const reference: a
     * struct of three doubles passed by value goes through the stack, stored and reloaded at
     * every call (raytrace's intersect: 33 -> 21 ms). Not for a generator, whose frame outlives
     * the call, nor for a parameter a nested function captures.
     */
    private boolean passedByConstReference(int i) {
        String name = fn.params().get(i);
        if (fn.isGenerator() || fn.cellVars().contains(name)
                || !(spec.argTypes().get(i) instanceof PyType.InstanceType inst && inst.cls().isValueType())) {
            return false;
        }
        boolean[] rebound = {false};
        for (krait.syntax.Stmt st : fn.body()) {
            krait.syntax.Nodes.walk(st, n -> {
                if (n instanceof krait.syntax.Expr.Name nm && nm.id().equals(name) && nm.ctx() != krait.syntax.ExprContext.Load
                        || name.equals(ScratchLists.nameBoundWithoutAssignment(n))) {
                    rebound[0] = true;
                }
                return !rebound[0];
            });
        }
        return !rebound[0];
    }

    CFunction lower(String name) {
        List<CFunction.Param> params = new ArrayList<>();
        if (!fn.captures().isEmpty() && spec.env() != null) {
            params.add(new CFunction.Param(CppTypes.frameType(spec.env()), ExpressionLowering.ENV));
        }
        for (int i = 0; i < fn.params().size(); i++) {
            TypeVar local = spec.locals().get(fn.params().get(i));
            // a parameter that also receives None beside its int is an optional int
            // (and one that receives a float beside its int, a number: CallConstraint#numberSlots)
            CType type = local != null && CppTypes.representative(local) instanceof PyType.OptionalType o
                    ? CppTypes.of(o)
                    : local != null && CppTypes.representative(local) instanceof PyType.NumberType n
                    ? CppTypes.of(n) : CppTypes.of(spec.argTypes().get(i));
            if (local != null && spec.argTypes().get(i).equals(PyType.NONE) && CppTypes.ofVar(local).isPointer()) {
                // passed None, then given an object (node = node or self.root): the variable's pointer
                type = CppTypes.ofVar(local);
            }
            if (i == 0 && fn.name().equals("__init__") && fn.ownerClass() != null && fn.ownerClass().isValueType()) {
                type = new CType.Named(CppTypes.className(fn.ownerClass()) + "&"); // fills in the caller's struct
            } else if (passedByConstReference(i)) {
                type = new CType.Named("const " + CppTypes.spelled(type) + "&");
            }
            params.add(new CFunction.Param(type, Names.of(fn.params().get(i))));
        }
        List<CStmt> body = new ArrayList<>();
        if (!fn.isModule() && !fn.isGenerator() && cx.countsDepth(spec)) {
            // a catchable RecursionError past sys.getrecursionlimit(), as in CPython; a generator's
            // frame is counted by each resume instead (generator.h: the guard would stay entered
            // while the generator is suspended)
            body.add(new CStmt.VarDecl(new CType.Named("krait::recursion_guard"), "krait_depth", null));
        }
        if (!fn.isModule()) {
            for (Map.Entry<String, TypeVar> local : spec.locals().entrySet()) {
                if (fn.params().contains(local.getKey()) || fn.cellVars().contains(local.getKey())) {
                    continue;
                }
                PyType t = CppTypes.representative(local.getValue());
                if (t instanceof PyType.FunctionRef f && CppTypes.capturesNothing(f) || t instanceof PyType.BuiltinRef
                        || t instanceof PyType.ClassRef || t instanceof PyType.ModuleRef) {
                    continue;
                }
                body.add(new CStmt.VarDecl(CppTypes.ofVar(local.getValue()), Names.of(local.getKey()), null));
            }
        }
        if (!fn.isModule() && !fn.cellVars().isEmpty()) {
            CType frame = CppTypes.frameType(spec);
            CExpr frameRef = new CExpr.VarRef(ExpressionLowering.FRAME);
            body.add(new CStmt.VarDecl(frame, ExpressionLowering.FRAME, new CExpr.NewObject(frame.pointee())));
            if (!fn.captures().isEmpty() && spec.env() != null) {
                body.add(new CStmt.Assign(new CExpr.FieldRef(frameRef, ExpressionLowering.ENV),
                        new CExpr.VarRef(ExpressionLowering.ENV)));
            }
            for (String p : fn.params()) {
                if (fn.cellVars().contains(p)) {
                    body.add(new CStmt.Assign(new CExpr.FieldRef(frameRef, Names.of(p)), new CExpr.VarRef(Names.of(p))));
                }
            }
        }
        block(fn.body(), body);
        if (!fn.isModule() && returnType.isPointer() && ControlFlow.canCompleteNormally(fn.body())) {
            body.add(new CStmt.Return(CExpr.NULL));
        } else if (!fn.isModule() && returnPyType instanceof PyType.OptionalType && ControlFlow.canCompleteNormally(fn.body())) {
            body.add(new CStmt.Return(CExpr.NONE));
        }
        if (fn.isGenerator()) {
            CType generator = CppTypes.ofVar(spec.returnVar());
            List<CType> typeArgs = ((CType.Instance) generator.pointee()).args();
            String qualname = fn.pythonQualname();
            body = List.of(new CStmt.Return(new CExpr.Generator(typeArgs.get(0), typeArgs.size() > 1 ? typeArgs.get(1) : null,
                    krait.cpp.ir.CppLiterals.stringLiteral(qualname), body)));
            return new CFunction(generator, name, params, body, pythonSignature());
        }
        return new CFunction(returnType, name, params, body, pythonSignature(), returnsOneExpression());
    }

    /**
     * Whether the body is one {@code return expr} (after a docstring), without a frame of captured
     * variables: small functions such as {@code a(i, j)} of a matrix or a vector's {@code dot}, which
     * are worth inlining into the loops that call them.
     */
    private boolean returnsOneExpression() {
        if (fn.isModule() || fn.isGenerator() || !fn.captures().isEmpty() || !fn.cellVars().isEmpty()) {
            return false;
        }
        List<Stmt> stmts = fn.body();
        if (stmts.size() == 2 && stmts.get(0) instanceof Stmt.ExprStmt e && e.value() instanceof Expr.Constant) {
            stmts = stmts.subList(1, 2);
        }
        return stmts.size() == 1 && stmts.get(0) instanceof Stmt.Return r && r.value() != null;
    }

    private String pythonSignature() {
        if (fn.isModule()) {
            return "module " + cx.program.file().displayName();
        }
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < fn.params().size(); i++) {
            parts.add(fn.params().get(i) + ": " + TypeNaming.full(spec.argTypes().get(i)));
        }
        String ret = returnPyType == null ? "NoReturn" : TypeNaming.full(returnPyType);
        return "def " + fn.name() + "(" + String.join(", ", parts) + ") -> " + ret;
    }

    private void block(List<Stmt> stmts, List<CStmt> out) {
        for (Stmt s : stmts) {
            if (!(s instanceof Stmt.Pass || s instanceof Stmt.Global || s instanceof Stmt.Nonlocal || isDocstring(s))) {
                krait.diag.Location at = krait.diag.Location.of(cx.program.file(), s.pos()); // the module's own file
                out.add(new CStmt.LineComment(at.file().displayName(), at.line(), at.file().line(at.line()).strip()));
            }
            stmt(s, out);
            if (s instanceof Stmt.If i && spec.decidedTest(i) != null
                    && !ControlFlow.canCompleteNormally(spec.decidedTest(i) ? i.body() : i.orelse(), spec::decidedTest)) {
                return; // the decided branch always leaves: the rest was not analysed and never runs
            }
        }
    }

    private List<CStmt> block(List<Stmt> stmts) {
        List<CStmt> out = new ArrayList<>();
        block(stmts, out);
        return out;
    }

    private static boolean isDocstring(Stmt s) {
        return s instanceof Stmt.ExprStmt e && e.value() instanceof Expr.Constant;
    }

    private void stmt(Stmt s, List<CStmt> out) {
        if (s instanceof Stmt.ExprStmt e) {
            if (!isDocstring(s)) {
                out.add(new CStmt.ExprStmt(exprs.effect(e.value())));
            }
        } else if (s instanceof Stmt.Assign a) {
            assign(a, out);
        } else if (s instanceof Stmt.AugAssign a) {
            augAssign(a, out);
        } else if (s instanceof Stmt.AnnAssign a) {
            if (a.value() != null) {
                out.add(store(a.target(), exprs.value(a.value()), exprs.typeOf(a.value())));
            }
        } else if (s instanceof Stmt.If i && spec.decidedTest(i) != null) {
            // isinstance(param, C) that this specialization's argument types answer: only that
            // branch was analysed (the test itself reads a parameter: nothing to evaluate)
            out.add(new CStmt.If(new CExpr.BoolLit(true), block(spec.decidedTest(i) ? i.body() : i.orelse()), List.of()));
        } else if (s instanceof Stmt.If i) {
            out.add(new CStmt.If(exprs.condition(i.test()), block(i.body()), block(i.orelse())));
        } else if (s instanceof Stmt.While w) {
            out.add(new CStmt.While(exprs.condition(w.test()), block(w.body())));
        } else if (s instanceof Stmt.For f) {
            forLoop(f, out);
        } else if (s instanceof Stmt.Return r && fn.isGenerator() && r.value() != null
                && !CppTypes.representative(spec.returnedVar()).equals(PyType.NONE)) {
            generatorReturn(r, out);
        } else if (s instanceof Stmt.Return r) {
            if (r.value() == null) {
                out.add(new CStmt.Return(returnType.isPointer() ? CExpr.NULL
                        : returnPyType instanceof PyType.OptionalType ? CExpr.NONE : null));
            } else if (returnType.equals(CType.VOID)) {
                out.add(new CStmt.ExprStmt(exprs.effect(r.value())));
                out.add(new CStmt.Return(null));
            } else {
                out.add(new CStmt.Return(exprs.coerce(exprs.value(r.value()), exprs.typeOf(r.value()), returnPyType)));
            }
        } else if (s instanceof Stmt.FunctionDef def && !fn.isModule()) {
            // a nested def: its variable holds the closure (this frame) when it captures anything
            PyType t = exprs.typeOf(new Expr.Name(def.pos(), def.name(), krait.syntax.ExprContext.Load));
            PyType own = spec.locals().containsKey(def.name()) ? CppTypes.representative(spec.locals().get(def.name())) : t;
            if (own instanceof PyType.FunctionRef f) {
                assignDefaults(def, f.function(), out);
                if (!CppTypes.capturesNothing(f)) {
                    out.add(new CStmt.Assign(exprs.variable(def.name()), new CExpr.VarRef(ExpressionLowering.FRAME)));
                }
            }
        } else if (s instanceof Stmt.FunctionDef def) {
            assignDefaults(def, null, out);
            Expr.Call decoration = spec.decoration(def);
            if (decoration != null) {
                // @d def f: f = d(f)
                PyType held = CppTypes.representative(cx.program.globals().get(def.name()));
                if (held == null || held instanceof PyType.FunctionRef f && CppTypes.capturesNothing(f)
                        || held instanceof PyType.BuiltinRef || held instanceof PyType.ClassRef) {
                    out.add(new CStmt.ExprStmt(exprs.effect(decoration)));
                } else {
                    out.add(store(new Expr.Name(def.pos(), def.name(), krait.syntax.ExprContext.Store),
                            exprs.value(decoration), exprs.typeOf(decoration)));
                }
            }
        } else if (s instanceof Stmt.ClassDef c) {
            classDef(c, out);
        } else if (s instanceof Stmt.Try t) {
            tryStatement(t, out);
        } else if (s instanceof Stmt.Raise r) {
            raise(r, out);
        } else if (s instanceof Stmt.Assert a) {
            CExpr msg = a.msg() == null ? CExpr.NULL : new CExpr.Call("krait::str_of", List.of(exprs.value(a.msg())));
            out.add(new CStmt.If(new CExpr.Unary("!", exprs.condition(a.test())),
                    List.of(new CStmt.ExprStmt(new CExpr.Call("krait::raise_assertion_error", List.of(msg)))), List.of()));
        } else if (s instanceof Stmt.With w) {
            withStatement(w, out);
        } else if (s instanceof Stmt.Delete d) {
            delete(d, out);
        } else if (s instanceof Stmt.Break) {
            out.add(new CStmt.Break());
        } else if (s instanceof Stmt.Continue) {
            out.add(new CStmt.Continue());
        } else if (!(s instanceof Stmt.Pass || s instanceof Stmt.Global || s instanceof Stmt.Nonlocal
                || s instanceof Stmt.Import || s instanceof Stmt.ImportFrom)) {
            throw cx.unsupported(s.pos(), "this statement");
        }
    }

    /**
     * {@code return v} in a generator: v is kept for the StopIteration that ends it and for
     * {@code yield from}, as the type the generator returns (as the type of e.value when the
     * program reads StopIteration's value, which every generator's StopIteration then holds).
     */
    private void generatorReturn(Stmt.Return r, List<CStmt> out) {
        PyType returned = CppTypes.representative(spec.returnedVar());
        String r2 = CppTypes.spelled(CppTypes.ofVar(spec.returnedVar()));
        String make = cx.program.stopIterationValue() == null ? "&krait::make_stop<" + r2 + ">"
                : "&krait::make_stop_with<" + CppTypes.spelled(CppTypes.ofVar(cx.program.stopIterationValue())) + ", " + r2 + ">";
        out.add(new CStmt.ExprStmt(new CExpr.MemberCall(new CExpr.VarRef("krait_yield"), "template returns<" + r2 + ">",
                List.of(exprs.coerce(exprs.value(r.value()), exprs.typeOf(r.value()), returned), new CExpr.Constant(make)))));
        out.add(new CStmt.Return(null));
    }

    private void assign(Stmt.Assign a, List<CStmt> out) {
        if (exprs.neverReturns(a.value())) {
            // r = fail(): the call raises, nothing is stored (the targets may have no type at all)
            out.add(new CStmt.ExprStmt(exprs.effect(a.value())));
            return;
        }
        PyType valueType = exprs.typeOf(a.value());
        CExpr value = exprs.value(a.value());
        if (a.targets().size() == 1) {
            out.add(store(a.targets().get(0), value, valueType));
            return;
        }
        // a = b = value: evaluate once, then store left to right as Python does
        String tmp = cx.temp("value");
        List<CStmt> inner = new ArrayList<>();
        inner.add(new CStmt.VarDecl(CppTypes.of(valueType), tmp, value));
        for (Expr target : a.targets()) {
            inner.add(store(target, new CExpr.VarRef(tmp), valueType));
        }
        out.add(new CStmt.Block(inner));
    }

    /** {@code target = value}. */
    private CStmt store(Expr target, CExpr value, PyType valueType) {
        List<CStmt> out = new ArrayList<>();
        assignments.store(target, value, valueType, out);
        return out.size() == 1 ? out.get(0) : new CStmt.Block(out);
    }

    private void augAssign(Stmt.AugAssign a, List<CStmt> out) {
        PyType valueType = exprs.typeOf(a.value());
        PyType resultType = CppTypes.representative(spec.typeOf(a));
        if (exprs.typeOf(a.target()).equals(PyType.BYTEARRAY) && (a.op() == Operator.Add || a.op() == Operator.Mult)
                && (a.target() instanceof Expr.Name || a.target() instanceof Expr.Attribute t && t.value() instanceof Expr.Name
                && spec.targetsOf(t).isEmpty())) {
            // bytearray += b / *= n change the object in place; other names for it see the change
            CExpr target = a.target() instanceof Expr.Name n ? exprs.variable(n.id()) : exprs.lowerAttribute((Expr.Attribute) a.target());
            out.add(new CStmt.ExprStmt(new CExpr.MemberCall(target, a.op() == Operator.Add ? "extend" : "irepeat",
                    List.of(exprs.value(a.value())))));
            return;
        }
        if (a.target() instanceof Expr.Name n) {
            PyType varType = exprs.typeOf(a.target());
            CExpr variable = exprs.variable(n.id());
            if (varType instanceof PyType.ListType && a.op() == Operator.Add) {
                // list += list extends the list in place; other names for it see the change
                out.add(new CStmt.ExprStmt(new CExpr.MemberCall(variable, "extend", List.of(exprs.value(a.value())))));
                return;
            }
            if (PyType.INT.equals(varType) && PyType.INT.equals(resultType) && cx.counters(fn).contains(n.id())
                    && (a.op() == Operator.Add || a.op() == Operator.Sub)) {
                // a counter's step of one cannot overflow (see Counters)
                out.add(new CStmt.Assign(variable, new CExpr.Binary(a.op().symbol, variable, new CExpr.IntLit(1))));
                return;
            }
            CExpr result = exprs.binaryAt(a, a.op(), variable, varType, exprs.value(a.value()), valueType);
            out.add(new CStmt.Assign(variable, exprs.coerce(result, resultType, varType)));
        } else if (a.target() instanceof Expr.Subscript sub) {
            // c[i] op= v evaluates c and i once
            PyType containerType = exprs.typeOf(sub.value());
            PyType element = elementType(containerType);
            String c = cx.temp("container");
            String i = cx.temp("index");
            boolean inPlace = containerType instanceof PyType.DictType
                    || containerType instanceof PyType.ModelInstance m && m.cls().methods().containsKey("__setitem__");
            if (inPlace && spec.targetsOf(a).isEmpty()
                    && (a.value() instanceof Expr.Constant || a.value() instanceof Expr.Name)) {
                // d[k] op= v with a plain v: one lookup, then the value is updated in place
                String ref = cx.temp("value");
                CExpr result = exprs.binaryAt(a, a.op(), new CExpr.VarRef(ref), element, exprs.value(a.value()), valueType);
                out.add(new CStmt.Block(List.of(
                        new CStmt.VarDecl(CppTypes.of(containerType), c, exprs.value(sub.value())),
                        new CStmt.VarDecl(exprs.cppTypeOf(sub.slice()), i, exprs.value(sub.slice())),
                        new CStmt.VarDecl(new CType.Named("auto&"), ref, new CExpr.MemberCall(new CExpr.VarRef(c),
                                "getitem_ref", List.of(new CExpr.VarRef(i)))),
                        new CStmt.Assign(new CExpr.VarRef(ref), exprs.coerce(result, resultType, element)))));
                return;
            }
            CExpr item = new CExpr.MemberCall(new CExpr.VarRef(c), "getitem", List.of(new CExpr.VarRef(i)));
            CExpr result = exprs.binaryAt(a, a.op(), item, element, exprs.value(a.value()), valueType);
            out.add(new CStmt.Block(List.of(
                    new CStmt.VarDecl(CppTypes.of(containerType), c, exprs.value(sub.value())),
                    new CStmt.VarDecl(exprs.cppTypeOf(sub.slice()), i, exprs.value(sub.slice())),
                    new CStmt.ExprStmt(new CExpr.MemberCall(new CExpr.VarRef(c), "setitem",
                            List.of(new CExpr.VarRef(i), exprs.coerce(result, resultType, element)))))));
        } else if (a.target() instanceof Expr.Attribute attr && spec.targetsOf(attr).isEmpty()) {
            // obj.f op= v: obj is evaluated once
            PyType fieldType = exprs.typeOf(attr);
            if (attr.value() instanceof Expr.Name) {
                CExpr field = exprs.lowerAttribute(attr);
                CExpr result = exprs.binaryAt(a, a.op(), field, fieldType, exprs.value(a.value()), valueType);
                out.add(new CStmt.Assign(exprs.lowerAttribute(attr), exprs.coerce(result, resultType, fieldType)));
            } else {
                String obj = cx.temp("object");
                CExpr objRef = new CExpr.VarRef(obj);
                CExpr result = exprs.binaryAt(a, a.op(), exprs.lowerAttribute(attr, objRef), fieldType,
                        exprs.value(a.value()), valueType);
                out.add(new CStmt.Block(List.of(
                        new CStmt.VarDecl(exprs.cppTypeOf(attr.value()), obj, exprs.value(attr.value())),
                        new CStmt.Assign(exprs.lowerAttribute(attr, objRef), exprs.coerce(result, resultType, fieldType)))));
            }
        } else if (a.target() instanceof Expr.Attribute attr && attr.value() instanceof Expr.Name) {
            // obj.p op= v on a property: the getter, the operator, then the setter
            CExpr current = exprs.value(attr);
            CExpr result = exprs.binaryAt(a, a.op(), current, exprs.typeOf(attr), exprs.value(a.value()), valueType);
            assignments.store(attr, result, resultType, out);
        } else {
            throw cx.unsupported(a.pos(), "this augmented assignment target");
        }
    }

    private static PyType elementType(PyType container) {
        return AssignmentLowering.elementType(container, true);
    }

    private void forLoop(Stmt.For f, List<CStmt> out) {
        if (!f.orelse().isEmpty()) {
            throw cx.unsupported(f.pos(), "'else' on a 'for' loop");
        }
        if (exprs.typeOf(f.iter()) instanceof PyType.GeneratorType g && f.iter() instanceof Expr.Call
                && closingMatters(g.spec().function())) {
            // for x in gen(): the loop holds the only reference, and CPython closes the generator
            // as soon as the loop drops it (a break, return or exception): its finally blocks run then
            String gen = cx.temp("generator");
            List<CStmt> scope = new ArrayList<>();
            scope.add(new CStmt.VarDecl(CppTypes.of(g), gen, exprs.value(f.iter())));
            scope.add(new CStmt.VarDecl(new CType.Named("krait::generator_closer"), cx.temp("closer"),
                    new CExpr.Call("krait::generator_closer", List.of(new CExpr.VarRef(gen)))));
            scope.add(loops.loop(f.target(), f.iter(), new CExpr.VarRef(gen), f, block(f.body())));
            out.add(new CStmt.Block(scope));
            return;
        }
        out.add(loops.loop(f.target(), f.iter(), f, block(f.body())));
    }

    /**
     * Whether closing a generator of {@code fn} early can be seen: its body has a try or with
     * statement (finally blocks, handlers of GeneratorExit, __exit__) or delegates with yield from.
     */
    private static boolean closingMatters(FunctionInfo fn) {
        if (fn.def() == null) {
            return false;
        }
        boolean[] found = {false};
        for (Stmt s : fn.def().body()) {
            krait.syntax.Nodes.walk(s, n -> {
                if (n instanceof Stmt.Try || n instanceof Stmt.TryStar || n instanceof Stmt.With || n instanceof Expr.YieldFrom) {
                    found[0] = true;
                }
                return !found[0] && !(n instanceof Stmt.FunctionDef || n instanceof Stmt.ClassDef || n instanceof Expr.Lambda);
            });
        }
        return found[0];
    }

    /** A class body runs at its definition: class attributes and the defaults of its methods. */
    private void classDef(Stmt.ClassDef c, List<CStmt> out) {
        ClassInfo cls = cx.program.classes().stream().filter(k -> k.def() == c).findFirst().orElse(null);
        if (cls == null) {
            return;
        }
        CType type = CppTypes.classType(cls).pointee();
        for (Stmt s : c.body()) {
            if (s instanceof Stmt.Assign a) {
                for (Expr t : a.targets()) {
                    Expr.Name n = (Expr.Name) t;
                    out.add(new CStmt.Assign(new CExpr.StaticFieldRef(type, Names.of(n.id())), exprs.value(a.value())));
                }
            } else if (s instanceof Stmt.AnnAssign a && a.value() != null) {
                out.add(new CStmt.Assign(new CExpr.StaticFieldRef(type, Names.of(((Expr.Name) a.target()).id())),
                        exprs.value(a.value())));
            } else if (s instanceof Stmt.FunctionDef def) {
                assignDefaults(def, cls.methodFor(def), out);
                Expr.Call decoration = spec.decoration(def);
                if (decoration != null) {
                    // @d def m: the class keeps d(m), which calls through an instance go to
                    TypeVar heldVar = cls.ownClassAttributes().get(FunctionInfo.DECORATED_PREFIX + def.name());
                    PyType held = heldVar == null ? null : CppTypes.representative(heldVar);
                    if (held == null || held instanceof PyType.FunctionRef f && CppTypes.capturesNothing(f)) {
                        out.add(new CStmt.ExprStmt(exprs.effect(decoration)));
                    } else {
                        out.add(new CStmt.Assign(new CExpr.StaticFieldRef(type,
                                Names.of(FunctionInfo.DECORATED_PREFIX + def.name())), exprs.value(decoration)));
                    }
                }
            }
        }
    }

    private void assignDefaults(Stmt.FunctionDef def, FunctionInfo fn, List<CStmt> out) {
        for (var d : Lowering.defaultsOf(def)) {
            String name = fn == null ? LoweringContext.defaultName(def.name(), d.param())
                    : LoweringContext.defaultName(fn, d.param());
            out.add(new CStmt.Assign(new CExpr.VarRef(name), exprs.value(d.value())));
        }
    }

    /**
     * try/except/else/finally: one C++ catch of every Python exception, whose handler tests the
     * except clauses in order (a clause may name several classes) and re-throws when none matches;
     * {@code else} runs when the body raised nothing; {@code finally} is a scope guard, so it also
     * runs on return, break and continue.
     */
    private void tryStatement(Stmt.Try t, List<CStmt> out) {
        List<CStmt> scope = new ArrayList<>();
        if (!t.finalbody().isEmpty()) {
            scope.add(new CStmt.Defer(cx.temp("finally"), block(t.finalbody())));
        }
        String raised = t.orelse().isEmpty() ? null : cx.temp("raised");
        if (raised != null) {
            scope.add(new CStmt.VarDecl(CType.BOOL, raised, new CExpr.BoolLit(false)));
        }
        if (t.handlers().isEmpty()) {
            scope.addAll(block(t.body()));
        } else {
            String ex = cx.temp("exception");
            List<CStmt> chain = List.of(new CStmt.Throw(null));
            for (int i = t.handlers().size() - 1; i >= 0; i--) {
                krait.syntax.ExceptHandler h = t.handlers().get(i);
                List<CStmt> body = new ArrayList<>();
                if (h.name() != null) {
                    CType varType = CppTypes.ofVar(spec.comprehensionVars(h).get(h.name()));
                    body.add(new CStmt.VarDecl(varType, Names.of(h.name()),
                            new CExpr.Cast(varType, new CExpr.VarRef(ex), "dynamic")));
                }
                handlers.addLast(ex);
                try {
                    body.addAll(block(h.body()));
                } finally {
                    handlers.removeLast();
                }
                CExpr test = handlerTest(h, ex);
                chain = test == null ? body : List.of(new CStmt.If(test, body, chain));
            }
            List<CStmt> handler = new ArrayList<>();
            if (raised != null) {
                handler.add(new CStmt.Assign(new CExpr.VarRef(raised), new CExpr.BoolLit(true)));
            }
            handler.addAll(chain);
            scope.add(new CStmt.TryCatch(block(t.body()), ex, handler));
        }
        if (raised != null) {
            scope.add(new CStmt.If(new CExpr.Unary("!", new CExpr.VarRef(raised)), block(t.orelse()), List.of()));
        }
        out.add(new CStmt.Block(scope));
    }

    /** Whether the caught exception {@code ex} is one of the clause's classes; null for a bare except. */
    private CExpr handlerTest(krait.syntax.ExceptHandler h, String ex) {
        if (h.type() == null) {
            return null;
        }
        CExpr test = null;
        for (Expr e : h.type() instanceof Expr.Tuple tu ? tu.elts() : List.of(h.type())) {
            ClassInfo c = e instanceof Expr.Name n ? exceptionClass(n.id()) : null;
            if (c == null && exprs.typeOf(e) instanceof PyType.ClassRef r) {
                c = r.cls(); // getopt.GetoptError, or GetoptError imported from getopt
            }
            if (c.isBuiltin() && c.name().equals("BaseException")) {
                return null;
            }
            CExpr one = CppTypes.exceptionTest(c, new CExpr.VarRef(ex), cx.program.classes());
            test = test == null ? one : new CExpr.Binary("||", test, one);
        }
        return test;
    }

    private ClassInfo exceptionClass(String name) {
        for (ClassInfo c : cx.program.classes()) {
            if (c.name().equals(name)) {
                return c;
            }
        }
        return cx.program.builtinClasses().get(name);
    }

    private void raise(Stmt.Raise r, List<CStmt> out) {
        if (r.exc() == null) {
            out.add(new CStmt.Throw(null));
            return;
        }
        PyType t = exprs.typeOf(r.exc());
        CExpr exc = t instanceof PyType.ClassRef c
                ? new CExpr.Call("krait::make_exception<" + CppTypes.className(c.cls()) + ">", List.of())
                : exprs.value(r.exc());
        if (!handlers.isEmpty()) {
            // raised while another is handled: that one is its __context__
            exc = new CExpr.Call("krait::with_context", List.of(exc, new CExpr.VarRef(handlers.peekLast())));
        }
        if (r.cause() != null) {
            // X is evaluated before the cause, as in Python
            String tmp = cx.temp("raised");
            CType type = t instanceof PyType.ClassRef c ? CppTypes.classType(c.cls()) : CppTypes.of(t);
            out.add(new CStmt.VarDecl(type, tmp, exc));
            PyType causeType = exprs.typeOf(r.cause());
            CExpr cause = causeType.equals(PyType.NONE) ? new CExpr.Comma(exprs.value(r.cause()), CExpr.NULL) : exprs.value(r.cause());
            exc = new CExpr.Call("krait::with_cause", List.of(new CExpr.VarRef(tmp), cause));
        }
        out.add(new CStmt.Throw(exc));
    }

    /**
     * with cm as x: x = cm.__enter__(); the block; cm.__exit__(None, None, None) however the block
     * is left, except by an exception: then cm.__exit__(its class, it, None), and the exception
     * goes on unless that returns true. Several items nest, the first outermost.
     */
    private void withStatement(Stmt.With w, List<CStmt> out) {
        out.add(new CStmt.Block(withItems(w, 0)));
    }

    private List<CStmt> withItems(Stmt.With w, int index) {
        if (index == w.items().size()) {
            return block(w.body());
        }
        List<CStmt> scope = new ArrayList<>();
        krait.syntax.WithItem item = w.items().get(index);
        PyType t = exprs.typeOf(item.contextExpr());
        String manager = cx.temp("manager");
        scope.add(new CStmt.VarDecl(CppTypes.of(t), manager, exprs.value(item.contextExpr())));
        if (t instanceof PyType.ModelInstance m) {
            modelWith(m, item, manager, scope);
            scope.addAll(withItems(w, index + 1));
            return scope;
        }
        var enter = (krait.types.CallTarget.User) spec.targetsOf(item.contextExpr()).get(List.of(t));
        var exit = (krait.types.CallTarget.User) spec.targetsOf(item).get(List.of(t));
        CExpr entered = new CExpr.Call(cx.functionName(enter.callee()), List.of(new CExpr.VarRef(manager)));
        if (item.optionalVars() != null) {
            PyType enteredType = CppTypes.representative(enter.callee().returnVar());
            assignments.store(item.optionalVars(), entered, enteredType == null ? PyType.NONE : enteredType, scope);
        } else {
            scope.add(new CStmt.ExprStmt(entered));
        }
        List<PyType> exitTypes = exit.callee().argTypes();
        boolean protocol = exitTypes.size() == 4 && exitTypes.get(1) instanceof PyType.ExceptionClass;
        String raised = cx.temp("raised");
        if (protocol) {
            scope.add(new CStmt.VarDecl(CType.BOOL, raised, new CExpr.BoolLit(false)));
        }
        CExpr normalExit = new CExpr.Call(cx.functionName(exit.callee()), List.of(new CExpr.VarRef(manager),
                protocol ? CExpr.NULL : CExpr.NONE, protocol ? CExpr.NULL : CExpr.NONE, CExpr.NONE));
        scope.add(new CStmt.Defer(cx.temp("exit"), List.of(protocol
                ? new CStmt.If(new CExpr.Unary("!", new CExpr.VarRef(raised)), List.of(new CStmt.ExprStmt(normalExit)), List.of())
                : new CStmt.ExprStmt(normalExit))));
        List<CStmt> body = withItems(w, index + 1);
        if (!protocol) {
            scope.addAll(body);
            return scope;
        }
        String caught = cx.temp("exception");
        CExpr exitCall = new CExpr.Call(cx.functionName(exit.callee()), List.of(new CExpr.VarRef(manager),
                new CExpr.Call("krait::class_of_exception", List.of(new CExpr.VarRef(caught))),
                new CExpr.VarRef(caught), CExpr.NONE));
        PyType returned = CppTypes.representative(exit.callee().returnVar());
        List<CStmt> handler = new ArrayList<>();
        handler.add(new CStmt.Assign(new CExpr.VarRef(raised), new CExpr.BoolLit(true)));
        handler.add(new CStmt.If(new CExpr.Unary("!", exprs.truth(exitCall, returned == null ? PyType.NONE : returned)),
                List.of(new CStmt.Throw(null)), List.of()));
        scope.add(new CStmt.TryCatch(body, caught, handler));
        return scope;
    }

    /** A model class's context manager: its {@code __enter__} returns the object; both are C++ members. */
    private void modelWith(PyType.ModelInstance m, krait.syntax.WithItem item, String manager, List<CStmt> scope) {
        String enterName = m.cls().methods().get("__enter__").overloads().get(0).cppName();
        String exitName = m.cls().methods().get("__exit__").overloads().get(0).cppName();
        CExpr entered = new CExpr.MemberCall(new CExpr.VarRef(manager), enterName, List.of());
        if (item.optionalVars() != null) {
            assignments.store(item.optionalVars(), entered, m, scope);
        } else {
            scope.add(new CStmt.ExprStmt(entered));
        }
        scope.add(new CStmt.Defer(cx.temp("exit"), List.of(new CStmt.ExprStmt(
                new CExpr.MemberCall(new CExpr.VarRef(manager), exitName, List.of())))));
    }

    private void delete(Stmt.Delete d, List<CStmt> out) {
        for (Expr target : d.targets()) {
            Expr.Subscript sub = (Expr.Subscript) target;
            if (sub.slice() instanceof Expr.Slice sl) {
                List<CExpr> bounds = new ArrayList<>();
                for (Expr b : java.util.Arrays.asList(sl.lower(), sl.upper(), sl.step())) {
                    bounds.add(exprs.sliceBound(b));
                }
                out.add(new CStmt.ExprStmt(new CExpr.MemberCall(exprs.value(sub.value()), "delslice", bounds)));
            } else {
                out.add(new CStmt.ExprStmt(new CExpr.MemberCall(exprs.value(sub.value()), "delitem",
                        List.of(exprs.value(sub.slice())))));
            }
        }
    }
}
