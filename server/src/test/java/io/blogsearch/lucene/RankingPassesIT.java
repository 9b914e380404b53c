package io.blogsearch.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import io.blogsearch.api.SearchResponse;
import io.blogsearch.fixtures.TestIndexes;
import io.blogsearch.fixtures.TestPages;
import io.blogsearch.model.Page;
import io.blogsearch.model.Section;
import io.blogsearch.query.SearchRequest;
import io.blogsearch.query.Synonyms;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A large index ranks apart from counting (the ranking may skip documents that cannot make the page); a small one
 * does both in one pass. The answers must be the same either way: hits in the same order, the same snippets, totals
 * and facet counts.
 */
class RankingPassesIT {

    @TempDir
    static Path dir;
    static IndexHandle index;
    static SearchService onePass;
    static SearchService twoPasses;

    @BeforeAll
    static void open() throws Exception {
        List<Page> pages = new ArrayList<>(TestPages.all());
        for (int i = 0; i < 400; i++) {
            String words = "lighthouse ".repeat(1 + i % 4) + "keepers log the weather " .repeat(1 + i % 9);
            List<Section> sections = List.of(
                    new Section("Night watch " + i, 2, "night-watch-" + i, words + (i % 3 == 0 ? "storm" : ""), null),
                    new Section("Lamp oil", 2, "lamp-oil", "The lamp burned oil " + "all night ".repeat(i % 5), null));
            pages.add(TestPages.page("content/post/log-" + i + ".md", i % 50 == 0 ? "Lighthouse storm " + i
                    : "Keeper's log " + i, "2020-0" + (1 + i % 9) + "-1" + (i % 10), List.of(i % 3 == 0 ? "Storms"
                    : "Logs", i % 7 == 0 ? "Kubernetes" : "Sea"), words, sections));
        }
        TestIndexes.write(dir.resolve("index"), pages);
        index = IndexHandle.open(dir.resolve("index"));
        onePass = new SearchService(index, Synonyms.builtIn(), SearchService.DEFAULT_BUDGET_MILLIS,
                Integer.MAX_VALUE, new SearchGate(1));
        twoPasses = new SearchService(index, Synonyms.builtIn(), SearchService.DEFAULT_BUDGET_MILLIS, 0,
                new SearchGate(1));
    }

    @AfterAll
    static void close() throws Exception {
        index.close();
    }

    @Test
    void givesTheSameAnswersWithOneOrTwoPasses() throws Exception {
        List<SearchRequest> requests = new ArrayList<>();
        for (String q : List.of("lighthouse", "lighthouse storm", "lighthous", "keepers weather", "\"night watch\"",
                "lamp -storm", "lighthouse tag:storms", "storm type:section", "k8s", "rook", "shears")) {
            requests.add(SearchRequest.of(q));
            requests.add(new SearchRequest(q, Map.of(), null, null, null, 3, 10));
        }
        requests.add(new SearchRequest("lighthouse", Map.of("tag", List.of("Storms")), null, null, null, 1, 10));
        requests.add(new SearchRequest("lighthouse", Map.of("type", List.of("section", "post")), null, null, null,
                2, 20));
        for (SearchRequest request : requests) {
            SearchResponse one = onePass.search(request, true);
            SearchResponse two = twoPasses.search(request, true);
            String what = request.text() + " " + request.filters() + " page " + request.page();
            assertThat(two.total()).as(what).isEqualTo(one.total());
            assertThat(two.hits()).as(what).isEqualTo(one.hits());
            assertThat(two.facets()).as(what).isEqualTo(one.facets());
            assertThat(two.didYouMean()).as(what).isEqualTo(one.didYouMean());
        }
        // More matching documents than a window of hits: listed as their own results, posts and sections all count.
        assertThat(onePass.search(new SearchRequest("lighthouse", Map.of("type", List.of("section", "post")), null,
                null, null, 1, 10), true).total()).isGreaterThan(400);
        // Folded per post, each of the 400 posts is one result.
        assertThat(onePass.search(SearchRequest.of("lighthouse"), true).total()).isEqualTo(400);
    }
}
