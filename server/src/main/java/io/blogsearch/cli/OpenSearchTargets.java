package io.blogsearch.cli;

import io.blogsearch.opensearch.OpenSearchConfig;
import io.blogsearch.opensearch.write.OpenSearchTarget;
import io.blogsearch.opensearch.write.WriteReport;
import io.blogsearch.query.SiteSynonyms;
import io.blogsearch.query.Synonyms;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;

/** The OpenSearch target of {@code index --opensearch} and {@code serve --site --opensearch}, and its report line. */
final class OpenSearchTargets {

    private OpenSearchTargets() {
    }

    /** A target on the cluster of {@code config}, a new index getting the synonyms of {@code site} (null: built-in). */
    static OpenSearchTarget of(OpenSearchConfig config, Path site, OpenSearchBuildOptions layout) throws IOException {
        Synonyms synonyms = site == null ? Synonyms.builtIn() : SiteSynonyms.load(site);
        return new OpenSearchTarget(config, synonyms, layout.shards, layout.replicas, Clock.systemUTC());
    }

    /** One line on what the last build did in the cluster. */
    static void print(OpenSearchConfig config, WriteReport report, PrintWriter out) {
        if (report == null) {
            return;
        }
        out.printf("OpenSearch %s: %s, %d documents sent, %d pages written, %d removed%n", config.describe(),
                report.rebuilt() ? "rebuilt as " + report.index() : "updated " + report.index(), report.documents(),
                report.pagesReplaced(), report.pagesDeleted());
        out.flush();
    }
}
