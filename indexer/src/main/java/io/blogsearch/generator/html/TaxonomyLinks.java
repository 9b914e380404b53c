package io.blogsearch.generator.html;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * Terms a post names by linking to their list pages from its byline: a link to {@code …/tags/slow-travel/} (or
 * {@code tag/}, {@code categories/}, {@code category/}) whose text is the term the slug spells ("Slow travel"), alone
 * in its element but for separators. A link in running text, in a {@code <nav>} (a tag cloud, a site menu) or whose
 * text is not the slug's term says nothing.
 */
final class TaxonomyLinks {

    private static final Map<String, String> FOLDERS = Map.of("tags", "tags", "tag", "tags",
            "categories", "categories", "category", "categories");

    private TaxonomyLinks() {
    }

    /** The byline's links to term pages, by taxonomy ({@code tags}, {@code categories}), in page order. */
    static Map<String, List<Element>> find(Element content, String pageUrl) {
        Map<String, List<Element>> links = new LinkedHashMap<>();
        for (Element a : content.select("a[href]")) {
            String taxonomy = taxonomy(a, pageUrl);
            if (taxonomy != null && a.closest("nav, [role=navigation]") == null && alone(a)) {
                links.computeIfAbsent(taxonomy, key -> new ArrayList<>()).add(a);
            }
        }
        return links;
    }

    /** The taxonomy a link names a term of, or null when its target is not a term page spelt like its text. */
    private static String taxonomy(Element a, String pageUrl) {
        String path = SiteLinks.otherPage(pageUrl, a.attr("href"));
        if (path == null) {
            return null;
        }
        String[] parts = path.replaceAll("/+$", "").split("/");
        if (parts.length < 2 || !FOLDERS.containsKey(parts[parts.length - 2].toLowerCase(Locale.ROOT))) {
            return null;
        }
        return slug(a.text()).equals(slug(parts[parts.length - 1])) && !a.text().isBlank()
                ? FOLDERS.get(parts[parts.length - 2].toLowerCase(Locale.ROOT)) : null;
    }

    /** Whether the link is all its parent says, but for separators ("#", ",", "·"): a list of terms, not prose. */
    private static boolean alone(Element a) {
        Element parent = a.parent();
        if (parent == null) {
            return false;
        }
        String rest = parent.text();
        for (Element sibling : parent.select("a[href]")) {
            rest = rest.replace(sibling.text(), "");
        }
        return !rest.matches("(?s).*[\\p{L}\\p{N}].*");
    }

    /** Letters and digits only, lower case, accents dropped: how generators turn a term into its URL. */
    private static String slug(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
    }
}
