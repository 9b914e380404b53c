package io.blogsearch.generator.zola;

import io.blogsearch.parse.HeadingIdStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Zola's heading ids: explicit ids ({@code {#id}}) are taken first, all of them, so a generated id never repeats one
 * written further down; every other heading gets its text slugified by {@code slugify.anchors}, a repeat numbered
 * {@code -1}, {@code -2}, ... A heading whose slug is not known here ({@link ZolaSlugs}: emoji, other scripts) gets
 * no id rather than one the published page does not have.
 */
final class ZolaAnchors implements HeadingIdStyle {

    private final ZolaSlugs.Strategy strategy;

    ZolaAnchors(ZolaSlugs.Strategy strategy) {
        this.strategy = strategy;
    }

    @Override
    public List<String> ids(List<Heading> headings) {
        Set<String> used = new HashSet<>();
        headings.stream().map(Heading::explicitId).filter(Objects::nonNull).forEach(used::add);
        List<String> ids = new ArrayList<>(headings.size());
        for (Heading heading : headings) {
            String id = heading.explicitId();
            if (id == null) {
                String slug = ZolaSlugs.anchor(heading.text(), strategy);
                id = slug == null || slug.isEmpty() ? null : unused(used, slug);
            }
            if (id != null) {
                used.add(id);
            }
            ids.add(id);
        }
        return ids;
    }

    /** The slug, or the slug with the first free {@code -n}. */
    private static String unused(Set<String> used, String slug) {
        if (!used.contains(slug)) {
            return slug;
        }
        int n = 1;
        while (used.contains(slug + "-" + n)) {
            n++;
        }
        return slug + "-" + n;
    }
}
