package io.blogsearch.write;

import io.blogsearch.generator.ContentParser;
import io.blogsearch.model.Page;
import io.blogsearch.model.PageKind;
import io.blogsearch.parse.ContentPath;
import io.blogsearch.parse.PageKinds;
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
import java.util.concurrent.ConcurrentLinkedQueue;
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

    PageCollection collect() throws IOException {
        Map<String, Page> pages = new ConcurrentHashMap<>();
        Set<String> reused = ConcurrentHashMap.newKeySet();
        ConcurrentLinkedQueue<PreparedPage> prepared = new ConcurrentLinkedQueue<>();
        AtomicInteger excluded = new AtomicInteger();
        AtomicInteger read = new AtomicInteger();
        List<String> files = site.contentFiles();
        runner.forEach(files, path -> {
            readOne(path, pages, reused, prepared, excluded);
            options.progress().progress("reading", read.incrementAndGet(), files.size());
        });
        int unchanged = pages.size();
        Map<String, String> urls = new HashMap<>();
        pages.values().forEach(page -> urls.put(page.path(), page.url()));
        prepared.forEach(page -> urls.put(page.path(), page.url()));
        RefResolver refs = new RefResolver(urls);
        List<PreparedPage> toRender = new ArrayList<>(prepared);
        AtomicInteger rendered = new AtomicInteger();
        runner.forEach(toRender, page -> {
            renderOne(page, refs, pages, excluded);
            options.progress().progress("parsing", rendered.incrementAndGet(), toRender.size());
        });
        // Hugo decides posts over the whole site (its main sections); other generators decide them per file
        Set<String> rekinded = ConcurrentHashMap.newKeySet();
        List<Page> sorted = parser.kindsFromSections() ? withKinds(pages.values(), reused, rekinded)
                : new ArrayList<>(pages.values());
        sorted.sort(Comparator.comparing(Page::path));
        return new PageCollection(List.copyOf(sorted), Set.copyOf(reused), toRender.size(), unchanged, excluded.get(),
                Map.copyOf(stamps), Set.copyOf(rekinded));
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

    private void readOne(String path, Map<String, Page> pages, Set<String> reused,
                         Collection<PreparedPage> prepared, AtomicInteger excluded) {
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
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException | OutOfMemoryError e) {
            problems.add(new FileProblem(path, 0, "Unreadable", "cannot read: " + e.getMessage(), true));
            return;
        }
        String hash = Hashes.sha256(bytes);
        if (entry != null && hash.equals(entry.contentHash()) && reuse(path, entry, pages, reused, excluded)) {
            return;
        }
        try {
            PreparedPage page = parser.prepare(path, hash, bytes);
            if (page.excluded() != null) {
                excluded.incrementAndGet();
            } else {
                prepared.add(page);
            }
        } catch (PageProblemException e) {
            problems.add(new FileProblem(path, e.line(), e.kind(), e.getMessage(), true));
        } catch (RuntimeException | StackOverflowError e) {
            problems.add(new FileProblem(path, 0, "Unexpected", "cannot parse: " + e, true));
        }
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

    private void renderOne(PreparedPage prepared, RefResolver refs, Map<String, Page> pages,
                           AtomicInteger excluded) {
        try {
            ParsedPage parsed = parser.render(prepared, refs);
            if (parsed.page().body() == null || parsed.page().body().isBlank()) {
                excluded.incrementAndGet(); // a list or layout page without text of its own is no search result
                return;
            }
            for (PageProblemException problem : parsed.problems()) {
                problems.add(new FileProblem(prepared.path(), problem.line(), problem.kind(), problem.getMessage(),
                        false));
            }
            // its record is serialised when its documents are written: holding every record as JSON for a
            // 100k-post build doubled the heap and the GC time
            pages.put(prepared.path(), parsed.page());
        } catch (RuntimeException | StackOverflowError e) {
            problems.add(new FileProblem(prepared.path(), 0, "Unexpected", "cannot render: " + e, true));
        }
    }
}
