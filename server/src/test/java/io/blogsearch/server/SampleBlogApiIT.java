package io.blogsearch.server;

import static io.blogsearch.fixtures.Urls.search;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.blogsearch.fixtures.SiteIndexes;
import io.blogsearch.fixtures.TestServer;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The API over the bundled sample blog, as the README's run command serves it. */
class SampleBlogApiIT {

    static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start(SiteIndexes.sampleBlog());
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @Test
    void findsAQuoteWithItsSpeakerFromAHalfTypedWord() throws Exception {
        JsonNode hits = server.json(search("q", "scis")).get("hits");
        assertThat(hits).anySatisfy(h -> {
            assertThat(h.get("type").asText()).isEqualTo("quote");
            assertThat(h.get("quote").get("speaker").asText()).isNotBlank();
            assertThat(h.get("snippet").asText()).contains("<mark>");
        });
    }

    @Test
    void returnsScriptTagsFromPostsEscaped() throws Exception {
        JsonNode hits = server.json(search("q", "alert script")).get("hits");
        assertThat(hits).isNotEmpty();
        String snippets = hits.findValuesAsText("snippet").toString().replace("<mark>", "").replace("</mark>", "");
        assertThat(snippets).contains("&lt;script&gt;").doesNotContain("<script");
        assertThat(snippets).doesNotContain("<img");
    }

    @Test
    void hasSpeakerAndConferenceFacets() throws Exception {
        JsonNode facets = server.json(search("q", "")).get("facets");
        assertThat(facets.get("speaker")).isNotEmpty();
        assertThat(facets.get("conference")).isNotEmpty();
        assertThat(facets.get("type").findValuesAsText("value")).contains("post", "quote", "talk");
    }

    @Test
    void servesTheWebPageWithTheStrictPolicy() throws Exception {
        HttpResponse<String> page = server.get("/");
        if (SearchApp.class.getResource(SearchApp.WEB_RESOURCES + "/index.html") == null) {
            return;
        }
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(page.headers().firstValue("Content-Security-Policy")).contains(SearchApp.CONTENT_SECURITY_POLICY);
        assertThat(server.get("/blogsearch.js").statusCode()).isEqualTo(200);
    }
}
