package io.blogsearch.parse;

import io.blogsearch.model.Page;
import java.util.List;

/**
 * A page and what went wrong while parsing it, though not badly enough to skip it.
 *
 * @param page     the parsed page
 * @param problems unclosed shortcodes, truncation, ...
 */
public record ParsedPage(Page page, List<PageProblemException> problems) {
}
