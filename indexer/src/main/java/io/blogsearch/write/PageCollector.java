package io.blogsearch.write;

import io.blogsearch.generator.ContentParser;
import io.blogsearch.model.Page;
import io.blogsearch.model.PageKind;
import io.blogsearch.parse.ContentPath;
import io.blogsearch.parse.PageKinds;
import io.blogsearch.parse.PageParser;
import io.blogsearch.parse.PageProblemException;
import io.blogsearch.parse.ParsedPage;
import io.blogsearch.parse.PreparedPage;
import io.blogsearch.parse.RefResolver;
import io.blogsearch.source.Site;
import io.blogsearch.state.FileStamp;
import io.blogsearch.state.Hashes;
import io.blogsearch.state.IndexState;
import io.blogsearch.state.PageCodec;
import io.blogsearch.state.PageState;
import io.blogsearch.state.SectionHashRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Gets every page of the site: a file whose hash matches its stored record comes back from that record; the others
 * are prepared (front matter, permalink), then rendered once every permalink is known, so {@code ref} resolves.
 * A file that cannot be read or parsed is reported and left out; the rest go on.
 */
final class PageCollector {

    private final Site site;
    private final IndexOptions options;
    private final IndexState indexed;
    private final boolean reuse;
    private final Collection<FileProblem> problems;
    private final ParallelRunner runner;
    private final ContentParser parser;
    private final Instant buildStart;
    private final Map<String, String> stamps = new ConcurrentHashMap<>();
    private final PreparedPages prepared = new PreparedPages(PreparedPages.BUDGET_BYTES);
    private final Set<String> sections;

    PageCollector(Site site, ContentParser parser, IndexOptions options, IndexState indexed, boolean reuse,
                  Collection<FileProblem> problems, ParallelRunner runner, Instant buildStart) {
        this.site = site;
        this.options = options;
        this.indexed = indexed;
        this.reuse = reuse;
        this.problems = problems;
        this.runner = runner;
        this.parser = parser;
        this.buildStart = buildStart;
        this.sections = options.sections().isEmpty() ? site.indexedSections() : options.sections();
    }

    /**
     * Collects every page. Only outlines stay in memory: the texts of the pages parsed now go to {@code spill}
     * (enrichment reads them back page by page), with their section hashes kept for the site-wide count of repeated
     * sections; past the budget of {@link PreparedPages}, a file is prepared twice (once for its permalink, once to
     * render it) rather than held whole until every permalink is known.
     */
    PageCollection collect(RecordSpill spill) throws IOException {
        Map<String, Page> pages = new ConcurrentHashMap<>();
        Set<String> reused = ConcurrentHashMap.newKeySet();
        Map<String, String> urls = new ConcurrentHashMap<>();
        Map<String, Instant> expiries = new ConcurrentHashMap<>();
        Map<String, SectionHashRecord> hashes = new ConcurrentHashMap<>();
        AtomicInteger excluded = new AtomicInteger();
        AtomicInteger read = new AtomicInteger();
        List<String> files = site.contentFiles();
        runner.forEach(files, path -> {
            readOne(path, pages, reused, urls, excluded);
            options.progress().progress("reading", read.incrementAndGet(), files.size());
        });
        int unchanged = pages.size();
        List<String> toRender = new ArrayList<>(urls.keySet());
        pages.values().forEach(page -> urls.put(page.path(), page.url()));
        RefResolver refs = new RefResolver(new HashMap<>(urls), parser::locate);
        AtomicInteger rendered = new AtomicInteger();
        runner.forEach(toRender, path -> {
            renderOne(path, refs, pages, new Kept(expiries, hashes, spill), excluded);
            options.progress().progress("parsing", rendered.incrementAndGet(), toRender.size());
        });
        // Hugo decides posts over the whole site (its main sections); other generators decide them per file
        Set<String> rekinded = ConcurrentHashMap.newKeySet();
        List<Page> sorted = parser.kindsFromSections() ? withKinds(pages.values(), reused, rekinded)
                : new ArrayList<>(pages.values());
        sorted.sort(Comparator.comparing(Page::path));
        return new PageCollection(List.copyOf(sorted), Set.copyOf(reused), toRender.size(), unchanged, excluded.get(),
                Map.copyOf(stamps), Set.copyOf(rekinded), Map.copyOf(expiries), Map.copyOf(hashes));
    }

    /** The pages with their kind decided over the whole site: a post is a page of the main sections. */
    private List<Page> withKinds(Collection<Page> pages, Set<String> reused, Set<String> rekinded) {
        PageKinds kinds = PageKinds.of(site, pages, parser::locate);
        List<Page> result = new ArrayList<>(pages.size());
        for (Page page : pages) {
            ContentPath path = parser.locate(page.path());
            PageKind kind = path == null ? page.kind() : kinds.kind(path);
            if (kind != page.kind() && reused.contains(page.path())) {
                rekinded.add(page.path());
            }
            result.add(kind == page.kind() ? page : page.withKind(kind));
        }
        return result;
    }

    private void readOne(String path, Map<String, Page> pages, Set<String> reused, Map<String, String> urls,
                         AtomicInteger excluded) {
        ContentPath located = parser.locate(path);
        if (located == null || !sections.isEmpty() && !sections.contains(located.section())) {
            excluded.incrementAndGet(); // not built by Hugo (no mount holds it), or a section not chosen
            return;
        }
        Path file = site.root().resolve(path);
        PageState entry = reuse ? indexed.pages().get(path) : null;
        // Stamped before reading: a write during the read leaves an older stamp, so the next run reads it again.
        String stamp = FileStamp.settled(file, buildStart);
        if (stamp != null) {
            stamps.put(path, stamp);
        }
        if (entry != null && stamp != null && stamp.equals(entry.fileStamp())
                && reuse(path, entry, pages, reused, excluded)) {
            return; // same settled stamp: the same bytes as last time, neither read nor hashed
        }
        byte[] bytes = readFile(path);
        if (bytes == null) {
            return;
        }
        String hash = Hashes.sha256(bytes);
        if (entry != null && hash.equals(entry.contentHash()) && reuse(path, entry, pages, reused, excluded)) {
            return;
        }
        PreparedPage page = prepare(path, hash, bytes);
        if (page != null && page.excluded() != null) {
            excluded.incrementAndGet();
        } else if (page != null) {
            urls.put(path, page.url());
            prepared.offer(page, bytes.length); // else its source is read again to render it
        }
    }

    private byte[] readFile(String path) {
        try {
            return Files.readAllBytes(site.root().resolve(path));
        } catch (IOException | OutOfMemoryError e) {
            problems.add(new FileProblem(path, 0, "Unreadable", "cannot read: " + e.getMessage(), true));
            return null;
        }
    }

    /** The prepared page, or null when it cannot be parsed (reported). */
    private PreparedPage prepare(String path, String hash, byte[] bytes) {
        try {
            return parser.prepare(path, hash, bytes);
        } catch (PageProblemException e) {
            problems.add(new FileProblem(path, e.line(), e.kind(), e.getMessage(), true));
        } catch (RuntimeException | StackOverflowError e) {
            problems.add(new FileProblem(path, 0, "Unexpected", "cannot parse: " + e, true));
        }
        return null;
    }

    /**
     * Takes an unchanged page from its stored outline, or leaves it out when it has expired since it was indexed (its
     * documents are then removed); false when the index holds no usable outline.
     */
    private boolean reuse(String path, PageState entry, Map<String, Page> pages, Set<String> reused,
                          AtomicInteger excluded) {
        if (parser.isExpired(entry.expiry())) {
            excluded.incrementAndGet();
            return true;
        }
        Page cached = PageCodec.readOutline(entry.outline()); // completed only if it is rewritten
        if (cached == null || !path.equals(cached.path())) {
            return false;
        }
        pages.put(path, cached);
        reused.add(path);
        problems.addAll(PageProblems.decode(path, entry.problems())); // still cut, still invalid UTF-8: say so again
        return true;
    }

    /**
     * Renders a file as the reading pass prepared it when that was kept, else reads and prepares it again; its
     * outline stays, its texts go to the spill. A file read again after it changed is taken as it is now (its stamp,
     * taken before the first read, makes the next build read it again).
     */
    private void renderOne(String path, RefResolver refs, Map<String, Page> pages, Kept kept,
                           AtomicInteger excluded) {
        PreparedPage source = prepared.take(path);
        if (source == null) {
            byte[] bytes = readFile(path);
            source = bytes == null ? null : prepare(path, Hashes.sha256(bytes), bytes);
        }
        if (source == null || source.excluded() != null) {
            excluded.addAndGet(source == null ? 0 : 1);
            return;
        }
        try {
            ParsedPage parsed = parser.render(source, refs);
            Page page = parsed.page();
            if (page.body() == null || page.body().isBlank()) {
                excluded.incrementAndGet(); // a list or layout page without text of its own is no search result
                return;
            }
            for (PageProblemException problem : parsed.problems()) {
                problems.add(new FileProblem(path, problem.line(), problem.kind(), problem.getMessage(), false));
            }
            Instant expiry = PageParser.expiryDate(page.frontMatter());
            if (expiry != null) {
                kept.expiries().put(path, expiry);
            }
            kept.spill().put(path, PageCodec.writeRecord(page));
            kept.hashes().put(path, SectionHashRecord.of(page.sections()));
            pages.put(path, forEnrichment(page));
        } catch (RuntimeException | StackOverflowError e) {
            problems.add(new FileProblem(path, 0, "Unexpected", "cannot render: " + e, true));
        }
    }

    /**
     * What the enricher reads of a page parsed now, kept until its entities are written: its outline (of the front
     * matter only what enrichment reads, no section texts) and as much of its body as the enricher reads.
     */
    private Page forEnrichment(Page page) {
        Page outline = PageCodec.readOutline(PageCodec.writeOutline(page));
        int bodyChars = options.enricher().bodyCharsRead();
        String body = page.body().length() > bodyChars ? page.body().substring(0, bodyChars) : page.body();
        return new Page(outline.path(), outline.contentHash(), outline.kind(), outline.title(),
                outline.description(), outline.authors(), outline.date(), outline.lastmod(), outline.taxonomies(),
                outline.url(), outline.aliases(), body, outline.sections(), outline.quotes(), outline.figures(),
                outline.talks(), outline.conference(), outline.frontMatter(), outline.lang(),
                outline.translationKey(), outline.people(), outline.dateOffset());
    }

    /** What a parsed page leaves besides its outline: its expiry date, its section hashes, its texts (spilled). */
    private record Kept(Map<String, Instant> expiries, Map<String, SectionHashRecord> hashes, RecordSpill spill) {
    }
}
