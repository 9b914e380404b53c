package io.blogsearch.opensearch.write;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.blogsearch.opensearch.OpenSearchHttp;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sends bulk actions in requests of a few megabytes. Callers on several threads queue whole groups (a file's
 * documents and its state) at once; a full batch is sent by the thread that filled it, outside the lock, so the others
 * keep queueing. A document the cluster refuses fails the build, naming the source file it belongs to.
 */
final class BulkSender {

    /** Bytes of a bulk request: large enough that request overhead is small, small enough to hold in memory. */
    static final int BATCH_BYTES = 4 << 20;

    private final OpenSearchHttp http;
    private final int batchBytes;
    private final ObjectMapper json = OpenSearchHttp.json();
    private Batch batch = new Batch();
    private int documents;

    /** A sender whose requests hold about {@code batchBytes} each. */
    BulkSender(OpenSearchHttp http, int batchBytes) {
        this.http = http;
        this.batchBytes = batchBytes;
    }

    /** The actions of one source file, written to bytes before they are queued. */
    final class Group {
        private final String path;
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private int actions;
        private int indexed;

        Group(String path) {
            this.path = path;
        }

        /** Indexes (adds or overwrites) one document. */
        Group index(String index, String id, String routing, Map<String, Object> source) throws IOException {
            action("index", meta(index, id, routing), source);
            indexed++;
            return this;
        }

        /** Deletes one document. */
        Group delete(String index, String id, String routing) throws IOException {
            action("delete", meta(index, id, routing), null);
            return this;
        }

        /** Changes some fields of one document. */
        Group update(String index, String id, Map<String, Object> fields) throws IOException {
            action("update", meta(index, id, null), Map.of("doc", fields));
            return this;
        }

        private void action(String name, Map<String, Object> meta, Object body) throws IOException {
            json.writeValue(bytes, Map.of(name, meta));
            bytes.write('\n');
            if (body != null) {
                json.writeValue(bytes, body);
                bytes.write('\n');
            }
            actions++;
        }
    }

    /** A new group of actions for the file at {@code path}. */
    Group group(String path) {
        return new Group(path);
    }

    /** Queues a group; sends the batch when it is full. */
    void add(Group group) throws IOException {
        Batch full = null;
        synchronized (this) {
            batch.add(group);
            documents += group.indexed;
            if (batch.bytes.size() >= batchBytes) {
                full = batch;
                batch = new Batch();
            }
        }
        if (full != null) {
            send(full);
        }
    }

    /** Sends what is queued. */
    void flush() throws IOException {
        Batch last;
        synchronized (this) {
            last = batch;
            batch = new Batch();
        }
        send(last);
    }

    /** Documents indexed so far. */
    synchronized int documents() {
        return documents;
    }

    private void send(Batch sent) throws IOException {
        if (sent.bytes.size() == 0) {
            return;
        }
        JsonNode answer = http.send("POST", "/_bulk", sent.bytes.toByteArray());
        if (!answer.path("errors").asBoolean()) {
            return;
        }
        Map<String, String> refused = new LinkedHashMap<>();
        JsonNode items = answer.path("items");
        for (int i = 0; i < items.size(); i++) {
            JsonNode action = items.get(i).elements().next();
            JsonNode error = action.path("error");
            boolean missing = action.path("status").asInt() == 404; // deleting what is not there is no error
            if (!error.isMissingNode() && !missing) {
                refused.putIfAbsent(sent.paths.get(i), error.path("reason").asText(error.toString()));
            }
        }
        if (!refused.isEmpty()) {
            throw new RefusedException(refused);
        }
    }

    private static Map<String, Object> meta(String index, String id, String routing) {
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("_index", index);
        meta.put("_id", id);
        if (routing != null) {
            meta.put("routing", routing);
        }
        return meta;
    }

    /** Queued actions and, per action, the source file it belongs to. */
    private static final class Batch {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final List<String> paths = new ArrayList<>();

        void add(Group group) {
            bytes.writeBytes(group.bytes.toByteArray());
            for (int i = 0; i < group.actions; i++) {
                paths.add(group.path);
            }
        }
    }

    /** Documents the cluster refused, by source file, with the first reason each. */
    static final class RefusedException extends IOException {

        private final Map<String, String> reasons;

        RefusedException(Map<String, String> reasons) {
            super("OpenSearch refused the documents of " + reasons.entrySet().iterator().next().getKey() + ": "
                    + reasons.values().iterator().next()
                    + (reasons.size() > 1 ? " (and of " + (reasons.size() - 1) + " more files)" : ""));
            this.reasons = Map.copyOf(reasons);
        }

        /** The source files whose documents were refused. */
        java.util.Set<String> paths() {
            return reasons.keySet();
        }
    }
}
