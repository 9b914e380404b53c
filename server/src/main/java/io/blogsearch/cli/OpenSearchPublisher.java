package io.blogsearch.cli;

import io.blogsearch.opensearch.OpenSearchConfig;
import io.blogsearch.opensearch.OpenSearchHttp;
import io.blogsearch.opensearch.OpenSearchWriter;
import io.blogsearch.opensearch.OpenSearchWriter.WriteSummary;
import io.blogsearch.query.SiteSynonyms;
import io.blogsearch.query.Synonyms;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.stream.Stream;

/** The last step of {@code index --opensearch}: sends what the local build made to the cluster and says so. */
final class OpenSearchPublisher {

    private final OpenSearchConfig config;
    private final int shards;
    private final int replicas;
    private final PrintWriter out;
    private final boolean quiet;

    OpenSearchPublisher(OpenSearchConfig config, int shards, int replicas, PrintWriter out, boolean quiet) {
        this.config = config;
        this.shards = shards;
        this.replicas = replicas;
        this.out = out;
        this.quiet = quiet;
    }

    /** Deletes the temporary local index of a run without {@code --index}. */
    static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    /** Writes the entities of {@code localIndex}; a full rebuild when {@code full}. */
    void publish(Path localIndex, boolean full, Path site) throws IOException {
        Synonyms synonyms = site == null ? Synonyms.builtIn() : SiteSynonyms.load(site);
        long start = System.nanoTime();
        try (OpenSearchHttp http = new OpenSearchHttp(config)) {
            WriteSummary summary = new OpenSearchWriter(http, config, Clock.systemUTC())
                    .write(localIndex, full, synonyms, shards, replicas);
            if (!quiet) {
                long millis = (System.nanoTime() - start) / 1_000_000;
                out.printf("OpenSearch %s: %s, %d documents sent, %d pages written, %d removed, %.1f s%n",
                        config.describe(), summary.rebuilt() ? "rebuilt as " + summary.index() : "updated",
                        summary.documents(), summary.pagesReplaced(), summary.pagesDeleted(), millis / 1000.0);
                out.flush();
            }
        }
    }
}
