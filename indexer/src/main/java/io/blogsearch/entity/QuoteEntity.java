package io.blogsearch.entity;

/**
 * An attributed quote; its speakers are its {@code speaker} facet.
 *
 * @param common         identity, post and facets
 * @param text           the quoted words
 * @param source         where the words were published (an embedded post's link), or null
 * @param sectionHeading the heading of the section the quote is in, or null
 */
public record QuoteEntity(Entity.Common common, String text, String source, String sectionHeading)
        implements Entity {
}
