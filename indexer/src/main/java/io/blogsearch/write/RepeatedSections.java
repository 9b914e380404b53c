package io.blogsearch.write;

import io.blogsearch.entity.SectionHash;
import io.blogsearch.model.Page;
import io.blogsearch.state.IndexState;
import io.blogsearch.state.PageCodec;
import io.blogsearch.state.PageState;
import io.blogsearch.state.SectionHashRecord;
import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The sections that repeat across the whole site, decided as the server decides boilerplate: a hash that
 * {@link SectionHash#REPEATED_COPIES} or more sections share. The hashes of an unchanged page come from its post
 * document ({@link SectionHashRecord}), those of a parsed page from its sections, so a new copy elsewhere makes an
 * unchanged page's section repeated, and a deletion unique again; such a page is rewritten ({@link #changed}).
 */
final class RepeatedSections {

    private final Map<String, SectionHashRecord> byPath;
    private final Set<String> repeated;

    private RepeatedSections(Map<String, SectionHashRecord> byPath, Set<String> repeated) {
        this.byPath = byPath;
        this.repeated = repeated;
    }

    /**
     * Counts the section hashes of every page of this run: those of the pages parsed now as {@code parsed} gives
     * them (their section texts are no longer at hand), those of {@code reused} pages as their state keeps them.
     */
    static RepeatedSections of(List<Page> pages, Set<String> reused, Map<String, SectionHashRecord> parsed,
                               IndexState indexed, ParallelRunner runner) throws IOException {
        Map<String, SectionHashRecord> byPath = new ConcurrentHashMap<>();
        runner.forEach(pages, page -> byPath.put(page.path(),
                reused.contains(page.path()) ? hashes(page, indexed) : parsedHashes(page, parsed)));
        Map<String, Integer> copies = new HashMap<>();
        byPath.values().forEach(record -> record.hashes().forEach(hash -> copies.merge(hash, 1, Integer::sum)));
        Set<String> repeated = new HashSet<>();
        copies.forEach((hash, count) -> {
            if (count >= SectionHash.REPEATED_COPIES) {
                repeated.add(hash);
            }
        });
        return new RepeatedSections(byPath, Set.copyOf(repeated));
    }

    /** The hashes left out of posts' scored text. */
    Set<String> repeated() {
        return repeated;
    }

    /** What the page's post document keeps: its hashes, marked by what this run leaves out. */
    SectionHashRecord record(Page page) {
        SectionHashRecord record = byPath.get(page.path());
        return (record == null ? SectionHashRecord.of(page.sections()) : record).excluding(repeated);
    }

    /** Whether the indexed documents of the page leave out other sections than this run would (or say nothing). */
    boolean changed(Page page, PageState entry) {
        SectionHashRecord stored = SectionHashRecord.read(entry.sectionHashes());
        return stored == null || !stored.excluded().equals(record(page).excluded());
    }

    /** A parsed page's hashes: as parsing counted them, else (a page given whole) from its sections. */
    private static SectionHashRecord parsedHashes(Page page, Map<String, SectionHashRecord> parsed) {
        SectionHashRecord counted = parsed.get(page.path());
        return counted != null ? counted : SectionHashRecord.of(page.sections());
    }

    /**
     * A page's hashes: kept with its post document when it is unchanged; else from its section texts, which an
     * unchanged page of an index written before the hashes were kept has only in its record.
     */
    private static SectionHashRecord hashes(Page outline, IndexState indexed) {
        PageState unchanged = indexed.pages().get(outline.path());
        SectionHashRecord stored = unchanged == null ? null : SectionHashRecord.read(unchanged.sectionHashes());
        if (stored != null) {
            return new SectionHashRecord(stored.hashes(), Set.of());
        }
        byte[] record = indexed.record(outline.path());
        try {
            return record == null ? new SectionHashRecord(List.of(), Set.of())
                    : SectionHashRecord.of(PageCodec.complete(outline, record).sections());
        } catch (RuntimeException e) {
            // a damaged record: the page counts no hashes now, and is rewritten (or re-parsed) with its own
            return new SectionHashRecord(List.of(), Set.of());
        }
    }
}
