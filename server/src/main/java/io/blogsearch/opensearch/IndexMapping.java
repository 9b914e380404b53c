package io.blogsearch.opensearch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.blogsearch.schema.BlogAnalyzers;
import io.blogsearch.schema.Fields;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The settings and explicit mapping of a blogsearch index in OpenSearch, analysed as the Lucene engine analyses
 * ({@code BlogAnalyzers}): English with possessives, stop words, ASCII folding and KStem; an exact twin (lower-cased,
 * folded); the words of identifiers beside them in titles and texts ({@link BlogAnalyzers#IDENTIFIER_PART}); title
 * edge n-grams for as-you-type; the page language's analyzer for the stemmed fields
 * ({@link LanguageFields}); keyword facets under {@code facet.*}; what a hit only displays under {@code show}, kept in
 * the source and never indexed. Synonyms apply at search time ({@code blog_english_search}).
 */
public final class IndexMapping {

    /** The key of the {@link #fingerprint()} in the entity index's mapping {@code _meta}. */
    public static final String FINGERPRINT = "blogsearch_analysis";
    /** Map keys sorted: {@code Map.of} iterates in a different order in every JVM. */
    private static final ObjectMapper CANONICAL_JSON = new ObjectMapper()
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);
    /** Object holding every facet dimension as a keyword ({@code facet.tag}, {@code facet.year}, taxonomies). */
    public static final String FACET = "facet";
    /** Object holding the displayed-only values; not indexed. */
    public static final String SHOW = "show";
    /** The stemmed text fields, each an object keyed by {@link LanguageFields#key(String)}. */
    public static final List<String> STEMMED = List.of(Fields.TITLE, Fields.TEXT, Fields.DESCRIPTION, Fields.CONTEXT);
    /** Text fields analysed exactly (unstemmed) in every language. */
    public static final List<String> EXACT = List.of(Fields.TITLE_EXACT, Fields.TEXT_EXACT, Fields.SPEAKER_TEXT,
            Fields.AUTHOR_TEXT, Fields.TAG_TEXT, Fields.CONFERENCE_TEXT);
    /** The exact fields indexed with the words of identifiers, as {@code BlogAnalyzers} indexes them. */
    private static final List<String> WITH_IDENTIFIER_PARTS = List.of(Fields.TITLE_EXACT, Fields.TEXT_EXACT);
    /** Keyword fields: identity, incremental state and filters. */
    public static final List<String> KEYWORDS = List.of(Fields.ID, Fields.TYPE, Fields.PATH, Fields.POST_ID,
            Fields.LANG, Fields.TRANSLATION_KEY, Fields.PAGE_KIND, Fields.CONTENT_HASH, Fields.FINGERPRINT,
            Fields.SECTION_HASH, Fields.TALK_KIND);

    private IndexMapping() {
    }

    /** The body of the create-index request; its mapping's {@code _meta} holds the {@link #fingerprint()}. */
    public static Map<String, Object> body(int shards, int replicas, List<List<String>> synonyms) {
        Map<String, Object> mappings = new LinkedHashMap<>(mappings());
        mappings.put("_meta", Map.of(FINGERPRINT, fingerprint()));
        return Map.of("settings", Map.of(
                        "number_of_shards", shards, "number_of_replicas", replicas,
                        "max_ngram_diff", BlogAnalyzers.MAX_PREFIX - BlogAnalyzers.MIN_PREFIX,
                        "analysis", analysis(synonyms)),
                "mappings", mappings);
    }

    /**
     * A digest of how documents are analysed and mapped (the synonyms aside: they apply at search time). An index's
     * analysis cannot change in place, so an incremental build into an index made with another fingerprint rebuilds
     * it whole instead of adding documents analysed the old way.
     */
    public static String fingerprint() {
        try {
            byte[] canonical = CANONICAL_JSON.writeValueAsBytes(Map.of("analysis", analysis(List.of()),
                    "mappings", mappings()));
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical), 0, 12);
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("the mapping is plain maps and SHA-256 is in every Java", e);
        }
    }

    private static Map<String, Object> analysis(List<List<String>> synonyms) {
        // as in BlogAnalyzers: the words of identifiers are indexed beside them, never split out of a query
        List<String> english = List.of("blog_identifier_parts", "english_possessive", "lowercase", "english_stop",
                "asciifolding", "kstem");
        List<String> englishSearch = List.of("english_possessive", "lowercase", "blog_synonyms", "english_stop",
                "asciifolding", "kstem");
        List<String> rules = synonyms.stream().map(group -> String.join(", ", group)).toList();
        return Map.of(
                "filter", Map.of(
                        "english_possessive", Map.of("type", "stemmer", "language", "possessive_english"),
                        "english_stop", Map.of("type", "stop", "stopwords", "_english_"),
                        "blog_synonyms", Map.of("type", "synonym_graph", "synonyms", rules, "lenient", true),
                        "blog_identifier_parts", Map.of("type", "pattern_capture", "preserve_original", true,
                                "patterns", List.of(BlogAnalyzers.IDENTIFIER_PART)),
                        "blog_edge", Map.of("type", "edge_ngram", "min_gram", BlogAnalyzers.MIN_PREFIX,
                                "max_gram", BlogAnalyzers.MAX_PREFIX, "preserve_original", true)),
                "analyzer", Map.of(
                        "blog_english", custom(english),
                        "blog_english_search", custom(englishSearch),
                        "blog_exact", custom(List.of("lowercase", "asciifolding")),
                        "blog_exact_parts", custom(List.of("blog_identifier_parts", "lowercase", "asciifolding")),
                        "blog_prefix", custom(List.of("lowercase", "asciifolding", "blog_edge"))));
    }

    private static Map<String, Object> custom(List<String> filters) {
        return Map.of("type", "custom", "tokenizer", "standard", "filter", filters);
    }

    private static Map<String, Object> mappings() {
        Map<String, Object> properties = new LinkedHashMap<>();
        KEYWORDS.forEach(field -> properties.put(field, Map.of("type", "keyword")));
        // Each language's field is made when a page of that language first arrives (dynamic templates below), so a
        // query's "title.*" names only the languages the site has: every field named costs clauses on every word.
        STEMMED.forEach(field -> properties.put(field, Map.of("type", "object", "dynamic", true)));
        EXACT.forEach(field -> properties.put(field, WITH_IDENTIFIER_PARTS.contains(field)
                ? Map.of("type", "text", "analyzer", "blog_exact_parts", "search_analyzer", "blog_exact")
                : Map.of("type", "text", "analyzer", "blog_exact")));
        properties.put(Fields.TITLE_PREFIX, Map.of("type", "text", "analyzer", "blog_prefix",
                "search_analyzer", "blog_exact"));
        properties.put(Fields.DATE, Map.of("type", "date", "format", "epoch_millis"));
        properties.put(FACET, Map.of("type", "object", "dynamic", true));
        properties.put(SHOW, Map.of("type", "object", "enabled", false));
        List<Object> templates = new ArrayList<>();
        for (String field : STEMMED) {
            LanguageFields.analyzers().forEach((key, analyzer) -> templates.add(Map.of(field + "_" + key,
                    Map.of("path_match", field + "." + key, "mapping", text(key, analyzer)))));
        }
        templates.add(Map.of("facets", Map.of("path_match", FACET + ".*", "mapping", Map.of("type", "keyword"))));
        return Map.of("dynamic", "strict", "properties", properties, "dynamic_templates", templates);
    }

    /**
     * A stemmed field: offsets in the postings, as in the Lucene engine, and term vectors with positions and offsets:
     * a half-typed word is highlighted by a phrase-prefix query, which the highlighter cannot answer from postings; it
     * then reads the document's term vector instead of analysing its whole text again (the same snippets).
     */
    private static Map<String, Object> text(String key, String analyzer) {
        Map<String, Object> field = new LinkedHashMap<>(Map.of("type", "text", "analyzer", analyzer,
                "index_options", "offsets", "term_vector", "with_positions_offsets"));
        if (LanguageFields.ENGLISH.equals(key)) {
            field.put("search_analyzer", "blog_english_search");
        }
        return field;
    }
}
