package io.blogsearch.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import io.blogsearch.api.Hit;
import io.blogsearch.fixtures.TestIndexes;
import io.blogsearch.fixtures.TestPages;
import io.blogsearch.query.SearchRequest;
import io.blogsearch.query.Synonyms;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RankingIT {

    @TempDir
    static Path dir;
    static IndexHandle index;
    static SearchService service;

    @BeforeAll
    static void open() throws Exception {
        TestIndexes.write(dir.resolve("index"), List.of(
                TestPages.page("content/post/stemmed.md", "Notes on composted soil", "2020-01-01", List.of("Soil"),
                        "Soil that was composted last year.", List.of()),
                TestPages.page("content/post/exact.md", "Composting at home", "2020-01-02", List.of("Soil"),
                        "A bin in the yard.", List.of()),
                TestPages.page("content/post/body.md", "Kitchen habits", "2020-01-03", List.of("Home"),
                        "We talk about composting, composting and more composting in this post.", List.of()),
                TestPages.page("content/post/partial.md", "Home office", "2020-01-04", List.of("Home"),
                        "A desk at home.", List.of())));
        index = IndexHandle.open(dir.resolve("index"));
        service = new SearchService(index, Synonyms.builtIn(), SearchService.DEFAULT_BUDGET_MILLIS);
    }

    @AfterAll
    static void close() throws Exception {
        index.close();
    }

    @Test
    void ranksTitleOverBodyAndExactOverStemmed() throws Exception {
        assertThat(paths("composting ")).containsSubsequence("content/post/exact.md", "content/post/body.md")
                .containsSubsequence("content/post/exact.md", "content/post/stemmed.md");
    }

    @Test
    void ranksDocumentsWithEveryWordBeforePartialMatches() throws Exception {
        List<String> paths = paths("composting home ");
        assertThat(paths.get(0)).isEqualTo("content/post/exact.md");
        assertThat(paths).contains("content/post/partial.md");
    }

    @Test
    void findsAWordTypedWithATypo() throws Exception {
        assertThat(paths("compostting ")).first().isEqualTo("content/post/exact.md");
    }

    @Test
    void listsNewestFirstWhenNothingTypedScores() throws Exception {
        List<String> newestFirst = List.of("content/post/partial.md", "content/post/body.md",
                "content/post/exact.md", "content/post/stemmed.md");
        assertThat(paths("")).isEqualTo(newestFirst);
        // Characters that are no words, or filters alone, browse like an empty box rather than in index order.
        for (String q : List.of("*", "\uD83D\uDE00", "-", "\"\"", "tag:home")) {
            List<String> paths = paths(q);
            assertThat(paths).as(q).isNotEmpty();
            assertThat(paths).as(q).isEqualTo(newestFirst.stream().filter(paths::contains).toList());
        }
        assertThat(paths("tag:home")).containsExactly("content/post/partial.md", "content/post/body.md");
    }

    private static List<String> paths(String q) throws Exception {
        return service.search(SearchRequest.of(q)).hits().stream().map(Hit::path).toList();
    }
}
