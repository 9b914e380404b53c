package io.blogsearch.generator.html;

import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The {@code <time datetime>} that dates the page itself: the first in its main content that does not date a listed
 * page ({@link PageSummaries}); else, when the content is an article inside {@code <main>}, the first such in
 * {@code <main>} (a post's metadata column beside its article).
 */
final class BylineDate {

    private BylineDate() {
    }

    /** The page's own {@code <time>}, or null. */
    static Element find(Document document, Element content) {
        String url = document.location();
        if (content == null || PageSummaries.listsOtherPages(content, url)) {
            return null;
        }
        Optional<Element> own = first(content, url);
        Element main = content.closest("main, [role=main]");
        if (own.isEmpty() && main != null && main != content) {
            own = first(main, url);
        }
        return own.orElse(null);
    }

    private static Optional<Element> first(Element scope, String url) {
        return scope.select("time[datetime]").stream()
                .filter(time -> !time.attr("datetime").isBlank())
                .filter(time -> !PageSummaries.datesAnotherPage(time, scope, url))
                .findFirst();
    }
}
