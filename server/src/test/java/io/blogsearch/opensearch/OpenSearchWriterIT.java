package io.blogsearch.opensearch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.blogsearch.opensearch.OpenSearchWriter.WriteSummary;
import io.blogsearch.query.Synonyms;
import io.blogsearch.testing.RequiredResources;
import io.blogsearch.write.IndexBuilder;
import io.blogsearch.write.IndexOptions;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The writer fills a new index behind the alias, swaps it on a rebuild and sends only changed pages otherwise. */
class OpenSearchWriterIT {

    @TempDir
    static Path dir;
    static OpenSearchHttp http;
    static OpenSearchConfig config;

    @BeforeAll
    static void connect() {
        OpenSearchCluster cluster = OpenSearchCluster.shared();
        config = new OpenSearchConfig(List.of(URI.create(cluster.urls())), "writer-it", null, null, null, false);
        http = new OpenSearchHttp(config);
    }

    @AfterAll
    static void close() throws Exception {
        http.close();
    }

    @Test
    void rebuildsBehindTheAliasThenSendsOnlyChangedPages() throws Exception {
        Path site = copy(RequiredResources.sampleBlog(), dir.resolve("site"));
        Path local = dir.resolve("local");
        new IndexBuilder(IndexOptions.of(site, local)).build();
        OpenSearchWriter writer = new OpenSearchWriter(http, config, Clock.systemUTC());

        WriteSummary first = writer.write(local, false, Synonyms.builtIn(), 1, 0);
        assertThat(first.rebuilt()).isTrue();
        assertThat(count()).isEqualTo(localDocuments(local)).isEqualTo(first.documents());

        WriteSummary second = writer.write(local, true, Synonyms.builtIn(), 1, 0);
        assertThat(second.index()).isNotEqualTo(first.index());
        assertThat(http.send("GET", "/_alias/" + config.index(), null).fieldNames()).toIterable()
                .containsExactly(second.index());
        assertThat(http.exists("/" + first.index())).as("the replaced index is deleted").isFalse();

        Path post = firstPost(site);
        Files.writeString(post, Files.readString(post) + "\nA freshly added zucchinifestival paragraph.\n");
        new IndexBuilder(IndexOptions.of(site, local)).build();
        WriteSummary update = writer.write(local, false, Synonyms.builtIn(), 1, 0);
        assertThat(update.rebuilt()).isFalse();
        assertThat(update.pagesReplaced()).isEqualTo(1);
        assertThat(count()).isEqualTo(localDocuments(local));
        JsonNode found = http.send("POST", "/" + config.index() + "/_search",
                Map.of("query", Map.of("match", Map.of("text_exact", "zucchinifestival"))));
        assertThat(found.path("hits").path("total").path("value").asInt()).isPositive();

        WriteSummary unchanged = writer.write(local, false, Synonyms.builtIn(), 1, 0);
        assertThat(unchanged.documents()).isZero();
    }

    private static long count() throws Exception {
        return http.send("GET", "/" + config.index() + "/_count", null).path("count").asLong();
    }

    private static long localDocuments(Path local) throws Exception {
        try (FSDirectory directory = FSDirectory.open(local);
             DirectoryReader reader = DirectoryReader.open(directory)) {
            return reader.numDocs();
        }
    }

    private static Path firstPost(Path site) throws Exception {
        try (Stream<Path> posts = Files.list(site.resolve("content/post"))) {
            return posts.filter(p -> p.toString().endsWith(".md")).sorted().findFirst().orElseThrow();
        }
    }

    private static Path copy(Path from, Path to) throws Exception {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path source : paths.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
        return to;
    }
}
