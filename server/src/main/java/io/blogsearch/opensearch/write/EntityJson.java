package io.blogsearch.opensearch.write;

import io.blogsearch.entity.Entity;
import io.blogsearch.entity.FigureEntity;
import io.blogsearch.entity.PageEntity;
import io.blogsearch.entity.QuoteEntity;
import io.blogsearch.entity.SectionEntity;
import io.blogsearch.entity.TalkEntity;
import io.blogsearch.opensearch.IndexMapping;
import io.blogsearch.opensearch.LanguageFields;
import io.blogsearch.schema.FacetDims;
import io.blogsearch.schema.Fields;
import io.blogsearch.schema.SpeakersJson;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Turns one entity into the source of an OpenSearch document of {@link IndexMapping}, as the Lucene writer turns it
 * into a document: the searched text under the page language's key, its exact and prefix twins, the keyword facets
 * and what a hit displays ({@code show}, never indexed).
 */
public final class EntityJson {

    private EntityJson() {
    }

    /** The source of {@code entity}; {@code fingerprint} goes on a page entity only (null: none). */
    public static Map<String, Object> of(Entity entity, String fingerprint) {
        Parts parts = parts(entity);
        Entity.Common common = entity.common();
        boolean whole = entity instanceof PageEntity;
        Map<String, Object> source = new LinkedHashMap<>();
        put(source, Fields.ID, common.id());
        put(source, Fields.TYPE, common.type().value());
        put(source, Fields.PATH, common.path());
        put(source, Fields.POST_ID, common.path());
        put(source, Fields.LANG, common.lang());
        put(source, Fields.TRANSLATION_KEY, common.translationKey());
        if (entity instanceof PageEntity page) {
            put(source, Fields.PAGE_KIND, page.pageKind());
            put(source, Fields.CONTENT_HASH, page.contentHash());
            put(source, Fields.FINGERPRINT, fingerprint);
        } else if (entity instanceof SectionEntity section) {
            put(source, Fields.SECTION_HASH, section.sectionHash());
        } else if (entity instanceof TalkEntity talk) {
            put(source, Fields.TALK_KIND, talk.kind());
        }
        String key = LanguageFields.key(common.lang());
        put(source, Fields.TITLE, keyed(key, parts.title()));
        put(source, Fields.TEXT, keyed(key, parts.text()));
        put(source, Fields.DESCRIPTION, keyed(key, parts.description()));
        put(source, Fields.CONTEXT, keyed(key, join(common.context())));
        put(source, Fields.TITLE_EXACT, parts.title());
        put(source, Fields.TITLE_PREFIX, parts.title());
        put(source, Fields.TEXT_EXACT, join(Arrays.asList(parts.text(), parts.description())));
        putAll(source, Fields.SPEAKER_TEXT, common.facet(FacetDims.SPEAKER));
        putAll(source, Fields.TAG_TEXT, common.facet(FacetDims.TAG));
        putAll(source, Fields.CONFERENCE_TEXT, common.facet(FacetDims.CONFERENCE));
        if (whole) {
            // only a whole page is by its authors: its sections, quotes and talks would repeat the match
            putAll(source, Fields.AUTHOR_TEXT, common.facet(FacetDims.AUTHOR));
        }
        put(source, Fields.DATE, common.date() == null ? null : common.date().toEpochMilli());
        source.put(IndexMapping.FACET, facets(common));
        source.put(IndexMapping.SHOW, shown(entity, parts));
        return source;
    }

    /** The title, text and description an entity is searched by, and the heading it sits under. */
    private record Parts(String title, String text, String description, String heading) {
    }

    private static Parts parts(Entity entity) {
        if (entity instanceof PageEntity page) {
            return new Parts(page.title(), page.body(), page.description(), null);
        } else if (entity instanceof SectionEntity section) {
            return new Parts(section.heading(), section.text(), null, section.heading());
        } else if (entity instanceof QuoteEntity quote) {
            return new Parts(quote.text(), quote.text(), null, quote.sectionHeading());
        } else if (entity instanceof FigureEntity figure) {
            return new Parts(figure.title(), figure.text(), null, figure.sectionHeading());
        }
        TalkEntity talk = (TalkEntity) entity; // the last kind of the sealed interface
        return new Parts(talk.title(), talk.text(), null, talk.heading());
    }

    private static Map<String, Object> facets(Entity.Common common) {
        Map<String, Object> facets = new LinkedHashMap<>();
        putAll(facets, FacetDims.TYPE, List.of(common.type().value()));
        putAll(facets, FacetDims.LANG, List.of(common.lang()));
        for (String dim : List.of(FacetDims.TAG, FacetDims.AUTHOR, FacetDims.SPEAKER, FacetDims.CONFERENCE)) {
            putAll(facets, dim, common.facet(dim));
        }
        if (common.date() != null) {
            facets.put(FacetDims.YEAR, Integer.toString(common.day().getYear()));
        }
        common.facets().forEach((dim, values) -> {
            if (FacetDims.isTaxonomy(dim)) {
                putAll(facets, dim, values);
            }
        });
        return facets;
    }

    private static Map<String, Object> shown(Entity entity, Parts parts) {
        Entity.Common common = entity.common();
        Map<String, Object> shown = new LinkedHashMap<>();
        putAll(shown, Fields.POST_TITLE, List.of(nullToBlank(common.postTitle())));
        putAll(shown, Fields.POST_URL, List.of(nullToBlank(common.postUrl())));
        putAll(shown, Fields.URL, List.of(nullToBlank(common.url())));
        putAll(shown, Fields.ANCHOR, List.of(nullToBlank(common.anchor())));
        putAll(shown, Fields.SECTION_HEADING, List.of(nullToBlank(parts.heading())));
        if (entity instanceof QuoteEntity quote) {
            putAll(shown, Fields.QUOTE_TEXT, List.of(nullToBlank(quote.text())));
            putAll(shown, Fields.QUOTE_SOURCE, List.of(nullToBlank(quote.source())));
        } else if (entity instanceof FigureEntity figure) {
            putAll(shown, Fields.FIGURE_IMAGE, List.of(nullToBlank(figure.imageUrl())));
        }
        putAll(shown, Fields.TALK_TITLE, List.of(nullToBlank(common.talkTitle())));
        if (common.date() != null) {
            putAll(shown, Fields.DATE_DAY, List.of(common.day().toString()));
        }
        if (entity instanceof TalkEntity talk) {
            putAll(shown, Fields.TALK_SPEAKERS, List.of(nullToBlank(SpeakersJson.write(talk.speakers()))));
        } else if (entity instanceof PageEntity page) {
            putAll(shown, Fields.AUTHOR_AFFILIATION, page.authorAffiliations());
        }
        putAll(shown, Fields.TAXONOMY, common.taxonomyTerms());
        putAll(shown, Fields.TAG, common.facet(FacetDims.TAG));
        putAll(shown, Fields.SPEAKER, common.facet(FacetDims.SPEAKER));
        putAll(shown, Fields.CONFERENCE, common.facet(FacetDims.CONFERENCE));
        putAll(shown, Fields.AUTHOR, common.facet(FacetDims.AUTHOR));
        return shown;
    }

    private static String nullToBlank(String value) {
        return value == null ? "" : value;
    }

    private static Map<String, String> keyed(String key, String value) {
        return value == null || value.isBlank() ? null : Map.of(key, value);
    }

    /** The present values one a line, as the Lucene writer indexes them as values of one field. */
    private static String join(List<String> values) {
        List<String> present = values.stream().filter(Objects::nonNull).filter(v -> !v.isBlank()).toList();
        return present.isEmpty() ? null : String.join("\n", present);
    }

    private static void put(Map<String, Object> source, String field, Object value) {
        if (value != null && !(value instanceof String text && text.isBlank())) {
            source.put(field, value);
        }
    }

    private static void putAll(Map<String, Object> source, String field, List<String> values) {
        List<String> present = values.stream().filter(v -> v != null && !v.isBlank()).distinct().toList();
        if (!present.isEmpty()) {
            source.put(field, present);
        }
    }
}
