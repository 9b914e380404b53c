package io.blogsearch.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import io.blogsearch.api.Hit;
import io.blogsearch.api.SearchResponse;
import io.blogsearch.fixtures.TestIndexes;
import io.blogsearch.fixtures.TestPages;
import io.blogsearch.model.Section;
import io.blogsearch.query.SearchRequest;
import io.blogsearch.query.SortOrder;
import io.blogsearch.query.Synonyms;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two posts whose best hits tie (a heading of the one word asked in each): the post that says more about the word
 * comes first, whichever the index holds first.
 */
class TiedPostsIT {

    @TempDir
    static Path dir;
    static IndexHandle index;
    static SearchService service;

    @BeforeAll
    static void open() throws Exception {
        TestIndexes.write(dir, List.of(
                TestPages.page("content/post/harbour.md", "Harbour cranes at dusk", "2022-02-01", List.of("Walks"),
                        "We watched the cranes unload timber until the lights came on.",
                        List.of(new Section("Kestrel", 2, "kestrel", "A bird hovered over the quay wall.", null))),
                TestPages.page("content/post/moorland.md", "A week on the moor", "2022-02-02", List.of("Walks"),
                        "Wind, heather and a flask of tea.",
                        List.of(new Section("Kestrel", 2, "kestrel", "One hovered above the heather path.", null),
                                new Section("Nesting", 2, "nesting", "The kestrel pair nested in the old quarry; "
                                        + "a kestrel chick fledged in June.", null)))));
        index = IndexHandle.open(dir);
        service = new SearchService(index, Synonyms.builtIn(), SearchService.DEFAULT_BUDGET_MILLIS);
    }

    @AfterAll
    static void close() throws Exception {
        service.close();
    }

    @Test
    void aTieGoesToThePostWithMoreEvidence() throws Exception {
        SearchResponse response = service.search(SearchRequest.of("kestrel "), true);

        assertThat(response.hits()).extracting(Hit::path)
                .containsExactly("content/post/moorland.md", "content/post/harbour.md");
    }

    @Test
    void aDateOrderIsLeftAsItIs() throws Exception {
        SearchResponse response = service.search(new SearchRequest("kestrel ", Map.of(), null, null,
                SortOrder.OLDEST, 1, SearchRequest.DEFAULT_SIZE), true);

        assertThat(response.hits()).extracting(Hit::path)
                .containsExactly("content/post/harbour.md", "content/post/moorland.md");
    }
}
