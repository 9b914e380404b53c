package io.blogsearch.knowledge;

import io.blogsearch.extract.ArchiveEnricher;
import io.blogsearch.extract.PageMemo;
import io.blogsearch.extract.PageTexts;
import io.blogsearch.knowledge.conference.ConferenceNames;
import io.blogsearch.knowledge.conference.ConferenceResolver;
import io.blogsearch.knowledge.conference.EventReports;
import io.blogsearch.knowledge.conference.EventsData;
import io.blogsearch.knowledge.speaker.AuthorNames;
import io.blogsearch.knowledge.speaker.HandleResolver;
import io.blogsearch.knowledge.speaker.NameKey;
import io.blogsearch.knowledge.speaker.QuoteSpeakers;
import io.blogsearch.knowledge.speaker.SpeakerDirectory;
import io.blogsearch.knowledge.talk.NameShape;
import io.blogsearch.knowledge.talk.OwnTalks;
import io.blogsearch.knowledge.talk.TalkMemo;
import io.blogsearch.knowledge.talk.TalkSections;
import io.blogsearch.model.Page;
import io.blogsearch.model.Quote;
import io.blogsearch.model.Speaker;
import io.blogsearch.model.Talk;
import io.blogsearch.source.Site;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The conference-knowledge enricher: talks from headings, sections tied to their talk, one canonical name per
 * speaker across talks and quotes, one spelling per author ({@link AuthorNames}), and the conference of each post,
 * corrected by the site's {@code blogsearch.yaml}.
 */
public final class ConferenceKnowledge implements ArchiveEnricher {

    private static final Logger LOG = LoggerFactory.getLogger(ConferenceKnowledge.class);

    /** Only the first paragraph, where a post tagged as an event report may name its event. */
    @Override
    public int bodyCharsRead() {
        return ConferenceResolver.FIRST_PARAGRAPH;
    }

    @Override
    public List<Page> enrich(Site site, List<Page> pages) {
        return enrich(site, pages, PageMemo.none());
    }

    @Override
    public List<Page> enrich(Site site, List<Page> pages, PageMemo memo) {
        return enrich(site, pages, memo, PageTexts.present());
    }

    /** Reads a page's texts back only to detect its talks, and keeps none of them. */
    @Override
    public List<Page> enrich(Site site, List<Page> outlines, PageMemo memo, PageTexts texts) {
        KnowledgeConfig config;
        try {
            config = KnowledgeConfigReader.read(site.root());
        } catch (KnowledgeConfigException e) {
            // A broken config file must not stop indexing; the run goes on without the site's corrections.
            LOG.warn("ignoring {}", e.getMessage());
            config = KnowledgeConfig.none();
        }
        return enrich(outlines, config, EventsData.of(site.dataFile("events")), memo, texts);
    }

    /** Enriches pages with the given config and events data; same order, same size. */
    public List<Page> enrich(List<Page> pages, KnowledgeConfig config, EventsData events) {
        return enrich(pages, config, events, PageMemo.none());
    }

    /**
     * Enriches pages with the given config and events data, taking each page's talk detection from {@code memo}
     * when it holds one for the same inputs and recording it otherwise; same order, same size.
     */
    public List<Page> enrich(List<Page> pages, KnowledgeConfig config, EventsData events, PageMemo memo) {
        return enrich(pages, config, events, memo, PageTexts.present());
    }

    private List<Page> enrich(List<Page> pages, KnowledgeConfig config, EventsData events, PageMemo memo,
                              PageTexts texts) {
        KnowledgeSwitches switches = config.switches();
        ConferenceResolver resolver = new ConferenceResolver(config.conferences(), events);
        // Pages are independent until speaker merging: resolve and detect them on every core.
        List<Optional<String>> resolved = pages.parallelStream()
                .map(page -> switches.conferences() ? resolver.resolve(page) : Optional.<String>empty()).toList();
        List<String> conferences = ConferenceNames.unify(resolved);
        Set<String> extraNames = Set.copyOf(config.speakers().extra().stream().map(NameKey::of).toList());

        List<TalkSections.Result> detected = IntStream.range(0, pages.size()).parallel()
                .mapToObj(i -> switches.talks() ? detect(pages.get(i), isEventReport(pages.get(i), conferences.get(i),
                        switches), extraNames, memo, texts) : withoutTalks(pages.get(i)))
                .toList();
        HandleResolver handles = new HandleResolver(knownPeople(pages, detected));
        List<List<Quote>> quotesByPage = pages.stream().map(page -> switches.quotes()
                ? QuoteSpeakers.resolveHandles(page.quotes(), handles) : List.<Quote>of()).toList();
        SpeakerDirectory.Builder names = SpeakerDirectory.builder(config.speakers());
        for (int i = 0; i < pages.size(); i++) {
            detected.get(i).talks().forEach(talk -> talk.speakers().forEach(speaker -> names.add(speaker.name())));
            quotesByPage.get(i).forEach(quote -> QuoteSpeakers.split(quote.speaker()).forEach(names::add));
        }
        SpeakerDirectory directory = names.build();
        AuthorNames authors = AuthorNames.of(pages);
        TermSpellings terms = TermSpellings.of(pages);
        memo.archiveState(archiveState(config, events, resolved, conferences, directory) + "\nauthors "
                + authors.describe() + "\nterms " + terms.describe());

        List<Page> enriched = new ArrayList<>(pages.size());
        for (int i = 0; i < pages.size(); i++) {
            TalkSections.Result result = detected.get(i);
            List<Talk> talks = result.talks().stream().map(talk -> canonical(talk, directory)).toList();
            List<Quote> quotes = quotesByPage.get(i).stream().map(quote -> canonical(quote, directory)).toList();
            enriched.add(terms.canonical(authors.canonical(pages.get(i)))
                    .withKnowledge(result.sections(), quotes, talks, conferences.get(i)));
        }
        return enriched;
    }

    /** A post with a conference reports on an event; so does one tagged as a report whose event has no name. */
    private static boolean isEventReport(Page page, String conference, KnowledgeSwitches switches) {
        return conference != null || (switches.conferences() && EventReports.taggedAsEvent(page));
    }

    private static TalkSections.Result withoutTalks(Page page) {
        return new TalkSections.Result(List.of(), page.sections().stream()
                .map(section -> section.talkAnchor() == null ? section : section.withTalkAnchor(null)).toList());
    }

    /** Every person named as a speaker of a talk or of a quote, for matching handles of embedded posts. */
    private static List<String> knownPeople(List<Page> pages, List<TalkSections.Result> detected) {
        List<String> people = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            detected.get(i).talks().forEach(talk -> talk.speakers().forEach(speaker -> people.add(speaker.name())));
            pages.get(i).quotes().forEach(quote -> people.addAll(QuoteSpeakers.split(quote.speaker())));
        }
        return people;
    }

    /**
     * Everything an unchanged page's enrichment depends on besides the page: the site's corrections, the events data,
     * how conference spellings were unified and how speaker names were merged across the archive.
     */
    private static String archiveState(KnowledgeConfig config, EventsData events, List<Optional<String>> resolved,
                                       List<String> conferences, SpeakerDirectory directory) {
        Map<String, String> unified = new TreeMap<>();
        for (int i = 0; i < resolved.size(); i++) {
            String name = resolved.get(i).orElse(null);
            if (name != null) {
                unified.put(name, conferences.get(i));
            }
        }
        return "switches " + config.switches() + "\nspeakers " + new TreeMap<>(config.speakers().aliases())
                + config.speakers().noMerge()
                + config.speakers().extra() + "\nconferences " + new TreeMap<>(config.conferences().aliases())
                + config.conferences().overrides() + "\nevents " + events.describe() + "\nunified " + unified
                + "\nmerged " + directory.describe();
    }

    /**
     * Talk detection of one page, remembered in {@code memo}: unchanged pages of an incremental run skip it. The
     * page's texts are read back for detection only; the sections returned are the page's own, tied to their talks.
     */
    private static TalkSections.Result detect(Page page, boolean eventReport, Set<String> extraNames, PageMemo memo,
                                              PageTexts texts) {
        String key = TalkMemo.key(eventReport, extraNames);
        TalkSections.Result remembered = TalkMemo.read(memo.get(page), key, page.sections());
        if (remembered != null) {
            return remembered;
        }
        Predicate<String> person = name -> NameShape.isPersonName(name) || extraNames.contains(NameKey.of(name));
        Page whole = texts.whole(page);
        TalkSections.Result detected = OwnTalks.detect(whole, person)
                .orElseGet(() -> TalkSections.detect(whole.sections(), eventReport, extraNames));
        memo.put(page, TalkMemo.write(key, detected));
        return whole == page ? detected : detected.onto(page.sections());
    }

    private static Talk canonical(Talk talk, SpeakerDirectory directory) {
        List<Speaker> speakers = talk.speakers().stream()
                .map(s -> new Speaker(directory.canonical(s.name()), s.role(), s.org())).toList();
        return new Talk(talk.kind(), talk.title(), speakers, talk.heading(), talk.anchor(), talk.conference());
    }

    private static Quote canonical(Quote quote, SpeakerDirectory directory) {
        if (quote.speaker() == null || quote.speaker().isBlank()) {
            return quote;
        }
        return quote.withSpeaker(QuoteSpeakers.join(
                QuoteSpeakers.split(quote.speaker()).stream().map(directory::canonical).toList()));
    }
}
