package krait.types;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import krait.diag.CompileError;
import krait.diag.Diagnostic;
import krait.diag.Location;
import krait.diag.MessageId;
import krait.diag.SourceFile;
import krait.syntax.Mod;
import krait.syntax.Pos;

/**
 * Whole-program type inference: analyses the module body, discovers the functions it calls and
 * specializes them per argument types, propagates types to a fixpoint, then checks that every
 * variable, return value and container has one representation.
 */
public final class TypeInference {
    private TypeInference() {
    }

    private static final int MAX_SPLIT_ROUNDS = 100;

    public static TypedProgram infer(Mod.Module module, SourceFile file, Models models) {
        return infer(module, file, models, InferenceProgress.SILENT);
    }

    public static TypedProgram infer(Mod.Module module, SourceFile file, Models models, InferenceProgress progress) {
        Map<krait.syntax.Stmt.ClassDef, Boolean> split = Map.of();
        java.util.Set<krait.syntax.Stmt.ClassDef> refused = new java.util.HashSet<>();
        Map<krait.syntax.Node, krait.syntax.Node> sameSite = new java.util.IdentityHashMap<>();
        InferenceContext cx;
        // each round splits, merges or takes back something, so the rounds are bounded by the
        // number of classes and of their allocation sites; the cap only guards against a bug
        for (int round = 0; ; round++) {
            cx = analyse(module, file, models, split, sameSite, progress);
            if (round == MAX_SPLIT_ROUNDS) {
                break;
            }
            Map<krait.syntax.Stmt.ClassDef, Boolean> next = ClassSplitting.refine(cx, split, refused, sameSite);
            if (next == null) {
                break;
            }
            progress.stage("classes split per allocation site; analysing again", cx.solver.steps());
            split = next;
        }
        Specialization body = cx.moduleSpec;
        List.copyOf(cx.afterSolving.values()).forEach(Runnable::run);
        cx.settleProvisionalErrors();
        progress.stage("checking representations", cx.solver.steps());
        if (cx.diagnostics().isEmpty()) {
            FunctionObjects.refusePrinted(cx);
        }
        if (cx.diagnostics().isEmpty()) {
            FunctionObjects.assign(cx);
        }
        boolean onlyConflicts = cx.diagnostics().isEmpty();
        if (onlyConflicts) {
            checkRepresentations(cx);
        }
        List<Diagnostic> errors = new ArrayList<>(cx.diagnostics());
        if (onlyConflicts && !cx.conflictsBesideInt.isEmpty() && !cx.guessedIntOrigins.isEmpty()
                && !cx.typeDependentDiagnostics().isEmpty()) {
            // conflicts between types other than int (two lists meeting in one attribute) are
            // causes; the conflicts with int that follow from them would hide the operator errors
            // that an empty container's guessed int explains
            errors = new ArrayList<>(cx.typeDependentDiagnostics());
            errors.addAll(cx.conflictsBesideInt);
        } else if (errors.isEmpty()) {
            errors.addAll(cx.typeDependentDiagnostics());
        }
        if (errors.isEmpty()) {
            // a conflict with the int an empty container was given is the error only when no
            // operation without a result (str.format_map unsupported) explains the empty container
            errors.addAll(cx.guessConflicts);
        }
        if (!errors.isEmpty()) {
            errors.sort(java.util.Comparator.comparingInt((Diagnostic d) -> d.location() == null ? 0 : d.location().line())
                    .thenComparingInt(d -> d.location() == null ? 0 : d.location().col()));
            throw new CompileError(errors);
        }
        return new TypedProgram(file, module, models, body, List.copyOf(cx.allSpecializations), Map.copyOf(cx.globals),
                List.copyOf(cx.allSites), allClasses(cx), Map.copyOf(cx.builtinClasses),
                Map.copyOf(cx.importedAttributes), cx.callGraph,
                cx.readsStopIterationValue ? cx.stopIterationValues() : null);
    }

    /** One analysis of the whole program, with the classes in {@code split} typed per allocation site. */
    private static InferenceContext analyse(Mod.Module module, SourceFile file, Models models,
                                            Map<krait.syntax.Stmt.ClassDef, Boolean> split,
                                            Map<krait.syntax.Node, krait.syntax.Node> sameSite,
                                            InferenceProgress progress) {
        InferenceContext cx = new InferenceContext(file, models, module.body(), split, sameSite);
        progress.measure(() -> String.format("%,d specializations, %,d allocation sites",
                cx.allSpecializations.size(), cx.allSites.size()));
        cx.solver.reportTo(progress);
        cx.moduleSpec = cx.specialize(cx.module, List.of(), Pos.NONE);
        cx.solver.solve();
        while (cx.releaseNoneCalls()) {
            progress.stage("calls with None arguments join their object specializations", cx.solver.steps());
            cx.solver.solve();
        }
        progress.stage("fixpoint; settling empty containers", cx.solver.steps());
        // after an error the types may be runaway ones (tuples nested without end) that only the
        // error explains; settling would walk them to no purpose
        if (cx.diagnostics().isEmpty()) {
            settleEmptyContainers(cx);
        }
        return cx;
    }

    /** The program's classes, each followed by the copies that hold the instances of its allocation sites. */
    static List<ClassInfo> allClasses(InferenceContext cx) {
        List<ClassInfo> out = new ArrayList<>();
        for (ClassInfo c : cx.classes.values()) {
            out.add(c);
            cx.siteCopies.stream().filter(copy -> copy.origin() == c)
                    .sorted(java.util.Comparator.comparing((ClassInfo copy) -> sitePos(cx, copy).line())
                            .thenComparing(copy -> sitePos(cx, copy).col()))
                    .forEach(out::add);
        }
        return List.copyOf(out);
    }

    private static Pos sitePos(InferenceContext cx, ClassInfo copy) {
        return cx.copySites.get(copy).node() instanceof krait.syntax.Expr e ? e.pos() : copy.pos();
    }

    /**
     * A list that never receives an element has no element type, and neither does what is read
     * from it ({@code min([])}, which raises at run time). Such a list takes the element type of
     * the containers its elements flow into ({@code [name] + [str(a) for a in ()]}) or meet
     * ({@code set(tags) & set([])}, {@code xs == []}), or else int,
     * the cheapest representation, and the analysis resumes; nothing the program prints changes.
     */
    private static void settleEmptyContainers(InferenceContext cx) {
        // first the lists whose annotation names their element type, so that what flows from
        // them (the lists a function makes from one) is typed by it rather than guessed
        boolean annotated = false;
        for (var e : cx.annotatedElements.entrySet()) {
            if (e.getKey().elements().types().isEmpty()) {
                e.getKey().markElementsGuessed();
                cx.solver.addType(e.getKey().elements(), e.getValue(), e.getKey().pos());
                annotated = true;
            }
        }
        if (annotated) {
            cx.solver.solve();
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            // values first: a dict with keys but no values yet makes no items() tuples either
            for (AllocSite site : List.copyOf(cx.allSites)) {
                if (site.values().types().isEmpty()) {
                    site.markValuesGuessed();
                    cx.solver.addType(site.values(), typeWhereItFlows(cx, site.values(), site.pos()), site.pos());
                }
            }
            cx.solver.solve();
            for (AllocSite site : List.copyOf(cx.allSites)) {
                if (site.elements().types().isEmpty()) {
                    site.markElementsGuessed();
                    cx.solver.addType(site.elements(), typeWhereItFlows(cx, site.elements(), site.pos()), site.pos());
                    changed = true;
                }
            }
            cx.solver.solve();
        }
    }

    /**
     * The one representation found first downstream of {@code v} in the flow graph; int if there
     * is none, recorded as guessed for the container made at {@code site}.
     */
    private static PyType typeWhereItFlows(InferenceContext cx, TypeVar v, Pos site) {
        java.util.ArrayDeque<TypeVar> queue = new java.util.ArrayDeque<>(v.flowsTo);
        queue.addAll(v.meets);
        java.util.Set<TypeVar> seen = new java.util.HashSet<>(queue);
        while (!queue.isEmpty()) {
            TypeVar next = queue.removeFirst();
            if (!next.types().isEmpty()) {
                return Representation.distinct(next.types()).size() == 1 ? next.types().iterator().next() : PyType.INT;
            }
            for (List<TypeVar> edges : List.of(next.flowsTo, next.meets)) {
                for (TypeVar w : edges) {
                    if (seen.add(w)) {
                        queue.addLast(w);
                    }
                }
            }
        }
        cx.guessedIntOrigins.add(site);
        return PyType.INT;
    }

    private static void checkRepresentations(InferenceContext cx) {
        // containers first: a container holding two types is the cause, and the variables that
        // read from it, with the same origins, its consequences (see check's explained)
        Set<List<Pos>> explained = new java.util.HashSet<>();
        List<AllocSite> sites = new ArrayList<>(cx.allSites);
        sites.sort(java.util.Comparator.comparingInt((AllocSite site) -> site.pos().line())
                .thenComparingInt(site -> site.pos().col()));
        for (AllocSite site : sites) {
            check(cx, site.elements(), "container", site.pos(), explained);
            check(cx, site.values(), "dict values", site.pos(), explained);
        }
        List<TypeVar> named = new ArrayList<>(cx.globals.values());
        for (Specialization s : cx.allSpecializations) {
            named.addAll(s.locals.values());
        }
        for (TypeVar v : named) {
            check(cx, v, v.description(), null, explained);
        }
        // attributes before returns: a method returning an attribute that holds two types is its consequence
        for (ClassInfo c : allClasses(cx)) {
            c.attributeVars.values().forEach(v -> check(cx, v, v.description(), null, explained));
            c.classAttributeVars.values().forEach(v -> check(cx, v, v.description(), null, explained));
        }
        for (Specialization s : cx.allSpecializations) {
            if (!s.function().isModule()) {
                check(cx, s.returnVar(), "function '" + s.function().name() + "' returns", null, explained);
            }
        }
        if (cx.readsStopIterationValue) {
            // e.value has one type for the whole program: every generator's return value meets there
            check(cx, cx.stopIterationValues(), "e.value of StopIteration (what any generator of the program returns)", null,
                    explained);
        }
        checkOptionalKeys(cx);
        if (!cx.diagnostics().isEmpty() || !cx.guessConflicts.isEmpty()) {
            return;
        }
        // expressions last: a conflict there usually follows from one already reported
        for (Specialization s : cx.allSpecializations) {
            for (TypeVar v : s.exprTypes.values()) {
                check(cx, v, "expression", null, explained);
            }
        }
    }

    /**
     * Sets hash their elements; CPython hashes None by its address, so a set of ints and None has
     * no order to reproduce: refused where the set is made. A dict keeps its keys in insertion
     * order whatever their hashes, so its keys may be None beside numbers.
     */
    private static void checkOptionalKeys(InferenceContext cx) {
        java.util.Set<AllocSite> seen = new java.util.HashSet<>();
        for (Specialization s : cx.allSpecializations) {
            for (TypeVar v : s.exprTypes.values()) {
                for (PyType t : v.types()) {
                    AllocSite site = t instanceof PyType.SetType st ? st.site() : null;
                    if (site != null && seen.add(site) && Representation.isOptionalValue(site.elements().types())) {
                        cx.error(site.pos(), MessageId.UNSUPPORTED_CONSTRUCT,
                                "a set element that may be None beside a number");
                    }
                }
            }
        }
    }

    /**
     * Reports {@code v} holding two representations, unless a conflict with the same origins was
     * reported already ({@code explained}). A container's conflict is reported where it is made
     * ({@code site}) when a type comes in through a parameter and nothing closer locates it.
     */
    private static void check(InferenceContext cx, TypeVar v, String what, Pos site, Set<List<Pos>> explained) {
        Map<String, PyType> kinds = Representation.distinct(v.types());
        if (kinds.size() < 2) {
            return;
        }
        List<PyType> types = new ArrayList<>(kinds.values());
        if (!explained.add(types.stream().map(v::origin).toList())) {
            return;
        }
        PyType first = types.get(0);
        PyType second = types.get(1);
        Pos at = v.origin(second) != null && v.origin(second) != Pos.NONE ? v.origin(second) : v.pos();
        InferenceContext.ArgumentOrigin via = cx.argumentOrigins.get(at);
        if (via != null) {
            // the error stays in the function (at the container when no call passed the value on);
            // the note names the call
            at = !via.atUse() && site != null && site != Pos.NONE ? site : via.at();
        }
        List<Diagnostic> notes = new ArrayList<>();
        for (PyType t : types) {
            Pos origin = v.origin(t);
            InferenceContext.ArgumentOrigin viaCall = origin == null ? null : cx.argumentOrigins.get(origin);
            if (viaCall != null) {
                notes.add(Diagnostic.note(Location.of(cx.file, viaCall.call()), MessageId.TYPE_FROM_ARGUMENT,
                        TypeNaming.full(t), sourceText(cx.file, viaCall.call())));
            } else if (origin != null && origin != Pos.NONE) {
                notes.add(Diagnostic.note(Location.of(cx.file, origin), MessageId.TYPE_CONFLICT_NOTE, TypeNaming.full(t)));
            }
        }
        if (site != null && what.equals("dict values")) {
            notes.add(Diagnostic.note(Location.of(cx.file, site), MessageId.DICT_RECORD_HINT));
        }
        Diagnostic hint = unrelatedClassesHint(cx, first, second);
        if (hint != null) {
            notes.add(hint);
        }
        String verb = what.endsWith("returns") ? "" : " holds";
        Diagnostic conflict = Diagnostic.error(Location.of(cx.file, at), MessageId.TYPE_CONFLICT, what + verb,
                TypeNaming.full(first), TypeNaming.full(second)).withNotes(notes);
        // a conflict between other types (two lists meeting in one attribute, one of them an
        // empty list given int elements) may be the cause of what else went wrong
        if ((first.equals(PyType.INT) || second.equals(PyType.INT))
                && types.stream().anyMatch(t -> cx.guessedIntOrigins.contains(v.origin(t)))) {
            cx.guessConflicts.add(conflict);
        } else {
            cx.report(conflict);
        }
        if (!first.equals(PyType.INT) && !second.equals(PyType.INT)) {
            cx.conflictsBesideInt.add(conflict);
        }
    }

    /**
     * Why two objects' classes can't meet, when neither is a base of the other: two classes of the
     * program without a common base (a hint at the second class suggests one), or one class typed
     * per allocation site whose objects differ in an attribute (named, with its two types).
     */
    private static Diagnostic unrelatedClassesHint(InferenceContext cx, PyType first, PyType second) {
        if (!(first instanceof PyType.InstanceType a) || !(second instanceof PyType.InstanceType b)
                || a.cls().isBuiltin() || b.cls().isBuiltin() || a.cls().isException() || b.cls().isException()) {
            return null;
        }
        if (a.cls().origin() == b.cls().origin()) {
            for (var attr : a.cls().ownAttributes().entrySet()) {
                TypeVar other = b.cls().ownAttributes().get(attr.getKey());
                if (other == null) {
                    continue;
                }
                for (PyType ta : attr.getValue().types()) {
                    for (PyType tb : other.types()) {
                        if (!ta.equals(tb) && !ta.equals(PyType.NONE) && !tb.equals(PyType.NONE)
                                && !attr.getValue().types().contains(tb)) {
                            return Diagnostic.note(Location.of(cx.file, a.cls().origin().pos()), MessageId.SITE_ATTRIBUTE_HINT,
                                    a.cls().origin().displayName(), attr.getKey(), TypeNaming.full(ta), TypeNaming.full(tb));
                        }
                    }
                }
            }
            return null;
        }
        boolean related = a.cls().mro().stream().anyMatch(c -> !c.isBuiltin() && b.cls().mro().contains(c));
        if (related) {
            return null;
        }
        return Diagnostic.note(Location.of(cx.file, b.cls().origin().pos()), MessageId.COMMON_BASE_HINT,
                a.cls().origin().displayName(), b.cls().origin().displayName());
    }

    /** The source text of a node (its first line only, with "..." after it, when it spans several). */
    private static String sourceText(krait.diag.SourceFile file, Pos pos) {
        byte[] line = file.line(pos.line()).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        int end = pos.endLine() == pos.line() ? Math.min(pos.endCol(), line.length) : line.length;
        int start = Math.min(pos.col(), end);
        String text = new String(line, start, end - start, java.nio.charset.StandardCharsets.UTF_8);
        return pos.endLine() == pos.line() ? text : text + " ...";
    }
}
