package io.blogsearch.generator.jekyll;

import java.util.Locale;
import java.util.regex.Pattern;

/** Jekyll's {@code Utils.slugify} in the two modes its URLs use. */
final class JekyllSlugs {

    private static final Pattern PRETTY = Pattern.compile("[^\\p{M}\\p{L}\\p{Nd}._~!$&'()+,;=@]+");
    private static final Pattern DEFAULT = Pattern.compile("[^\\p{M}\\p{L}\\p{Nd}]+");

    private JekyllSlugs() {
    }

    /** {@code :title}: pretty mode, case kept. */
    static String pretty(String text) {
        return trimHyphens(PRETTY.matcher(text).replaceAll("-"));
    }

    /** {@code :slug}: default mode, lower case. */
    static String plain(String text) {
        return trimHyphens(DEFAULT.matcher(text).replaceAll("-")).toLowerCase(Locale.ROOT);
    }

    private static String trimHyphens(String text) {
        return text.replaceAll("^-+|-+$", "");
    }
}
