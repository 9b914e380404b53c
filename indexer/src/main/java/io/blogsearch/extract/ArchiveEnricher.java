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

    /** An enricher that leaves pages as parsed. */
    static ArchiveEnricher none() {
        return (site, pages) -> pages;
    }
}
