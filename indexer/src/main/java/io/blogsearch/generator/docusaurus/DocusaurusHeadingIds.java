package io.blogsearch.generator.docusaurus;

import io.blogsearch.parse.HeadingIdStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Heading ids as Docusaurus makes them, with github-slugger: the text lower-cased, letters, combining marks (the
 * vowel signs of Indic scripts, an emoji's variation selector), decimal and letter numbers and connector punctuation
 * kept, spaces made {@code -}, {@code -} kept, all else dropped; a repeat gets {@code -1}, {@code -2}, ... An explicit
 * {@code {#id}} is used as written and, as in Docusaurus, does not take its id from later headings. A heading whose
 * text leaves nothing has no id of its own, so it starts no section; nor does a {@code #} heading, which the theme
 * shows without its id (it is not in the table of contents) though its slug still numbers later repeats.
 */
final class DocusaurusHeadingIds implements HeadingIdStyle {

    @Override
    public List<String> ids(List<Heading> headings) {
        Map<String, Integer> occurrences = new HashMap<>();
        List<String> ids = new ArrayList<>(headings.size());
        for (Heading heading : headings) {
            if (heading.explicitId() != null) {
                ids.add(heading.level() == 1 ? null : heading.explicitId());
                continue;
            }
            String base = slug(heading.text());
            String id = base;
            while (occurrences.containsKey(id)) {
                int count = occurrences.merge(base, 1, Integer::sum);
                id = base + "-" + count;
            }
            occurrences.put(id, 0);
            ids.add(id.isEmpty() || heading.level() == 1 ? null : id);
        }
        return ids;
    }

    /** github-slugger's slug of a text, without de-duplication. */
    static String slug(String text) {
        StringBuilder slug = new StringBuilder(text.length());
        text.toLowerCase(Locale.ROOT).codePoints().forEach(c -> {
            if (c == ' ') {
                slug.append('-');
            } else if (c == '-' || kept(c)) {
                slug.appendCodePoint(c);
            }
        });
        return slug.toString();
    }

    private static boolean kept(int c) {
        return switch (Character.getType(c)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                 Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.NON_SPACING_MARK,
                 Character.COMBINING_SPACING_MARK, Character.ENCLOSING_MARK, Character.DECIMAL_DIGIT_NUMBER,
                 Character.LETTER_NUMBER, Character.CONNECTOR_PUNCTUATION -> true;
            default -> false;
        };
    }
}
