package io.blogsearch.write;

import io.blogsearch.document.PageDocuments;
import io.blogsearch.generator.ContentParser;
import io.blogsearch.generator.Generators;
import io.blogsearch.generator.HugoGenerator;
import io.blogsearch.model.Page;
import io.blogsearch.model.PageKind;
import io.blogsearch.model.Speaker;
import io.blogsearch.model.Talk;
import io.blogsearch.parse.PageParser;
import io.blogsearch.schema.BlogAnalyzers;
import io.blogsearch.schema.CommitData;
import io.blogsearch.schema.FacetDims;
import io.blogsearch.schema.Fields;
import io.blogsearch.source.ConfigNotice;
import io.blogsearch.source.Site;
import io.blogsearch.source.SiteException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.BytesRef;

/**
 * Builds the index of a Hugo site: reads every content file, parses the new and changed ones (unchanged ones come
 * back from their stored records), enriches the whole archive, rewrites the documents of pages whose fingerprint
 * changed, removes pages whose file is gone, and commits once at the end. Until that commit, readers (and a
 * crashed build's successor) see the previous commit untouched.
 */
public final class IndexBuilder {

    /** Bump when parsing changes what a page record holds: stored records of older builds are then re-parsed. */
    static final String PARSER_VERSION = "5";
    /** IndexWriter RAM buffer: large enough that a 100k-post build flushes rarely. */
    private static final double RAM_BUFFER_MB = 256;

    private final IndexOptions options;
    private final FacetsConfig facetsConfig = FacetDims.config();
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
        LuceneClasses.initialise(); // on this thread, before the writer's and the parsers' threads start
        Instant buildStart = Instant.now();
        Generators.OpenedSite opened = Generators.open(options.siteRoot(), options.source());
        Site site = opened.site();
        if (site.contentFiles().isEmpty()) {
            throw new SiteException("no content files (Markdown or HTML) under " + site.root() + " for "
                    + opened.generator().name());
        }
        ContentParser parser = opened.generator().parser(site, options.drafts(), buildStart);
        Files.createDirectories(options.indexDir());
        try (FSDirectory directory = FSDirectory.open(options.indexDir());
             ParallelRunner runner = new ParallelRunner(options.threads());
             // while the last commit is read; then the parsers' first use, so the few edited files parse faster
             WriterOpening opening = WriterOpening.start(() -> openWriter(directory), () -> {
                 if (!options.full() && opened.generator() instanceof HugoGenerator) {
                     ParserWarmUp.run(site, options.drafts(), buildStart);
                 }
             })) {
            String cacheKey = Hashes.sha256(PARSER_VERSION + "|" + options.drafts() + "|" + site.config());
            IndexedPages indexed = options.full() ? IndexedPages.empty() : IndexedPages.load(directory);
            try (indexed) {
                return build(site, parser, opening, runner, indexed, cacheKey, buildStart, start);
            }
        }
    }

    /** Collects, enriches and writes the pages against what the last commit holds, then commits once. */
    private BuildSummary build(Site site, ContentParser parser, WriterOpening opening, ParallelRunner runner,
                               IndexedPages indexed, String cacheKey, Instant buildStart, long start)
            throws IndexLockedException, IOException {
        boolean reuse = !options.full() && cacheKey.equals(indexed.cacheKey());
        PageCollection pages = new PageCollector(site, parser, options, indexed, reuse, problems, runner, buildStart)
                .collect();
        KnowledgeMemo memo = new KnowledgeMemo(reuse ? indexed : IndexedPages.empty());
        List<Page> enriched = options.enricher().enrich(site, pages.pages(), memo);
        if (enriched.size() != pages.pages().size()) {
            throw new IllegalStateException("the enricher returned " + enriched.size() + " pages for "
                    + pages.pages().size());
        }
        for (int i = 0; i < enriched.size(); i++) {
            if (!enriched.get(i).path().equals(pages.pages().get(i).path())) {
                throw new IllegalStateException("the enricher reordered pages at " + enriched.get(i).path());
            }
        }
        RepeatedSections repeated = RepeatedSections.of(enriched, pages.reused(), indexed, runner);
        IndexWriter writer = opening.writer();
        int rewritten = write(writer, pages, enriched, indexed, memo, repeated, runner);
        restamp(writer, pages, indexed);
        int deleted = deleteGone(writer, enriched, indexed);
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        BuildSummary summary = summarise(site, enriched, pages, rewritten, deleted, elapsed);
        writer.setLiveCommitData(commitData(site, summary, cacheKey, memo.archiveState()).entrySet());
        writer.commit();
        return summary.withElapsed(Duration.ofNanos(System.nanoTime() - start));
    }

    private IndexWriter openWriter(FSDirectory directory) throws IndexLockedException, IOException {
        IndexWriterConfig config = new IndexWriterConfig(BlogAnalyzers.forIndexing())
                .setOpenMode(options.full() ? IndexWriterConfig.OpenMode.CREATE
                        : IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setRAMBufferSizeMB(RAM_BUFFER_MB)
                .setCommitOnClose(false); // only build() commits: an exception leaves the last good commit
        try {
            return new IndexWriter(directory, config);
        } catch (LockObtainFailedException e) {
            throw new IndexLockedException("index " + options.indexDir() + " is locked: another blogsearch index "
                    + "is running on it (wait for it to finish)", e);
        }
    }

    private int write(IndexWriter writer, PageCollection pages, List<Page> enriched, IndexedPages indexed,
                      KnowledgeMemo memo, RepeatedSections repeated, ParallelRunner runner) throws IOException {
        List<Page> parsed = pages.pages();
        Map<String, String> stamps = pages.stamps();
        // Same archive state as the last build: an unchanged page with an unchanged memo enriched as it did then.
        boolean sameArchive = memo.archiveState() != null && memo.archiveState().equals(indexed.archiveState());
        AtomicInteger done = new AtomicInteger();
        AtomicInteger rewritten = new AtomicInteger();
        Map<String, String> pageProblems = PageProblems.byPath(problems);
        List<Integer> positions = java.util.stream.IntStream.range(0, enriched.size()).boxed().toList();
        runner.forEach(positions, position -> {
            Page page = enriched.get(position);
            IndexedPages.Entry entry = indexed.byPath().get(page.path());
            if (sameArchive && entry != null && entry.outline() != null && pages.reused().contains(page.path())
                    && !pages.rekinded().contains(page.path()) && !memo.outdated(page, entry)
                    && !repeated.changed(page, entry)) {
                options.progress().progress("writing", done.incrementAndGet(), enriched.size());
                return;
            }
            String fingerprint = PageFingerprint.of(page);
            // a page whose outline or memo is missing or outdated is rewritten too, so the next run is cheaper
            if (entry == null || !fingerprint.equals(entry.fingerprint()) || entry.outline() == null
                    || memo.outdated(page, entry) || repeated.changed(page, entry)) {
                boolean reused = entry != null && pages.reused().contains(page.path());
                byte[] cached = reused ? entry.record() : null;
                if (reused && cached == null) {
                    // an outline without its record would be written back without bodies: never lose text
                    throw new IllegalStateException("the index holds no record for " + page.path()
                            + "; rebuild it with --full");
                }
                String record = cached != null ? new String(cached, StandardCharsets.UTF_8)
                        : PageRecords.write(parsed.get(position)); // the cache holds the page before enrichment
                if (cached != null) {
                    page = PageRecords.complete(page, cached); // a reused page was read as its outline
                }
                List<Document> documents = new ArrayList<>();
                String outline = PageOutlines.write(parsed.get(position));
                List<Document> built = PageDocuments.of(page, record, fingerprint, outline, memo.current(page),
                        repeated.repeated());
                built.get(0).add(new BinaryDocValuesField(Fields.CACHED_SECTION_HASHES,
                        new BytesRef(repeated.record(page).write())));
                // "-" (never equal to a stamp) when the file is too fresh to trust: the field exists either way.
                built.get(0).add(new BinaryDocValuesField(Fields.CACHED_FILE_STAMP,
                        new BytesRef(stamps.getOrDefault(page.path(), "-"))));
                Instant expiry = PageParser.expiryDate(page.frontMatter());
                if (expiry != null) {
                    built.get(0).add(new BinaryDocValuesField(Fields.CACHED_EXPIRY, new BytesRef(expiry.toString())));
                }
                String pageProblem = pageProblems.get(page.path());
                if (pageProblem != null) {
                    built.get(0).add(new BinaryDocValuesField(Fields.CACHED_PROBLEMS, new BytesRef(pageProblem)));
                }
                for (Document document : built) {
                    documents.add(facetsConfig.build(document));
                }
                if (entry == null && options.full()) {
                    writer.addDocuments(documents);
                } else {
                    writer.updateDocuments(new Term(Fields.PATH, page.path()), documents);
                }
                rewritten.incrementAndGet();
            }
            options.progress().progress("writing", done.incrementAndGet(), enriched.size());
        });
        return rewritten.get();
    }

    /**
     * Records the new stamp of files read again but not rewritten (touched, or stamped for the first time), in place
     * on their post document: a doc-values update, not a reindex, so a fresh checkout costs one full read only.
     */
    private static void restamp(IndexWriter writer, PageCollection pages, IndexedPages indexed) throws IOException {
        if (!writer.getFieldNames().contains(Fields.CACHED_FILE_STAMP)) {
            return; // an index from before stamps, with nothing rewritten yet: Lucene only updates existing fields
        }
        for (Map.Entry<String, String> stamp : pages.stamps().entrySet()) {
            IndexedPages.Entry entry = indexed.byPath().get(stamp.getKey());
            if (entry != null && !stamp.getValue().equals(entry.fileStamp())
                    && pages.reused().contains(stamp.getKey())) {
                writer.updateBinaryDocValue(new Term(Fields.ID, stamp.getKey()), Fields.CACHED_FILE_STAMP,
                        new BytesRef(stamp.getValue()));
            }
        }
    }

    private static int deleteGone(IndexWriter writer, List<Page> enriched, IndexedPages indexed) throws IOException {
        Set<String> present = new HashSet<>();
        enriched.forEach(page -> present.add(page.path()));
        int deleted = 0;
        for (String path : indexed.byPath().keySet()) {
            if (!present.contains(path)) {
                writer.deleteDocuments(new Term(Fields.PATH, path));
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
