package krait.types;

/**
 * The number of capturing groups of a Python regular expression, read from its text: the result
 * types of {@code re.findall} and {@code Match.groups()} depend on it. Escapes, character sets,
 * {@code (?...)} extensions other than {@code (?P<name>...)}, and the comments of a pattern that
 * starts with a verbose flag are skipped. The runtime checks the count PCRE2 reports against the
 * type chosen here, so a pattern this misreads raises {@code re.error} instead of giving wrong
 * results.
 */
final class RegexGroupCount {
    /** Global flags at the start of a pattern, such as {@code (?x)} or {@code (?ix)(?s)}. */
    private static final java.util.regex.Pattern LEADING_FLAGS = java.util.regex.Pattern.compile("(\\(\\?[aiLmsux]+\\))+");

    private RegexGroupCount() {}

    static int count(String p) {
        java.util.regex.Matcher flags = LEADING_FLAGS.matcher(p);
        boolean verbose = flags.lookingAt() && flags.group().contains("x");
        int groups = 0;
        boolean inSet = false;
        int setBody = -1;
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            if (c == '\\') {
                i++;
            } else if (inSet) {
                if (c == ']' && i != setBody) {
                    inSet = false;
                }
            } else if (c == '[') {
                inSet = true;
                setBody = i + 1 < p.length() && p.charAt(i + 1) == '^' ? i + 2 : i + 1;
            } else if (verbose && c == '#') {
                while (i < p.length() && p.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == '(') {
                if (i + 1 >= p.length() || p.charAt(i + 1) != '?' || p.startsWith("?P<", i + 1)) {
                    groups++;
                }
            }
        }
        return groups;
    }
}
