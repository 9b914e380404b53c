package io.blogsearch.entity;

import java.util.List;

/**
 * A whole page: a post (type {@code post}) or any other page with text of its own (type {@code page}).
 *
 * @param common             identity, post and facets
 * @param title              the page's title
 * @param body               the plain text of the whole body
 * @param description        the page's description or summary, or null
 * @param pageKind           what the site makes of the page ({@code post}, {@code page}, {@code section_list})
 * @param contentHash        SHA-256 of the source file
 * @param authorAffiliations each author with an affiliation, as {@code name TAB affiliation}
 */
public record PageEntity(Entity.Common common, String title, String body, String description, String pageKind,
                         String contentHash, List<String> authorAffiliations) implements Entity {

    /** Copies the list: an entity never changes. */
    public PageEntity {
        authorAffiliations = List.copyOf(authorAffiliations);
    }
}
