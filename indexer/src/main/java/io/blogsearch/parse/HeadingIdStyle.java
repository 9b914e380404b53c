package io.blogsearch.parse;

import java.util.List;

/**
 * How a generator names the headings of one page: each generator has its own slug rule and its own way of numbering
 * repeats, and a section's link is only right when its anchor is the one the published page carries.
 */
@FunctionalInterface
public interface HeadingIdStyle {

    /**
     * The ids of a page's headings, in document order, one per heading; null where the style cannot tell the id
     * the generator gives (that heading then starts no section of its own).
     */
    List<String> ids(List<Heading> headings);

    /**
     * One heading of a page.
     *
     * @param text       its text as the Markdown renderer sees it (text and code spans, no markup)
     * @param explicitId the id written after it ({@code ## Title {#id}}), or null
     * @param level      its level, 1 for {@code #} to 6
     */
    record Heading(String text, String explicitId, int level) {
    }
}
