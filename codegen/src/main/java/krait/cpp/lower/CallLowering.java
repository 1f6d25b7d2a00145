package krait.cpp.lower;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import krait.cpp.ir.CExpr;
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
        if (target instanceof CallTarget.User u) {
            return userCall(call, u.callee());
        }
        CallTarget.Builtin b = (CallTarget.Builtin) target;
        CExpr recv = call.func() instanceof Expr.Attribute ? exprs.value(receiver) : null;
        return modelCall(call, b.signature(), recv);
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

    private CExpr userCall(Expr.Call call, Specialization callee) {
        FunctionInfo fn = callee.function();
        List<String> params = fn.params();
        CExpr[] slots = new CExpr[params.size()];
        for (int i = 0; i < call.args().size(); i++) {
            slots[i] = exprs.coerce(exprs.value(call.args().get(i)), exprs.typeOf(call.args().get(i)),
                    callee.argTypes().get(i));
        }
        for (Keyword k : call.keywords()) {
            int i = params.indexOf(k.arg());
            slots[i] = exprs.coerce(exprs.value(k.value()), exprs.typeOf(k.value()), callee.argTypes().get(i));
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
    private CExpr modelCall(Expr.Call call, ModelSignature sig, CExpr receiver) {
        List<ModelParam> positional = sig.positional();
        List<ModelParam> keywordOnly = sig.keywordOnly();
        CExpr[] fixed = new CExpr[positional.size()];
        CExpr[] named = new CExpr[keywordOnly.size()];
        List<CExpr> rest = new ArrayList<>();
        for (int i = 0; i < call.args().size(); i++) {
            CExpr v = exprs.value(call.args().get(i));
            if (i < fixed.length) {
                fixed[i] = v;
            } else {
                rest.add(v);
            }
        }
        for (Keyword k : call.keywords()) {
            CExpr v = exprs.value(k.value());
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
