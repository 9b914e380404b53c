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
 * ({@link #UNKNOWN}) has an id this side cannot know: it gets none, so it starts no section.
 */
final class KramdownHeadingIds {

    /** The explicit id {@link LiquidStripper} gives a heading whose text Liquid writes at build time. */
    static final String UNKNOWN = "\uE000liquid";

    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{M}\\p{Nd}\\p{Pc}\\- \\t]");

    private KramdownHeadingIds() {
    }

    /** The ids of a page's headings, in document order; null for a heading kramdown would leave without one. */
    static List<String> ids(List<HeadingIdStyle.Heading> headings) {
        Map<String, Integer> seen = new HashMap<>();
        List<String> ids = new ArrayList<>(headings.size());
        for (HeadingIdStyle.Heading heading : headings) {
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
}
