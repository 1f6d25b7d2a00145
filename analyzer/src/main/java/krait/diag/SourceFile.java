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

    public SourceFile(String displayName, byte[] bytes, String text) {
        this.displayName = displayName;
        this.bytes = bytes;
        this.text = text;
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
