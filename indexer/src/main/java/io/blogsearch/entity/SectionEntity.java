package io.blogsearch.entity;

/**
 * One heading of a page and its text.
 *
 * @param common      identity, post and facets
 * @param heading     the heading
 * @param text        the text up to the next heading
 * @param sectionHash what the section says, equal for its near-copies on other pages ({@link SectionHash}), or null
 */
public record SectionEntity(Entity.Common common, String heading, String text, String sectionHash)
        implements Entity {
}
