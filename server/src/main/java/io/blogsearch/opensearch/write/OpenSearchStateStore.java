package io.blogsearch.opensearch.write;

import com.fasterxml.jackson.databind.JsonNode;
import io.blogsearch.opensearch.OpenSearchException;
import io.blogsearch.opensearch.OpenSearchHttp;
import io.blogsearch.schema.CommitData;
import io.blogsearch.schema.Fields;
import io.blogsearch.state.IndexState;
import io.blogsearch.state.PageState;
import io.blogsearch.state.StateStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The incremental state kept in a state index ({@link IndexLayout}): one document per source file with its
 * {@link PageState}, its record and how many entities it has, read in pages of documents sorted by path; the
 * records are left out and fetched one by one when a build asks for them.
 */
final class OpenSearchStateStore implements StateStore {

    private static final int PAGE = 1000;

    private final OpenSearchHttp http;
    private final IndexLayout layout;
    private final String stateIndex;

    OpenSearchStateStore(OpenSearchHttp http, IndexLayout layout, String stateIndex) {
        this.http = http;
        this.layout = layout;
        this.stateIndex = stateIndex;
    }

    /** The state of the last commit, and every file's entity count. */
    @Override
    public Loaded load() throws IOException {
        layout.refresh(stateIndex); // the state of writes not yet committed too: they are in the entity index
        Map<String, PageState> pages = new HashMap<>();
        Map<String, Integer> counts = new HashMap<>();
        Object after = null;
        while (true) {
            Map<String, Object> body = new HashMap<>(Map.of("size", PAGE, "_source", Map.of("excludes",
                    List.of(Fields.RECORD)), "sort", List.of(Map.of(Fields.CACHED_PATH, "asc"))));
            if (after != null) {
                body.put("search_after", List.of(after));
            }
            JsonNode hits = http.send("POST", "/" + stateIndex + "/_search", body).path("hits").path("hits");
            for (JsonNode hit : hits) {
                JsonNode source = hit.path("_source");
                String path = source.path(Fields.CACHED_PATH).asText();
                pages.put(path, StateJson.read(source));
                counts.put(path, source.path(Fields.CACHED_ENTITIES).asInt());
                after = path;
            }
            if (hits.size() < PAGE) {
                break;
            }
        }
        Map<String, String> commitData = layout.commitData(stateIndex);
        return new Loaded(pages, counts, commitData.get(CommitData.CACHE_KEY),
                commitData.get(CommitData.ARCHIVE_STATE), this);
    }

    private byte[] record(String path) {
        try {
            JsonNode source = http.send("GET", "/" + stateIndex + "/_doc/" + encode(DocIds.state(path)),
                    Map.of("_source_includes", Fields.RECORD), null).path("_source").path(Fields.RECORD);
            return source.isTextual() ? source.asText().getBytes(StandardCharsets.UTF_8) : null;
        } catch (OpenSearchException e) {
            return null; // gone: the file is parsed again
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String encode(String id) {
        return java.net.URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /**
     * The state of one commit.
     *
     * @param counts how many entity documents each file has ({@link DocIds#entity})
     */
    record Loaded(Map<String, PageState> pages, Map<String, Integer> counts, String cacheKey, String archiveState,
                  OpenSearchStateStore store) implements IndexState {

        @Override
        public byte[] record(String path) {
            return pages.containsKey(path) ? store.record(path) : null;
        }

        @Override
        public void close() {
            // nothing held open: records are fetched by id
        }
    }

    /** Nothing indexed yet. */
    static Loaded empty() {
        return new Loaded(Map.of(), Map.of(), null, null, null);
    }

    /** The state document's fields. */
    static final class StateJson {

        private StateJson() {
        }

        /** The source of a file's state document. */
        static Map<String, Object> write(String path, PageState state, byte[] record, int entities) {
            Map<String, Object> source = new HashMap<>();
            source.put(Fields.CACHED_PATH, path);
            source.put(Fields.CACHED_CONTENT_HASH, state.contentHash());
            source.put(Fields.CACHED_FINGERPRINT, state.fingerprint());
            source.put(Fields.CACHED_OUTLINE, state.outline());
            source.put(Fields.CACHED_KNOWLEDGE, state.knowledge());
            source.put(Fields.CACHED_FILE_STAMP, state.fileStamp() == null ? "-" : state.fileStamp());
            source.put(Fields.CACHED_EXPIRY, state.expiry() == null ? null : state.expiry().toString());
            source.put(Fields.CACHED_PROBLEMS, state.problems());
            source.put(Fields.CACHED_SECTION_HASHES, state.sectionHashes());
            source.put(Fields.CACHED_ENTITIES, entities);
            source.put(Fields.RECORD, record == null ? null : new String(record, StandardCharsets.UTF_8));
            source.values().removeIf(java.util.Objects::isNull);
            return source;
        }

        static PageState read(JsonNode source) {
            String expiry = text(source, Fields.CACHED_EXPIRY);
            return new PageState(text(source, Fields.CACHED_CONTENT_HASH), text(source, Fields.CACHED_FINGERPRINT),
                    text(source, Fields.CACHED_OUTLINE), text(source, Fields.CACHED_KNOWLEDGE),
                    text(source, Fields.CACHED_FILE_STAMP), expiry == null ? null : Instant.parse(expiry),
                    text(source, Fields.CACHED_PROBLEMS), text(source, Fields.CACHED_SECTION_HASHES));
        }

        private static String text(JsonNode source, String field) {
            JsonNode value = source.path(field);
            return value.isTextual() ? value.asText() : null;
        }
    }
}
