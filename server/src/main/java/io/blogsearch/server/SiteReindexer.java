package io.blogsearch.server;

import io.blogsearch.write.BuildSummary;
import io.blogsearch.write.IndexBuilder;
import io.blogsearch.write.IndexOptions;
import io.blogsearch.write.IndexTarget;
import java.nio.file.Path;
import java.util.Locale;

/** The server's {@link Reindexer}: the indexer's incremental {@link IndexBuilder} over the site, one commit per run. */
public final class SiteReindexer {

    private SiteReindexer() {
    }

    /** A reindexer of the site into the index folder, with the default enricher (talks, speakers, conferences). */
    public static Reindexer of(Path siteRoot, Path indexDir, boolean drafts) {
        IndexOptions options = IndexOptions.of(siteRoot, indexDir).withDrafts(drafts);
        return () -> summary(new IndexBuilder(options).build());
    }

    /** A reindexer of the site into another target (an OpenSearch alias), with the default enricher. */
    public static Reindexer of(Path siteRoot, IndexTarget target, boolean drafts) {
        IndexOptions options = IndexOptions.of(siteRoot, null).withDrafts(drafts).withTarget(target);
        return () -> summary(new IndexBuilder(options).build());
    }

    /** One line for logs and the admin API. */
    static String summary(BuildSummary s) {
        return String.format(Locale.ROOT,
                "%d pages (%d posts, %d sections, %d quotes, %d figures, %d talks, %d speakers, %d conferences); "
                        + "%d parsed, %d unchanged, %d deleted, %d problems",
                s.pages(), s.posts(), s.sections(), s.quotes(), s.figures(), s.talks(), s.speakers(), s.conferences(),
                s.parsed(), s.unchanged(), s.deleted(), s.problems().size());
    }
}
