package io.blogsearch.extract;

import io.blogsearch.model.Page;
import io.blogsearch.source.Site;
import java.util.List;

/**
 * The archive-wide step between parsing and indexing: what can only be decided by looking at every page
 * (talks, merged speaker names, conferences), with the site (config, data files) at hand.
 */
@FunctionalInterface
public interface ArchiveEnricher {

    /** Returns the pages with talks, conference and canonical speaker names filled in; same order, same size. */
    List<Page> enrich(Site site, List<Page> pages);

    /** As {@link #enrich(Site, List)}, reusing and recording per-page results through {@code memo}. */
    default List<Page> enrich(Site site, List<Page> pages, PageMemo memo) {
        return enrich(site, pages);
    }

    /**
     * As {@link #enrich(Site, List, PageMemo)} for pages given as outlines: no section texts, and of the body only
     * {@link #bodyCharsRead()} characters; {@code texts} reads a page's texts back. The default reads every page back
     * whole first; an enricher that reads texts page by page overrides it, so the archive's texts need not all be in
     * memory. The pages returned may leave their texts out: the builder puts them back when it writes a page.
     */
    default List<Page> enrich(Site site, List<Page> outlines, PageMemo memo, PageTexts texts) {
        return enrich(site, outlines.stream().map(texts::whole).toList(), memo);
    }

    /**
     * How many leading characters of a page's body the enricher reads from the outlines it is given: a build keeps no
     * more of the bodies of the whole site in memory while it enriches. All of it unless the enricher says less.
     */
    default int bodyCharsRead() {
        return Integer.MAX_VALUE;
    }

    /** An enricher that leaves pages as parsed. */
    static ArchiveEnricher none() {
        return (site, pages) -> pages;
    }
}
