package io.blogsearch.generator.html;

import java.util.HashMap;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Finds the main content of a built page: {@code [data-blogsearch-body]}; else the one {@code <article>} inside
 * {@code <main>}, else {@code <main>}; else the page's one {@code <article>}; else the element holding the most
 * paragraph text once navigation, headers, footers and sidebars are left aside (the readability approach).
 */
final class MainContentFinder {

    private static final String CHROME = "nav, header, footer, aside, [role=navigation], [role=banner], "
            + "[role=contentinfo], [role=complementary], script, style, noscript, form";

    private MainContentFinder() {
    }

    /** The main element (detached from nothing: callers clone before changing it), or null for an empty page. */
    static Element find(Document document) {
        Element marked = document.selectFirst("[data-blogsearch-body]");
        if (marked != null) {
            return marked;
        }
        Element main = document.selectFirst("main, [role=main]");
        if (main != null) {
            Elements articles = main.select("article");
            return articles.size() == 1 ? articles.first() : main;
        }
        Elements articles = document.select("article");
        if (articles.size() == 1) {
            return articles.first();
        }
        return densest(document);
    }

    /** The element whose paragraphs hold the most text, outside page chrome. */
    private static Element densest(Document document) {
        Document copy = document.clone();
        copy.select(CHROME).remove();
        Map<Element, Integer> scores = new HashMap<>();
        for (Element paragraph : copy.select("p, pre, li, blockquote")) {
            Element parent = paragraph.parent();
            if (parent != null) {
                scores.merge(parent, paragraph.text().length(), Integer::sum);
            }
        }
        Element best = scores.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                .orElse(copy.body());
        return best;
    }
}
