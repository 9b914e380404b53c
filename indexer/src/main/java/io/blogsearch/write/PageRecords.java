package io.blogsearch.write;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.blogsearch.model.Page;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** The stored form of a parsed page ({@link io.blogsearch.schema.Fields#RECORD}), the incremental build's cache. */
public final class PageRecords {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static final ObjectReader READER = MAPPER.readerFor(Page.class);

    private PageRecords() {
    }

    /** The page as JSON. */
    public static String write(Page page) {
        try {
            return MAPPER.writeValueAsString(page);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a parsed page always serialises: " + page.path(), e);
        }
    }

    /** The page a record holds, or null when the record is unreadable (then the file is simply parsed again). */
    public static Page read(String json) {
        return json == null ? null : read(json.getBytes(StandardCharsets.UTF_8));
    }

    /** The page a UTF-8 record holds, or null when it is unreadable; bytes parse faster than a String. */
    public static Page read(byte[] json) {
        if (json == null) {
            return null;
        }
        try {
            return READER.readValue(json);
        } catch (IOException e) {
            return null;
        }
    }

    /** Any value as JSON, for fingerprints. */
    static String json(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("model records always serialise", e);
        }
    }
}
