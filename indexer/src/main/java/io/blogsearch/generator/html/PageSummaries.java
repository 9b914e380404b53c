package io.blogsearch.generator.html;

import java.util.List;
import org.jsoup.nodes.Element;

/**
 * The summaries of other pages that list pages show (a home page, an archive, a tag or category page): an
 * {@code <article>} whose heading links to another page of the site, and a dated item (a list item, article or table
 * row holding a {@code <time>}) that links to another page. Their dates are those pages' dates, not the list's.
 */
final class PageSummaries {

    private static final String ITEM = "li, article, tr";
    /** Fewer dated items than this may be a post's own dated list ("see also", a changelog): the page says nothing. */
    private static final int LISTED = 2;

    private PageSummaries() {
    }

    /** Whether the content shows only summaries of other pages: every article a teaser, or every date an item's. */
    static boolean listsOtherPages(Element content, String pageUrl) {
        List<Element> articles = content.is("article") ? List.of(content) : content.select("article");
        if (!articles.isEmpty() && articles.stream().allMatch(article -> isTeaser(article, pageUrl))) {
            return true;
        }
        List<Element> times = content.select("time[datetime]");
        long items = times.stream().filter(time -> datesAnotherPage(time, content, pageUrl)).count();
        return items >= LISTED && items == times.size();
    }

    /** Whether a {@code <time>} dates an item that links to another page, rather than the page it is on. */
    static boolean datesAnotherPage(Element time, Element scope, String pageUrl) {
        for (Element item = time.parent(); item != null && item != scope; item = item.parent()) {
            if (item.is(ITEM)) {
                return item.select("a[href]").stream()
                        .anyMatch(a -> SiteLinks.otherPage(pageUrl, a.attr("href")) != null);
            }
        }
        return false;
    }

    /** An article whose first heading links to another page: the teaser of that page. */
    private static boolean isTeaser(Element article, String pageUrl) {
        Element heading = article.selectFirst("h1, h2, h3");
        return heading != null && heading.select("a[href]").stream()
                .anyMatch(a -> SiteLinks.otherPage(pageUrl, a.attr("href")) != null);
    }
}
