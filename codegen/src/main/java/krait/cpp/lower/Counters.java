package krait.cpp.lower;

import java.math.BigInteger;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.Set;
import krait.syntax.ConstValue;
import krait.syntax.Expr;
import krait.syntax.ExprContext;
import krait.syntax.Node;
import krait.syntax.Nodes;
import krait.syntax.Operator;
import krait.syntax.Stmt;
import krait.syntax.UnaryOperator;

/**
 * Finds a function's counters: local variables whose every binding is either an int literal of
 * magnitude at most 2**62 ({@code n = 0}) or a step of one ({@code n += 1}, {@code n -= 1}). Such a
 * variable moves by one per executed statement from a start at most 2**62 away from zero, so
 * reaching 2**63 would take 2**62 executions (over a century at one per nanosecond): its steps
 * cannot overflow and are lowered without the check. Parameters, globals, variables that nested
 * scopes see, and any other kind of binding (for targets, unpacking, {@code :=}, {@code del},
 * {@code except ... as}, imports, patterns) disqualify a name.
 */
final class Counters {
    private static final BigInteger LIMIT = BigInteger.ONE.shiftLeft(62);

    private Counters() {
    }

    static Set<String> of(krait.types.FunctionInfo f) {
        if (f.isModule() || f.def() == null) {
            return Set.of();
        }
        Set<String> candidates = new LinkedHashSet<>();
        Set<Node> allowed = Collections.newSetFromMap(new IdentityHashMap<>());
        Set<String> rejected = new HashSet<>(f.params());
        rejected.addAll(f.cellVars());
        rejected.addAll(f.captures());
        boolean[] hasMatch = {false};
        for (Stmt s : f.body()) {
            Nodes.walk(s, n -> {
                if (n instanceof Stmt.Match) {
                    hasMatch[0] = true; // patterns bind names without Name nodes
                }
                if (n instanceof Stmt.Assign a && smallIntLiteral(a.value())) {
                    for (Expr t : a.targets()) {
                        if (t instanceof Expr.Name name) {
                            candidates.add(name.id());
                            allowed.add(name);
                        }
                    }
                }
                if (n instanceof Stmt.AugAssign a && a.target() instanceof Expr.Name name
                        && (a.op() == Operator.Add || a.op() == Operator.Sub) && isOne(a.value())) {
                    allowed.add(name);
                }
                String bound = ScratchLists.nameBoundWithoutAssignment(n);
                if (bound != null) {
                    rejected.add(bound);
                }
                return true;
            });
        }
        if (hasMatch[0] || candidates.isEmpty()) {
            return Set.of();
        }
        for (Stmt s : f.body()) {
            Nodes.walk(s, n -> {
                if (n instanceof Stmt.AugAssign a && a.target() instanceof Expr.Name name && !allowed.contains(name)) {
                    rejected.add(name.id());
                }
                if (n instanceof Expr.Name name && name.ctx() != ExprContext.Load && !allowed.contains(name)) {
                    rejected.add(name.id());
                }
                return true;
            });
        }
        candidates.removeAll(rejected);
        candidates.removeIf(v -> !f.isLocal(v) || f.declaredGlobal().contains(v));
        return candidates;
    }

    private static boolean smallIntLiteral(Expr e) {
        if (e instanceof Expr.UnaryOp u && (u.op() == UnaryOperator.USub || u.op() == UnaryOperator.UAdd)) {
            e = u.operand();
        }
        return e instanceof Expr.Constant c && c.value() instanceof ConstValue.IntValue i && i.value().abs().compareTo(LIMIT) <= 0;
    }

    private static boolean isOne(Expr e) {
        return e instanceof Expr.Constant c && c.value() instanceof ConstValue.IntValue i && i.value().equals(BigInteger.ONE);
    }
}
