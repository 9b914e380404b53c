package io.blogsearch.opensearch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Typo variants on the OpenSearch engine go only to words the index does not hold (or holds in a handful of
 * documents), as on the Lucene engine: the sample blog written to a real node.
 */
class ClusterVocabularyIT {

    private static OpenSearchConfig config;

    @BeforeAll
    static void publish() throws Exception {
        config = OpenSearchIndexes.sampleBlog(OpenSearchCluster.shared(), "vocabulary");
    }

    @Test
    void onlyUnknownOrRareWordsGetTypoVariants() throws Exception {
        try (OpenSearchHttp http = new OpenSearchHttp(config)) {
            ClusterVocabulary vocabulary = new ClusterVocabulary(http, config.index());
            assertThat(vocabulary.typoWords(List.of("kubernetes", "kubernets", "storage", "strorage", "talk"), "g1"))
                    .containsExactly("kubernets", "strorage");
        }
    }

    @Test
    void asksTheClusterOncePerWordAndGeneration() throws Exception {
        try (OpenSearchHttp http = new OpenSearchHttp(config)) {
            ClusterVocabulary vocabulary = new ClusterVocabulary(http, config.index());
            vocabulary.typoWords(List.of("kubernetes", "kubernets"), "g1");
            long searches = searches(http);
            assertThat(vocabulary.typoWords(List.of("kubernets", "kubernetes"), "g1")).containsExactly("kubernets");
            assertThat(searches(http)).isEqualTo(searches);
            vocabulary.typoWords(List.of("kubernetes"), "g2");
            assertThat(searches(http)).isGreaterThan(searches);
        }
    }

    private static long searches(OpenSearchHttp http) throws Exception {
        return http.send("GET", "/" + config.index() + "/_stats/search", null)
                .path("_all").path("total").path("search").path("query_total").asLong();
    }
}
