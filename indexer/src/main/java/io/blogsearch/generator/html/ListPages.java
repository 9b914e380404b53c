package io.blogsearch.generator.html;

import java.util.Arrays;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Tells the built pages that are not worth a search result: pages that ask not to be indexed, pages whose
 * canonical URL is another page (aliases, syndicated copies), and list pages: pagination ({@code /page/2/}),
 * taxonomy pages ({@code /tags/x/}, {@code /categories/}) without a date of their own, pages with several
 * {@code <article>} summaries, pages that show only summaries of other pages ({@link PageSummaries}), and undated
 * pages whose main content is mostly links.
 */
final class ListPages {

    private static final Pattern PAGINATION = Pattern.compile("(^|/)page/\\d+/");
    private static final Set<String> TAXONOMY_FOLDERS = Set.of("tags", "tag", "categories", "category", "series",
            "authors", "author", "archives", "archive");
    private static final double LINK_SHARE = 0.5;

    private ListPages() {
    }

    /** Why this page is left out, or null when it is indexed. */
    static String reason(String path, String url, Element main, HtmlMetadata metadata) {
        if (metadata.noindex()) {
            return "noindex";
        }
        if (metadata.canonical() != null
                && !BuiltPages.comparable(metadata.canonical()).equals(BuiltPages.comparable(url))) {
            return "canonical elsewhere";
        }
        if (path.equals("404.html") || PAGINATION.matcher(path).find()) {
            return "list page";
        }
        boolean dated = metadata.published() != null || metadata.article();
        if (main.select("article").size() > 1 && !main.is("article") || PageSummaries.listsOtherPages(main, url)) {
            return "list page";
        }
        if (!dated && Arrays.stream(path.split("/")).anyMatch(TAXONOMY_FOLDERS::contains)) {
            return "list page";
        }
        return !dated && linkShare(main) > LINK_SHARE ? "list page" : null;
    }

    /** The share of the main content's text that is link text. */
    private static double linkShare(Element main) {
        int all = main.text().length();
        if (all == 0) {
            return 0;
        }
        int links = main.select("a").stream().mapToInt(a -> a.text().length()).sum();
        return (double) links / all;
    }
}
