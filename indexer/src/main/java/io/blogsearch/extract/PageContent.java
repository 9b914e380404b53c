package io.blogsearch.extract;

import io.blogsearch.model.Figure;
import io.blogsearch.model.Quote;
import io.blogsearch.model.Section;
import java.util.List;

/**
 * What the rendered HTML of one page holds.
 *
 * @param body     plain text of the whole page, blocks separated by line breaks
 * @param sections headings with their text
 * @param quotes   attributed quotes
 * @param figures  images and figures
 */
public record PageContent(String body, List<Section> sections, List<Quote> quotes, List<Figure> figures) {
}
