package io.blogsearch.lucene.facet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.blogsearch.api.FacetValue;
import io.blogsearch.api.SearchResponse;
import io.blogsearch.fixtures.TestIndexes;
import io.blogsearch.fixtures.TestPages;
import io.blogsearch.lucene.BlogSearcher;
import io.blogsearch.lucene.IndexHandle;
import io.blogsearch.lucene.SearchService;
import io.blogsearch.model.Page;
import io.blogsearch.query.SearchRequest;
import io.blogsearch.query.Synonyms;
import io.blogsearch.schema.Fields;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Facet counts are exact up to a number of matches and estimated from a random sample beyond it, with an exact total.
 * 1,600 posts: a quarter tagged "Rare", the rest "Common"; the sampling threshold is lowered to 400 to see it work.
 */
class FacetSamplingIT {

    private static final int POSTS = 1_600;
    /** Every post says "lamp". */
    private static final Query LAMP = new TermQuery(new Term(Fields.TEXT, "lamp"));

    @TempDir
    static Path dir;
    static IndexHandle index;

    @BeforeAll
    static void open() throws Exception {
        List<Page> pages = new ArrayList<>();
        for (int i = 0; i < POSTS; i++) {
            pages.add(TestPages.page("content/post/p" + i + ".md", "Lighthouse log " + i, "2021-03-04",
                    List.of(i % 4 == 0 ? "Rare" : "Common"), "The lamp was lit at dusk on day " + i + ".", List.of()));
        }
        TestIndexes.write(dir.resolve("index"), pages);
        index = IndexHandle.open(dir.resolve("index"));
    }

    @AfterAll
    static void close() throws Exception {
        index.close();
    }

    @Test
    void beyondTheThresholdCountsAreEstimatedFromASampleAndTheTotalStaysExact() throws Exception {
        FacetPass exact = lampPass(100_000, 100_000);
        FacetPass sampled = lampPass(400, 400);

        assertThat(exact.exact()).isTrue();
        assertThat(counts(exact.top("tag"))).containsEntry("Common", 1_200L).containsEntry("Rare", 400L);
        assertThat(sampled.exact()).isFalse();
        assertThat(sampled.total()).isEqualTo(exact.total()).isEqualTo(POSTS);
        Map<String, Long> estimated = counts(sampled.top("tag"));
        assertThat((double) estimated.get("Common")).isCloseTo(1_200, within(240.0));
        assertThat((double) estimated.get("Rare")).isCloseTo(400, within(120.0));
        // the same query gives the same estimate every time (fixed seed)
        assertThat(counts(lampPass(400, 400).top("tag"))).isEqualTo(estimated);
    }

    @Test
    void countsEveryMatchUpToTheThresholdEvenWhenTheSampleIsSmaller() throws Exception {
        FacetPass underThreshold = lampPass(2_000, 200);
        assertThat(underThreshold.exact()).isTrue();
        assertThat(counts(underThreshold.top("tag"))).containsEntry("Common", 1_200L).containsEntry("Rare", 400L);

        FacetPass overThreshold = lampPass(1_000, 400);
        assertThat(overThreshold.exact()).isFalse();
        assertThat(overThreshold.total()).isEqualTo(POSTS);
        Map<String, Long> estimated = counts(overThreshold.top("tag"));
        assertThat((double) estimated.get("Common")).isCloseTo(1_200, within(240.0));
        assertThat((double) estimated.get("Rare")).isCloseTo(400, within(120.0));
    }

    /** The matches of "lamp" counted exactly up to {@code exactUpTo}, from {@code sampleSize} of them beyond. */
    private static FacetPass lampPass(int exactUpTo, int sampleSize) throws Exception {
        BlogSearcher searcher = index.acquire();
        try {
            return FacetPass.run(searcher, LAMP, System.nanoTime() + 10_000_000_000L, exactUpTo, sampleSize, false);
        } finally {
            index.release(searcher);
        }
    }

    @Test
    void searchesUnderTheThresholdSayTheirCountsAreExact() throws Exception {
        SearchService service = new SearchService(index, Synonyms.builtIn(), SearchService.DEFAULT_BUDGET_MILLIS);
        SearchResponse answer = service.search(SearchRequest.of("lamp"));
        assertThat(answer.facetsExact()).isTrue();
        assertThat(answer.total()).isEqualTo(POSTS);
        assertThat(answer.facets().get("tag")).extracting(FacetValue::value, FacetValue::count)
                .contains(Tuple.tuple("Common", 1_200), Tuple.tuple(
                        "Rare", 400));
    }

    private static Map<String, Long> counts(FacetResult result) {
        Map<String, Long> counts = new HashMap<>();
        for (LabelAndValue value : result.labelValues) {
            counts.put(value.label, value.value.longValue());
        }
        return counts;
    }
}
