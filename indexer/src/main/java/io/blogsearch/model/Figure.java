package io.blogsearch.model;

/**
 * An image of a page: figure shortcode, Markdown image, or HTML figure/img.
 *
 * @param title         title (shortcode {@code title}, figcaption heading or image title), may be null
 * @param caption       caption, may be null
 * @param alt           alternative text, may be null
 * @param imageUrl      the image URL resolved against the page bundle and permalink
 * @param sectionAnchor anchor of the section the figure is in, or null before the first heading
 */
public record Figure(String title, String caption, String alt, String imageUrl, String sectionAnchor) {
}
