package io.blogsearch.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import io.blogsearch.api.Hit;
import io.blogsearch.api.SearchResponse;
import io.blogsearch.fixtures.TestIndexes;
import io.blogsearch.fixtures.TestPages;
import io.blogsearch.model.Page;
import io.blogsearch.model.Section;
import io.blogsearch.query.SearchRequest;
import io.blogsearch.query.Synonyms;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code total} counts what paging through the answer yields: posts with their folded entities, once each. */
class ResultTotalsIT {

    private static final int POSTS = 260;

    @TempDir
    static Path dir;
    static IndexHandle index;
    static SearchService service;

    @BeforeAll
    static void open() throws Exception {
        List<Page> pages = new ArrayList<>();
        for (int i = 0; i < POSTS; i++) {
            // Every post matches twice (body and section), more documents than the first page's window of hits.
            pages.add(TestPages.page("content/post/lantern-" + i + ".md", "Evening walk " + i,
                    "2020-01-01", List.of(i % 2 == 0 ? "Even" : "Odd"), "A lantern on walk " + i + ".",
                    List.of(new Section("Light " + i, 2, "light", "The lantern number " + i + " was lit.", null))));
        }
        pages.add(TestPages.page("content/post/other.md", "Tea", "2020-01-02", List.of("Odd"), "A kettle.",
                List.of()));
        TestIndexes.write(dir.resolve("index"), pages);
        index = IndexHandle.open(dir.resolve("index"));
        service = new SearchService(index, Synonyms.builtIn(), SearchService.DEFAULT_BUDGET_MILLIS);
    }

    @AfterAll
    static void close() throws Exception {
        index.close();
    }

    @Test
    void totalEqualsWhatPagingYields() throws Exception {
        for (String q : List.of("lantern", "lantern walk", "tag:odd lantern")) {
            SearchResponse first = service.search(new SearchRequest(q, Map.of(), null, null, null, 1, 10));
            Set<String> paged = new HashSet<>();
            for (int page = 1; page <= 30; page++) {
                List<Hit> hits = service.search(new SearchRequest(q, Map.of(), null, null, null, page, 50)).hits();
                hits.forEach(hit -> paged.add(hit.id()));
                if (hits.isEmpty()) {
                    break;
                }
            }
            assertThat(first.total()).as(q).isEqualTo(paged.size());
        }
        assertThat(service.search(SearchRequest.of("lantern")).total()).isEqualTo(POSTS);
    }
}
