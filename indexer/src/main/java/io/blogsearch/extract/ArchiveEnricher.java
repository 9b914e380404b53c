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
     * How many leading characters of a page's body the enricher reads (it reads every section's text): a build keeps
     * no more of the bodies of the whole site in memory while it enriches. All of it unless the enricher says less.
     */
    default int bodyCharsRead() {
        return Integer.MAX_VALUE;
    }

    /** An enricher that leaves pages as parsed. */
    static ArchiveEnricher none() {
        return (site, pages) -> pages;
    }
}
