package io.blogsearch.generator.html;

import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a page's byline says about the page: its own {@code <time>} ({@link BylineDate}) and its links to term pages
 * ({@link TaxonomyLinks}). Both are metadata; where they stand alone they are not the post's text.
 *
 * @param date  the page's own {@code <time datetime>}, or null
 * @param links the links to term pages, by taxonomy
 */
record Byline(Element date, Map<String, List<Element>> links) {

    /** Finds the byline of a page whose main content is {@code content}. */
    static Byline find(Document document, Element content) {
        return new Byline(BylineDate.find(document, content), TaxonomyLinks.find(content, document.location()));
    }

    /** The links to the terms of one taxonomy ({@code tags}, {@code categories}). */
    List<Element> terms(String taxonomy) {
        return links.getOrDefault(taxonomy, List.of());
    }

    /** Removes the date and the term links from the content where each is all its element says. */
    void removeFrom(Element content) {
        if (date != null && date.parent() != null && date.parent().text().strip().equals(date.text().strip())) {
            date.remove();
        }
        links.values().forEach(terms -> terms.forEach(link -> {
            Element holder = link.parent();
            (holder == null || holder == content ? link : holder).remove();
        }));
    }
}
