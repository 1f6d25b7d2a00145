package krait.desugar;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import krait.syntax.BoolOperator;
import krait.syntax.CmpOperator;
import krait.syntax.ConstValue;
import krait.syntax.Expr;
import krait.syntax.ExprContext;
import krait.syntax.MatchCase;
import krait.syntax.Mod;
import krait.syntax.Node;
import krait.syntax.Pattern;
import krait.syntax.Pos;
import krait.syntax.Rewriter;
import krait.syntax.Stmt;

/**
 * {@code match} becomes a chain of {@code if}/{@code elif} whose tests are the patterns spelled as
 * ordinary expressions, with assignment expressions for the names the patterns bind:
 * <pre>
 *   match cmd.split():                      if ((s := cmd.split()) or True) and isinstance(s, (list, tuple))
 *       case ["say", word] if word:             and len(s) == 2 and s[0] == "say" and ((word := s[1]) or True)
 *           ...                                 and word:
 *       case _:                                 ...
 *           ...                             elif True:
 *                                               ...
 * </pre>
 * The subject is evaluated once, by the first test; each test binds its names before its guard, as
 * CPython does. Class patterns are {@code isinstance} tests, which narrow the subject for the
 * attributes read after them; positional sub-patterns use the class's {@code __match_args__} (or a
 * dataclass's fields). Sequence patterns match lists and tuples, not strs, as in CPython. The
 * subject's variable carries a character no Python identifier has ({@code ′}).
 */
final class MatchStatements {
    private static final String SUBJECT = "match_subject\u2032";
    private static final String PART = "match_part\u2032";

    /** Top-level classes' positional pattern attributes: {@code __match_args__}, or a dataclass's fields. */
    private final Map<String, List<String>> matchArgs = new HashMap<>();
    private int matches;
    private int parts;

    private MatchStatements() {
    }

    static Mod.Module apply(Mod.Module module) {
        boolean[] found = {false};
        Rewriter.rewrite(module, n -> {
            found[0] |= n instanceof Stmt.Match;
            return null;
        });
        if (!found[0]) {
            return module;
        }
        MatchStatements m = new MatchStatements();
        for (Stmt s : module.body()) {
            if (s instanceof Stmt.ClassDef c) {
                m.matchArgs.put(c.name(), positionalAttributes(c));
            }
        }
        return Rewriter.rewrite(module, m::expand);
    }

    /** {@code __match_args__ = ("x", "y")} in the class body, or the annotated fields of a dataclass. */
    private static List<String> positionalAttributes(Stmt.ClassDef c) {
        for (Stmt s : c.body()) {
            if (s instanceof Stmt.Assign a && a.targets().size() == 1 && a.targets().get(0) instanceof Expr.Name n
                    && n.id().equals("__match_args__") && a.value() instanceof Expr.Tuple t) {
                List<String> out = new ArrayList<>();
                for (Expr e : t.elts()) {
                    if (e instanceof Expr.Constant k && k.value() instanceof ConstValue.StrValue sv) {
                        out.add(sv.value());
                    }
                }
                return out;
            }
        }
        boolean dataclass = c.decoratorList().stream().anyMatch(d -> isDataclass(d)
                || d instanceof Expr.Call call && isDataclass(call.func()));
        List<String> fields = new ArrayList<>();
        if (dataclass) {
            for (Stmt s : c.body()) {
                if (s instanceof Stmt.AnnAssign a && a.target() instanceof Expr.Name n) {
                    fields.add(n.id());
                }
            }
        }
        return fields;
    }

    private static boolean isDataclass(Expr e) {
        return e instanceof Expr.Name n && n.id().equals("dataclass")
                || e instanceof Expr.Attribute a && a.attr().equals("dataclass");
    }

    private Node expand(Node n) {
        if (!(n instanceof Stmt.Match m)) {
            return null;
        }
        Pos pos = m.pos();
        Expr subject = name(pos, SUBJECT + (++matches));
        Stmt chain = null;
        for (int i = m.cases().size() - 1; i >= 0; i--) {
            MatchCase c = m.cases().get(i);
            if (i > 0 && i == m.cases().size() - 1 && c.guard() == null
                    && c.pattern() instanceof Pattern.MatchAs as && as.pattern() == null) {
                // case _: / case other: the else of the chain (so that it cannot fall through)
                List<Stmt> body = new ArrayList<>();
                if (as.name() != null) {
                    body.add(new Stmt.Assign(pos, List.of(new Expr.Name(pos, as.name(), ExprContext.Store)), copy(subject), null));
                }
                c.body().forEach(s -> body.add((Stmt) Rewriter.rewrite(s, this::expand)));
                chain = new Stmt.If(pos, constant(pos, ConstValue.FALSE), List.of(new Stmt.Pass(pos)), body);
                continue;
            }
            List<Expr> tests = new ArrayList<>();
            if (i == 0) {
                tests.add(bind(pos, subject, (Expr) Rewriter.rewrite(m.subject(), this::expand)));
            }
            List<Expr> matched = pattern(c.pattern(), subject);
            if (matched == null) {
                return null; // a pattern this does not handle: left for the analysis to report
            }
            tests.addAll(matched);
            if (c.guard() != null) {
                tests.add(c.guard());
            }
            Expr test = tests.isEmpty() ? constant(pos, ConstValue.TRUE)
                    : tests.size() == 1 ? tests.get(0) : new Expr.BoolOp(pos, BoolOperator.And, tests);
            List<Stmt> body = c.body().stream().map(s -> (Stmt) Rewriter.rewrite(s, this::expand)).toList();
            List<Stmt> orelse = chain == null ? List.of()
                    : isElse(chain) ? ((Stmt.If) chain).orelse() : List.of(chain);
            chain = new Stmt.If(pos, test, body, orelse);
        }
        return chain;
    }

    /** The placeholder {@code if False: pass else: ...} that carries a final irrefutable case. */
    private static boolean isElse(Stmt s) {
        return s instanceof Stmt.If i && i.test() instanceof Expr.Constant k && k.value() == ConstValue.FALSE;
    }

    /** The tests (all must hold) that {@code p} matches {@code subject}, binding its names; null if unsupported. */
    private List<Expr> pattern(Pattern p, Expr subject) {
        List<Expr> out = new ArrayList<>();
        Pos pos = posOf(p);
        if (p instanceof Pattern.MatchAs as) {
            if (as.pattern() != null) {
                List<Expr> inner = pattern(as.pattern(), subject);
                if (inner == null) {
                    return null;
                }
                out.addAll(inner);
            }
            if (as.name() != null) {
                out.add(bind(pos, name(pos, as.name()), copy(subject)));
            }
        } else if (p instanceof Pattern.MatchValue v) {
            out.add(compare(pos, copy(subject), CmpOperator.Eq, v.value()));
        } else if (p instanceof Pattern.MatchSingleton s) {
            out.add(compare(pos, copy(subject), CmpOperator.Is, constant(pos, s.value())));
        } else if (p instanceof Pattern.MatchOr or) {
            List<Expr> alternatives = new ArrayList<>();
            for (Pattern alt : or.patterns()) {
                List<Expr> tests = pattern(alt, subject);
                if (tests == null) {
                    return null;
                }
                alternatives.add(tests.isEmpty() ? constant(pos, ConstValue.TRUE)
                        : tests.size() == 1 ? tests.get(0) : new Expr.BoolOp(pos, BoolOperator.And, tests));
            }
            out.add(new Expr.BoolOp(pos, BoolOperator.Or, alternatives));
        } else if (p instanceof Pattern.MatchSequence seq) {
            return sequence(pos, seq.patterns(), subject);
        } else if (p instanceof Pattern.MatchMapping map) {
            return mapping(pos, map, subject);
        } else if (p instanceof Pattern.MatchClass cls) {
            return classPattern(pos, cls, subject);
        } else {
            return null;
        }
        return out;
    }

    private List<Expr> sequence(Pos pos, List<Pattern> items, Expr subject) {
        List<Expr> out = new ArrayList<>();
        out.add(call(pos, "isinstance", copy(subject), new Expr.Tuple(pos, List.of(name(pos, "list"), name(pos, "tuple")),
                ExprContext.Load)));
        int star = -1;
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) instanceof Pattern.MatchStar) {
                star = i;
            }
        }
        int fixed = star < 0 ? items.size() : items.size() - 1;
        out.add(compare(pos, call(pos, "len", copy(subject)), star < 0 ? CmpOperator.Eq : CmpOperator.GtE, integer(pos, fixed)));
        for (int i = 0; i < items.size(); i++) {
            Pattern item = items.get(i);
            if (i == star) {
                String name = ((Pattern.MatchStar) item).name();
                if (name != null) {
                    // the middle items, as a list
                    int after = items.size() - star - 1;
                    Expr upper = after == 0 ? null : integer(pos, -after);
                    Expr slice = new Expr.Subscript(pos, copy(subject), new Expr.Slice(pos, integer(pos, star), upper, null),
                            ExprContext.Load);
                    out.add(bind(pos, name(pos, name), call(pos, "list", slice)));
                }
                continue;
            }
            int index = star >= 0 && i > star ? i - items.size() : i;
            Expr element = new Expr.Subscript(pos, copy(subject), integer(pos, index), ExprContext.Load);
            List<Expr> tests = part(item, element);
            if (tests == null) {
                return null;
            }
            out.addAll(tests);
        }
        return out;
    }

    private List<Expr> mapping(Pos pos, Pattern.MatchMapping map, Expr subject) {
        List<Expr> out = new ArrayList<>();
        out.add(call(pos, "isinstance", copy(subject), name(pos, "dict")));
        for (int i = 0; i < map.keys().size(); i++) {
            Expr key = map.keys().get(i);
            out.add(compare(pos, copy(key), CmpOperator.In, copy(subject)));
            List<Expr> tests = part(map.patterns().get(i), new Expr.Subscript(pos, copy(subject), copy(key), ExprContext.Load));
            if (tests == null) {
                return null;
            }
            out.addAll(tests);
        }
        if (map.rest() != null) {
            return null;
        }
        return out;
    }

    private List<Expr> classPattern(Pos pos, Pattern.MatchClass cls, Expr subject) {
        List<Expr> out = new ArrayList<>();
        out.add(call(pos, "isinstance", copy(subject), cls.cls()));
        String className = cls.cls() instanceof Expr.Name n ? n.id() : null;
        boolean builtin = className != null && List.of("int", "float", "str", "bool", "bytes", "bytearray", "list",
                "tuple", "dict", "set", "frozenset").contains(className);
        if (builtin && cls.patterns().size() == 1) {
            List<Expr> tests = pattern(cls.patterns().get(0), subject); // int(x): the subject itself
            if (tests == null) {
                return null;
            }
            out.addAll(tests);
        } else if (!cls.patterns().isEmpty()) {
            List<String> attrs = className == null ? null : matchArgs.get(className);
            if (attrs == null || attrs.size() < cls.patterns().size()) {
                return null;
            }
            for (int i = 0; i < cls.patterns().size(); i++) {
                List<Expr> tests = part(cls.patterns().get(i), new Expr.Attribute(pos, copy(subject), attrs.get(i), ExprContext.Load));
                if (tests == null) {
                    return null;
                }
                out.addAll(tests);
            }
        }
        for (int i = 0; i < cls.kwdAttrs().size(); i++) {
            List<Expr> tests = part(cls.kwdPatterns().get(i),
                    new Expr.Attribute(pos, copy(subject), cls.kwdAttrs().get(i), ExprContext.Load));
            if (tests == null) {
                return null;
            }
            out.addAll(tests);
        }
        return out;
    }

    /**
     * A sub-pattern of an item or attribute: one that tests the value's class first reads it into a
     * variable of its own, so that the isinstance test narrows what the rest of it reads.
     */
    private List<Expr> part(Pattern p, Expr value) {
        if (p instanceof Pattern.MatchClass || p instanceof Pattern.MatchSequence || p instanceof Pattern.MatchMapping) {
            Pos pos = posOf(p);
            Expr var = name(pos, PART + (++parts));
            List<Expr> tests = pattern(p, var);
            if (tests == null) {
                return null;
            }
            List<Expr> out = new ArrayList<>();
            out.add(bind(pos, copy(var), value));
            out.addAll(tests);
            return out;
        }
        return pattern(p, value);
    }

    /**
     * A new node for each use of a subject path: the analysis keys what it learns by node, and a
     * read that an isinstance test narrowed must not be the node the test itself reads.
     */
    private static Expr copy(Expr e) {
        if (e instanceof Expr.Name n) {
            return new Expr.Name(n.pos(), n.id(), n.ctx());
        }
        if (e instanceof Expr.Attribute a) {
            return new Expr.Attribute(a.pos(), copy(a.value()), a.attr(), a.ctx());
        }
        if (e instanceof Expr.Subscript sub) {
            return new Expr.Subscript(sub.pos(), copy(sub.value()), copy(sub.slice()), sub.ctx());
        }
        if (e instanceof Expr.UnaryOp u) {
            return new Expr.UnaryOp(u.pos(), u.op(), copy(u.operand()));
        }
        if (e instanceof Expr.Constant k) {
            return new Expr.Constant(k.pos(), k.value(), k.kind());
        }
        if (e instanceof Expr.Slice sl) {
            return new Expr.Slice(sl.pos(), sl.lower() == null ? null : copy(sl.lower()),
                    sl.upper() == null ? null : copy(sl.upper()), sl.step() == null ? null : copy(sl.step()));
        }
        return e;
    }

    /** {@code ((target := value) or True)}: binds, and always holds. */
    private static Expr bind(Pos pos, Expr target, Expr value) {
        Expr named = new Expr.NamedExpr(pos, new Expr.Name(pos, ((Expr.Name) target).id(), ExprContext.Store), value);
        return new Expr.BoolOp(pos, BoolOperator.Or, List.of(named, constant(pos, ConstValue.TRUE)));
    }

    private static Expr compare(Pos pos, Expr left, CmpOperator op, Expr right) {
        return new Expr.Compare(pos, left, List.of(op), List.of(right));
    }

    private static Expr call(Pos pos, String function, Expr... args) {
        return new Expr.Call(pos, name(pos, function), List.of(args), List.of());
    }

    private static Expr name(Pos pos, String id) {
        return new Expr.Name(pos, id, ExprContext.Load);
    }

    private static Expr integer(Pos pos, long v) {
        if (v < 0) {
            return new Expr.UnaryOp(pos, krait.syntax.UnaryOperator.USub, integer(pos, -v));
        }
        return new Expr.Constant(pos, new ConstValue.IntValue(BigInteger.valueOf(v)), null);
    }

    private static Expr constant(Pos pos, ConstValue v) {
        return new Expr.Constant(pos, v, null);
    }

    private static Pos posOf(Pattern p) {
        return p.pos();
    }
}
