package io.blogsearch.parse;

import com.fasterxml.jackson.databind.JsonNode;
import io.blogsearch.model.PageKind;
import io.blogsearch.source.Site;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Tells posts from other pages: {@code _index.*} is a section list; a regular page in one of the site's main
 * sections ({@code params.mainSections}, else Hugo's default, the section with the most pages) is a post; any other
 * page (at the content root, or in a side section such as {@code events/}) is a plain page.
 */
public final class PageKinds {

    private final Set<String> mainSections;

    private PageKinds(Set<String> mainSections) {
        this.mainSections = mainSections;
    }

    /** The kinds of the given site's pages. */
    public static PageKinds of(Site site) {
        return new PageKinds(mainSections(site));
    }

    /** The kind of the page at this path. */
    public PageKind kind(ContentPath path) {
        if (path.sectionList()) {
            return PageKind.SECTION_LIST;
        }
        return mainSections.contains(path.section()) ? PageKind.POST : PageKind.PAGE;
    }

    private static Set<String> mainSections(Site site) {
        Set<String> configured = new HashSet<>();
        JsonNode params = site.config().path("params");
        JsonNode node = params.has("mainSections") ? params.get("mainSections") : params.path("mainsections");
        if (node.isArray()) {
            node.forEach(value -> configured.add(value.asText()));
        } else if (node.isTextual()) {
            configured.add(node.asText());
        }
        if (!configured.isEmpty()) {
            return configured;
        }
        Map<String, Integer> counts = new HashMap<>();
        for (String file : site.contentFiles()) {
            ContentPath path = ContentPath.of(file);
            if (!path.sectionList() && !path.section().isEmpty()) {
                counts.merge(path.section(), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue())
                .map(entry -> Set.of(entry.getKey())).orElse(Set.of());
    }
}
