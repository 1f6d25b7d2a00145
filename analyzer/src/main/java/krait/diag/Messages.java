package krait.diag;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;

/** The one catalogue of message texts ({@code messages.properties}), keyed by {@link MessageId}. */
public final class Messages {
    private static final Properties TEXTS = load();

    private Messages() {
    }

    public static String format(MessageId id, Object... args) {
        String pattern = TEXTS.getProperty(id.key());
        if (pattern == null) {
            throw new IllegalStateException("no message text for " + id.key());
        }
        return new MessageFormat(pattern, Locale.ROOT).format(args);
    }

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream("messages.properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
