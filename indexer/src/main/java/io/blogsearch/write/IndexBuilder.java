package io.blogsearch.write;

import io.blogsearch.entity.EntitySink;
import io.blogsearch.entity.PageEntities;
import io.blogsearch.generator.ContentParser;
import io.blogsearch.generator.Generators;
import io.blogsearch.generator.HugoGenerator;
import io.blogsearch.model.Page;
import io.blogsearch.model.PageKind;
import io.blogsearch.model.Speaker;
import io.blogsearch.model.Talk;
import io.blogsearch.schema.CommitData;
import io.blogsearch.source.ConfigNotice;
import io.blogsearch.source.Site;
import io.blogsearch.source.SiteException;
import io.blogsearch.state.Hashes;
import io.blogsearch.state.IndexState;
import io.blogsearch.state.KnowledgeMemo;
import io.blogsearch.state.PageCodec;
import io.blogsearch.state.PageFingerprint;
import io.blogsearch.state.PageState;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/**
 * Builds the index of a Hugo site: reads every content file, parses the new and changed ones (unchanged ones come
 * back from their stored records), enriches the whole archive, rewrites the documents of pages whose fingerprint
 * changed, removes pages whose file is gone, and commits once at the end. Until that commit, readers (and a
 * crashed build's successor) see the previous commit untouched.
 */
public final class IndexBuilder {

    /** Bump when parsing changes what a page record holds: stored records of older builds are then re-parsed. */
    static final String PARSER_VERSION = "14";

    private final IndexOptions options;
    private final ConcurrentLinkedQueue<FileProblem> problems = new ConcurrentLinkedQueue<>();

    /** A builder with these options; {@link #build()} does the work. */
    public IndexBuilder(IndexOptions options) {
        this.options = options;
    }

    /**
     * Builds the index.
     *
     * @throws SiteException         the site is unusable (no content folder, no content files, unreadable config)
     * @throws IndexLockedException  another build is writing the index
     * @throws IOException           the index folder cannot be written
     */
    public BuildSummary build() throws SiteException, IndexLockedException, IOException {
        long start = System.nanoTime();
        PhaseClock clock = new PhaseClock();
        LuceneClasses.initialise(); // on this thread, before the writer's and the parsers' threads start
        Instant buildStart = Instant.now();
        Generators.OpenedSite opened = Generators.open(options.siteRoot(), options.source());
        Site site = opened.site();
        if (site.contentFiles().isEmpty()) {
            throw new SiteException("no content files (Markdown or HTML) under " + site.root() + " for "
                    + opened.generator().name());
        }
        ContentParser parser = opened.generator().parser(site, options.drafts(), buildStart);
        IndexTarget target = options.effectiveTarget();
        // the parsers' first use while the target opens, so the few edited files of an incremental run parse faster
        Runnable warmUp = !options.full() && opened.generator() instanceof HugoGenerator
                ? () -> ParserWarmUp.run(parser) : () -> { };
        try (ParallelRunner runner = new ParallelRunner(options.threads());
             IndexTarget.Session session = target.open(options.full(), warmUp);
             RecordSpill spill = RecordSpill.in(options.indexDir() != null ? options.indexDir()
                     : Path.of(System.getProperty("java.io.tmpdir")))) {
            String cacheKey = Hashes.sha256(PARSER_VERSION + "|" + options.drafts() + "|" + site.config() + "|"
                    + parser.sharedInputs());
            clock.lap("open");
            return build(site, parser, session, runner, session.state(), spill, cacheKey, buildStart, start, clock);
        } finally {
            clock.lap("close");
            clock.log();
        }
    }

    /** Collects, enriches and writes the pages against what the last commit holds, then commits once. */
    private BuildSummary build(Site site, ContentParser parser, IndexTarget.Session session, ParallelRunner runner,
                               IndexState indexed, RecordSpill spill, String cacheKey, Instant buildStart,
                               long start, PhaseClock clock)
            throws IndexLockedException, IOException {
        boolean reuse = !options.full() && cacheKey.equals(indexed.cacheKey());
        PageCollection pages = new PageCollector(site, parser, options, indexed, reuse, problems, runner, buildStart)
                .collect(spill);
        clock.lap("collect");
        KnowledgeMemo memo = new KnowledgeMemo(reuse ? indexed : IndexState.empty());
        List<Page> enriched = options.enricher().enrich(site, pages.pages(), memo,
                new StoredTexts(spill, indexed, pages.reused()));
        if (enriched.size() != pages.pages().size()) {
            throw new IllegalStateException("the enricher returned " + enriched.size() + " pages for "
                    + pages.pages().size());
        }
        for (int i = 0; i < enriched.size(); i++) {
            if (!enriched.get(i).path().equals(pages.pages().get(i).path())) {
                throw new IllegalStateException("the enricher reordered pages at " + enriched.get(i).path());
            }
        }
        RepeatedSections repeated = RepeatedSections.of(enriched, pages.reused(), pages.hashes(), indexed, runner);
        clock.lap("enrich");
        EntitySink sink = session.sink();
        int rewritten = write(sink, pages, enriched, indexed, spill, memo, repeated, runner);
        restamp(sink, pages, indexed);
        int deleted = deleteGone(sink, enriched, indexed);
        clock.lap("write");
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        BuildSummary summary = summarise(site, enriched, pages, rewritten, deleted, elapsed);
        sink.commit(commitData(site, summary, cacheKey, memo.archiveState()));
        clock.lap("commit");
        return summary.withElapsed(Duration.ofNanos(System.nanoTime() - start));
    }

    private int write(EntitySink sink, PageCollection pages, List<Page> enriched, IndexState indexed,
                      RecordSpill spill, KnowledgeMemo memo, RepeatedSections repeated, ParallelRunner runner)
            throws IOException {
        // Same archive state as the last build: an unchanged page with an unchanged memo enriched as it did then.
        boolean sameArchive = memo.archiveState() != null && memo.archiveState().equals(indexed.archiveState());
        AtomicInteger done = new AtomicInteger();
        AtomicInteger rewritten = new AtomicInteger();
        Map<String, String> pageProblems = PageProblems.byPath(problems);
        List<Integer> positions = IntStream.range(0, enriched.size()).boxed().toList();
        runner.forEach(positions, position -> {
            Page page = enriched.get(position);
            PageState entry = indexed.pages().get(page.path());
            if (sameArchive && entry != null && entry.outline() != null && pages.reused().contains(page.path())
                    && !pages.rekinded().contains(page.path()) && !memo.outdated(page, entry)
                    && !repeated.changed(page, entry)) {
                options.progress().progress("writing", done.incrementAndGet(), enriched.size());
                return;
            }
            String fingerprint = PageFingerprint.of(PARSER_VERSION, page);
            // a page whose outline or memo is missing or outdated is rewritten too, so the next run is cheaper
            if (entry == null || !fingerprint.equals(entry.fingerprint()) || entry.outline() == null
                    || memo.outdated(page, entry) || repeated.changed(page, entry)) {
                boolean reused = entry != null && pages.reused().contains(page.path());
                byte[] record = reused ? indexed.record(page.path()) : spill.get(page.path());
                Instant expiry = reused ? entry.expiry() : pages.expiries().get(page.path());
                writeOne(sink, page, pages.pages().get(position), fingerprint, record, expiry, memo, repeated,
                        pages.stamps().get(page.path()), pageProblems.get(page.path()));
                rewritten.incrementAndGet();
            }
            options.progress().progress("writing", done.incrementAndGet(), enriched.size());
        });
        return rewritten.get();
    }

    /**
     * Writes the entities of one page with its state: the enriched outline completed with the texts of its record
     * (kept in the index for a reused page, in the spill for one parsed now).
     */
    private void writeOne(EntitySink sink, Page page, Page parsed, String fingerprint, byte[] record, Instant expiry,
                          KnowledgeMemo memo, RepeatedSections repeated, String stamp, String problem)
            throws IOException {
        if (record == null) {
            // an outline without its record would be written back without bodies: never lose text
            throw new IllegalStateException("the index holds no record for " + page.path()
                    + "; rebuild it with --full");
        }
        Page whole = PageCodec.complete(page, record);
        PageState state = new PageState(page.contentHash(), fingerprint, PageCodec.writeOutline(parsed),
                memo.current(page), stamp, expiry, problem, repeated.record(whole).write());
        sink.replace(page.path(), PageEntities.of(whole, repeated.repeated()), state, record);
    }

    /**
     * Records the new stamp of files read again but not rewritten (touched, or stamped for the first time), in place
     * on their post document: a doc-values update, not a reindex, so a fresh checkout costs one full read only.
     */
    private static void restamp(EntitySink sink, PageCollection pages, IndexState indexed) throws IOException {
        for (Map.Entry<String, String> stamp : pages.stamps().entrySet()) {
            PageState entry = indexed.pages().get(stamp.getKey());
            if (entry != null && !stamp.getValue().equals(entry.fileStamp())
                    && pages.reused().contains(stamp.getKey())) {
                sink.restamp(stamp.getKey(), stamp.getValue());
            }
        }
    }

    private static int deleteGone(EntitySink sink, List<Page> enriched, IndexState indexed) throws IOException {
        Set<String> present = new HashSet<>();
        enriched.forEach(page -> present.add(page.path()));
        int deleted = 0;
        for (String path : indexed.pages().keySet()) {
            if (!present.contains(path)) {
                sink.delete(path);
                deleted++;
            }
        }
        return deleted;
    }

    private BuildSummary summarise(Site site, List<Page> pages, PageCollection collection, int rewritten,
                                   int deleted, Duration elapsed) {
        Map<String, Integer> languages = new HashMap<>();
        int posts = 0;
        int sections = 0;
        int quotes = 0;
        int figures = 0;
        int talks = 0;
        Set<String> speakers = new HashSet<>();
        Set<String> conferences = new HashSet<>();
        for (Page page : pages) {
            posts += page.kind() == PageKind.POST ? 1 : 0;
            languages.merge(page.lang() == null ? site.languages().defaultLanguage() : page.lang(), 1, Integer::sum);
            sections += page.sections().size();
            quotes += page.quotes().size();
            figures += page.figures().size();
            talks += page.talks().size();
            page.quotes().forEach(quote -> speakers.addAll(quote.speakers()));
            for (Talk talk : page.talks()) {
                talk.speakers().stream().map(Speaker::name).forEach(speakers::add);
                if (talk.conference() != null) {
                    conferences.add(talk.conference());
                }
            }
            if (page.conference() != null) {
                conferences.add(page.conference());
            }
        }
        speakers.remove(null);
        List<FileProblem> sorted = new ArrayList<>(problems);
        sorted.sort(Comparator.comparing(FileProblem::path).thenComparingInt(FileProblem::line));
        return new BuildSummary(pages.size(), posts, sections, quotes, figures, talks, speakers.size(),
                conferences.size(), collection.parsed(), collection.unchanged(), rewritten, deleted,
                collection.excluded(), sorted, elapsed, languages,
                site.notices().stream().map(ConfigNotice::line).toList());
    }

    private static Map<String, String> commitData(Site site, BuildSummary summary, String cacheKey,
                                                  String archiveState) {
        Map<String, String> data = new HashMap<>();
        if (archiveState != null) {
            data.put(CommitData.ARCHIVE_STATE, archiveState);
        }
        data.put(CommitData.BUILD_TIME, Instant.now().toString());
        data.put(CommitData.BUILD_MILLIS, Long.toString(summary.elapsed().toMillis()));
        data.put(CommitData.PAGES, Integer.toString(summary.pages()));
        data.put(CommitData.POSTS, Integer.toString(summary.posts()));
        data.put(CommitData.CACHE_KEY, cacheKey);
        data.put(CommitData.SITE_ROOT, site.root().toString());
        return data;
    }
}
