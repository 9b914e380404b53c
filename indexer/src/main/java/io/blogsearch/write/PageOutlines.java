package io.blogsearch.write;

import io.blogsearch.model.Figure;
import io.blogsearch.model.Page;
import io.blogsearch.model.PageKind;
import io.blogsearch.model.Person;
import io.blogsearch.model.Quote;
import io.blogsearch.model.Section;
import io.blogsearch.model.Speaker;
import io.blogsearch.model.Talk;
import io.blogsearch.model.TalkKind;
import io.blogsearch.schema.CompactText;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A page's outline ({@link PageRecords#readOutline}) in a compact hand-written form kept beside its record, so an
 * incremental run reads 10,000 unchanged pages without Jackson (whose compilation dominated such a cold run).
 * Of the front matter only what enrichment reads is kept: the {@code conference} and {@code event} names.
 */
final class PageOutlines {

    private static final String VERSION = "4";
    /** Front matter keys the enricher reads (conference resolution). */
    private static final List<String> FRONT_MATTER_KEYS = List.of("conference", "event");

    private PageOutlines() {
    }

    /** The outline of a parsed page. */
    static String write(Page page) {
        CompactText.Writer out = new CompactText.Writer();
        out.field(VERSION);
        out.field(page.path());
        out.field(page.contentHash());
        out.field(page.kind() == null ? null : page.kind().name());
        out.field(page.title());
        out.field(page.description());
        out.strings(page.authors());
        out.instant(page.date());
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
        out.list(page.talks(), talk -> {
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
        });
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

    /** The outline a written one holds, or null when it is missing, of another version or damaged. */
    static Page read(String outline) {
        if (outline == null) {
            return null;
        }
        try {
            CompactText.Reader in = new CompactText.Reader(outline);
            if (!VERSION.equals(in.next())) {
                return null;
            }
            String path = in.next();
            String contentHash = in.next();
            String kind = in.next();
            String title = in.next();
            String description = in.next();
            List<String> authors = in.strings();
            Instant date = in.instant();
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
            List<Talk> talks = in.list(() -> {
                String talkKind = in.next();
                String talkTitle = in.next();
                String heading = in.next();
                String anchor = in.next();
                String talkConference = in.next();
                List<Speaker> speakers = in.list(() -> new Speaker(in.next(), in.next(), in.next()));
                return new Talk(talkKind == null ? null : TalkKind.valueOf(talkKind), talkTitle,
                        speakers == null ? List.of() : speakers, heading, anchor, talkConference);
            });
            String conference = in.next();
            List<String> names = in.list(in::next);
            Map<String, Object> frontMatter = null;
            if (names != null) {
                frontMatter = new LinkedHashMap<>();
                for (int i = 0; i < names.size() && i < FRONT_MATTER_KEYS.size(); i++) {
                    if (names.get(i) != null) {
                        frontMatter.put(FRONT_MATTER_KEYS.get(i), names.get(i));
                    }
                }
            }
            String lang = in.next();
            String translationKey = in.next();
            List<Person> people = in.list(() -> new Person(in.next(), in.next(), in.next()));
            if (!in.atEnd()) {
                return null;
            }
            return new Page(path, contentHash, kind == null ? null : PageKind.valueOf(kind), title, description,
                    authors, date, lastmod, taxonomies, url, aliases, null, sections, quotes, figures, talks,
                    conference, frontMatter, lang, translationKey, people);
        } catch (RuntimeException e) {
            return null; // damaged: the record is read instead
        }
    }

    /** A front matter value as conference resolution reads it: a name, or an object's {@code name}. */
    private static String frontMatterName(Page page, String key) {
        Object value = page.frontMatter().get(key);
        if (value instanceof Map<?, ?> map) {
            value = map.get("name");
        }
        if (value instanceof com.fasterxml.jackson.databind.JsonNode node) {
            value = node.isObject() ? node.path("name").asText("") : node.asText("");
        }
        return value == null ? null : value.toString();
    }
}
