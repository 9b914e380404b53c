package io.blogsearch.state;

import com.fasterxml.jackson.databind.JsonNode;
import io.blogsearch.model.Figure;
import io.blogsearch.model.Page;
import io.blogsearch.model.PageKind;
import io.blogsearch.model.Person;
import io.blogsearch.model.Quote;
import io.blogsearch.model.Section;
import io.blogsearch.model.Speaker;
import io.blogsearch.model.Talk;
import io.blogsearch.model.TalkKind;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one codec of the incremental state, in {@link CompactText}: a parsed page kept as its outline (everything
 * enrichment and the entities read but the texts) and its record (the texts: body and section texts), and a talk,
 * which the enricher's memo and the fingerprint write through here too. Hand-written, not Jackson: an incremental run
 * reads every outline of the archive in a cold JVM. Of the front matter the outline keeps only what enrichment reads:
 * the {@code conference} and {@code event} names.
 */
public final class PageCodec {

    private static final String OUTLINE_VERSION = "6";
    private static final String RECORD_VERSION = "r1";
    /** Front matter keys the enricher reads (conference resolution). */
    private static final List<String> FRONT_MATTER_KEYS = List.of("conference", "event");

    private PageCodec() {
    }

    /** The outline of a parsed page: all but its body and section texts. */
    public static String writeOutline(Page page) {
        CompactText.Writer out = new CompactText.Writer();
        out.field(OUTLINE_VERSION);
        out.field(page.path());
        out.field(page.contentHash());
        out.field(page.kind() == null ? null : page.kind().name());
        out.field(page.title());
        out.field(page.description());
        out.strings(page.authors());
        out.instant(page.date());
        out.field(page.dateOffset() == null ? null : page.dateOffset().getId());
        out.instant(page.lastmod());
        out.list(page.taxonomies() == null ? null : List.copyOf(page.taxonomies().entrySet()), entry -> {
            out.field(entry.getKey());
            out.strings(entry.getValue());
        });
        out.field(page.url());
        out.strings(page.aliases());
        out.list(page.sections(), section -> {
            out.field(section.heading());
            out.field(Integer.toString(section.level()));
            out.field(section.anchor());
            out.field(section.talkAnchor());
        });
        out.list(page.quotes(), quote -> {
            out.field(quote.text());
            out.field(quote.speaker());
            out.field(quote.sectionAnchor());
            out.field(quote.source());
        });
        out.list(page.figures(), figure -> {
            out.field(figure.title());
            out.field(figure.caption());
            out.field(figure.alt());
            out.field(figure.imageUrl());
            out.field(figure.sectionAnchor());
        });
        out.list(page.talks(), talk -> writeTalk(out, talk));
        out.field(page.conference());
        out.list(page.frontMatter() == null ? null : FRONT_MATTER_KEYS, key -> out.field(frontMatterName(page, key)));
        out.field(page.lang());
        out.field(page.translationKey());
        out.list(page.people(), person -> {
            out.field(person.name());
            out.field(person.affiliation());
            out.field(person.url());
        });
        return out.toString();
    }

    /** The outline a written one holds (body and section texts null), or null when missing, foreign or damaged. */
    public static Page readOutline(String outline) {
        if (outline == null) {
            return null;
        }
        try {
            CompactText.Reader in = new CompactText.Reader(outline);
            if (!OUTLINE_VERSION.equals(in.next())) {
                return null;
            }
            Page page = readPage(in);
            return in.atEnd() ? page : null;
        } catch (RuntimeException e) {
            return null; // damaged: the file is parsed again
        }
    }

    private static Page readPage(CompactText.Reader in) {
        String path = in.next();
        String contentHash = in.next();
        String kind = in.next();
        String title = in.next();
        String description = in.next();
        List<String> authors = in.strings();
        Instant date = in.instant();
        String offset = in.next();
        Instant lastmod = in.instant();
        List<Map.Entry<String, List<String>>> taxonomyEntries = in.list(() -> Map.entry(in.next(), in.strings()));
        Map<String, List<String>> taxonomies = null;
        if (taxonomyEntries != null) {
            taxonomies = new LinkedHashMap<>();
            for (Map.Entry<String, List<String>> entry : taxonomyEntries) {
                taxonomies.put(entry.getKey(), entry.getValue());
            }
        }
        String url = in.next();
        List<String> aliases = in.strings();
        List<Section> sections = in.list(() -> new Section(in.next(), Integer.parseInt(in.next()), in.next(),
                null, in.next()));
        List<Quote> quotes = in.list(() -> new Quote(in.next(), in.next(), in.next(), in.next()));
        List<Figure> figures = in.list(() -> new Figure(in.next(), in.next(), in.next(), in.next(), in.next()));
        List<Talk> talks = in.list(() -> readTalk(in));
        String conference = in.next();
        Map<String, Object> frontMatter = frontMatter(in.list(in::next));
        String lang = in.next();
        String translationKey = in.next();
        List<Person> people = in.list(() -> new Person(in.next(), in.next(), in.next()));
        return new Page(path, contentHash, kind == null ? null : PageKind.valueOf(kind), title, description,
                authors, date, lastmod, taxonomies, url, aliases, null, sections, quotes, figures, talks,
                conference, frontMatter, lang, translationKey, people, offset == null ? null : ZoneOffset.of(offset));
    }

    /** The record of a parsed page: its body and section texts, UTF-8. */
    public static byte[] writeRecord(Page page) {
        CompactText.Writer out = new CompactText.Writer();
        out.field(RECORD_VERSION);
        out.field(page.path());
        out.field(page.body());
        out.list(page.sections(), section -> out.field(section.text()));
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The whole page: an (enriched) outline with the texts of its record put back, what enriching the whole page
     * would have given, since enrichment never reads body or section texts.
     *
     * @throws IllegalStateException the record is damaged or belongs to another outline
     */
    public static Page complete(Page outline, byte[] record) {
        try {
            CompactText.Reader in = new CompactText.Reader(new String(record, StandardCharsets.UTF_8));
            if (RECORD_VERSION.equals(in.next()) && outline.path().equals(in.next())) {
                String body = in.next();
                List<String> texts = in.list(in::next);
                if (in.atEnd() && texts != null && texts.size() == outline.sections().size()) {
                    return withTexts(outline, body, texts);
                }
            }
        } catch (RuntimeException e) {
            // reported below
        }
        throw new IllegalStateException("the record of " + outline.path() + " no longer matches its outline; "
                + "rebuild the index with --full");
    }

    private static Page withTexts(Page outline, String body, List<String> texts) {
        List<Section> sections = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            Section section = outline.sections().get(i);
            sections.add(new Section(section.heading(), section.level(), section.anchor(), texts.get(i),
                    section.talkAnchor()));
        }
        return new Page(outline.path(), outline.contentHash(), outline.kind(), outline.title(),
                outline.description(), outline.authors(), outline.date(), outline.lastmod(), outline.taxonomies(),
                outline.url(), outline.aliases(), body, sections, outline.quotes(), outline.figures(),
                outline.talks(), outline.conference(), outline.frontMatter(), outline.lang(),
                outline.translationKey(), outline.people(), outline.dateOffset());
    }

    /** Writes a talk with its speakers: the one place a talk is written. */
    public static void writeTalk(CompactText.Writer out, Talk talk) {
        out.field(talk.kind() == null ? null : talk.kind().name());
        out.field(talk.title());
        out.field(talk.heading());
        out.field(talk.anchor());
        out.field(talk.conference());
        out.list(talk.speakers(), speaker -> {
            out.field(speaker.name());
            out.field(speaker.role());
            out.field(speaker.org());
        });
    }

    /** Reads what {@link #writeTalk} wrote. */
    public static Talk readTalk(CompactText.Reader in) {
        String kind = in.next();
        String title = in.next();
        String heading = in.next();
        String anchor = in.next();
        String conference = in.next();
        List<Speaker> speakers = in.list(() -> new Speaker(in.next(), in.next(), in.next()));
        return new Talk(kind == null ? null : TalkKind.valueOf(kind), title, speakers == null ? List.of() : speakers,
                heading, anchor, conference);
    }

    private static Map<String, Object> frontMatter(List<String> names) {
        if (names == null) {
            return null;
        }
        Map<String, Object> frontMatter = new LinkedHashMap<>();
        for (int i = 0; i < names.size() && i < FRONT_MATTER_KEYS.size(); i++) {
            if (names.get(i) != null) {
                frontMatter.put(FRONT_MATTER_KEYS.get(i), names.get(i));
            }
        }
        return frontMatter;
    }

    /** A front matter value as conference resolution reads it: a name, or an object's {@code name}. */
    private static String frontMatterName(Page page, String key) {
        Object value = page.frontMatter().get(key);
        if (value instanceof Map<?, ?> map) {
            value = map.get("name");
        }
        if (value instanceof JsonNode node) {
            value = node.isObject() ? node.path("name").asText("") : node.asText("");
        }
        return value == null ? null : value.toString();
    }
}
