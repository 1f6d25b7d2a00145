package krait.desugar;

import java.util.ArrayList;
import java.util.List;
import krait.diag.CompileError;
import krait.diag.Diagnostic;
import krait.diag.Location;
import krait.diag.MessageId;
import krait.diag.SourceFile;
import krait.syntax.Expr;
import krait.syntax.ExprContext;
import krait.syntax.Keyword;
import krait.syntax.Mod;
import krait.syntax.Node;
import krait.syntax.Rewriter;
import krait.syntax.Stmt;

/**
 * The {@code abc} module: {@code ABC} bases and {@code metaclass=ABCMeta} go (the classes are
 * ordinary classes), and {@code @abstractmethod} becomes {@link #ABSTRACT_MARKER}, which the type
 * layer reads ({@code FunctionInfo.isAbstract}) to make calling a class that still has abstract
 * methods raise CPython's TypeError.
 */
public final class AbstractClasses {
    /** The decorator that stands for {@code @abc.abstractmethod} after this pass. */
    public static final String ABSTRACT_MARKER = "_krait_abstractmethod";

    private AbstractClasses() {
    }

    static Mod.Module apply(Mod.Module module, SourceFile file) {
        Imports abc = Imports.take(module, "abc", null);
        if (!abc.any()) {
            return module;
        }
        for (var e : abc.names.entrySet()) {
            String name = e.getValue();
            if (!name.equals("ABC") && !name.equals("ABCMeta") && !name.equals("abstractmethod")) {
                krait.syntax.Pos at = module.body().isEmpty() ? krait.syntax.Pos.NONE : module.body().get(0).pos();
                throw new CompileError(Diagnostic.error(Location.of(file, at), MessageId.UNSUPPORTED_CONSTRUCT, "'abc." + name + "'"));
            }
        }
        return Rewriter.rewrite(abc.module, n -> rewrite(abc, n));
    }

    private static Node rewrite(Imports abc, Node n) {
        if (n instanceof Stmt.ClassDef c) {
            List<Expr> bases = new ArrayList<>();
            for (Expr b : c.bases()) {
                if (!"ABC".equals(abc.nameOf(b))) {
                    bases.add(b);
                }
            }
            List<Keyword> keywords = new ArrayList<>();
            for (Keyword k : c.keywords()) {
                if (!("metaclass".equals(k.arg()) && "ABCMeta".equals(abc.nameOf(k.value())))) {
                    keywords.add(k);
                }
            }
            if (bases.size() != c.bases().size() || keywords.size() != c.keywords().size()) {
                return Rewriter.rewrite(new Stmt.ClassDef(c.pos(), c.name(), List.copyOf(bases), List.copyOf(keywords),
                        c.body(), c.decoratorList()), m -> rewrite(abc, m));
            }
            return null;
        }
        if (n instanceof Stmt.FunctionDef f && f.decoratorList().stream().anyMatch(d -> "abstractmethod".equals(abc.nameOf(d)))) {
            List<Expr> decorators = new ArrayList<>();
            for (Expr d : f.decoratorList()) {
                decorators.add("abstractmethod".equals(abc.nameOf(d))
                        ? new Expr.Name(d.pos(), ABSTRACT_MARKER, ExprContext.Load) : d);
            }
            return Rewriter.rewrite(new Stmt.FunctionDef(f.pos(), f.name(), f.args(), f.body(), List.copyOf(decorators),
                    f.returns(), f.typeComment()), m -> rewrite(abc, m));
        }
        return null;
    }
}
