package io.blogsearch.server;

import io.blogsearch.extract.ArchiveEnricher;
import java.nio.file.Path;

/** Placeholder until the indexer's IndexBuilder is on main: the site cannot be reindexed by the server yet. */
public final class SiteReindexer {

    private SiteReindexer() {
    }

    /** A reindexer of the site into the index folder. */
    public static Reindexer of(Path siteRoot, Path indexDir, boolean drafts, ArchiveEnricher enricher) {
        return () -> {
            throw new UnsupportedOperationException("reindexing from the server needs the indexer's IndexBuilder");
        };
    }
}
