package io.blogsearch.query;

import java.util.Locale;

/**
 * Gives a replacement word the case shape of the word the reader typed, so a correction reads as their own text:
 * "Kelsy" corrected to the index's "kelsey" reads "Kelsey", "KELSY" reads "KELSEY". Index terms are lower-cased, so
 * without this a correction would also undo the reader's capitals.
 */
public final class TypedCase {

    private TypedCase() {
    }

    /** The replacement in the typed word's shape: all capitals, a leading capital, or as it is. */
    public static String like(String typed, String replacement) {
        if (typed.isEmpty() || replacement.isEmpty()) {
            return replacement;
        }
        // one capital letter alone ("I", "A") says nothing about the rest of the word
        if (typed.codePointCount(0, typed.length()) > 1 && isAllCapitals(typed)) {
            return replacement.toUpperCase(Locale.ROOT);
        }
        if (Character.isUpperCase(typed.codePointAt(0))) {
            int first = replacement.codePointAt(0);
            return new StringBuilder().appendCodePoint(Character.toTitleCase(first))
                    .append(replacement, Character.charCount(first), replacement.length()).toString();
        }
        return replacement;
    }

    private static boolean isAllCapitals(String word) {
        return word.codePoints().anyMatch(Character::isLetter)
                && word.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }
}
