package io.blogsearch.opensearch;

import io.blogsearch.schema.DocType;
import io.blogsearch.schema.FacetDims;
import io.blogsearch.schema.Fields;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;

/**
 * Turns one entity, as the indexer stored it, into the source of an OpenSearch document of {@link IndexMapping}: the
 * searched text per language, its exact and prefix twins, the keyword facets and what a hit displays. Text the
 * indexer does not store is derived as the indexer derived it: the exact twins repeat the title and text, the
 * context is the post's title and the section heading (for a post, its sections' headings).
 */
public final class EntitySource {

    private static final List<String> SHOWN = List.of(Fields.POST_TITLE, Fields.POST_URL, Fields.URL, Fields.ANCHOR,
            Fields.SECTION_HEADING, Fields.QUOTE_TEXT, Fields.QUOTE_SOURCE, Fields.FIGURE_IMAGE, Fields.TALK_TITLE,
            Fields.TALK_SPEAKERS, Fields.AUTHOR_AFFILIATION, Fields.TAXONOMY, Fields.TAG, Fields.SPEAKER,
            Fields.CONFERENCE, Fields.AUTHOR);

    private EntitySource() {
    }

    /** The source of {@code entity}; {@code postHeadings} are the headings of its page's sections. */
    public static Map<String, Object> of(Document entity, List<String> postHeadings) {
        Map<String, Object> source = new LinkedHashMap<>();
        IndexMapping.KEYWORDS.forEach(field -> put(source, field, entity.get(field)));
        String type = entity.get(Fields.TYPE);
        boolean whole = DocType.POST.value().equals(type) || DocType.PAGE.value().equals(type);
        String key = LanguageFields.key(entity.get(Fields.LANG));
        put(source, Fields.TITLE, keyed(key, entity.get(Fields.TITLE)));
        put(source, Fields.TEXT, keyed(key, entity.get(Fields.TEXT)));
        put(source, Fields.DESCRIPTION, keyed(key, entity.get(Fields.DESCRIPTION)));
        put(source, Fields.CONTEXT, keyed(key, context(entity, type, whole, postHeadings)));
        put(source, Fields.TITLE_EXACT, entity.get(Fields.TITLE));
        put(source, Fields.TITLE_PREFIX, entity.get(Fields.TITLE));
        put(source, Fields.TEXT_EXACT, join(entity.get(Fields.TEXT), entity.get(Fields.DESCRIPTION)));
        putAll(source, Fields.SPEAKER_TEXT, entity.getValues(Fields.SPEAKER));
        putAll(source, Fields.TAG_TEXT, entity.getValues(Fields.TAG));
        putAll(source, Fields.CONFERENCE_TEXT, entity.getValues(Fields.CONFERENCE));
        if (whole) {
            putAll(source, Fields.AUTHOR_TEXT, entity.getValues(Fields.AUTHOR));
        }
        IndexableField date = entity.getField(Fields.DATE);
        Long millis = date == null || date.numericValue() == null ? null : date.numericValue().longValue();
        put(source, Fields.DATE, millis);
        source.put(IndexMapping.FACET, facets(entity, millis));
        source.put(IndexMapping.SHOW, shown(entity));
        return source;
    }

    private static String context(Document entity, String type, boolean whole, List<String> postHeadings) {
        if (whole) {
            return String.join("\n", postHeadings);
        }
        boolean inSection = !DocType.SECTION.value().equals(type);
        return join(entity.get(Fields.POST_TITLE), inSection ? entity.get(Fields.SECTION_HEADING) : null);
    }

    private static Map<String, Object> facets(Document entity, Long millis) {
        Map<String, Object> facets = new LinkedHashMap<>();
        putAll(facets, FacetDims.TYPE, entity.getValues(Fields.TYPE));
        putAll(facets, FacetDims.LANG, entity.getValues(Fields.LANG));
        putAll(facets, FacetDims.TAG, entity.getValues(Fields.TAG));
        putAll(facets, FacetDims.AUTHOR, entity.getValues(Fields.AUTHOR));
        putAll(facets, FacetDims.SPEAKER, entity.getValues(Fields.SPEAKER));
        putAll(facets, FacetDims.CONFERENCE, entity.getValues(Fields.CONFERENCE));
        if (millis != null) {
            facets.put(FacetDims.YEAR, Integer.toString(Instant.ofEpochMilli(millis).atZone(ZoneOffset.UTC).getYear()));
        }
        Map<String, List<String>> taxonomies = new LinkedHashMap<>();
        for (String value : entity.getValues(Fields.TAXONOMY)) {
            int colon = value.indexOf(':');
            String dim = colon <= 0 ? null : FacetDims.taxonomy(value.substring(0, colon));
            if (dim != null && !value.substring(colon + 1).isBlank()) {
                taxonomies.computeIfAbsent(dim, d -> new ArrayList<>()).add(value.substring(colon + 1).trim());
            }
        }
        taxonomies.forEach((dim, values) -> facets.put(dim, values.stream().distinct().toList()));
        return facets;
    }

    private static Map<String, Object> shown(Document entity) {
        Map<String, Object> shown = new LinkedHashMap<>();
        for (String field : SHOWN) {
            String[] values = entity.getValues(field);
            if (values.length > 0) {
                shown.put(field, Arrays.asList(values));
            }
        }
        return shown;
    }

    private static Map<String, String> keyed(String key, String value) {
        return value == null || value.isBlank() ? null : Map.of(key, value);
    }

    private static String join(String first, String second) {
        if (first == null || first.isBlank()) {
            return second;
        }
        return second == null || second.isBlank() ? first : first + "\n" + second;
    }

    private static void put(Map<String, Object> source, String field, Object value) {
        if (value != null && !(value instanceof String text && text.isBlank())) {
            source.put(field, value);
        }
    }

    private static void putAll(Map<String, Object> source, String field, String[] values) {
        List<String> present = Arrays.stream(values).filter(v -> v != null && !v.isBlank()).distinct().toList();
        if (!present.isEmpty()) {
            source.put(field, present);
        }
    }
}
