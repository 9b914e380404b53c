package io.blogsearch.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;

/** Sends documents to one index in bulk requests of a few megabytes, failing on the first document refused. */
final class BulkSender {

    private static final int BATCH_BYTES = 4 << 20;

    private final OpenSearchHttp http;
    private final String index;
    private final ObjectMapper json = OpenSearchHttp.json();
    private final ByteArrayOutputStream batch = new ByteArrayOutputStream();
    private int sent;

    BulkSender(OpenSearchHttp http, String index) {
        this.http = http;
        this.index = index;
    }

    /** Queues one document under its id; sends the batch when it is full. */
    void add(String id, Map<String, Object> source) throws IOException {
        json.writeValue(batch, Map.of("index", Map.of("_index", index, "_id", id)));
        batch.write('\n');
        json.writeValue(batch, source);
        batch.write('\n');
        sent++;
        if (batch.size() >= BATCH_BYTES) {
            flush();
        }
    }

    /** Queues the deletion of one document. */
    void delete(String id) throws IOException {
        json.writeValue(batch, Map.of("delete", Map.of("_index", index, "_id", id)));
        batch.write('\n');
        if (batch.size() >= BATCH_BYTES) {
            flush();
        }
    }

    /** Sends what is queued. */
    void flush() throws IOException {
        if (batch.size() == 0) {
            return;
        }
        JsonNode answer = http.send("POST", "/_bulk", batch.toByteArray());
        batch.reset();
        if (answer.path("errors").asBoolean()) {
            for (JsonNode item : answer.path("items")) {
                JsonNode action = item.elements().next();
                JsonNode error = action.path("error");
                if (!error.isMissingNode()) {
                    throw new IOException("OpenSearch refused document " + action.path("_id").asText()
                            + ": " + error.path("reason").asText(error.toString()));
                }
            }
        }
    }

    /** Documents queued so far. */
    int sent() {
        return sent;
    }
}
