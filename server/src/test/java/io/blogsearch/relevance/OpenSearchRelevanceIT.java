package io.blogsearch.relevance;

import static org.assertj.core.api.Assertions.assertThat;

import io.blogsearch.cli.Engines;
import io.blogsearch.engine.SearchEngine;
import io.blogsearch.fixtures.SiteIndexes;
import io.blogsearch.generator.SourceOptions;
import io.blogsearch.opensearch.OpenSearchCluster;
import io.blogsearch.opensearch.OpenSearchEngine;
import io.blogsearch.opensearch.OpenSearchIndexes;
import io.blogsearch.testing.RequiredResources;
import java.nio.file.Path;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * The judged queries of {@link RelevanceIT} on both engines, each corpus indexed into a Lucene folder and built into
 * OpenSearch by the same indexer: MRR@10 of both is printed, and the OpenSearch engine's must stay within
 * {@link #MAX_GAP} of the Lucene engine's.
 */
class OpenSearchRelevanceIT {

    private static final double MAX_GAP = 0.02;

    @Test
    void edenmalRanksAlikeOnBothEngines() throws Exception {
        compare("edenmal", SiteIndexes.sharedCorpus("edenmal"), SourceOptions.auto(), EdenmalJudgments.ALL);
    }

    @Test
    void openTelemetryRanksAlikeOnBothEngines() throws Exception {
        compare("opentelemetry", SiteIndexes.sharedCorpus("opentelemetry"), SourceOptions.auto(),
                OpenTelemetryJudgments.ALL);
    }

    @Test
    void prometheusRanksAlikeOnBothEngines() throws Exception {
        compare("prometheus", SiteIndexes.sharedCorpus("prometheus", "https://prometheus.io/"),
                new SourceOptions(null, "https://prometheus.io/", null), PrometheusJudgments.ALL);
    }

    private static void compare(String corpus, Path index, SourceOptions source, List<Judgment> judgments)
            throws Exception {
        OpenSearchCluster cluster = OpenSearchCluster.shared();
        double lucene;
        try (SearchEngine engine = Engines.lucene(index)) {
            RelevanceReport report = RelevanceReport.run(engine, judgments);
            report.print(corpus + " (Lucene)");
            lucene = report.mrr();
        }
        double openSearch;
        try (OpenSearchEngine engine = OpenSearchIndexes.engine(
                OpenSearchIndexes.build(cluster, RequiredResources.sharedCorpus().resolveSibling(corpus), source,
                        "relevance-" + corpus))) {
            RelevanceReport report = RelevanceReport.run(engine, judgments);
            report.print(corpus + " (OpenSearch)");
            openSearch = report.mrr();
        }
        System.out.printf("RELEVANCE %s: MRR@10 Lucene %.3f, OpenSearch %.3f%n", corpus, lucene, openSearch);
        assertThat(openSearch).as("OpenSearch MRR@10 on " + corpus + " beside Lucene's " + lucene)
                .isCloseTo(lucene, Offset.offset(MAX_GAP));
    }
}
