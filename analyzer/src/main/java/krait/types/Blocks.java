package krait.types;

import java.util.ArrayList;
import java.util.List;
import krait.syntax.ExceptHandler;
import krait.syntax.MatchCase;
import krait.syntax.Stmt;

/** The statement blocks nested in a compound statement, not counting function and class bodies. */
final class Blocks {
    private Blocks() {
    }

    static List<List<Stmt>> nested(Stmt s) {
        List<List<Stmt>> out = new ArrayList<>();
        if (s instanceof Stmt.For f) {
            out.add(f.body());
            out.add(f.orelse());
        } else if (s instanceof Stmt.AsyncFor f) {
            out.add(f.body());
            out.add(f.orelse());
        } else if (s instanceof Stmt.While w) {
            out.add(w.body());
            out.add(w.orelse());
        } else if (s instanceof Stmt.If i) {
            out.add(i.body());
            out.add(i.orelse());
        } else if (s instanceof Stmt.With w) {
            out.add(w.body());
        } else if (s instanceof Stmt.AsyncWith w) {
            out.add(w.body());
        } else if (s instanceof Stmt.Try t) {
            out.add(t.body());
            for (ExceptHandler h : t.handlers()) {
                out.add(h.body());
            }
            out.add(t.orelse());
            out.add(t.finalbody());
        } else if (s instanceof Stmt.TryStar t) {
            out.add(t.body());
            for (ExceptHandler h : t.handlers()) {
                out.add(h.body());
            }
            out.add(t.orelse());
            out.add(t.finalbody());
        } else if (s instanceof Stmt.Match m) {
            for (MatchCase c : m.cases()) {
                out.add(c.body());
            }
        }
        return out;
    }
}
