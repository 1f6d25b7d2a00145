package krait.desugar;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import krait.diag.SourceFile;
import krait.syntax.Expr;
import krait.syntax.Node;
import krait.syntax.Parser;
import krait.syntax.Pos;
import krait.syntax.Rewriter;
import krait.syntax.Stmt;

/**
 * Generated code written as Python text: parsed, every position set to the user's construct
 * that caused it (so any diagnostic points there), and names of the form {@code __krait_hole_N}
 * replaced by the user's own expressions.
 */
final class Snippet {
    private Snippet() {
    }

    static List<Stmt> parse(String text, Pos at, Map<String, Expr> holes) {
        List<Stmt> body = Parser.parseModule(SourceFile.of("<generated>", text)).body();
        List<Stmt> out = new ArrayList<>(body.size());
        for (Stmt s : body) {
            Stmt placed = (Stmt) place(s, at);
            out.add(holes.isEmpty() ? placed : Rewriter.rewrite(placed,
                    n -> n instanceof Expr.Name name ? holes.get(name.id()) : null));
        }
        return out;
    }

    static Stmt one(String text, Pos at) {
        return parse(text, at, Map.of()).get(0);
    }

    static Expr expr(String text, Pos at) {
        return ((Stmt.ExprStmt) one(text, at)).value();
    }

    private static Node place(Node node, Pos at) {
        return krait.syntax.Nodes.placedAt(node, at);
    }
}
