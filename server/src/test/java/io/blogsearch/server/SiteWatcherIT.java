package io.blogsearch.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.blogsearch.cli.Engines;
import io.blogsearch.engine.SearchEngine;
import io.blogsearch.query.SearchRequest;
import io.blogsearch.testing.RequiredResources;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteWatcherIT {

    @TempDir
    Path dir;

    @Test
    void reindexesANewPostSavedWhileServing() throws Exception {
        Path site = copy(RequiredResources.sampleBlog(), dir.resolve("site"));
        Path index = dir.resolve("index");
        try (SearchEngine engine = Engines.lucene(index)) {
            ReindexCoordinator coordinator = new ReindexCoordinator(
                    SiteReindexer.of(site, index, false), engine);
            coordinator.run("startup");
            assertThat(engine.search(SearchRequest.of("quokkaphone")).total()).isZero();
            try (SiteWatcher watcher = SiteWatcher.start(site, index, coordinator)) {
                Files.writeString(site.resolve("content/post/quokka.md"),
                        "---\ntitle: The quokkaphone\ndate: 2024-02-02\ntags: [Gadgets]\n---\n\n"
                                + "A quokkaphone plays.\n");
                long start = System.nanoTime();
                // The engine's own refresh may show the commit before the reindex has reported: wait for both.
                while (engine.search(SearchRequest.of("quokkaphone")).total() == 0
                        || !coordinator.last().map(ReindexReport::trigger).orElse("").equals("watch")) {
                    assertThat((System.nanoTime() - start) / 1_000_000).as("reindexed by the watcher after the save")
                            .isLessThan(30_000);
                    Thread.sleep(100);
                }
            }
        }
    }

    private static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        return to;
    }
}
