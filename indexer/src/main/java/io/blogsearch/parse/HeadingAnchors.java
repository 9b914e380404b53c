package io.blogsearch.parse;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Heading ids as Hugo's default Markdown renderer (goldmark, {@code autoHeadingIDType = "github"}) makes them:
 * letters (any script), digits and {@code _} lower-cased and kept, {@code -} and spaces become {@code -},
 * everything else dropped; an empty id is {@code heading}; a repeated id gets {@code -1}, {@code -2}, ...
 * Hugo's other two types ({@link #githubAscii}, {@link #blackfriday}) differ only in the slug.
 * One instance per page, because the numbering of repeats is per page.
 */
public final class HeadingAnchors {

    private final Set<String> used = new HashSet<>();
    private final UnaryOperator<String> slug;

    /** Anchors of the default (github) type. */
    public HeadingAnchors() {
        this(HeadingAnchors::sanitize);
    }

    private HeadingAnchors(UnaryOperator<String> slug) {
        this.slug = slug;
    }

    /** The github-style ids of a page's headings, explicit ids kept, in document order (the default style). */
    public static List<String> github(List<HeadingIdStyle.Heading> headings) {
        return ids(new HeadingAnchors(), headings);
    }

    /** Hugo's {@code github-ascii} type: as github, with accents removed and other non-ASCII characters dropped. */
    public static List<String> githubAscii(List<HeadingIdStyle.Heading> headings) {
        return ids(new HeadingAnchors(text -> sanitize(asciiOnly(text))), headings);
    }

    /**
     * Hugo's {@code blackfriday} type: letters and digits (any script) lower-cased, every run of other characters
     * between two of them one {@code -} ({@code v1.32: Penelope} is {@code v1-32-penelope}).
     */
    public static List<String> blackfriday(List<HeadingIdStyle.Heading> headings) {
        return ids(new HeadingAnchors(HeadingAnchors::blackfridaySlug), headings);
    }

    private static List<String> ids(HeadingAnchors anchors, List<HeadingIdStyle.Heading> headings) {
        List<String> ids = new ArrayList<>(headings.size());
        for (HeadingIdStyle.Heading heading : headings) {
            ids.add(heading.explicitId() != null ? anchors.explicit(heading.explicitId())
                    : anchors.next(heading.text()));
        }
        return ids;
    }

    /** The id for the next heading with this text, registering it so a later repeat is numbered. */
    public String next(String headingText) {
        String base = slug.apply(headingText);
        base = base.isEmpty() ? "heading" : base;
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

    private static String asciiOnly(String text) {
        String stripped = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{Mn}+", "");
        return Normalizer.normalize(stripped, Normalizer.Form.NFC).replaceAll("[^\\x00-\\x7F]", "");
    }

    private static String blackfridaySlug(String text) {
        StringBuilder id = new StringBuilder(text.length());
        boolean dash = false;
        for (int c : text.codePoints().toArray()) {
            if (Character.isLetter(c) || isNumber(c)) {
                if (dash && id.length() > 0) {
                    id.append('-');
                }
                dash = false;
                id.appendCodePoint(Character.toLowerCase(c));
            } else {
                dash = true;
            }
        }
        return id.toString();
    }

    /** Go's unicode.IsNumber: decimal digits, letter numbers (Roman numerals) and other numbers (superscripts). */
    private static boolean isNumber(int c) {
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
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
