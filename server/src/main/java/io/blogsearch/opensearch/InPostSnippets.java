package io.blogsearch.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.blogsearch.query.UserQuery;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Snippets of the matches shown under a post's card, asked for in one small request by id. Highlighting every inner
 * hit of the search itself would analyse the text of all eight per post (the post's own long body among them) to show
 * at most three; the highlight query is explicit, so a snippet depends only on the document and is the same either way.
 */
final class InPostSnippets {

    private InPostSnippets() {
    }

    /** The shown inner hits, each with its {@code highlight} added; unchanged when nothing was typed that scores. */
    static List<JsonNode> add(OpenSearchHttp http, String index, UserQuery user, List<JsonNode> shown,
                              long budgetMillis) throws IOException {
        if (shown.isEmpty() || !user.hasScoringText()) {
            return shown;
        }
        List<String> ids = shown.stream().map(hit -> hit.path("_id").asText()).distinct().toList();
        JsonNode answer = http.send("POST", "/" + index + "/_search", Map.of("size", ids.size(),
                "timeout", budgetMillis + "ms", "_source", false, "query", Map.of("ids", Map.of("values", ids)),
                "highlight", SearchBody.highlight(user)));
        Map<String, JsonNode> highlights = new HashMap<>();
        for (JsonNode hit : answer.path("hits").path("hits")) {
            highlights.put(hit.path("_id").asText(), hit.path("highlight"));
        }
        return shown.stream().<JsonNode>map(hit -> {
            ObjectNode copy = hit.deepCopy();
            JsonNode highlight = highlights.get(hit.path("_id").asText());
            if (highlight != null && !highlight.isMissingNode()) {
                copy.set("highlight", highlight);
            }
            return copy;
        }).toList();
    }
}
