package io.blogsearch.knowledge.speaker;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The comparison key of a name: case, spacing, punctuation and diacritics removed, so "Chris Kühl",
 * "chris  kuhl" and "Chris Kuhl." share one key, as do "Łukasz" and "Lukasz".
 */
public final class NameKey {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_ALPHANUMERIC = Pattern.compile("[^\\p{L}\\p{N}]+");

    private NameKey() {
    }

    /** The key of a name: letters and digits only, lower case, without diacritics, single spaces between words. */
    public static String of(String name) {
        // ASCII is its own NFKD form and has no combining marks: most names skip the normaliser
        String decomposed = ascii(name) ? name
                : MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("");
        return NON_ALPHANUMERIC.matcher(strokesUnfolded(decomposed.toLowerCase(Locale.ROOT))).replaceAll(" ")
                .trim();
    }

    /** Letters with a stroke or ligature have no decomposition: "Płotka" is written "Plotka" without them. */
    private static String strokesUnfolded(String lowerCase) {
        return lowerCase.replace("ß", "ss").replace('ł', 'l').replace('ø', 'o').replace('đ', 'd').replace('ħ', 'h')
                .replace('ı', 'i').replace("æ", "ae").replace("œ", "oe");
    }

    private static boolean ascii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 127) {
                return false;
            }
        }
        return true;
    }
}
