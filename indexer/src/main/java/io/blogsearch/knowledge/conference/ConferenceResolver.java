package io.blogsearch.knowledge.conference;

import com.fasterxml.jackson.databind.JsonNode;
import io.blogsearch.model.Page;
import io.blogsearch.model.PageKind;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which conference a post reports on, from the strongest evidence: a config override, then front matter
 * ({@code conference}, {@code event}), then the site's events data linking the post, then the name of an event in
 * the title, a taxonomy term or (for posts tagged as event reports) the first paragraph ({@link EventNames}).
 * Config aliases apply last.
 */
public final class ConferenceResolver {

    /** How much of a body counts as its first paragraph. */
    /** Characters of a body read for an event named in its first paragraph. */
    public static final int FIRST_PARAGRAPH = 400;

    private final ConferenceRules rules;
    private final EventsData events;

    /** A resolver with the site's rules and events data. */
    public ConferenceResolver(ConferenceRules rules, EventsData events) {
        this.rules = rules;
        this.events = events;
    }

    /** The conference of a page, or empty when it reports on none. */
    public Optional<String> resolve(Page page) {
        for (ConferenceRules.Override override : rules.overrides()) {
            if (override.matches(page.path(), page.title())) {
                return named(override.conference());
            }
        }
        Optional<String> declared = frontMatter(page, "conference").or(() -> frontMatter(page, "event"));
        if (declared.isPresent()) {
            return declared.flatMap(this::named);
        }
        Optional<String> linked = events.linking(page.url(), page.aliases());
        if (linked.isPresent()) {
            return linked.flatMap(this::named);
        }
        return inferred(page).flatMap(this::named);
    }

    /**
     * The event the page itself names: its title, then its taxonomy terms, then (for posts tagged as event reports)
     * its first paragraph. Section list pages report on nothing.
     */
    private static Optional<String> inferred(Page page) {
        if (page.kind() == PageKind.SECTION_LIST) {
            return Optional.empty();
        }
        boolean tagged = EventReports.taggedAsEvent(page);
        Optional<String> named = EventNames.fromTitle(page.title(), tagged);
        for (List<String> terms : page.taxonomies().values()) {
            for (String term : terms) {
                named = named.or(() -> EventNames.fromTitle(term, false));
            }
        }
        if (named.isEmpty() && tagged) {
            named = EventNames.fromFirstParagraph(firstParagraph(page.body()));
        }
        return named;
    }

    private static String firstParagraph(String body) {
        if (body == null) {
            return null;
        }
        return body.length() > FIRST_PARAGRAPH ? body.substring(0, FIRST_PARAGRAPH) : body;
    }

    private Optional<String> named(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        String trimmed = name.trim();
        return Optional.of(rules.aliases().getOrDefault(trimmed, trimmed));
    }

    private static Optional<String> frontMatter(Page page, String key) {
        Object value = page.frontMatter() == null ? null : page.frontMatter().get(key);
        if (value instanceof Map<?, ?> map) {
            value = map.get("name");
        }
        if (value instanceof JsonNode node) {
            value = node.isObject() ? node.path("name").asText("") : node.asText("");
        }
        return value == null || value.toString().isBlank() ? Optional.empty() : Optional.of(value.toString().trim());
    }
}
