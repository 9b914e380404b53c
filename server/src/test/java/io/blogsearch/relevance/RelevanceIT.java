package io.blogsearch.relevance;

import static org.assertj.core.api.Assertions.assertThat;

import io.blogsearch.cli.Engines;
import io.blogsearch.engine.SearchEngine;
import io.blogsearch.fixtures.SiteIndexes;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Judged queries over the shared corpora (see {@link EdenmalJudgments}, {@link OpenTelemetryJudgments},
 * {@link PrometheusJudgments}): reports
 * success@1 and MRR@10 per corpus and per kind of query, and fails when a corpus ranks below its bar.
 */
class RelevanceIT {

    private static final double MIN_MRR = 0.9;

    @Test
    void edenmalJudgedQueriesRankWell() throws Exception {
        assertThat(measure("edenmal", SiteIndexes.sharedCorpus("edenmal"), EdenmalJudgments.ALL, 30))
                .as("MRR@10 on edenmal").isGreaterThanOrEqualTo(MIN_MRR);
    }

    @Test
    void openTelemetryJudgedQueriesRankWell() throws Exception {
        assertThat(measure("opentelemetry", SiteIndexes.sharedCorpus("opentelemetry"), OpenTelemetryJudgments.ALL,
                40)).as("MRR@10 on opentelemetry").isGreaterThanOrEqualTo(MIN_MRR);
    }

    @Test
    void prometheusJudgedQueriesRankWell() throws Exception {
        double mrr = measure("prometheus", SiteIndexes.sharedCorpus("prometheus", "https://prometheus.io/"),
                PrometheusJudgments.ALL, 20);
        assertThat(mrr).as("MRR@10 on prometheus").isGreaterThanOrEqualTo(MIN_MRR);
    }

    private static double measure(String corpus, Path index, List<Judgment> judgments, int atLeast)
            throws Exception {
        assertThat(judgments).hasSizeGreaterThanOrEqualTo(atLeast);
        try (SearchEngine engine = Engines.lucene(index)) {
            RelevanceReport report = RelevanceReport.run(engine, judgments);
            report.print(corpus);
            return report.mrr();
        }
    }
}
