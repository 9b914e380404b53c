package io.blogsearch.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import io.blogsearch.schema.FacetDims;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * What the engine asks the cluster besides searches, briefly remembered so that a burst of requests asks once: the
 * index's facet dimensions (the built-in ones and the site's taxonomies) and its health.
 */
final class ClusterState {

    private static final long DIMS_MILLIS = 30_000;
    private static final long HEALTH_MILLIS = 1_000;

    private final OpenSearchHttp http;
    private final String index;
    private volatile List<String> dims;
    private volatile long dimsAt;
    private volatile boolean healthy;
    private volatile long healthAt;
    private volatile String problem;

    ClusterState(OpenSearchHttp http, String index) {
        this.http = http;
        this.index = index;
    }

    /** The facet dimensions: {@link FacetDims#ALL}, then the taxonomies the index holds, by name. */
    List<String> dims() throws IOException {
        if (dims == null || System.currentTimeMillis() - dimsAt > DIMS_MILLIS) {
            TreeSet<String> taxonomies = new TreeSet<>();
            JsonNode answer = http.send("GET", "/" + index + "/_mapping/field/" + IndexMapping.FACET + ".*", null);
            for (JsonNode perIndex : answer) {
                perIndex.path("mappings").fieldNames().forEachRemaining(field -> {
                    String dim = field.substring(IndexMapping.FACET.length() + 1);
                    if (FacetDims.isTaxonomy(dim)) {
                        taxonomies.add(dim);
                    }
                });
            }
            List<String> all = new ArrayList<>(FacetDims.ALL);
            all.addAll(taxonomies);
            dims = List.copyOf(all);
            dimsAt = System.currentTimeMillis();
        }
        return dims;
    }

    /** Whether the index exists and its shards are all assigned (green) or its primaries are (yellow). */
    boolean healthy() {
        if (System.currentTimeMillis() - healthAt > HEALTH_MILLIS) {
            healthy = askHealth();
            healthAt = System.currentTimeMillis();
        }
        return healthy;
    }

    /** Forgets what was remembered: the next request asks again. */
    void forget() {
        dimsAt = 0;
        healthAt = 0;
    }

    /** Why the index cannot be searched now, as last seen; null while it can. */
    String problem() {
        return healthy() ? null : problem;
    }

    private boolean askHealth() {
        try {
            if (!http.exists("/_alias/" + index) && !http.exists("/" + index)) {
                problem = "no index or alias " + index + " on the cluster";
                return false;
            }
            String status = http.send("GET", "/_cluster/health/" + index, Map.of("timeout", "1s"), null)
                    .path("status").asText();
            problem = "index " + index + " is " + status + " (some primary shards are not assigned)";
            return "green".equals(status) || "yellow".equals(status);
        } catch (IOException | RuntimeException e) {
            problem = "cluster unreachable: " + e.getMessage();
            return false;
        }
    }
}
