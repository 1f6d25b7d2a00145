package krait.syntax;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;

import krait.diag.SourceFile;

/**
 * A source file made ready for the tokenizer: decoded as PEP 263 says (UTF-8 BOM, or a coding
 * cookie on one of the first two lines, UTF-8 by default), re-encoded as UTF-8 (CPython's columns
 * are UTF-8 byte offsets whatever the file's encoding) with every line ending turned into \n.
 */
record SourceText(SourceFile file, byte[] utf8) {
    private static final java.util.regex.Pattern COOKIE =
            java.util.regex.Pattern.compile("^[ \\t\\f]*#.*?coding[:=][ \\t]*([-\\w.]+)");

    static SourceText decode(SourceFile file) {
        byte[] raw = file.bytes();
        SyntaxErrors errors = new SyntaxErrors(file);
        boolean bom = raw.length >= 3 && (raw[0] & 0xff) == 0xef && (raw[1] & 0xff) == 0xbb && (raw[2] & 0xff) == 0xbf;
        int offset = bom ? 3 : 0;
        Cookie cookie = cookie(raw, offset);
        Charset charset = StandardCharsets.UTF_8;
        if (cookie != null) {
            if (bom && !isUtf8Spelling(cookie.name())) {
                throw errors.syntax(cookie.line(), 0, "encoding problem: " + normalName(cookie.name()) + " with BOM");
            }
            charset = charset(cookie.name());
            if (charset == null) {
                throw errors.syntax(cookie.line(), 0, "unknown encoding: " + cookie.name());
            }
        }
        for (int i = offset; i < raw.length; i++) {
            if (raw[i] == 0) {
                throw errors.syntax(lineOf(raw, offset, i), 0, "source code string cannot contain null bytes");
            }
        }
        if (charset.equals(StandardCharsets.UTF_8)) {
            // Not decoded here: CPython only notices bad UTF-8 inside a name or string, when it
            // reaches that token, so the tokenizer and StringLiterals check it there.
            byte[] utf8 = offset == 0 ? raw : java.util.Arrays.copyOfRange(raw, offset, raw.length);
            return new SourceText(file, normaliseNewlines(utf8));
        }
        String text = decodeStrict(raw, offset, charset, errors);
        if (text.indexOf('\r') >= 0) {
            text = text.replace("\r\n", "\n").replace('\r', '\n');
        }
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        SourceFile shown = new SourceFile(file.displayName(), raw, text);
        return new SourceText(shown, utf8);
    }

    private static int lineOf(byte[] raw, int from, int at) {
        int line = 1;
        for (int i = from; i < at; i++) {
            if (raw[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    /** \r\n and lone \r become \n, as CPython's universal newlines do. */
    private static byte[] normaliseNewlines(byte[] b) {
        int cr = -1;
        for (int i = 0; i < b.length; i++) {
            if (b[i] == '\r') {
                cr = i;
                break;
            }
        }
        if (cr < 0) {
            return b;
        }
        byte[] out = new byte[b.length];
        int n = 0;
        for (int i = 0; i < b.length; i++) {
            if (b[i] == '\r') {
                out[n++] = '\n';
                if (i + 1 < b.length && b[i + 1] == '\n') {
                    i++;
                }
            } else {
                out[n++] = b[i];
            }
        }
        return java.util.Arrays.copyOf(out, n);
    }

    private record Cookie(String name, int line) {
    }

    /** The coding cookie of line 1, or of line 2 when line 1 is blank or a comment. */
    private static Cookie cookie(byte[] raw, int offset) {
        int lineStart = offset;
        for (int line = 1; line <= 2 && lineStart < raw.length; line++) {
            int end = lineStart;
            while (end < raw.length && raw[end] != '\n' && raw[end] != '\r') {
                end++;
            }
            String text = new String(raw, lineStart, end - lineStart, StandardCharsets.ISO_8859_1);
            Matcher m = COOKIE.matcher(text);
            if (m.find()) {
                return new Cookie(m.group(1), line);
            }
            String stripped = text.strip();
            if (!stripped.isEmpty() && !stripped.startsWith("#")) {
                return null;
            }
            lineStart = end < raw.length && raw[end] == '\r' && end + 1 < raw.length && raw[end + 1] == '\n' ? end + 2
                    : end + 1;
        }
        return null;
    }

    /** With a BOM, CPython insists on "utf-8" itself (any case, '_' for '-', optional suffix). */
    private static boolean isUtf8Spelling(String name) {
        return normalName(name).equals("utf-8");
    }

    /** CPython's own spelling of the two encodings it knows without a codec lookup. */
    private static String normalName(String name) {
        String n = name.toLowerCase(Locale.ROOT).replace('_', '-');
        if (n.equals("utf-8") || n.startsWith("utf-8-")) {
            return "utf-8";
        }
        for (String latin : new String[] {"latin-1", "iso-8859-1", "iso-latin-1"}) {
            if (n.equals(latin) || n.startsWith(latin + "-")) {
                return "iso-8859-1";
            }
        }
        return name;
    }

    private static Charset charset(String name) {
        String n = name.toLowerCase(Locale.ROOT).replace('_', '-');
        if (n.equals("utf-8") || n.startsWith("utf-8-") || n.equals("utf8")) {
            return StandardCharsets.UTF_8;
        }
        if (n.equals("latin-1") || n.equals("iso-8859-1") || n.equals("iso-latin-1") || n.startsWith("latin-1-")
                || n.startsWith("iso-8859-1-") || n.startsWith("iso-latin-1-") || n.equals("latin1")) {
            return StandardCharsets.ISO_8859_1;
        }
        // Python's codec lookup also folds runs of other punctuation into one separator
        String folded = n.replaceAll("[^a-z0-9.]+", "-");
        for (String candidate : new String[] {n, n.replace("-", ""), folded, folded.replace("-", "_"),
            folded.replace("-", "")}) {
            try {
                return Charset.forName(candidate);
            } catch (IllegalArgumentException e) {
                // try the next spelling
            }
        }
        return null;
    }

    private static String decodeStrict(byte[] raw, int offset, Charset charset, SyntaxErrors errors) {
        boolean ascii = true;
        for (int i = offset; i < raw.length && ascii; i++) {
            ascii = raw[i] >= 0;
        }
        if (ascii && offset == 0) {
            return new String(raw, StandardCharsets.ISO_8859_1);
        }
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(raw, offset, raw.length - offset);
        try {
            CharBuffer out = decoder.decode(in);
            return out.toString();
        } catch (CharacterCodingException e) {
            throw errors.syntax(1, 0, "(unicode error) '" + charset.name().toLowerCase(Locale.ROOT)
                    + "' codec can't decode bytes: " + e.getMessage());
        }
    }
}
