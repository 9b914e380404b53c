package io.blogsearch.server;

import static io.blogsearch.fixtures.TestServer.paths;
import static io.blogsearch.fixtures.Urls.search;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.blogsearch.fixtures.SiteIndexes;
import io.blogsearch.fixtures.TestServer;
import io.blogsearch.testing.RequiredResources;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Languages over the real sites: the multilingual OpenTelemetry site (Japanese and Chinese words find pages of their
 * language first; a search in English stays in English) and edenmal, an English site with a German post.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LanguageCorpusIT {

    /** The edenmal post written in German (no lang in its front matter; the site declares English only). */
    private static final String GERMAN_POST =
            "content/post/2020/Running-ownCloud-in-Kubernetes-with-Rook-Ceph-Storage-Part-1.md";

    private TestServer otel;
    private TestServer edenmal;

    @BeforeAll
    void start() {
        otel = TestServer.start(SiteIndexes.of(RequiredResources.sharedCorpus("opentelemetry")));
        edenmal = TestServer.start(SiteIndexes.sharedCorpus());
    }

    @AfterAll
    void stop() throws Exception {
        if (otel != null) {
            otel.close();
        }
        if (edenmal != null) {
            edenmal.close();
        }
    }

    @Test
    void aJapaneseWordFindsJapanesePagesFirst() throws Exception {
        assertFirstHitsIn("トレース", "ja");
    }

    @Test
    void aChineseWordFindsChinesePagesFirst() throws Exception {
        assertFirstHitsIn("收集器", "zh");
    }

    @Test
    void aJapaneseWordIsMarkedWholeNearTheStartOfItsSnippets() throws Exception {
        // CJK text is indexed as overlapping pairs of characters: the word is one mark, not a row of them, and a
        // snippet of text without spaces is cut near its match, not at its passage's start
        JsonNode hits = otel.json(search("q", "コレクター", "lang", "ja")).get("hits");
        List<String> snippets = new ArrayList<>();
        hits.forEach(hit -> {
            snippets.add(hit.get("snippet").asText());
            hit.path("inPost").forEach(inPost -> snippets.add(inPost.get("snippet").asText()));
        });
        assertThat(snippets).isNotEmpty().allSatisfy(snippet -> assertThat(snippet).doesNotContain("</mark><mark>"));
        assertThat(snippets).filteredOn(snippet -> snippet.contains("<mark>コレクター</mark>")).hasSizeGreaterThan(3);
        assertThat(snippets).filteredOn(snippet -> snippet.contains("<mark>"))
                .allSatisfy(snippet -> assertThat(snippet.indexOf("<mark>")).isLessThan(90));
    }

    @Test
    void aSearchInEnglishStaysInEnglish() throws Exception {
        JsonNode answer = otel.json(search("q", "collector", "lang", "en"));
        assertThat(answer.get("total").asLong()).isPositive();
        answer.get("hits").forEach(hit -> assertThat(hit.get("lang").asText()).isEqualTo("en"));
        if (languagesRead()) {
            answer.get("hits").forEach(hit -> assertThat(hit.get("path").asText()).startsWith("content/en/"));
        }
    }

    @Test
    void edenmalsGermanPostIsGerman() throws Exception {
        JsonNode german = edenmal.json(search("lang", "de", "type", "post"));
        assertThat(paths(german)).containsExactly(GERMAN_POST);
        JsonNode languages = edenmal.json(search("q", "")).get("facets").get("lang");
        assertThat(languages.toString()).contains("\"value\":\"en\"");
    }

    @Test
    void anInflectedGermanWordFindsTheGermanPost() throws Exception {
        // The post holds the plural only; the singular reaches it through German stemming (English leaves both).
        assertThat(paths(edenmal.json(search("q", "Anwendung", "type", "post")))).first().isEqualTo(GERMAN_POST);
        // Quoted: no typo or prefix variants, so nothing but the stem can match.
        assertThat(paths(edenmal.json(search("q", "\"Anwendung\"", "type", "post")))).containsExactly(GERMAN_POST);
    }

    /** The first hits of a word all come from the site's folder of that language (and carry it, once read). */
    private void assertFirstHitsIn(String word, String lang) throws Exception {
        JsonNode hits = otel.json(search("q", word)).get("hits");
        assertThat(hits.size()).isPositive();
        for (int i = 0; i < Math.min(3, hits.size()); i++) {
            assertThat(hits.get(i).get("path").asText()).startsWith("content/" + lang + "/");
            if (languagesRead()) {
                assertThat(hits.get(i).get("lang").asText()).isEqualTo(lang);
            }
        }
    }

    /**
     * Whether the indexer read the site's languages (its config and folders); until it does, every page is in the
     * default language and only what holds either way is checked.
     */
    private boolean languagesRead() throws Exception {
        boolean read = otel.json(search("q", "")).get("facets").get("lang").size() > 1;
        if (!read) {
            System.out.println("LanguageCorpusIT: the opentelemetry index holds one language; the checks of each"
                    + " page's language wait for the indexer to read Hugo's languages");
        }
        return read;
    }
}
