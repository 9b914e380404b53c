package io.blogsearch.server;

import static io.blogsearch.fixtures.Urls.search;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.blogsearch.fixtures.SiteIndexes;
import io.blogsearch.fixtures.TestServer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The API over the OpenTelemetry site in ../shared/corpus/opentelemetry: languages, posts and pages, authors. */
class OpenTelemetryApiIT {

    static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start(SiteIndexes.sharedCorpus("opentelemetry"));
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void anEnglishKubeconSearchListsEachEnglishPostOnceWithoutALanguagePrefix() throws Exception {
        JsonNode answer = server.json(search("q", "kubecon", "lang", "en", "type", "post", "size", "100"));
        List<String> urls = new ArrayList<>();
        answer.get("hits").forEach(hit -> urls.add(hit.get("url").asText()));
        assertThat(urls).hasSizeGreaterThan(3).doesNotHaveDuplicates()
                .allSatisfy(url -> assertThat(url).startsWith("https://opentelemetry.io/blog/"));
        assertThat(answer.get("total").asInt()).isEqualTo(urls.size());
    }

    @Test
    void japanesePostsLinkUnderJa() throws Exception {
        JsonNode hits = server.json(search("q", "kubecon", "lang", "ja", "type", "post", "size", "50")).get("hits");
        assertThat(hits).isNotEmpty().allSatisfy(hit -> assertThat(hit.get("url").asText())
                .startsWith("https://opentelemetry.io/ja/blog/"));
    }

    @Test
    void typePostHoldsOnlyBlogPagesAndDocsArePages() throws Exception {
        JsonNode posts = server.json(search("q", "collector", "type", "post", "size", "100")).get("hits");
        assertThat(posts).isNotEmpty().allSatisfy(hit -> assertThat(hit.get("path").asText())
                .matches("content/[a-z]+/blog/.+"));
        JsonNode pages = server.json(search("q", "collector", "type", "page", "lang", "en", "size", "20")).get("hits");
        assertThat(pages).isNotEmpty().allSatisfy(hit -> assertThat(hit.get("url").asText())
                .startsWith("https://opentelemetry.io/").doesNotStartWith("https://opentelemetry.io/en/"));
        JsonNode types = server.json(search("q", "")).get("facets").get("type");
        Set<String> values = new HashSet<>();
        types.forEach(value -> values.add(value.get("value").asText()));
        assertThat(values).contains("post", "page");
    }

    @Test
    void authorFacetValuesAreNames() throws Exception {
        JsonNode authors = server.json(search("q", "", "type", "post")).get("facets").get("author");
        assertThat(authors).hasSizeGreaterThan(5).allSatisfy(value -> assertThat(value.get("value").asText())
                .doesNotContain("[", "](", "http", "&").doesNotEndWith(")"));
    }
}
