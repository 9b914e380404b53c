package io.blogsearch.schema;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.blogsearch.model.Speaker;
import java.util.List;

/** The stored form of a talk's speakers, {@code [{"name","role","org"}]}, read back by the server. */
public final class SpeakersJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** Type and deserializer resolved once: the server reads a list for every talk it shows. */
    private static final ObjectReader READER = MAPPER.readerFor(new TypeReference<List<Speaker>>() { });

    private SpeakersJson() {
    }

    /** Writes speakers as a JSON array. */
    public static String write(List<Speaker> speakers) {
        try {
            return MAPPER.writeValueAsString(speakers);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("speakers are plain records and always serialise", e);
        }
    }

    /** Reads what {@link #write} wrote; an absent value is no speakers. */
    public static List<Speaker> read(String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        try {
            return READER.readValue(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a stored speaker list: " + json, e);
        }
    }
}
