package io.blogsearch.write;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.blogsearch.model.Page;
import io.blogsearch.model.Section;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The stored form of a parsed page ({@link io.blogsearch.schema.Fields#RECORD}), the incremental build's cache. */
public final class PageRecords {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static final ObjectReader READER = MAPPER.readerFor(Page.class);
    /** Reads a record without the page body and section texts, which only the documents of a rewrite need. */
    private static final ObjectReader OUTLINE_READER = MAPPER.copy()
            .addMixIn(Page.class, WithoutBody.class)
            .addMixIn(Section.class, WithoutText.class)
            .readerFor(Page.class);

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

    /**
     * The page a UTF-8 record holds without its body and section texts (null there), or null when it is unreadable.
     * Enrichment and fingerprints never look at them, and an incremental run reads every record of the archive.
     */
    static Page readOutline(byte[] json) {
        try {
            return OUTLINE_READER.readValue(json);
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * The whole page of a record with the knowledge enrichment added to its outline: what enriching the whole page
     * would have given, since enrichment never reads body or section texts.
     */
    static Page complete(Page enrichedOutline, byte[] json) {
        Page whole = read(json);
        if (whole == null || whole.sections().size() != enrichedOutline.sections().size()) {
            throw new IllegalStateException("the record of " + enrichedOutline.path() + " no longer matches its outline");
        }
        List<Section> sections = new ArrayList<>(whole.sections().size());
        for (int i = 0; i < whole.sections().size(); i++) {
            Section section = whole.sections().get(i);
            String talkAnchor = enrichedOutline.sections().get(i).talkAnchor();
            sections.add(new Section(section.heading(), section.level(), section.anchor(), section.text(), talkAnchor));
        }
        // the kind is decided over the whole site each run: the outline's is current, the record's may be old
        return whole.withKnowledge(sections, enrichedOutline.quotes(), enrichedOutline.talks(),
                enrichedOutline.conference()).withKind(enrichedOutline.kind());
    }

    @JsonIgnoreProperties({"body"})
    private abstract static class WithoutBody {
    }

    @JsonIgnoreProperties({"text"})
    private abstract static class WithoutText {
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
