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
            charset = charset(cookie.name());
            if (charset == null) {
                throw errors.syntax(cookie.line(), 0, "unknown encoding: " + cookie.name());
            }
            if (bom && !isUtf8Spelling(cookie.name())) {
                throw errors.syntax(cookie.line(), 0, "encoding problem: " + cookie.name() + " with BOM");
            }
        }
        String text = decodeStrict(raw, offset, charset, errors);
        if (text.indexOf('\r') >= 0) {
            text = text.replace("\r\n", "\n").replace('\r', '\n');
        }
        byte[] utf8;
        SourceFile shown = file;
        if (!bom && charset.equals(StandardCharsets.UTF_8) && raw.length == text.length()) {
            utf8 = raw; // pure ASCII with \n endings: the common case, no copy
        } else {
            utf8 = text.getBytes(StandardCharsets.UTF_8);
            if (!charset.equals(StandardCharsets.UTF_8)) {
                shown = new SourceFile(file.displayName(), raw, text);
            }
        }
        return new SourceText(shown, utf8);
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
        String n = name.toLowerCase(Locale.ROOT).replace('_', '-');
        return n.equals("utf-8") || n.startsWith("utf-8-");
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
        for (String candidate : new String[] {n, n.replace("-", "")}) {
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
            int bad = firstBadUtf8(raw, offset);
            int line = 1;
            for (int i = offset; i < bad && i < raw.length; i++) {
                if (raw[i] == '\n') {
                    line++;
                }
            }
            String detail = bad < raw.length
                    ? String.format("can't decode byte 0x%02x in position %d: invalid start byte", raw[bad] & 0xff, bad - offset)
                    : "unexpected end of data";
            throw errors.syntax(line, 0, "(unicode error) '" + charset.name().toLowerCase(Locale.ROOT) + "' codec " + detail);
        }
    }

    private static int firstBadUtf8(byte[] raw, int offset) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
        for (int i = offset; i < raw.length; ) {
            int b = raw[i] & 0xff;
            int len = b < 0x80 ? 1 : b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : -1;
            if (len < 0 || i + len > raw.length) {
                return i;
            }
            try {
                decoder.reset().decode(ByteBuffer.wrap(raw, i, len));
            } catch (CharacterCodingException e) {
                return i;
            }
            i += len;
        }
        return raw.length;
    }
}
