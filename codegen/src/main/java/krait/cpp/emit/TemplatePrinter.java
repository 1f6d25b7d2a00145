package krait.cpp.emit;

import freemarker.ext.beans.ZeroArgumentNonVoidMethodPolicy;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import krait.cpp.ir.CProgram;

/** Prints the C++ IR and the CMake project through the FreeMarker templates in {@code krait/cpp/templates}. */
public final class TemplatePrinter {
    private final Configuration config;

    public TemplatePrinter() {
        config = new Configuration(Configuration.VERSION_2_3_34);
        config.setClassForTemplateLoading(TemplatePrinter.class, "/krait/cpp/templates");
        config.setDefaultEncoding("UTF-8");
        config.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        config.setLogTemplateExceptions(false);
        config.setWrapUncheckedExceptions(true);
        config.setFallbackOnNullLoopVariable(false);
        // the IR is records: let templates read their components as properties (e.program, s.body)
        DefaultObjectWrapperBuilder wrapper = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34);
        wrapper.setRecordZeroArgumentNonVoidMethodPolicy(
                ZeroArgumentNonVoidMethodPolicy.BOTH_METHOD_AND_PROPERTY_UNLESS_BEAN_PROPERTY_READ_METHOD);
        wrapper.setDefaultZeroArgumentNonVoidMethodPolicy(
                ZeroArgumentNonVoidMethodPolicy.BOTH_METHOD_AND_PROPERTY_UNLESS_BEAN_PROPERTY_READ_METHOD);
        config.setObjectWrapper(wrapper.build());
    }

    public String program(CProgram program) {
        return render("program.cpp.ftl", Map.of("program", program));
    }

    /** One executable of a generated CMake project: target name, source file, optional output name. */
    public record CMakeProgram(String target, String source, String outputName) {}

    /**
     * A CMakeLists.txt building {@code programs} against the runtime; {@code runtimeDir} (may be
     * null) points at a prebuilt runtime.
     */
    public String cmakeLists(String project, String dir, String kraitHome, String runtimeDir,
                             List<CMakeProgram> programs) {
        Map<String, Object> model = new java.util.HashMap<>();
        model.put("project", project);
        model.put("dir", dir);
        model.put("kraitHome", kraitHome);
        if (runtimeDir != null) {
            model.put("runtimeDir", runtimeDir);
        }
        model.put("programs", programs);
        return render("CMakeLists.txt.ftl", model);
    }

    private String render(String name, Map<String, Object> model) {
        try {
            Template t = config.getTemplate(name);
            StringWriter out = new StringWriter();
            t.process(model, out);
            return out.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (TemplateException e) {
            throw new IllegalStateException("template " + name + " failed: " + e.getMessage(), e);
        }
    }
}
