package io.blogsearch.parse;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Heading ids as Hugo's default Markdown renderer (goldmark, {@code autoHeadingIDType = "github"}) makes them:
 * letters (any script), digits and {@code _} lower-cased and kept, {@code -} and spaces become {@code -},
 * everything else dropped; an empty id is {@code heading}; a repeated id gets {@code -1}, {@code -2}, ...
 * One instance per page, because the numbering of repeats is per page.
 */
public final class HeadingAnchors {

    private final Set<String> used = new HashSet<>();

    /** The github-style ids of a page's headings, explicit ids kept, in document order (the default style). */
    public static List<String> github(List<HeadingIdStyle.Heading> headings) {
        HeadingAnchors anchors = new HeadingAnchors();
        List<String> ids = new ArrayList<>(headings.size());
        for (HeadingIdStyle.Heading heading : headings) {
            ids.add(heading.explicitId() != null ? anchors.explicit(heading.explicitId())
                    : anchors.next(heading.text()));
        }
        return ids;
    }

    /** The id for the next heading with this text, registering it so a later repeat is numbered. */
    public String next(String headingText) {
        String base = sanitize(headingText);
        String id = base;
        if (used.contains(id)) {
            for (int i = 1; ; i++) {
                id = base + "-" + i;
                if (!used.contains(id)) {
                    break;
                }
            }
        }
        used.add(id);
        return id;
    }

    /** Registers an explicit id ({@code ## Title {#id}}), which later generated ids must not repeat. */
    public String explicit(String id) {
        used.add(id);
        return id;
    }

    /** The github-style id of a text, without de-duplication. */
    public static String sanitize(String text) {
        StringBuilder id = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (c == '-' || c == ' ') {
                id.append('-');
            } else if (c == '_' || Character.isLetter(c) || Character.isDigit(c)) {
                id.appendCodePoint(Character.toLowerCase(c));
            }
        });
        return id.length() == 0 ? "heading" : id.toString();
    }
}
