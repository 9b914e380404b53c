package io.blogsearch.opensearch;

import static org.assertj.core.api.Assertions.assertThat;

import io.blogsearch.api.Hit;
import io.blogsearch.api.SearchResponse;
import io.blogsearch.fixtures.TestPages;
import io.blogsearch.model.Page;
import io.blogsearch.model.PageKind;
import io.blogsearch.model.Section;
import io.blogsearch.query.SearchRequest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Chinese typed without spaces on the OpenSearch engine, as on the Lucene engine ({@code LanguageSearchIT}): two words
 * typed together that no page writes together find the page holding them apart; a run a page writes stays whole.
 */
class CjkRunWordsIT {

    private static OpenSearchEngine engine;

    @BeforeAll
    static void publish() throws Exception {
        OpenSearchConfig config = OpenSearchIndexes.publish(OpenSearchCluster.shared(), List.of(
                page("zh/collector.md", "收集器配置", "收集器接收追踪数据并导出。"),
                page("zh/release.md", "上线步骤", "先把代码部署好，再登录服务器检查日志。"),
                page("zh/service.md", "服务说明", "这个服务很稳定。")), "cjk-runs", 1, 0);
        engine = OpenSearchIndexes.engine(config);
    }

    @AfterAll
    static void close() throws Exception {
        if (engine != null) {
            engine.close();
        }
    }

    @Test
    void wordsTypedTogetherThatNoPageWritesTogetherFindThePagesHoldingThemApart() throws Exception {
        SearchResponse answer = engine.search(SearchRequest.of("部署服务器"));
        assertThat(paths(answer).get(0)).isEqualTo("content/zh/release.md");
        assertThat(paths(answer)).doesNotContain("content/zh/service.md");
    }

    @Test
    void aRunThatAPageWritesAsTypedFindsThatPageFirst() throws Exception {
        assertThat(paths(engine.search(SearchRequest.of("收集器配置"))).get(0)).isEqualTo("content/zh/collector.md");
    }

    private static List<String> paths(SearchResponse answer) {
        return answer.hits().stream().map(Hit::path).toList();
    }

    private static Page page(String path, String title, String body) {
        String file = "content/" + path;
        return new Page(file, "hash-" + path, PageKind.POST, title, null, List.of("Jo Writer"),
                Instant.parse("2024-05-01T08:00:00Z"), null, Map.of("tags", List.of()),
                TestPages.SITE + "/" + path.replace(".md", "/"), List.of(), body,
                List.of(new Section(title, 2, "intro", body, null)), List.of(), List.of(), List.of(), null, Map.of(),
                "zh");
    }
}
