package io.blogsearch.knowledge.speaker;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The comparison key of a name: case, spacing, punctuation and diacritics removed, so "Chris Kühl",
 * "chris  kuhl" and "Chris Kuhl." share one key.
 */
public final class NameKey {

    private NameKey() {
    }

    /** The key of a name: letters and digits only, lower case, without diacritics, single spaces between words. */
    public static String of(String name) {
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        return decomposed.toLowerCase(Locale.ROOT)
                .replace("ß", "ss")
                .replaceAll("[^\\p{L}\\p{N}]+", " ")
                .trim();
    }
}
