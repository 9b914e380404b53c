package io.blogsearch.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import io.blogsearch.api.SuggestResponse.Suggestion;
import io.blogsearch.parse.UrlEscaper;
import io.blogsearch.query.UserQuery;
import io.blogsearch.query.UserQueryParser;
import io.blogsearch.schema.DocType;
import io.blogsearch.schema.FacetDims;
import io.blogsearch.schema.Fields;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Completions as the Lucene engine gives them: titles of posts, pages and talks holding the typed words (the last as a
 * prefix), then speakers, conferences and tags whose words start with what was typed; a "who said" question is
 * completed with the quotes that say the rest, each with its speaker.
 */
final class OpenSearchSuggester {

    private static final int MAX_SUGGESTIONS = 10;
    private static final int MAX_TITLES = 5;
    private static final Map<String, Integer> PER_DIM = Map.of(FacetDims.SPEAKER, 3, FacetDims.CONFERENCE, 2,
            FacetDims.TAG, 2);
    private static final List<String> SUGGESTED = List.of(FacetDims.SPEAKER, FacetDims.CONFERENCE, FacetDims.TAG);
    private static final Map<String, String> TEXT_FIELD = Map.of(FacetDims.SPEAKER, Fields.SPEAKER_TEXT,
            FacetDims.CONFERENCE, Fields.CONFERENCE_TEXT, FacetDims.TAG, Fields.TAG_TEXT);

    private final OpenSearchHttp http;
    private final String index;

    OpenSearchSuggester(OpenSearchHttp http, String index) {
        this.http = http;
        this.index = index;
    }

    /** Up to ten completions of {@code typed}. */
    List<Suggestion> suggest(String typed) throws IOException {
        UserQuery asked = UserQueryParser.parse(typed);
        if (asked.asksWhoSaid()) {
            List<String> rest = new ArrayList<>(asked.words());
            rest.addAll(asked.phrases());
            return rest.isEmpty() ? List.of() : titles(String.join(" ", rest), List.of(DocType.QUOTE));
        }
        String text = typed == null ? "" : QueryBody.normalized(typed).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
        if (text.isEmpty()) {
            return List.of();
        }
        List<Suggestion> out = new ArrayList<>(titles(text, List.of(DocType.POST, DocType.PAGE, DocType.TALK)));
        for (String dim : SUGGESTED) {
            out.addAll(values(dim, text));
        }
        return out.subList(0, Math.min(out.size(), MAX_SUGGESTIONS));
    }

    private List<Suggestion> titles(String text, List<DocType> types) throws IOException {
        Map<String, Object> body = Map.of("size", MAX_TITLES * 2, "_source", List.of(Fields.TITLE + ".*",
                Fields.TYPE, IndexMapping.SHOW),
                "query", Map.of("bool", Map.of(
                        "must", List.of(Map.of("match_bool_prefix", Map.of(Fields.TITLE_EXACT,
                                Map.of("query", text, "operator", "and")))),
                        "filter", List.of(Map.of("terms", Map.of(Fields.TYPE,
                                types.stream().map(DocType::value).toList()))))));
        List<Suggestion> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (JsonNode hit : http.send("POST", "/" + index + "/_search", body).path("hits").path("hits")) {
            JsonNode source = hit.path("_source");
            String title = source.path(Fields.TITLE).elements().hasNext()
                    ? source.path(Fields.TITLE).elements().next().asText() : null;
            String type = source.path(Fields.TYPE).asText();
            JsonNode show = source.path(IndexMapping.SHOW);
            if (title != null && seen.add(title) && out.size() < MAX_TITLES) {
                String speaker = DocType.QUOTE.value().equals(type) ? show.path(Fields.SPEAKER).path(0).asText(null)
                        : null;
                out.add(new Suggestion(speaker == null ? title : "“" + title + "” — " + speaker, type,
                        UrlEscaper.escape(show.path(Fields.URL).path(0).asText(null))));
            }
        }
        return out;
    }

    private List<Suggestion> values(String dim, String prefix) throws IOException {
        Map<String, Object> body = Map.of("size", 0,
                "query", Map.of("match_phrase_prefix", Map.of(TEXT_FIELD.get(dim), prefix)),
                "aggs", Map.of("values", Map.of("terms", Map.of("field", IndexMapping.FACET + "." + dim, "size", 50))));
        List<Suggestion> out = new ArrayList<>();
        JsonNode buckets = http.send("POST", "/" + index + "/_search", body).path("aggregations").path("values")
                .path("buckets");
        for (JsonNode bucket : buckets) {
            String value = bucket.path("key").asText();
            if (out.size() < PER_DIM.get(dim) && startsAWord(QueryBody.normalized(value), prefix)) {
                out.add(new Suggestion(value, dim, "/?" + dim + "="
                        + URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20")));
            }
        }
        return out;
    }

    /** Whether the typed words are a prefix of the value starting at one of its words. */
    private static boolean startsAWord(String value, String prefix) {
        if (value.startsWith(prefix)) {
            return true;
        }
        for (int space = value.indexOf(' '); space >= 0; space = value.indexOf(' ', space + 1)) {
            if (value.startsWith(prefix, space + 1)) {
                return true;
            }
        }
        return false;
    }
}
