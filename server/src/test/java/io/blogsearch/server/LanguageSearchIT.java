package io.blogsearch.server;

import static io.blogsearch.fixtures.Urls.search;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.blogsearch.fixtures.TestIndexes;
import io.blogsearch.fixtures.TestPages;
import io.blogsearch.fixtures.TestServer;
import io.blogsearch.model.Page;
import io.blogsearch.model.PageKind;
import io.blogsearch.model.Section;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A small archive in four languages: the lang facet and filter, and words analysed per language. */
class LanguageSearchIT {

    @TempDir
    static Path dir;
    static TestServer server;

    @BeforeAll
    static void start() throws Exception {
        TestIndexes.write(dir.resolve("index"), List.of(
                page("en", "en/collectors.md", "Collecting traces", "The collector receives traces and exports "
                        + "them. Houses of cards fall over."),
                page("de", "de/haeuser.md", "Vogelhäuser bauen", "Wir bauten im Winter zwei Häuser für die Vögel "
                        + "und hängten sie in den Apfelbaum."),
                page("ja", "ja/trace.md", "分散トレースの基本", "トレースを集めるためにコレクターを使います。"),
                page("ja", "ja/training.md", "トレーニング資料", "新人向けのトレーニングの資料です。"),
                page("zh", "zh/collector.md", "收集器配置", "收集器接收追踪数据并导出。"),
                page("zh", "zh/gather.md", "数据收集", "我们收集日志。"),
                page("zh", "zh/release.md", "上线步骤", "先把代码部署好，再登录服务器检查日志。"),
                page("zh", "zh/service.md", "服务说明", "这个服务很稳定。")));
        server = TestServer.start(dir.resolve("index"));
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @Test
    void listsTheLanguagesAsAFacet() throws Exception {
        JsonNode lang = server.json(search("q", "")).get("facets").get("lang");
        List<String> values = new ArrayList<>();
        lang.forEach(v -> values.add(v.get("value").asText()));
        assertThat(values).containsExactlyInAnyOrder("en", "de", "ja", "zh");
    }

    @Test
    void anInflectedGermanWordFindsItsGermanPage() throws Exception {
        JsonNode answer = server.json(search("q", "Haus"));
        assertThat(answer.get("hits").get(0).get("path").asText()).isEqualTo("content/de/haeuser.md");
        assertThat(answer.get("hits").get(0).get("lang").asText()).isEqualTo("de");
    }

    @Test
    void theLangFilterKeepsOnlyThatLanguageAndAnalysesTheWordsInIt() throws Exception {
        assertThat(server.json(search("q", "Haus", "lang", "en")).get("total").asLong()).isZero();
        JsonNode english = server.json(search("q", "house", "lang", "EN"));
        assertThat(english.get("total").asLong()).isPositive();
        english.get("hits").forEach(hit -> assertThat(hit.get("lang").asText()).isEqualTo("en"));
        JsonNode facet = english.get("facets").get("lang");
        assertThat(facet.toString()).contains("\"value\":\"en\"");
    }

    @Test
    void browsingOneLanguageKeepsTheOtherLanguagesCounted() throws Exception {
        JsonNode answer = server.json(search("lang", "ja"));
        assertThat(answer.get("total").asLong()).isPositive();
        answer.get("hits").forEach(hit -> assertThat(hit.get("lang").asText()).isEqualTo("ja"));
        assertThat(answer.get("facets").get("lang")).hasSize(4);
    }

    @Test
    void aJapaneseWordFindsThePagesHoldingItNotThoseSharingACharacterPair() throws Exception {
        JsonNode answer = server.json(search("q", "トレース"));
        assertThat(answer.get("hits").get(0).get("path").asText()).isEqualTo("content/ja/trace.md");
        answer.get("hits").forEach(hit -> assertThat(hit.get("path").asText()).isNotEqualTo("content/ja/training.md"));
    }

    @Test
    void aChineseWordIsSearchedAsAWholeNotCharacterByCharacter() throws Exception {
        JsonNode answer = server.json(search("q", "收集器"));
        assertThat(answer.get("hits").get(0).get("path").asText()).isEqualTo("content/zh/collector.md");
        answer.get("hits").forEach(hit -> assertThat(hit.get("path").asText()).isNotEqualTo("content/zh/gather.md"));
        assertThat(answer.get("hits").get(0).get("snippet").asText()).contains("<mark>");
    }

    @Test
    void wordsTypedTogetherThatNoPageWritesTogetherFindThePagesHoldingThemApart() throws Exception {
        JsonNode chinese = server.json(search("q", "部署服务器"));
        assertThat(chinese.get("hits").get(0).get("path").asText()).isEqualTo("content/zh/release.md");
        chinese.get("hits").forEach(hit -> assertThat(hit.get("path").asText()).isNotEqualTo("content/zh/service.md"));
        assertThat(chinese.get("hits").get(0).get("snippet").asText()).contains("<mark>部署</mark>", "<mark>服务器</mark>");
        JsonNode japanese = server.json(search("q", "コレクタートレース"));
        assertThat(japanese.get("hits").get(0).get("path").asText()).isEqualTo("content/ja/trace.md");
    }

    @Test
    void aRunThatAPageWritesAsTypedStaysOnePhrase() throws Exception {
        JsonNode answer = server.json(search("q", "收集器配置"));
        assertThat(answer.get("total").asLong()).isEqualTo(1);
        assertThat(answer.get("hits").get(0).get("path").asText()).isEqualTo("content/zh/collector.md");
    }

    @Test
    void aMalformedLanguageIsABadParameter() throws Exception {
        HttpResponse<String> response = server.get(search("lang", "<script>"));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("lang");
    }

    private static Page page(String lang, String path, String title, String body) {
        String file = "content/" + path;
        return new Page(file, "hash-" + path, PageKind.POST, title, null, List.of("Jo Writer"),
                Instant.parse("2024-05-01T08:00:00Z"), null, Map.of("tags", List.of()),
                TestPages.SITE + "/" + path.replace(".md", "/"), List.of(), body,
                List.of(new Section(title, 2, "intro", body, null)), List.of(), List.of(), List.of(), null, Map.of(),
                lang);
    }
}
