package krait.diag;

import java.nio.charset.StandardCharsets;

/**
 * Renders diagnostics as {@code file:line:col: error: message}, then the source line and a caret
 * under the column, then each note the same way. Columns shown to the user are 1-based characters.
 */
public final class DiagnosticRenderer {
    private DiagnosticRenderer() {
    }

    public static String render(Diagnostic d) {
        StringBuilder out = new StringBuilder();
        renderOne(d, out);
        for (Diagnostic note : d.notes()) {
            renderOne(note, out);
        }
        return out.toString();
    }

    private static void renderOne(Diagnostic d, StringBuilder out) {
        Location loc = d.location();
        if (loc == null) {
            out.append("krait: ").append(d.severity().label).append(": ").append(d.message()).append('\n');
            return;
        }
        String line = loc.file().line(loc.line());
        int charCol = charColumn(line, loc.col());
        out.append(loc.file().displayName()).append(':').append(loc.line()).append(':').append(charCol + 1)
                .append(": ").append(d.severity().label).append(": ").append(d.message()).append('\n');
        if (loc.line() >= 1 && !line.isEmpty()) {
            String shown = line.replace('\t', ' ').replace('\f', ' ');
            out.append("    ").append(shown).append('\n');
            out.append("    ").append(" ".repeat(Math.min(charCol, shown.length()))).append("^\n");
        }
    }

    /** The character index in {@code line} of UTF-8 byte offset {@code byteCol}. */
    static int charColumn(String line, int byteCol) {
        int bytes = 0;
        int i = 0;
        while (i < line.length() && bytes < byteCol) {
            int cp = line.codePointAt(i);
            bytes += new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            i += Character.charCount(cp);
        }
        return bytes < byteCol ? i + (byteCol - bytes) : i;
    }
}
