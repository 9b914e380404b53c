package io.blogsearch.generator.html;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;

/**
 * Navigation that themes put inside the main content: lists holding {@code rel="prev"} or {@code rel="next"} links,
 * and lists closing the content whose every item links to another page of the site, mostly by its link text
 * (previous and next posts, related posts). Such lists are not the post's text.
 */
final class ContentNavigation {

    private static final double LINK_SHARE = 0.5;

    private ContentNavigation() {
    }

    /** Removes the content's navigation lists. */
    static void remove(Element content, String pageUrl) {
        content.select("a[rel~=(?i)^(prev|next)$]").forEach(a -> {
            Element list = a.closest("ul, ol, nav");
            if (list != null && list != content) {
                list.remove();
            }
        });
        boolean removed = true;
        while (removed) {
            removed = false;
            for (Element list : content.select("ul, ol")) {
                if (isLinkList(list, pageUrl) && nothingAfter(list, content)) {
                    list.remove();
                    removed = true;
                    break;
                }
            }
        }
    }

    private static boolean isLinkList(Element list, String pageUrl) {
        Elements items = list.select("> li");
        if (items.isEmpty() || list.text().isBlank()) {
            return false;
        }
        boolean linked = items.stream().allMatch(li -> li.select("a[href]").stream()
                .anyMatch(a -> SiteLinks.otherPage(pageUrl, a.attr("href")) != null));
        int links = list.select("a[href]").stream().mapToInt(a -> a.text().length()).sum();
        return linked && (double) links / list.text().length() > LINK_SHARE;
    }

    /** Whether no text follows the element up to the end of the content. */
    private static boolean nothingAfter(Element element, Element content) {
        for (Element at = element; at != null && at != content; at = at.parent()) {
            for (Node next = at.nextSibling(); next != null; next = next.nextSibling()) {
                boolean text = next instanceof TextNode textNode ? !textNode.isBlank()
                        : next instanceof Element e && (!e.text().isBlank() || !e.select("img").isEmpty());
                if (text) {
                    return false;
                }
            }
        }
        return true;
    }
}
