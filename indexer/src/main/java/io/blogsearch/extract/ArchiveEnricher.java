package io.blogsearch.extract;

import io.blogsearch.model.Page;
import java.util.List;

/**
 * The archive-wide step between parsing and indexing: what can only be decided by looking at every page
 * (talks, merged speaker names, conferences).
 */
@FunctionalInterface
public interface ArchiveEnricher {

    /** Returns the pages with talks, conference and canonical speaker names filled in; same order, same size. */
    List<Page> enrich(List<Page> pages);

    /** An enricher that leaves pages as parsed. */
    static ArchiveEnricher none() {
        return pages -> pages;
    }
}
