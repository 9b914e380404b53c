package io.blogsearch.parse;

import com.fasterxml.jackson.databind.JsonNode;
import io.blogsearch.model.Page;
import io.blogsearch.model.PageKind;
import io.blogsearch.source.Site;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Tells posts from other pages as Hugo's {@code mainSections} does: {@code _index.*} is a section list; a regular
 * page in one of the site's main sections ({@code mainSections}, which older sites set under {@code params}, else
 * the section with the most dated regular pages) is a post; any other page (at the content root, docs, About, an
 * events list) is a plain page.
 */
public final class PageKinds {

    private final Set<String> mainSections;

    private PageKinds(Set<String> mainSections) {
        this.mainSections = mainSections;
    }

    /**
     * The kinds as far as the file list tells: the configured main sections, else the section with the most
     * regular pages; {@link #of(Site, Collection, Function)} decides by dates once the pages are read.
     */
    public static PageKinds of(Site site) {
        Set<String> configured = configured(site);
        if (!configured.isEmpty()) {
            return new PageKinds(configured);
        }
        ContentLocator locator = new ContentLocator(site.languages());
        Map<String, Integer> counts = new HashMap<>();
        for (String file : site.contentFiles()) {
            ContentPath path = locator.locate(file);
            if (path != null && !path.sectionList() && !path.section().isEmpty()) {
                counts.merge(path.section(), 1, Integer::sum);
            }
        }
        return new PageKinds(mostCounted(counts));
    }

    /** The kinds of a site whose pages are read: the configured main sections, else the most dated section. */
    public static PageKinds of(Site site, Collection<Page> pages, Function<String, ContentPath> locate) {
        Set<String> configured = configured(site);
        if (!configured.isEmpty()) {
            return new PageKinds(configured);
        }
        Map<String, Integer> counts = new HashMap<>();
        for (Page page : pages) {
            ContentPath path = locate.apply(page.path());
            if (page.date() != null && path != null && !path.sectionList() && !path.section().isEmpty()) {
                counts.merge(path.section(), 1, Integer::sum);
            }
        }
        return new PageKinds(mostCounted(counts));
    }

    /** The main sections these kinds follow. */
    public Set<String> mainSections() {
        return mainSections;
    }

    /** The kind of the page at this path. */
    public PageKind kind(ContentPath path) {
        if (path.sectionList()) {
            return PageKind.SECTION_LIST;
        }
        return mainSections.contains(path.section()) ? PageKind.POST : PageKind.PAGE;
    }

    private static Set<String> configured(Site site) {
        Set<String> configured = new LinkedHashSet<>();
        JsonNode params = site.config().path("params");
        JsonNode node = site.config().path("mainsections");
        if (node.isMissingNode()) {
            node = params.has("mainSections") ? params.get("mainSections") : params.path("mainsections");
        }
        if (node.isArray()) {
            node.forEach(value -> configured.add(value.asText()));
        } else if (node.isTextual()) {
            configured.add(node.asText());
        }
        return configured;
    }

    private static Set<String> mostCounted(Map<String, Integer> counts) {
        // ties go to the first name, so the choice does not depend on the order files were read in
        return counts.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .map(entry -> Set.of(entry.getKey())).orElse(Set.of());
    }
}
