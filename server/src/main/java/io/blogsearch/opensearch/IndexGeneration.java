package io.blogsearch.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.Map;

/**
 * What the alias's index holds now, as a key that changes whenever an answer could: the concrete index behind the
 * alias (a full rebuild moves it), and for each its documents written and deleted and its refreshes (an incremental
 * run). Asked at most once a second, so a change reaches readers within about a second, as a commit does on the Lucene
 * engine. Counting writes as well as refreshes matters: a shard nobody searched lately refreshes only when the next
 * search arrives, which an answer cache would otherwise never send.
 */
final class IndexGeneration {

    private static final long CHECK_MILLIS = 1_000;
    private static final Map<String, String> STATS = Map.of("filter_path", "indices.*.uuid,"
            + "indices.*.total.indexing.index_total,indices.*.total.indexing.delete_total,"
            + "indices.*.total.refresh.external_total");

    private final OpenSearchHttp http;
    private final String index;
    private String current;
    private long checkedAt;

    IndexGeneration(OpenSearchHttp http, String index) {
        this.http = http;
        this.index = index;
    }

    /** The key of what the index holds now; null when the cluster cannot say (nothing should then be cached). */
    synchronized String current() {
        long now = System.currentTimeMillis();
        if (current == null || now - checkedAt > CHECK_MILLIS) {
            current = ask();
            checkedAt = now;
        }
        return current;
    }

    /** Forgets the key: the next call asks the cluster. */
    synchronized void forget() {
        current = null;
    }

    private String ask() {
        try {
            JsonNode stats = http.send("GET", "/" + index + "/_stats/indexing,refresh", STATS, null);
            return stats.path("indices").isEmpty() ? null : stats.path("indices").toString();
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
