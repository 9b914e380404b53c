package io.blogsearch.opensearch.write;

import com.fasterxml.jackson.databind.JsonNode;
import io.blogsearch.opensearch.IndexMapping;
import io.blogsearch.opensearch.OpenSearchHttp;
import io.blogsearch.query.Synonyms;
import io.blogsearch.schema.Fields;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The indexes behind an alias {@code NAME}: readers search the alias; the entities live in a concrete index
 * {@code NAME-TIMESTAMP}, the incremental state in its companion {@code NAME-TIMESTAMP-state} behind the alias
 * {@code NAME-state}, with the last build's commit data as that index's {@code _meta}. A full rebuild makes a new
 * pair and moves both aliases in one atomic alias change, which also deletes the pair it replaces.
 */
final class IndexLayout {

    /** Suffix of the state alias and of each state index. */
    static final String STATE = "-state";

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS")
            .withZone(ZoneOffset.UTC);

    private final OpenSearchHttp http;
    private final String alias;

    /** The layout behind {@code alias}. */
    IndexLayout(OpenSearchHttp http, String alias) {
        this.http = http;
        this.alias = alias;
    }

    /** One entity index and its state index. */
    record Pair(String entities, String state) {
    }

    /** The pair both aliases point at now, or null when there is none (a new alias, or one of an older layout). */
    Pair current() throws IOException {
        List<String> entities = aliased(alias);
        List<String> states = aliased(alias + STATE);
        return entities.size() == 1 && states.size() == 1 ? new Pair(entities.get(0), states.get(0)) : null;
    }

    /** Creates a new, empty pair named for {@code now}; neither refreshes until a build commits. */
    Pair create(Instant now, Synonyms synonyms, int shards, int replicas) throws IOException {
        String entities = alias + "-" + STAMP.format(now);
        Pair pair = new Pair(entities, entities + STATE);
        Map<String, Object> body = new HashMap<>(IndexMapping.body(shards, replicas, synonyms.groups()));
        @SuppressWarnings("unchecked")
        Map<String, Object> settings = new HashMap<>((Map<String, Object>) body.get("settings"));
        settings.put("refresh_interval", "-1");
        body.put("settings", settings);
        http.send("PUT", "/" + pair.entities(), body);
        try {
            http.send("PUT", "/" + pair.state(), Map.of(
                    "settings", Map.of("number_of_shards", 1, "number_of_replicas", replicas,
                            "refresh_interval", "-1"),
                    "mappings", Map.of("dynamic", false,
                            "properties", Map.of(Fields.CACHED_PATH, Map.of("type", "keyword")))));
        } catch (IOException e) {
            delete(pair);
            throw e;
        }
        return pair;
    }

    /** The analysis fingerprint the entity index was made with ({@link IndexMapping#fingerprint()}); null if none. */
    String fingerprint(String entities) throws IOException {
        JsonNode value = http.send("GET", "/" + entities + "/_mapping", null).path(entities).path("mappings")
                .path("_meta").path(IndexMapping.FINGERPRINT);
        return value.isTextual() ? value.asText() : null;
    }

    /** Keeps an existing entity index from refreshing on its own: only a build's commit makes writes visible. */
    void stopRefreshes(String index) throws IOException {
        http.send("PUT", "/" + index + "/_settings", Map.of("index", Map.of("refresh_interval", "-1")));
    }

    /** Makes what was written to {@code index} visible to searches. */
    void refresh(String index) throws IOException {
        http.send("POST", "/" + index + "/_refresh", null);
    }

    /** Points both aliases at {@code pair} in one atomic change that deletes the indexes they pointed at before. */
    void swap(Pair pair) throws IOException {
        List<Object> actions = new ArrayList<>();
        actions.add(Map.of("add", Map.of("index", pair.entities(), "alias", alias)));
        actions.add(Map.of("add", Map.of("index", pair.state(), "alias", alias + STATE)));
        List<String> previous = new ArrayList<>(aliased(alias));
        previous.addAll(aliased(alias + STATE));
        previous.stream().filter(old -> !old.equals(pair.entities()) && !old.equals(pair.state())).distinct()
                .forEach(old -> actions.add(Map.of("remove_index", Map.of("index", old))));
        http.send("POST", "/_aliases", Map.of("actions", actions));
    }

    /** Deletes both indexes of a pair that was never committed. */
    void delete(Pair pair) throws IOException {
        http.send("DELETE", "/" + pair.entities() + "," + pair.state(), Map.of("ignore_unavailable", "true"), null);
    }

    /** The commit data of the last build into {@code stateIndex} (empty for none). */
    Map<String, String> commitData(String stateIndex) throws IOException {
        JsonNode meta = http.send("GET", "/" + stateIndex + "/_mapping", null).path(stateIndex).path("mappings")
                .path("_meta");
        Map<String, String> data = new LinkedHashMap<>();
        meta.fields().forEachRemaining(field -> data.put(field.getKey(), field.getValue().asText()));
        return data;
    }

    /** Keeps a build's commit data with its state. */
    void writeCommitData(String stateIndex, Map<String, String> data) throws IOException {
        http.send("PUT", "/" + stateIndex + "/_mapping", Map.of("_meta", data));
    }

    /** The indexes {@code name} points at as an alias; none when it does not exist. */
    private List<String> aliased(String name) throws IOException {
        if (!http.exists("/_alias/" + name)) {
            if (http.exists("/" + name)) {
                throw new IOException("an index (not an alias) named " + name + " exists in OpenSearch; delete it "
                        + "or choose another --opensearch-index");
            }
            return List.of();
        }
        List<String> indexes = new ArrayList<>();
        http.send("GET", "/_alias/" + name, null).fieldNames().forEachRemaining(indexes::add);
        return indexes;
    }
}
