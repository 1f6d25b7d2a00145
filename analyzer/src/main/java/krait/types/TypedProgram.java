package krait.types;

import java.util.List;
import java.util.Map;
import krait.diag.SourceFile;
import krait.syntax.Mod;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;

/**
 * What the inference found, for the later stages: every specialization (the module body first)
 * with the types of its variables and expressions and what each call resolved to, the module
 * variables, the containers' element types and the call graph between specializations;
 * {@code stopIterationValue} is what {@code e.value} of a StopIteration may be, null when the
 * program never reads it.
 */
public record TypedProgram(SourceFile file, Mod.Module module, Models models, Specialization moduleBody,
                           List<Specialization> specializations, Map<String, TypeVar> globals,
                           List<AllocSite> sites, List<ClassInfo> classes, Map<String, ClassInfo> builtinClasses,
                           Map<String, Models.ModelAttribute> importedAttributes,
                           Graph<Specialization, DefaultEdge> callGraph,
                           /* nullable */ TypeVar stopIterationValue) {
    /** The specialization of {@code fn} for exactly {@code argTypes}, or null. */
    public Specialization specialization(FunctionInfo fn, List<PyType> argTypes) {
        for (Specialization s : specializations) {
            if (s.function() == fn && s.argTypes().equals(argTypes)) {
                return s;
            }
        }
        return null;
    }
}
