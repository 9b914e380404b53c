package io.blogsearch.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.blogsearch.api.SearchResponse;
import io.javalin.http.ContentType;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Writes search answers as JSON, keeping the JSON of recent answers: an answer repeated from the search layer's
 * answer cache shares its hits and facets with the first one and differs only in {@code tookMs}, so its JSON is the
 * stored text with the new time spliced in (serialising the up to 1,000 facet values cost half of a repeated search).
 */
final class ResponseJson {

    private static final int MAX_ENTRIES = 256;
    private static final byte[] TOOK_ZERO = ",\"tookMs\":0,".getBytes(StandardCharsets.UTF_8);

    /** JSON of an answer, cut around its {@code tookMs} value. */
    private record Rendered(SearchResponse answer, byte[] head, byte[] tail) {

        /** Whether {@code other} is this answer again, with another time. */
        boolean renders(SearchResponse other) {
            return answer.hits() == other.hits() && answer.facets() == other.facets()
                    && answer.total() == other.total() && answer.page() == other.page()
                    && answer.size() == other.size() && answer.timedOut() == other.timedOut()
                    && answer.query().equals(other.query())
                    && Objects.equals(answer.didYouMean(), other.didYouMean());
        }
    }

    private final ObjectMapper mapper;
    private final Map<Object, Rendered> rendered = new LinkedHashMap<>(MAX_ENTRIES * 2, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Object, Rendered> eldest) {
            return size() > MAX_ENTRIES;
        }
    };

    /** Writes answers with {@code mapper}, the app's JSON mapper. */
    ResponseJson(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /**
     * Writes the answer as the response body. The JSON is kept for later requests only when {@code repeatable}: a
     * recomputed answer (no-cache) is usually not the one the answer cache keeps, so it is not served again, and a
     * kept copy would only live long enough to be promoted to the old generation and collected there.
     */
    void write(Context ctx, SearchResponse answer, boolean repeatable) {
        Rendered cut = repeatable ? cut(answer) : null;
        if (cut == null) {
            ctx.contentType(ContentType.APPLICATION_JSON).result(bytes(answer));
            return;
        }
        byte[] took = Long.toString(answer.tookMs()).getBytes(StandardCharsets.US_ASCII);
        byte[] body = Arrays.copyOf(cut.head, cut.head.length + took.length + cut.tail.length);
        System.arraycopy(took, 0, body, cut.head.length, took.length);
        System.arraycopy(cut.tail, 0, body, cut.head.length + took.length, cut.tail.length);
        ctx.contentType(ContentType.APPLICATION_JSON).result(body);
    }

    private Rendered cut(SearchResponse answer) {
        IdentityKey key = new IdentityKey(answer.facets());
        synchronized (rendered) {
            Rendered known = rendered.get(key);
            if (known != null && known.renders(answer)) {
                return known;
            }
        }
        SearchResponse zero = new SearchResponse(answer.query(), answer.total(), answer.page(), answer.size(), 0,
                answer.hits(), answer.facets(), answer.facetsExact(), answer.didYouMean(), answer.timedOut());
        byte[] json = bytes(zero);
        // Inside a JSON string every quote is escaped, so the first unescaped ,"tookMs":0, is the field itself.
        int at = indexOf(json, TOOK_ZERO);
        if (at < 0) {
            return null;
        }
        int value = at + TOOK_ZERO.length - 2;
        Rendered cut = new Rendered(answer, Arrays.copyOfRange(json, 0, value),
                Arrays.copyOfRange(json, value + 1, json.length));
        synchronized (rendered) {
            rendered.put(key, cut);
        }
        return cut;
    }

    /** The answer as UTF-8 JSON, straight to bytes: a String first would cost a copy in each encoding. */
    private byte[] bytes(SearchResponse answer) {
        try {
            return mapper.writeValueAsBytes(answer);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an answer could not be written as JSON", e);
        }
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** A map key equal only to itself's referent. */
    private record IdentityKey(Object referent) {
        @Override
        public boolean equals(Object other) {
            return other instanceof IdentityKey key && key.referent == referent;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(referent);
        }
    }
}
