package io.blogsearch.entity;

/**
 * An image of a page.
 *
 * @param common         identity, post and facets
 * @param title          its title, else caption, else alternative text
 * @param text           caption and alternative text
 * @param imageUrl       the image's URL
 * @param sectionHeading the heading of the section the figure is in, or null
 */
public record FigureEntity(Entity.Common common, String title, String text, String imageUrl, String sectionHeading)
        implements Entity {
}
