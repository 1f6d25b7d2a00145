package krait.cpp.lower;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import krait.cpp.ir.CExpr;
import krait.cpp.ir.CStmt;
import krait.syntax.ConstValue;
import krait.syntax.Expr;
import krait.syntax.Keyword;
import krait.types.CallTarget;
import krait.types.FunctionInfo;
import krait.types.ModelParam;
import krait.types.ModelSignature;
import krait.types.PyType;
import krait.types.Specialization;

/**
 * Calls: a user function's specialization by its C++ name with arguments in parameter order
 * (defaults from their module variables), or a model function by the C++ name its model gives.
 */
final class CallLowering {
    private final LoweringContext cx;
    private final Specialization spec;
    private final ExpressionLowering exprs;

    CallLowering(LoweringContext cx, Specialization spec, ExpressionLowering exprs) {
        this.cx = cx;
        this.spec = spec;
        this.exprs = exprs;
    }

    CExpr call(Expr.Call call) {
        Expr receiver = call.func() instanceof Expr.Attribute a ? a.value() : call.func();
        List<PyType> key = new ArrayList<>();
        key.add(exprs.typeOf(receiver));
        for (Expr a : call.args()) {
            key.add(exprs.typeOf(a));
        }
        for (Keyword k : call.keywords()) {
            key.add(exprs.typeOf(k.value()));
        }
        CallTarget target = findTarget(call, key);
        // receiver, positional and keyword arguments, in the order Python evaluates them
        boolean method = call.func() instanceof Expr.Attribute;
        List<Expr> operands = new ArrayList<>();
        if (method) {
            operands.add(receiver);
        }
        operands.addAll(call.args());
        call.keywords().forEach(k -> operands.add(k.value()));
        List<CStmt> hoisted = new ArrayList<>();
        List<CExpr> values = new ArrayList<>(exprs.inOrder(operands, hoisted));
        CExpr recv = method ? values.remove(0) : null;
        CExpr result;
        if (target instanceof CallTarget.User u) {
            result = userCall(call, u.callee(), values);
        } else {
            result = modelCall(call, ((CallTarget.Builtin) target).signature(), recv, values);
        }
        return exprs.withHoisted(hoisted, exprs.valueType(call), result);
    }

    /**
     * The resolution recorded for these argument types. Types that share a representation (two
     * lists from different sites) lower alike, so a resolution for any of them will do.
     */
    private CallTarget findTarget(Expr.Call call, List<PyType> key) {
        Map<List<PyType>, CallTarget> targets = spec.targetsOf(call);
        CallTarget exact = targets.get(key);
        if (exact != null) {
            return exact;
        }
        List<String> wanted = key.stream().map(krait.types.Representation::key).toList();
        for (var entry : targets.entrySet()) {
            if (entry.getKey().stream().map(krait.types.Representation::key).toList().equals(wanted)) {
                return entry.getValue();
            }
        }
        throw new IllegalStateException("call at line " + call.pos().line() + " was not resolved for " + key);
    }

    private CExpr userCall(Expr.Call call, Specialization callee, List<CExpr> values) {
        FunctionInfo fn = callee.function();
        List<String> params = fn.params();
        CExpr[] slots = new CExpr[params.size()];
        int n = call.args().size();
        for (int i = 0; i < n; i++) {
            slots[i] = exprs.coerce(values.get(i), exprs.typeOf(call.args().get(i)), callee.argTypes().get(i));
        }
        for (int k = 0; k < call.keywords().size(); k++) {
            Keyword kw = call.keywords().get(k);
            int i = params.indexOf(kw.arg());
            slots[i] = exprs.coerce(values.get(n + k), exprs.typeOf(kw.value()), callee.argTypes().get(i));
        }
        for (int i = 0; i < slots.length; i++) {
            if (slots[i] == null) {
                slots[i] = new CExpr.VarRef(LoweringContext.defaultName(fn.name(), params.get(i)));
            }
        }
        return new CExpr.Call(cx.functionName(callee), List.of(slots));
    }

    /**
     * A model function: the receiver (for free functions implementing methods), then positional
     * parameters, then keyword-only ones, then the {@code *args} values; omitted parameters get
     * their model defaults.
     */
    private CExpr modelCall(Expr.Call call, ModelSignature sig, CExpr receiver, List<CExpr> values) {
        List<ModelParam> positional = sig.positional();
        List<ModelParam> keywordOnly = sig.keywordOnly();
        CExpr[] fixed = new CExpr[positional.size()];
        CExpr[] named = new CExpr[keywordOnly.size()];
        List<CExpr> rest = new ArrayList<>();
        int n = call.args().size();
        for (int i = 0; i < n; i++) {
            CExpr v = typedLiteral(values.get(i));
            if (i < fixed.length) {
                fixed[i] = v;
            } else {
                rest.add(v);
            }
        }
        for (int j = 0; j < call.keywords().size(); j++) {
            Keyword k = call.keywords().get(j);
            CExpr v = typedLiteral(values.get(n + j));
            int p = indexOf(positional, k.arg());
            if (p >= 0) {
                fixed[p] = v;
            } else {
                named[indexOf(keywordOnly, k.arg())] = v;
            }
        }
        List<CExpr> args = new ArrayList<>();
        if (receiver != null && !sig.isMember()) {
            args.add(receiver);
        }
        for (int i = 0; i < fixed.length; i++) {
            args.add(fixed[i] != null ? fixed[i] : modelDefault(positional.get(i)));
        }
        for (int i = 0; i < named.length; i++) {
            args.add(named[i] != null ? named[i] : modelDefault(keywordOnly.get(i)));
        }
        args.addAll(rest);
        if (receiver != null && sig.isMember()) {
            return new CExpr.MemberCall(receiver, sig.cppName(), args);
        }
        return new CExpr.Call(sig.cppName(), args);
    }

    /** Runtime functions are overloaded on i64, double and bool: a bare {@code 3} would be ambiguous. */
    private static CExpr typedLiteral(CExpr e) {
        return e instanceof CExpr.IntLit lit && !lit.isMin() ? new CExpr.IntLit(lit.value(), true) : e;
    }

    private static int indexOf(List<ModelParam> params, String name) {
        for (int i = 0; i < params.size(); i++) {
            if (params.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    private CExpr modelDefault(ModelParam p) {
        Expr d = p.defaultValue();
        if (d instanceof Expr.Constant c) {
            ConstValue v = c.value();
            if (v instanceof ConstValue.NoneValue) {
                return CExpr.NULL;
            }
            if (v instanceof ConstValue.IntValue i) {
                return new CExpr.IntLit(i.value().longValue());
            }
            if (v instanceof ConstValue.BoolValue b) {
                return new CExpr.BoolLit(b.value());
            }
            if (v instanceof ConstValue.StrValue s) {
                return new CExpr.VarRef(cx.stringConstant(s.value()));
            }
        }
        throw new IllegalStateException("unsupported default in model for parameter " + p.name());
    }
}
