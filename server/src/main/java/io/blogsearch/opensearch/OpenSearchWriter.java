package io.blogsearch.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import io.blogsearch.schema.DocType;
import io.blogsearch.schema.Fields;
import io.blogsearch.query.Synonyms;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes the entities the indexer built into OpenSearch. A full rebuild (asked for, or no index yet) fills a new index
 * {@code NAME-TIMESTAMP} and then points the alias {@code NAME} at it in one atomic alias change, so readers never see
 * a half-built index; the indexes it replaces are deleted in that same change. An incremental run compares each page's
 * fingerprint (the hash of everything its documents are built from, as the Lucene engine's incremental build does)
 * with the one the cluster holds, and replaces only the pages that changed and removes those that are gone.
 */
public final class OpenSearchWriter {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS")
            .withZone(ZoneOffset.UTC);
    private static final int DELETE_BATCH = 500;

    private final OpenSearchHttp http;
    private final OpenSearchConfig config;
    private final Clock clock;

    /** A writer to the cluster and alias of {@code config}. */
    public OpenSearchWriter(OpenSearchHttp http, OpenSearchConfig config, Clock clock) {
        this.http = http;
        this.config = config;
        this.clock = clock;
    }

    /** What one run did. */
    public record WriteSummary(String index, boolean rebuilt, int documents, int pagesReplaced, int pagesDeleted) {
    }

    /** Writes the entities of the local index at {@code localIndex}. */
    public WriteSummary write(Path localIndex, boolean full, Synonyms synonyms, int shards, int replicas)
            throws IOException {
        LocalEntities entities = LocalEntities.read(localIndex);
        if (full || !http.exists("/_alias/" + config.index())) {
            return rebuild(entities, synonyms, shards, replicas);
        }
        return update(entities);
    }

    private WriteSummary rebuild(LocalEntities entities, Synonyms synonyms, int shards, int replicas)
            throws IOException {
        String index = config.index() + "-" + STAMP.format(clock.instant());
        http.send("PUT", "/" + index, IndexMapping.body(shards, replicas, synonyms.groups()));
        BulkSender bulk = new BulkSender(http, index);
        entities.forEach(null, (path, id, source) -> bulk.add(id, source));
        bulk.flush();
        http.send("POST", "/" + index + "/_refresh", null);
        List<String> previous = aliased();
        List<Object> actions = new ArrayList<>();
        actions.add(Map.of("add", Map.of("index", index, "alias", config.index())));
        previous.forEach(old -> actions.add(Map.of("remove_index", Map.of("index", old))));
        http.send("POST", "/_aliases", Map.of("actions", actions));
        return new WriteSummary(index, true, bulk.sent(), entities.fingerprints().size(), previous.size());
    }

    private WriteSummary update(LocalEntities entities) throws IOException {
        Map<String, String> remote = remoteFingerprints();
        Set<String> changed = new HashSet<>();
        entities.fingerprints().forEach((path, fingerprint) -> {
            if (fingerprint == null || !fingerprint.equals(remote.get(path))) {
                changed.add(path);
            }
        });
        Set<String> gone = new HashSet<>(remote.keySet());
        gone.removeAll(entities.fingerprints().keySet());
        Set<String> removed = new HashSet<>(changed);
        removed.addAll(gone);
        deletePaths(new ArrayList<>(removed));
        BulkSender bulk = new BulkSender(http, config.index());
        entities.forEach(changed, (path, id, source) -> bulk.add(id, source));
        bulk.flush();
        http.send("POST", "/" + config.index() + "/_refresh", null);
        return new WriteSummary(config.index(), false, bulk.sent(), changed.size(), gone.size());
    }

    /** The indexes the alias points at now. */
    private List<String> aliased() throws IOException {
        if (!http.exists("/_alias/" + config.index())) {
            if (http.exists("/" + config.index())) {
                throw new IOException("an index (not an alias) named " + config.index() + " exists; delete it or "
                        + "choose another --opensearch-index");
            }
            return List.of();
        }
        List<String> indexes = new ArrayList<>();
        http.send("GET", "/_alias/" + config.index(), null).fieldNames().forEachRemaining(indexes::add);
        return indexes;
    }

    /** Page path to fingerprint, as the cluster holds them (paged by path, so any archive size fits). */
    private Map<String, String> remoteFingerprints() throws IOException {
        Map<String, String> fingerprints = new HashMap<>();
        Object after = null;
        while (true) {
            Map<String, Object> body = new HashMap<>(Map.of("size", 5000,
                    "_source", List.of(Fields.PATH, Fields.FINGERPRINT),
                    "query", Map.of("terms", Map.of(Fields.TYPE, List.of(DocType.POST.value(), DocType.PAGE.value()))),
                    "sort", List.of(Map.of(Fields.ID, "asc"))));
            if (after != null) {
                body.put("search_after", List.of(after));
            }
            JsonNode hits = http.send("POST", "/" + config.index() + "/_search", body).path("hits").path("hits");
            if (hits.isEmpty()) {
                return fingerprints;
            }
            for (JsonNode hit : hits) {
                JsonNode source = hit.path("_source");
                fingerprints.put(source.path(Fields.PATH).asText(), source.path(Fields.FINGERPRINT).asText(null));
                after = hit.path("sort").path(0).asText();
            }
        }
    }

    /**
     * Deletes every document of the given pages: their ids are looked up and deleted in bulk (delete-by-query lives in
     * a module not every distribution has).
     */
    private void deletePaths(List<String> paths) throws IOException {
        BulkSender bulk = new BulkSender(http, config.index());
        for (int from = 0; from < paths.size(); from += DELETE_BATCH) {
            List<String> batch = paths.subList(from, Math.min(paths.size(), from + DELETE_BATCH));
            Object after = null;
            while (true) {
                Map<String, Object> body = new HashMap<>(Map.of("size", 5000, "_source", false,
                        "query", Map.of("terms", Map.of(Fields.PATH, batch)),
                        "sort", List.of(Map.of(Fields.ID, "asc"))));
                if (after != null) {
                    body.put("search_after", List.of(after));
                }
                JsonNode hits = http.send("POST", "/" + config.index() + "/_search", body).path("hits").path("hits");
                if (hits.isEmpty()) {
                    break;
                }
                for (JsonNode hit : hits) {
                    bulk.delete(hit.path("_id").asText());
                    after = hit.path("sort").path(0).asText();
                }
            }
        }
        bulk.flush();
    }
}
