package io.blogsearch.entity;

import io.blogsearch.model.Page;
import io.blogsearch.model.Section;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;

/**
 * What a post says of its own: its body and section headings without the sections that repeat across the site
 * (a release post's closing section, a "why use this" list), so a word found only there does not list every post
 * that carries the copy. Those sections stay searchable as section documents of their own, which the server weighs
 * less and folds into one result. The body is cut where the section's heading and text stand in it, as
 * {@code ContentExtractor} writes them; a section that cannot be found there is kept.
 *
 * @param body     the body without the repeated sections
 * @param headings the headings of the sections kept, one a line
 */
public record OwnText(String body, String headings) {

    /**
     * The page's own text, leaving out the sections whose {@link SectionHash} is in {@code repeated}, each section
     * hashed here (the tests' shorthand; {@link PageEntities} passes the hashes it computed once).
     */
    static OwnText of(Page page, Set<String> repeated) {
        return of(page, page.sections().stream().map(SectionHash::of).toList(), repeated);
    }

    /** As above, given the {@link SectionHash} of each of the page's sections, in order (null for a short one). */
    static OwnText of(Page page, List<String> sectionHashes, Set<String> repeated) {
        String body = page.body() == null ? "" : page.body();
        StringBuilder own = new StringBuilder(body.length());
        StringJoiner headings = new StringJoiner("\n");
        int copied = 0;
        int searchFrom = 0;
        for (int i = 0; i < page.sections().size(); i++) {
            Section section = page.sections().get(i);
            String hash = sectionHashes.get(i);
            // immutable sets throw on null
            boolean cut = hash != null && !repeated.isEmpty() && repeated.contains(hash);
            if (!cut && section.heading() != null) {
                headings.add(section.heading());
            }
            int[] span = locate(body, section, searchFrom);
            if (span == null) {
                continue;
            }
            searchFrom = span[1];
            if (cut) {
                own.append(body, copied, span[0]);
                copied = span[1];
            }
        }
        own.append(body, copied, body.length());
        return new OwnText(copied == 0 ? body : own.toString().strip(), headings.toString());
    }

    /**
     * Where the section's heading and text stand in the body at or after {@code from}, as {start, end}, or null.
     * The text is looked for first: a heading's few words may also stand earlier in running text.
     */
    private static int[] locate(String body, Section section, int from) {
        String heading = section.heading() == null ? "" : section.heading();
        String text = section.text() == null ? "" : section.text();
        if (text.isEmpty()) {
            int start = heading.isEmpty() ? -1 : body.indexOf(heading, from);
            return start < 0 ? null : new int[] {start, start + heading.length()};
        }
        int textStart = body.indexOf(text, from);
        if (textStart < 0) {
            return null;
        }
        // the heading ends before its text (its words may also open the text itself)
        int start = heading.isEmpty() ? -1 : body.lastIndexOf(heading, textStart - heading.length());
        if (start < from || !body.substring(start + heading.length(), textStart).isBlank()) {
            start = textStart; // the heading is not right above its text: cut the text only
        }
        return new int[] {start, textStart + text.length()};
    }
}
