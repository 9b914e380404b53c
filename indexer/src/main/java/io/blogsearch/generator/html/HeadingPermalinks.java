package io.blogsearch.generator.html;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The permalink marks themes put in headings ({@code <h2 id="x">Title<a href="#x">¶</a></h2>}): a link to the
 * heading's own id with no words of its own. They are not part of the title or the section name.
 */
final class HeadingPermalinks {

    private HeadingPermalinks() {
    }

    /** Removes the permalink marks of every heading of the page. */
    static void remove(Document document) {
        for (Element heading : document.select("h1[id], h2[id], h3[id], h4[id], h5[id], h6[id]")) {
            String self = "#" + heading.id();
            heading.select("a[href]").stream()
                    .filter(a -> a.attr("href").strip().equals(self))
                    .filter(a -> !a.text().matches("(?s).*[\\p{L}\\p{N}].*"))
                    .forEach(Element::remove);
        }
    }
}
