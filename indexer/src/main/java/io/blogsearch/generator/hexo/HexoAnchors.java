package io.blogsearch.generator.hexo;

import io.blogsearch.parse.HeadingIdStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Heading ids as Hexo's default Markdown renderer (hexo-renderer-marked) makes them: the heading's text without
 * anything that reads as an HTML tag (the renderer strips tags after decoding entities, so a code span
 * {@code <string>} vanishes), its quotes, dashes and ellipses made typographic when {@code marked.smartypants} is
 * on (the default), then
 * {@link HexoSlugs#slugize} with {@code marked.modifyAnchors} as its case transform (case kept by default); the n-th
 * repeat of an id gets {@code -n}. An explicit {@code {#id}} is not marked syntax: it stays part of the text. With
 * {@code marked.headerIds: false} headings have no ids.
 *
 * <p>Smartypants only touches text, not code spans; here the heading is one text, so a quote inside a code span of a
 * heading is made typographic too and that heading's id may differ.
 */
final class HexoAnchors implements HeadingIdStyle {

    /**
     * The {@code marked} settings that name headings.
     *
     * @param headerIds     whether headings get ids at all
     * @param modifyAnchors 1 lower-cases ids, 2 upper-cases them
     * @param smartypants   whether quotes and dashes are made typographic before the id is made
     */
    record Options(boolean headerIds, int modifyAnchors, boolean smartypants) {
    }

    private final Options options;

    HexoAnchors(Options options) {
        this.options = options;
    }

    @Override
    public List<String> ids(List<Heading> headings) {
        List<String> ids = new ArrayList<>(headings.size());
        Map<String, Integer> seen = new HashMap<>();
        for (Heading heading : headings) {
            if (!options.headerIds()) {
                ids.add(null);
                continue;
            }
            String text = heading.explicitId() == null ? heading.text()
                    : heading.text() + " {#" + heading.explicitId() + "}";
            text = stripTags(text);
            String id = HexoSlugs.slugize((options.smartypants() ? smartypants(text) : text).strip(),
                    options.modifyAnchors());
            Integer count = seen.get(id);
            if (count == null) {
                seen.put(id, 1);
                ids.add(id);
            } else {
                seen.put(id, count + 1);
                ids.add(id + "-" + count);
            }
        }
        return ids;
    }

    /**
     * The text without tags, as hexo-util's {@code stripHTML} reads them: from {@code <} to its {@code >} (nested
     * {@code <} counted), a {@code <} followed by a space kept as text, a tag never closed dropping the rest.
     */
    static String stripTags(String text) {
        if (text.indexOf('<') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int depth = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (depth < 0) {
                boolean spaced = i + 1 < text.length() && (text.charAt(i + 1) == ' ' || text.charAt(i + 1) == '\n');
                if (c == '<' && !spaced) {
                    depth = 0;
                } else {
                    out.append(c);
                }
            } else if (c == '<') {
                depth++;
            } else if (c == '>') {
                depth--;
            }
        }
        return out.toString();
    }

    /** marked's smartypants, as hexo-renderer-marked applies it to text. */
    static String smartypants(String text) {
        return text.replace("---", "\u2014")
                .replace("--", "\u2013")
                .replaceAll("(^|[-\u2014/(\\[{\"\\s])'", "$1\u2018")
                .replace("'", "\u2019")
                .replaceAll("(^|[-\u2014/(\\[{\u2018\\s])\"", "$1\u201c")
                .replace("\"", "\u201d")
                .replace("...", "\u2026");
    }
}
