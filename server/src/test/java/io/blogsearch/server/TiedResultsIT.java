package io.blogsearch.server;

import static io.blogsearch.fixtures.Urls.search;
import static org.assertj.core.api.Assertions.assertThat;

import io.blogsearch.fixtures.TestIndexes;
import io.blogsearch.fixtures.TestPages;
import io.blogsearch.fixtures.TestServer;
import io.blogsearch.model.Page;
import io.blogsearch.model.PageKind;
import io.blogsearch.model.Section;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Results that score the same (a post and its copy elsewhere on the site) come in the same order whatever order the
 * build wrote them in: a rebuild, whose threads meet differently each time, does not reshuffle them.
 */
class TiedResultsIT {

    @TempDir
    Path dir;

    @Test
    void postsThatScoreTheSameComeInTheOrderOfTheirIdsWhateverTheWriteOrder() throws Exception {
        List<Page> pages = List.of(
                page("blog/2024/pruning.md", "Pruning roses in winter"),
                page("docs/pruning.md", "Pruning roses in winter"),
                page("blog/2024/apples.md", "Storing apples"));
        List<String> firsts = new ArrayList<>();
        for (List<Page> order : List.of(pages, List.of(pages.get(1), pages.get(2), pages.get(0)))) {
            Path index = dir.resolve("index-" + firsts.size());
            TestIndexes.write(index, order);
            try (TestServer server = TestServer.start(index)) {
                List<String> paths = TestServer.paths(server.json(search("q", "pruning roses")));
                assertThat(paths).hasSize(2);
                firsts.add(String.join(",", paths));
            }
        }
        assertThat(firsts.get(1)).isEqualTo(firsts.get(0));
    }

    private static Page page(String path, String title) {
        String file = "content/" + path;
        String body = "Cut the old canes back to a bud facing outwards, then feed the roots.";
        return new Page(file, "hash-" + path, PageKind.POST, title, null, List.of("Jo Writer"),
                Instant.parse("2024-05-01T08:00:00Z"), null, Map.of("tags", List.of()),
                TestPages.SITE + "/" + path.replace(".md", "/"), List.of(), body,
                List.of(new Section(title, 2, "intro", body, null)), List.of(), List.of(), List.of(), null, Map.of(),
                "en");
    }
}
