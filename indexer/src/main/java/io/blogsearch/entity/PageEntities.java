package io.blogsearch.entity;

import io.blogsearch.model.Figure;
import io.blogsearch.model.Page;
import io.blogsearch.model.PageKind;
import io.blogsearch.model.Quote;
import io.blogsearch.model.Section;
import io.blogsearch.model.Speaker;
import io.blogsearch.model.Talk;
import io.blogsearch.schema.DocType;
import io.blogsearch.schema.FacetDims;
import io.blogsearch.schema.LanguageAnalyzers;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The one place that decides what entities an enriched page yields: the page itself, then its sections, quotes,
 * figures and talks. Entities carry the page's identity, date, tags and conference, so each can be filtered and shown
 * alone, and the speakers of the talk they sit under.
 */
public final class PageEntities {

    private final Page page;
    private final String lang;
    private final Map<String, Section> sectionsByAnchor;
    private final Map<String, Talk> talksByAnchor;
    private final Set<String> repeatedSections;
    /** The {@link SectionHash} of each section, in order (null for a short one): the own text and entities share it. */
    private final List<String> sectionHashes;

    private PageEntities(Page page, Set<String> repeatedSections) {
        this.page = page;
        this.repeatedSections = repeatedSections;
        this.sectionHashes = page.sections().stream().map(SectionHash::of).toList();
        this.lang = language(page);
        this.sectionsByAnchor = page.sections().stream()
                .collect(Collectors.toMap(Section::anchor, Function.identity(), (first, second) -> first));
        this.talksByAnchor = page.talks().stream()
                .collect(Collectors.toMap(Talk::anchor, Function.identity(), (first, second) -> first));
    }

    /** Every entity of an enriched page, the page entity first. */
    public static List<Entity> of(Page page) {
        return of(page, Set.of());
    }

    /**
     * As {@link #of(Page)}, with the page entity's body and headings leaving out the sections whose hash repeats
     * across the site ({@link OwnText}); its section entities keep them.
     */
    public static List<Entity> of(Page page, Set<String> repeatedSections) {
        return new PageEntities(page, repeatedSections).build();
    }

    private List<Entity> build() {
        List<Entity> entities = new ArrayList<>();
        entities.add(page());
        for (int i = 0; i < page.sections().size(); i++) {
            entities.add(section(page.sections().get(i), sectionHashes.get(i)));
        }
        for (int i = 0; i < page.quotes().size(); i++) {
            entities.add(quote(page.quotes().get(i), i));
        }
        for (int i = 0; i < page.figures().size(); i++) {
            entities.add(figure(page.figures().get(i), i));
        }
        Map<String, Integer> talksPerAnchor = new HashMap<>();
        for (Talk talk : page.talks()) {
            // talks listed in one section share its anchor; their ids must not
            int seen = talksPerAnchor.merge(String.valueOf(talk.anchor()), 1, Integer::sum) - 1;
            entities.add(talk(talk, page.path() + "#talk-" + talk.anchor() + (seen == 0 ? "" : "-" + seen)));
        }
        return entities;
    }

    private PageEntity page() {
        Set<String> speakers = new LinkedHashSet<>();
        page.talks().forEach(talk -> talk.speakers().forEach(s -> speakers.add(s.name())));
        page.quotes().forEach(quote -> speakers.addAll(quote.speakers()));
        DocType type = page.kind() == PageKind.POST ? DocType.POST : DocType.PAGE;
        OwnText own = OwnText.of(page, sectionHashes, repeatedSections);
        List<String> affiliations = page.people().stream().filter(person -> person.affiliation() != null)
                .map(person -> person.name() + "\t" + person.affiliation()).toList();
        return new PageEntity(common(type, page.path(), page.url(), null, null, speakers, List.of(own.headings())),
                page.title(), own.body(), page.description(), page.kind().name().toLowerCase(Locale.ROOT),
                page.contentHash(), affiliations);
    }

    private SectionEntity section(Section section, String hash) {
        Talk talk = talksByAnchor.get(section.talkAnchor());
        // the page title twice: once as every entity's context, once as the section's own
        return new SectionEntity(common(DocType.SECTION, page.path() + "#" + section.anchor(),
                anchored(section.anchor()), section.anchor(), talk, speakerNames(talk), List.of(page.title())),
                section.heading(), section.text(), hash);
    }

    private QuoteEntity quote(Quote quote, int ordinal) {
        Talk talk = talkAround(quote.sectionAnchor());
        // Only who said it: a quote under a talk may be by someone else than the talk's speakers.
        Set<String> speakers = new LinkedHashSet<>(quote.speakers());
        String heading = headingOf(quote.sectionAnchor());
        return new QuoteEntity(common(DocType.QUOTE, page.path() + "#quote-" + ordinal,
                anchored(quote.sectionAnchor()), quote.sectionAnchor(), talk, speakers, listOf(heading)),
                quote.text(), quote.source(), heading);
    }

    private FigureEntity figure(Figure figure, int ordinal) {
        Talk talk = talkAround(figure.sectionAnchor());
        String heading = headingOf(figure.sectionAnchor());
        return new FigureEntity(common(DocType.FIGURE, page.path() + "#figure-" + ordinal,
                anchored(figure.sectionAnchor()), figure.sectionAnchor(), talk, speakerNames(talk), listOf(heading)),
                firstPresent(figure.title(), figure.caption(), figure.alt()), joinPresent(figure.caption(),
                figure.alt()), figure.imageUrl(), heading);
    }

    private TalkEntity talk(Talk talk, String id) {
        Section section = sectionsByAnchor.get(talk.anchor());
        return new TalkEntity(common(DocType.TALK, id, anchored(talk.anchor()), talk.anchor(), talk,
                speakerNames(talk), List.of(talk.heading())), talk.title(), ownText(talk, section),
                talk.kind().label(), talk.speakers(), talk.heading());
    }

    /** A heading talk's section text; a talk listed among others in a section has no text of its own. */
    private static String ownText(Talk talk, Section section) {
        return section != null && talk.anchor().equals(section.talkAnchor()) ? section.text() : null;
    }

    /**
     * What every entity carries: identity, its post, date, taxonomies, conference and speakers; and as context the
     * page's title (for any entity but the page itself) followed by {@code ownContext}.
     */
    private Entity.Common common(DocType type, String id, String url, String anchor, Talk talk, Set<String> speakers,
                                 List<String> ownContext) {
        boolean whole = type == DocType.POST || type == DocType.PAGE;
        Map<String, List<String>> facets = new LinkedHashMap<>();
        facet(facets, FacetDims.TAG, page.tags());
        facet(facets, FacetDims.AUTHOR, page.authors());
        facet(facets, FacetDims.SPEAKER, speakers.stream().filter(Objects::nonNull).toList());
        facet(facets, FacetDims.CONFERENCE, conferenceOf(type, talk));
        List<String> taxonomyTerms = new ArrayList<>();
        page.taxonomies().forEach((taxonomy, terms) -> {
            if (!taxonomy.equals("tags")) {
                terms.forEach(term -> taxonomyTerms.add(taxonomy + ":" + term));
                String dim = FacetDims.taxonomy(taxonomy);
                if (dim != null) {
                    facet(facets, dim, terms.stream().map(String::trim).toList());
                }
            }
        });
        List<String> context = new ArrayList<>();
        if (!whole) {
            context.add(page.title());
        }
        ownContext.stream().filter(PageEntities::present).forEach(context::add);
        return new Entity.Common(id, type, lang, page.path(), page.translationKey(), page.title(), page.url(), url,
                anchor, talk == null ? null : talk.title(), page.date(), page.dateOffset(), facets, taxonomyTerms,
                context.stream().filter(PageEntities::present).toList());
    }

    /** Adds a dimension's distinct, present values; a dimension seen twice (two spellings of a taxonomy) merges. */
    private static void facet(Map<String, List<String>> facets, String dim, List<String> values) {
        List<String> present = values.stream().filter(PageEntities::present).distinct().toList();
        if (!present.isEmpty()) {
            facets.merge(dim, present, (old, added) -> Stream.concat(old.stream(), added.stream())
                    .distinct().toList());
        }
    }

    /** A talk's own conference (a speaker's list of talks names one per talk), else the post's. */
    private List<String> conferenceOf(DocType type, Talk talk) {
        if (type == DocType.TALK && talk != null && talk.conference() != null) {
            return List.of(talk.conference());
        }
        return page.conference() == null ? List.of() : List.of(page.conference());
    }

    /** The page's language code; a page without one is in the schema's default language. */
    private static String language(Page page) {
        String lang = page.lang();
        return lang == null || lang.isBlank() ? LanguageAnalyzers.DEFAULT_LANGUAGE
                : lang.trim().toLowerCase(Locale.ROOT);
    }

    private String headingOf(String sectionAnchor) {
        Section section = sectionAnchor == null ? null : sectionsByAnchor.get(sectionAnchor);
        return section == null ? null : section.heading();
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

    private static List<String> listOf(String value) {
        return value == null ? List.of() : List.of(value);
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private static String firstPresent(String... values) {
        for (String value : values) {
            if (present(value)) {
                return value;
            }
        }
        return null;
    }

    private static String joinPresent(String... values) {
        return Arrays.stream(values).filter(PageEntities::present).distinct()
                .collect(Collectors.joining("\n"));
    }
}
