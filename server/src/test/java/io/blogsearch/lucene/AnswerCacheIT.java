package io.blogsearch.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import io.blogsearch.api.FacetValue;
import io.blogsearch.api.SearchResponse;
import io.blogsearch.fixtures.TestIndexes;
import io.blogsearch.fixtures.TestPages;
import io.blogsearch.query.SearchRequest;
import io.blogsearch.query.Synonyms;
import io.blogsearch.schema.FacetDims;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnswerCacheIT {

    @TempDir
    static Path dir;
    static IndexHandle index;
    static SearchService service;

    @BeforeAll
    static void open() throws Exception {
        TestIndexes.write(dir.resolve("index"), List.of(
                TestPages.page("content/post/soil.md", "Notes on soil", "2020-01-01", List.of("Soil"),
                        "Soil that was composted last year.", List.of()),
                TestPages.page("content/post/bin.md", "Composting at home", "2020-01-02", List.of("Soil", "Home"),
                        "A bin in the yard.", List.of()),
                TestPages.page("content/post/desk.md", "Home office", "2020-01-04", List.of("Home"),
                        "A desk at home.", List.of())));
        index = IndexHandle.open(dir.resolve("index"));
        service = new SearchService(index, Synonyms.builtIn(), SearchService.DEFAULT_BUDGET_MILLIS);
    }

    @AfterAll
    static void close() throws Exception {
        index.close();
    }

    @Test
    void repeatedRequestReusesTheAnswerAndNoCacheRecomputesAnEqualOne() throws Exception {
        SearchResponse first = service.search(SearchRequest.of("composting"));
        SearchResponse again = service.search(SearchRequest.of("composting"));
        SearchResponse fresh = service.search(SearchRequest.of("composting"), true);
        assertThat(again.hits()).isSameAs(first.hits());
        assertThat(fresh.hits()).isNotSameAs(first.hits()).isEqualTo(first.hits());
        assertThat(fresh.facets()).isEqualTo(first.facets());
        // the recomputed answer is equal, so the kept one stays
        assertThat(service.search(SearchRequest.of("composting")).hits()).isSameAs(first.hits());
    }

    @Test
    void browsingWithOneSelectedTagKeepsTheIndexWideCountsOfTheOtherTags() throws Exception {
        SearchResponse soil = service.search(SearchRequest.of("").withFilters(Map.of(FacetDims.TAG, List.of("Soil"))));
        assertThat(soil.total()).isGreaterThanOrEqualTo(2);
        assertThat(soil.facets().get(FacetDims.TAG)).contains(new FacetValue("Soil", count(soil, "Soil"), true))
                .anySatisfy(v -> assertThat(v.value()).isEqualTo("Home"));
        SearchResponse all = service.search(SearchRequest.of(""));
        assertThat(soil.facets().get(FacetDims.TAG)).extracting(FacetValue::count)
                .isEqualTo(all.facets().get(FacetDims.TAG).stream().map(FacetValue::count).toList());
    }

    @Test
    void aRefreshedIndexIsNotAnsweredFromTheOldReadersCache() throws Exception {
        assertThat(service.search(SearchRequest.of("greenhouse")).total()).isZero();
        TestIndexes.update(dir.resolve("index"), List.of(TestPages.page("content/post/glass.md", "A greenhouse",
                "2020-02-01", List.of("Glass"), "Tomatoes under glass.", List.of())));
        index.refresh();
        assertThat(service.search(SearchRequest.of("greenhouse")).total()).isPositive();
    }

    private static int count(SearchResponse response, String tag) {
        return response.facets().get(FacetDims.TAG).stream().filter(v -> v.value().equals(tag))
                .mapToInt(FacetValue::count).findFirst().orElse(-1);
    }
}
