package io.blogsearch.opensearch.write;

import com.fasterxml.jackson.databind.JsonNode;
import io.blogsearch.opensearch.OpenSearchException;
import io.blogsearch.opensearch.OpenSearchHttp;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Semaphore;
import org.opensearch.client.transport.httpclient5.ResponseException;

/** Sends bulk request bodies to the cluster, waiting while it is busy, and names the files of refused documents. */
final class BulkRequests {

    /** Bulk requests sent at once: two overlap our writing of one with the node's indexing of the other. */
    private static final int IN_FLIGHT = 2;
    private static final int TOO_MANY_REQUESTS = 429;
    private static final int MAX_ATTEMPTS = 12;
    private static final long FIRST_PAUSE_MILLIS = 200;
    private static final long MAX_PAUSE_MILLIS = 10_000;

    private final OpenSearchHttp http;
    private final Semaphore inFlight = new Semaphore(IN_FLIGHT);

    BulkRequests(OpenSearchHttp http) {
        this.http = http;
    }

    /**
     * Sends one bulk request body ({@code paths}: the source file of each action), at most {@link #IN_FLIGHT} at
     * once: a node refuses bulk requests past its indexing pressure limit (a tenth of its heap) with status 429.
     * Refused, the batch is sent again after a growing pause; that is safe because every action has a fixed id (an
     * index overwrites, a delete of what is gone is no error).
     */
    void send(byte[] body, List<String> paths) throws IOException {
        inFlight.acquireUninterruptibly();
        try {
            for (int attempt = 1; ; attempt++) {
                JsonNode answer;
                try {
                    answer = http.send("POST", "/_bulk", body);
                } catch (IOException e) {
                    if (status(e) != TOO_MANY_REQUESTS || attempt == MAX_ATTEMPTS) {
                        throw e;
                    }
                    pause(attempt);
                    continue;
                }
                if (answer.path("errors").asBoolean() && rejected(answer) && attempt < MAX_ATTEMPTS) {
                    pause(attempt);
                    continue;
                }
                check(answer, paths);
                return;
            }
        } finally {
            inFlight.release();
        }
    }

    private static void check(JsonNode answer, List<String> paths) throws RefusedException {
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
                refused.putIfAbsent(paths.get(i), error.path("reason").asText(error.toString()));
            }
        }
        if (!refused.isEmpty()) {
            throw new RefusedException(refused);
        }
    }

    /** Whether some action of the answer was refused for the node's load. */
    private static boolean rejected(JsonNode answer) {
        for (JsonNode item : answer.path("items")) {
            if (item.elements().next().path("status").asInt() == TOO_MANY_REQUESTS) {
                return true;
            }
        }
        return false;
    }

    /** The HTTP status of a failed request (the client reports some as its own exception), or 0. */
    static int status(IOException e) {
        if (e instanceof OpenSearchException answered) {
            return answered.status();
        }
        return e instanceof ResponseException response ? response.status() : 0;
    }

    private static void pause(int attempt) throws IOException {
        try {
            Thread.sleep(Math.min(MAX_PAUSE_MILLIS, FIRST_PAUSE_MILLIS << Math.min(attempt - 1, 10)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while the cluster was busy", e);
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
        Set<String> paths() {
            return reasons.keySet();
        }
    }
}
