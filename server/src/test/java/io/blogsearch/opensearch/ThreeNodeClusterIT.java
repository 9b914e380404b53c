package io.blogsearch.opensearch;

import static org.assertj.core.api.Assertions.assertThat;

import io.blogsearch.api.Hit;
import io.blogsearch.api.SearchResponse;
import io.blogsearch.fixtures.TestPages;
import io.blogsearch.query.SearchRequest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A cluster of three nodes holding an index of three shards with one replica each: one node is killed (SIGKILL) while
 * searches stream in; no search fails and every answer stays what it was before.
 */
class ThreeNodeClusterIT {

    private static final List<String> QUERIES = List.of("pruning", "shears", "kubernetes rook", "\"blunt tools\"",
            "composting -operators", "speaker:quill", "go modules", "", "prunning", "rasp");
    private static final int ROUNDS_BEFORE_KILL = 3;
    private static final int ROUNDS_AFTER_KILL = 15;

    @TempDir
    Path dir;

    @Test
    void answersStayTheSameWhenANodeIsKilledMidStream() throws Exception {
        try (OpenSearchCluster cluster = OpenSearchCluster.startOrSkip(3)) {
            OpenSearchConfig config = OpenSearchIndexes.publish(cluster, TestPages.all(), "three-nodes", 3, 1);
            try (OpenSearchHttp http = new OpenSearchHttp(config)) {
                http.send("GET", "/_cluster/health/three-nodes", Map.of("wait_for_status", "green", "timeout", "60s"),
                        null);
            }
            try (OpenSearchEngine engine = OpenSearchIndexes.engine(config)) {
                Map<String, List<String>> expected = answers(engine);
                assertThat(expected.get("pruning")).isNotEmpty();
                int searches = 0;
                for (int round = 0; round < ROUNDS_BEFORE_KILL; round++) {
                    assertThat(answers(engine)).isEqualTo(expected);
                    searches += QUERIES.size();
                }
                OpenSearchNode victim = cluster.nodes().get(1);
                Thread killer = new Thread(() -> {
                    try {
                        victim.kill();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
                killer.start(); // mid-stream: the searches below run while the node dies
                for (int round = 0; round < ROUNDS_AFTER_KILL; round++) {
                    assertThat(answers(engine)).as("answers after the kill, round " + round).isEqualTo(expected);
                    searches += QUERIES.size();
                }
                killer.join();
                assertThat(victim.isAlive()).isFalse();
                System.out.println("ThreeNodeClusterIT: " + searches + " searches, none failed, answers unchanged");
            }
        }
    }

    /** Each query's answer reduced to what must not change: total, the hits in order and the facet counts. */
    private static Map<String, List<String>> answers(OpenSearchEngine engine) throws Exception {
        Map<String, List<String>> answers = new LinkedHashMap<>();
        for (String query : QUERIES) {
            SearchResponse response = engine.search(SearchRequest.of(query), true);
            List<String> answer = new ArrayList<>();
            answer.add("total=" + response.total() + " timedOut=" + response.timedOut());
            for (Hit hit : response.hits()) {
                answer.add(hit.id() + " +" + hit.moreInPost() + " " + hit.snippet());
            }
            answer.add("facets=" + response.facets());
            answer.add("didYouMean=" + response.didYouMean());
            answers.put(query, answer);
        }
        return answers;
    }
}
