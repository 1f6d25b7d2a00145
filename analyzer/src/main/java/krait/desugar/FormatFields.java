package krait.desugar;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import krait.syntax.Arg;
import krait.syntax.Arguments;
import krait.syntax.ConstValue;
import krait.syntax.Expr;
import krait.syntax.ExprContext;
import krait.syntax.Keyword;
import krait.syntax.Mod;
import krait.syntax.Node;
import krait.syntax.Pos;
import krait.syntax.Rewriter;

/**
 * {@code "{0[name]} at {p.x}".format(row, p=point)}: replacement fields that read an attribute or an
 * item of an argument. The runtime formats a str literal's fields by position and name only, so a
 * literal whose fields reach inside their arguments becomes an f-string over the arguments, in a
 * lambda called with them: {@code (lambda _fmt0, p: f"{_fmt0['name']} at {p.x}")(row, p=point)}.
 * The arguments are evaluated once, in order, as {@code format} does, and each field then reads
 * what CPython's would ({@code [0]} an int index, {@code [name]} a str key). A format string this
 * does not understand (unbalanced braces, auto and manual numbering mixed, a field without its
 * argument) is left to the runtime, which raises CPython's error.
 */
final class FormatFields {
    private FormatFields() {
    }

    private static final String PARAM = "_fmt";

    static Mod.Module apply(Mod.Module module) {
        return Rewriter.rewrite(module, FormatFields::expand);
    }

    private static Node expand(Node n) {
        if (!(n instanceof Expr.Call call && call.func() instanceof Expr.Attribute a && a.attr().equals("format")
                && a.value() instanceof Expr.Constant k && k.value() instanceof ConstValue.StrValue text)) {
            return null;
        }
        if (call.args().stream().anyMatch(x -> x instanceof Expr.Starred)
                || call.keywords().stream().anyMatch(kw -> kw.arg() == null)) {
            return null;
        }
        List<String> keywords = call.keywords().stream().map(Keyword::arg).toList();
        Template t = new Template(call.pos(), call.args().size(), keywords);
        List<Expr> parts = t.parse(text.value());
        if (parts == null || !t.reachesInside) {
            return null;
        }
        List<Arg> params = new ArrayList<>();
        for (int i = 0; i < call.args().size(); i++) {
            params.add(new Arg(call.pos(), PARAM + i, null, null));
        }
        keywords.forEach(kw -> params.add(new Arg(call.pos(), kw, null, null)));
        Arguments args = new Arguments(List.of(), params, null, List.of(), List.of(), null, List.of());
        Expr lambda = new Expr.Lambda(call.pos(), args, new Expr.JoinedStr(call.pos(), parts));
        List<Expr> values = call.args().stream().map(x -> (Expr) Rewriter.rewrite(x, FormatFields::expand)).toList();
        List<Keyword> kws = call.keywords().stream()
                .map(kw -> new Keyword(kw.pos(), kw.arg(), (Expr) Rewriter.rewrite(kw.value(), FormatFields::expand))).toList();
        return new Expr.Call(call.pos(), lambda, values, kws);
    }

    /** One format string's parts, as an f-string's: str constants and formatted fields. */
    private static final class Template {
        private final Pos pos;
        private final int positional;
        private final List<String> keywords;
        private int next;             // the next automatic field number
        private boolean automatic;
        private boolean manual;
        boolean reachesInside;

        Template(Pos pos, int positional, List<String> keywords) {
            this.pos = pos;
            this.positional = positional;
            this.keywords = keywords;
        }

        /** The parts of {@code s}, or null when it is not a format string this understands. */
        List<Expr> parse(String s) {
            List<Expr> parts = new ArrayList<>();
            StringBuilder literal = new StringBuilder();
            int i = 0;
            while (i < s.length()) {
                char c = s.charAt(i);
                if ((c == '{' || c == '}') && i + 1 < s.length() && s.charAt(i + 1) == c) {
                    literal.append(c);
                    i += 2;
                } else if (c == '}') {
                    return null;
                } else if (c == '{') {
                    int end = closing(s, i);
                    if (end < 0) {
                        return null;
                    }
                    Expr field = field(s.substring(i + 1, end));
                    if (field == null) {
                        return null;
                    }
                    flush(literal, parts);
                    parts.add(field);
                    i = end + 1;
                } else {
                    literal.append(c);
                    i++;
                }
            }
            flush(literal, parts);
            return parts;
        }

        private void flush(StringBuilder literal, List<Expr> parts) {
            if (!literal.isEmpty()) {
                parts.add(str(literal.toString()));
                literal.setLength(0);
            }
        }

        /** The index of the brace closing the field opened at {@code open} (nested fields in its spec), or -1. */
        private static int closing(String s, int open) {
            int depth = 0;
            int brackets = 0;
            for (int i = open; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '[') {
                    brackets++;
                } else if (c == ']' && brackets > 0) {
                    brackets--;
                } else if (c == '{' && brackets == 0) {
                    depth++;
                } else if (c == '}' && brackets == 0 && --depth == 0) {
                    return i;
                }
            }
            return -1;
        }

        /** {@code name[.attr|[key]]*[!conv][:spec]}, as a formatted value; null if it is not one this handles. */
        private Expr field(String text) {
            int brackets = 0;
            int end = text.length();
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '[') {
                    brackets++;
                } else if (c == ']') {
                    brackets--;
                } else if ((c == '!' || c == ':') && brackets == 0) {
                    end = i;
                    break;
                }
            }
            String name = text.substring(0, end);
            int conversion = -1;
            String rest = text.substring(end);
            if (rest.startsWith("!")) {
                if (rest.length() < 2 || "rsa".indexOf(rest.charAt(1)) < 0 || rest.length() > 2 && rest.charAt(2) != ':') {
                    return null;
                }
                conversion = rest.charAt(1);
                rest = rest.substring(2);
            }
            Expr spec = null;
            if (rest.startsWith(":")) {
                List<Expr> specParts = parse(rest.substring(1)); // nested fields: {:{width}}
                if (specParts == null) {
                    return null;
                }
                spec = new Expr.JoinedStr(pos, specParts);
            }
            Expr value = reference(name);
            return value == null ? null : new Expr.FormattedValue(pos, value, conversion, spec);
        }

        /** The argument a field name reads, with its attributes and items. */
        private Expr reference(String name) {
            int i = 0;
            while (i < name.length() && name.charAt(i) != '.' && name.charAt(i) != '[') {
                i++;
            }
            String first = name.substring(0, i);
            Expr value;
            if (first.isEmpty()) {
                if (manual) {
                    return null;
                }
                automatic = true;
                value = positional(next++);
            } else if (first.chars().allMatch(Character::isDigit)) {
                if (automatic) {
                    return null;
                }
                manual = true;
                value = positional(Integer.parseInt(first));
            } else {
                value = keywords.contains(first) ? new Expr.Name(pos, first, ExprContext.Load) : null;
            }
            while (value != null && i < name.length()) {
                reachesInside = true;
                if (name.charAt(i) == '.') {
                    int j = i + 1;
                    while (j < name.length() && name.charAt(j) != '.' && name.charAt(j) != '[') {
                        j++;
                    }
                    if (j == i + 1) {
                        return null;
                    }
                    value = new Expr.Attribute(pos, value, name.substring(i + 1, j), ExprContext.Load);
                    i = j;
                } else {
                    int j = name.indexOf(']', i);
                    if (j < 0 || j == i + 1) {
                        return null;
                    }
                    String key = name.substring(i + 1, j);
                    Expr index = key.chars().allMatch(Character::isDigit)
                            ? new Expr.Constant(pos, new ConstValue.IntValue(new BigInteger(key)), null) : str(key);
                    value = new Expr.Subscript(pos, value, index, ExprContext.Load);
                    i = j + 1;
                }
            }
            return value;
        }

        private Expr positional(int index) {
            return index < positional ? new Expr.Name(pos, PARAM + index, ExprContext.Load) : null;
        }

        private Expr str(String s) {
            return new Expr.Constant(pos, new ConstValue.StrValue(s), null);
        }
    }
}
