package krait.diag;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A source file as read from disk: its name as the user gave it, its raw bytes and its decoded text.
 * Diagnostics use it to show the offending line.
 */
public final class SourceFile {
    private final String displayName;
    private final byte[] bytes;
    private final String text;
    private List<String> lines;
    /**
     * The other files of a program of several modules, whose positions were shifted so that
     * module {@code i} (from 1) numbers its lines from {@code i * MODULE_LINES}; one position
     * then names a file and a line, and nothing downstream needs to carry a file.
     */
    private final List<SourceFile> linked;

    /** Lines reserved for each module of a program in the shared line numbering. */
    public static final int MODULE_LINES = 1 << 20;

    public SourceFile(String displayName, byte[] bytes, String text) {
        this(displayName, bytes, text, List.of());
    }

    private SourceFile(String displayName, byte[] bytes, String text, List<SourceFile> linked) {
        this.displayName = displayName;
        this.bytes = bytes;
        this.text = text;
        this.linked = linked;
    }

    /** This (main) file with {@code modules} linked: module {@code i} of the list owns lines from {@code (i + 1) * MODULE_LINES}. */
    public SourceFile withModules(List<SourceFile> modules) {
        return new SourceFile(displayName, bytes, text, List.copyOf(modules));
    }

    /** The file that a line of the shared numbering belongs to. */
    public SourceFile fileOf(int line) {
        int index = line / MODULE_LINES;
        return index == 0 || index > linked.size() ? this : linked.get(index - 1);
    }

    /** A line of the shared numbering as a line of {@link #fileOf(int)}. */
    public static int localLine(int line) {
        return line % MODULE_LINES;
    }

    /** A file whose bytes are UTF-8 text (the parser re-decodes when an encoding cookie says otherwise). */
    public static SourceFile of(String displayName, String text) {
        return new SourceFile(displayName, text.getBytes(StandardCharsets.UTF_8), text);
    }

    public static SourceFile read(Path path, String displayName) throws IOException {
        byte[] bytes = Files.readAllBytes(path);
        return new SourceFile(displayName, bytes, new String(bytes, StandardCharsets.UTF_8));
    }

    public String displayName() {
        return displayName;
    }

    public byte[] bytes() {
        return bytes;
    }

    public String text() {
        return text;
    }

    /** The 1-based line {@code n} without its line terminator, or "" past the end. */
    public String line(int n) {
        if (n >= MODULE_LINES) {
            return fileOf(n).line(localLine(n));
        }
        if (lines == null) {
            lines = splitLines(text);
        }
        return n >= 1 && n <= lines.size() ? lines.get(n - 1) : "";
    }

    private static List<String> splitLines(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                out.add(text.substring(start, i));
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        out.add(text.substring(start));
        return out;
    }
}
