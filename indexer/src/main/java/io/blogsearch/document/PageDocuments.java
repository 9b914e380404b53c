package io.blogsearch.document;

import io.blogsearch.model.Figure;
import io.blogsearch.model.Page;
import io.blogsearch.model.PageKind;
import io.blogsearch.model.Quote;
import io.blogsearch.model.Section;
import io.blogsearch.model.Speaker;
import io.blogsearch.model.Talk;
import io.blogsearch.schema.DocType;
import io.blogsearch.schema.FacetDims;
import io.blogsearch.schema.Fields;
import io.blogsearch.schema.LanguageAnalyzers;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.lucene.document.Document;

/**
 * Builds every document of one page: the post itself, then its sections, quotes, figures and talks.
 * Entities carry the post's identity, date, tags and conference, so each can be filtered and shown alone,
 * and the speakers of the talk they sit under.
 */
public final class PageDocuments {

    private final Page page;
    private final Map<String, Section> sectionsByAnchor;
    private final Map<String, Talk> talksByAnchor;
    private final Set<String> repeatedSections;

    private PageDocuments(Page page, Set<String> repeatedSections) {
        this.page = page;
        this.repeatedSections = repeatedSections;
        this.sectionsByAnchor = page.sections().stream()
                .collect(Collectors.toMap(Section::anchor, Function.identity(), (first, second) -> first));
        this.talksByAnchor = page.talks().stream()
                .collect(Collectors.toMap(Talk::anchor, Function.identity(), (first, second) -> first));
    }

    /**
     * All documents of a page, post document first. Facet fields still need {@code FacetsConfig.build}.
     *
     * @param page        the enriched page
     * @param record      the parsed page as JSON, kept on the post document (binary doc values) as the incremental cache
     * @param fingerprint hash of what these documents were built from
     */
    public static List<Document> of(Page page, String record, String fingerprint) {
        return of(page, record, fingerprint, null, null);
    }

    /**
     * As {@link #of(Page, String, String)}, with the record's compact outline and the enricher's per-page memo
     * kept on the post document (either may be null).
     */
    public static List<Document> of(Page page, String record, String fingerprint, String outline,
                                    String knowledge) {
        return of(page, record, fingerprint, outline, knowledge, Set.of());
    }

    /**
     * As {@link #of(Page, String, String, String, String)}, with the post's scored text leaving out the sections whose
     * hash repeats across the site ({@link OwnText}); its section documents keep them.
     */
    public static List<Document> of(Page page, String record, String fingerprint, String outline,
                                    String knowledge, Set<String> repeatedSections) {
        return new PageDocuments(page, repeatedSections).build(record, fingerprint, outline, knowledge);
    }

    private List<Document> build(String record, String fingerprint, String outline, String knowledge) {
        List<Document> documents = new ArrayList<>();
        documents.add(post(record, fingerprint, outline, knowledge));
        for (Section section : page.sections()) {
            documents.add(section(section));
        }
        for (int i = 0; i < page.quotes().size(); i++) {
            documents.add(quote(page.quotes().get(i), i));
        }
        for (int i = 0; i < page.figures().size(); i++) {
            documents.add(figure(page.figures().get(i), i));
        }
        Map<String, Integer> talksPerAnchor = new java.util.HashMap<>();
        for (Talk talk : page.talks()) {
            // talks listed in one section share its anchor; their ids must not
            int seen = talksPerAnchor.merge(String.valueOf(talk.anchor()), 1, Integer::sum) - 1;
            documents.add(talk(talk, page.path() + "#talk-" + talk.anchor() + (seen == 0 ? "" : "-" + seen)));
        }
        return documents;
    }

    private Document post(String record, String fingerprint, String outline, String knowledge) {
        Set<String> speakers = new LinkedHashSet<>();
        page.talks().forEach(talk -> talk.speakers().forEach(s -> speakers.add(s.name())));
        page.quotes().forEach(quote -> speakers.addAll(quote.speakers()));
        EntityDocument document = common(page.kind() == PageKind.POST ? DocType.POST : DocType.PAGE, page.path(),
                page.url(), null, null, speakers);
        page.people().stream().filter(person -> person.affiliation() != null)
                .forEach(person -> document.stored(Fields.AUTHOR_AFFILIATION,
                        person.name() + "\t" + person.affiliation()));
        OwnText own = OwnText.of(page, repeatedSections);
        return document
                .keyword(Fields.PAGE_KIND, page.kind().name().toLowerCase(java.util.Locale.ROOT))
                .keyword(Fields.CONTENT_HASH, page.contentHash())
                .keyword(Fields.FINGERPRINT, fingerprint)
                .cached(Fields.CACHED_PATH, page.path())
                .cached(Fields.CACHED_CONTENT_HASH, page.contentHash())
                .cached(Fields.CACHED_FINGERPRINT, fingerprint)
                .cached(Fields.RECORD, record)
                .cached(Fields.CACHED_OUTLINE, outline)
                .cached(Fields.CACHED_KNOWLEDGE, knowledge)
                .text(Fields.TITLE, Fields.TITLE_EXACT, Fields.TITLE_PREFIX, page.title())
                .text(Fields.TEXT, Fields.TEXT_EXACT, null, own.body())
                .text(Fields.DESCRIPTION, Fields.TEXT_EXACT, null, page.description())
                .searchable(Fields.CONTEXT, own.headings())
                .document();
    }

    private Document section(Section section) {
        Talk talk = talksByAnchor.get(section.talkAnchor());
        return common(DocType.SECTION, page.path() + "#" + section.anchor(), anchored(section.anchor()),
                section.anchor(), talk, speakerNames(talk))
                .text(Fields.TITLE, Fields.TITLE_EXACT, Fields.TITLE_PREFIX, section.heading())
                .text(Fields.TEXT, Fields.TEXT_EXACT, null, section.text())
                .stored(Fields.SECTION_HEADING, section.heading())
                .searchable(Fields.CONTEXT, page.title())
                .keyword(Fields.SECTION_HASH, SectionHash.of(section))
                .document();
    }

    private Document quote(Quote quote, int ordinal) {
        Talk talk = talkAround(quote.sectionAnchor());
        // Only who said it: a quote under a talk may be by someone else than the talk's speakers.
        Set<String> speakers = new LinkedHashSet<>(quote.speakers());
        return inSection(common(DocType.QUOTE, page.path() + "#quote-" + ordinal, anchored(quote.sectionAnchor()),
                quote.sectionAnchor(), talk, speakers), quote.sectionAnchor())
                .text(Fields.TITLE, Fields.TITLE_EXACT, Fields.TITLE_PREFIX, quote.text())
                .text(Fields.TEXT, Fields.TEXT_EXACT, null, quote.text())
                .stored(Fields.QUOTE_TEXT, quote.text())
                .stored(Fields.QUOTE_SOURCE, quote.source())
                .document();
    }

    private Document figure(Figure figure, int ordinal) {
        Talk talk = talkAround(figure.sectionAnchor());
        String title = firstPresent(figure.title(), figure.caption(), figure.alt());
        String text = joinPresent(figure.caption(), figure.alt());
        return inSection(common(DocType.FIGURE, page.path() + "#figure-" + ordinal, anchored(figure.sectionAnchor()),
                figure.sectionAnchor(), talk, speakerNames(talk)), figure.sectionAnchor())
                .text(Fields.TITLE, Fields.TITLE_EXACT, Fields.TITLE_PREFIX, title)
                .text(Fields.TEXT, Fields.TEXT_EXACT, null, text)
                .stored(Fields.FIGURE_IMAGE, figure.imageUrl())
                .document();
    }

    private Document talk(Talk talk, String id) {
        Section section = sectionsByAnchor.get(talk.anchor());
        return common(DocType.TALK, id, anchored(talk.anchor()),
                talk.anchor(), talk, speakerNames(talk))
                .text(Fields.TITLE, Fields.TITLE_EXACT, Fields.TITLE_PREFIX, talk.title())
                .text(Fields.TEXT, Fields.TEXT_EXACT, null, ownText(talk, section))
                .keyword(Fields.TALK_KIND, talk.kind().label())
                .stored(Fields.TALK_SPEAKERS, SpeakersJson.write(talk.speakers()))
                .stored(Fields.SECTION_HEADING, talk.heading())
                .searchable(Fields.CONTEXT, talk.heading())
                .document();
    }

    /** A talk's own conference (a speaker's list of talks names one per talk), else the post's. */
    private List<String> conferenceOf(DocType type, Talk talk) {
        if (type == DocType.TALK && talk != null && talk.conference() != null) {
            return List.of(talk.conference());
        }
        return page.conference() == null ? List.of() : List.of(page.conference());
    }

    /** A heading talk's section text; a talk listed among others in a section has no text of its own. */
    private static String ownText(Talk talk, Section section) {
        return section != null && talk.anchor().equals(section.talkAnchor()) ? section.text() : null;
    }

    /** The fields every document has: identity, its post, date, taxonomies, conference and speakers. */
    private EntityDocument common(DocType type, String id, String url, String anchor, Talk talk,
                                  Set<String> speakers) {
        String lang = language();
        EntityDocument document = new EntityDocument(lang)
                .keyword(Fields.ID, id)
                .keyword(Fields.LANG, lang)
                .keyword(Fields.TYPE, type.value())
                .keyword(Fields.PATH, page.path())
                .keyword(Fields.POST_ID, page.path())
                .keyword(Fields.TRANSLATION_KEY, page.translationKey())
                .stored(Fields.POST_TITLE, page.title())
                .stored(Fields.POST_URL, page.url())
                .stored(Fields.URL, url)
                .stored(Fields.ANCHOR, anchor)
                .stored(Fields.TALK_TITLE, talk == null ? null : talk.title())
                .date(page.date())
                .facet(FacetDims.TYPE, null, null, List.of(type.value()))
                .facet(FacetDims.LANG, null, null, List.of(lang))
                .facet(FacetDims.TAG, Fields.TAG, Fields.TAG_TEXT, page.tags())
                // only a whole page is by its authors: its sections, quotes and talks would repeat the match
                .facet(FacetDims.AUTHOR, Fields.AUTHOR,
                        type == DocType.POST || type == DocType.PAGE ? Fields.AUTHOR_TEXT : null, page.authors())
                .facet(FacetDims.SPEAKER, Fields.SPEAKER, Fields.SPEAKER_TEXT,
                        speakers.stream().filter(Objects::nonNull).toList())
                .facet(FacetDims.CONFERENCE, Fields.CONFERENCE, Fields.CONFERENCE_TEXT, conferenceOf(type, talk));
        page.taxonomies().forEach((taxonomy, terms) -> {
            if (!taxonomy.equals("tags")) {
                terms.forEach(term -> document.stored(Fields.TAXONOMY, taxonomy + ":" + term));
                String dim = FacetDims.taxonomy(taxonomy);
                if (dim != null) {
                    document.facet(dim, null, null, terms.stream().map(String::trim).toList());
                }
            }
        });
        if (type != DocType.POST && type != DocType.PAGE) {
            document.searchable(Fields.CONTEXT, page.title());
        }
        return document;
    }

    /** The page's language code; a page without one is in the schema's default language. */
    private String language() {
        String lang = page.lang();
        return lang == null || lang.isBlank() ? LanguageAnalyzers.DEFAULT_LANGUAGE
                : lang.trim().toLowerCase(java.util.Locale.ROOT);
    }

    private EntityDocument inSection(EntityDocument document, String sectionAnchor) {
        Section section = sectionAnchor == null ? null : sectionsByAnchor.get(sectionAnchor);
        if (section != null) {
            document.stored(Fields.SECTION_HEADING, section.heading());
            document.searchable(Fields.CONTEXT, section.heading());
        }
        return document;
    }

    private Talk talkAround(String sectionAnchor) {
        Section section = sectionAnchor == null ? null : sectionsByAnchor.get(sectionAnchor);
        return section == null ? null : talksByAnchor.get(section.talkAnchor());
    }

    private String anchored(String anchor) {
        return anchor == null || anchor.isBlank() ? page.url() : page.url() + "#" + anchor;
    }

    private static Set<String> speakerNames(Talk talk) {
        Set<String> names = new LinkedHashSet<>();
        if (talk != null) {
            talk.speakers().stream().map(Speaker::name).forEach(names::add);
        }
        return names;
    }

    private static String firstPresent(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }

    private static String joinPresent(String... values) {
        return java.util.Arrays.stream(values).filter(v -> v != null && !v.isBlank()).distinct()
                .collect(Collectors.joining("\n"));
    }
}
