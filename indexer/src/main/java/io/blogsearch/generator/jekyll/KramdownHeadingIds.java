package io.blogsearch.generator.jekyll;

import io.blogsearch.parse.HeadingIdStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Heading ids as Jekyll's default Markdown, kramdown with GFM input, makes them: the heading's text lower-cased,
 * everything but letters, marks, digits, connector punctuation ({@code _}), {@code -}, spaces and tabs dropped,
 * spaces and tabs made {@code -} (so {@code हिन्दी} keeps its vowel signs, unlike GitHub's rule); the n-th repeat of
 * a generated id gets {@code -n}, counted per id, explicit ids not counted. A heading whose text Liquid writes
 * ({@link #UNKNOWN}) has an id this side cannot know: it gets none, so it starts no section. A heading inside an HTML
 * element read as Markdown ({@link #CONVERTER}) is named by kramdown's converter instead: ASCII letters, digits,
 * spaces and {@code -} kept after the first letter, {@code section} when none is left, repeats numbered apart.
 */
final class KramdownHeadingIds {

    /** The explicit id {@link LiquidStripper} gives a heading whose text Liquid writes at build time. */
    static final String UNKNOWN = "\uE000liquid";

    /** The explicit id {@link KramdownHtmlBlocks} gives a heading that kramdown's converter names. */
    static final String CONVERTER = "\uE000kramdown";

    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{M}\\p{Nd}\\p{Pc}\\- \\t]");

    private KramdownHeadingIds() {
    }

    /** The ids of a page's headings, in document order; null for a heading kramdown would leave without one. */
    static List<String> ids(List<HeadingIdStyle.Heading> headings) {
        Map<String, Integer> seen = new HashMap<>();
        Map<String, Integer> converted = new HashMap<>();
        List<String> ids = new ArrayList<>(headings.size());
        for (HeadingIdStyle.Heading heading : headings) {
            if (CONVERTER.equals(heading.explicitId())) {
                String id = converterId(heading.text());
                int repeat = converted.merge(id, 1, Integer::sum) - 1;
                ids.add(repeat > 0 ? id + "-" + repeat : id);
                continue;
            }
            if (heading.explicitId() != null) {
                ids.add(UNKNOWN.equals(heading.explicitId()) ? null : heading.explicitId());
                continue;
            }
            String text = heading.text().toLowerCase(Locale.ROOT);
            String id = NON_WORD.matcher(text).replaceAll("").replaceAll("[ \\t]", "-");
            int repeat = seen.merge(id, 1, Integer::sum) - 1;
            ids.add(id.isEmpty() ? null : repeat > 0 ? id + "-" + repeat : id); // id="" links nowhere
        }
        return ids;
    }

    /** kramdown's own rule ({@code Converter::Base#basic_generate_id}), which knows only ASCII. */
    private static String converterId(String text) {
        String id = text.replaceFirst("^[^a-zA-Z]+", "").replaceAll("[^a-zA-Z0-9 -]", "").replace(' ', '-');
        return id.isEmpty() ? "section" : id.toLowerCase(Locale.ROOT);
    }
}
