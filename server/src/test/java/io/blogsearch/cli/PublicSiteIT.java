package io.blogsearch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.blogsearch.fixtures.CommandProcess;
import io.blogsearch.fixtures.Http;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve --public DIR} on a small Hugo site of its own: with hugo installed the site is built into the missing
 * folder and served at /, and result links open those pages; without hugo the search is served alone, links unchanged,
 * and one warning says why.
 */
class PublicSiteIT {

    private static final Duration START = Duration.ofMinutes(2);
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    @Test
    void buildsTheSiteWithHugoAndLinksResultsToItsPages() throws Exception {
        Path hugo = Path.of("/usr/bin/hugo");
        if (!Files.isExecutable(hugo)) {
            String message = "hugo not installed (apt-get install hugo): serve --public building the site is untested";
            if ("1".equals(System.getenv("BLOGSEARCH_REQUIRE_HUGO"))) {
                throw new AssertionError(message);
            }
            Assumptions.abort(message);
        }
        Path site = fixtureSite();
        Path publicDir = temp.resolve("public");
        int port = Http.freePort();
        String base = "http://127.0.0.1:" + port;
        try (CommandProcess serve = CommandProcess.java("serve", "--site", site.toString(), "--index",
                temp.resolve("index").toString(), "--public", publicDir.toString(), "--base-path", "/search",
                "--port", String.valueOf(port))) {
            awaitReady(serve, base);
            JsonNode hit = JSON.readTree(Http.get(base + "/search/api/search?q=lighthouse").body()).get("hits").get(0);
            assertThat(hit.get("url").asText()).isEqualTo("/posts/keeper/");
            String page = Http.get(base + hit.get("url").asText()).body();
            assertThat(page).contains("The lighthouse keeper counts the ships");
            assertThat(Http.get(base + "/").body()).contains("Harbour Notes home");
            JsonNode site2 = JSON.readTree(Http.get(base + "/search/api/site").body());
            assertThat(site2.get("title").asText()).isEqualTo("Harbour Notes");
            assertThat(serve.stderr()).contains("built " + site + " with hugo into " + publicDir);
        }
    }

    @Test
    void withoutHugoServesTheSearchAloneAndSaysSo() throws Exception {
        Path site = fixtureSite();
        Path publicDir = temp.resolve("public");
        int port = Http.freePort();
        String base = "http://127.0.0.1:" + port;
        try (CommandProcess serve = CommandProcess.javaWithEnvironment(Map.of("PATH", temp.toString()), "serve",
                "--site", site.toString(), "--index", temp.resolve("index").toString(), "--public",
                publicDir.toString(), "--base-path", "/search", "--port", String.valueOf(port))) {
            awaitReady(serve, base);
            JsonNode hit = JSON.readTree(Http.get(base + "/search/api/search?q=lighthouse").body()).get("hits").get(0);
            assertThat(hit.get("url").asText()).isEqualTo("https://harbour.example.org/posts/keeper/");
            assertThat(serve.stderr()).containsPattern("WARN io\\.blogsearch\\.cli\\.PublicSiteBuilder - --public "
                    + ".* does not exist and hugo is not installed to build it; serving the search only");
            assertThat(Files.exists(publicDir)).isFalse();
        }
    }

    private static void awaitReady(CommandProcess serve, String base) throws InterruptedException {
        Http.await(() -> !serve.alive() || Http.isOk(base + "/search/readyz"), START, "readyz");
        assertThat(serve.alive()).as(serve.stderr()).isTrue();
    }

    /** A Hugo site with one post and the three templates Hugo needs to render it. */
    private Path fixtureSite() throws Exception {
        Path site = Files.createDirectories(temp.resolve("site"));
        Files.writeString(site.resolve("config.yaml"), """
                baseURL: 'https://harbour.example.org/'
                title: Harbour Notes
                """);
        Path post = Files.createDirectories(site.resolve("content/posts")).resolve("keeper.md");
        Files.writeString(post, """
                ---
                title: "The keeper's night"
                date: 2024-03-02
                ---
                The lighthouse keeper counts the ships that pass the harbour wall at night.
                """);
        Path layouts = Files.createDirectories(site.resolve("layouts/_default"));
        Files.writeString(layouts.resolve("single.html"), "<html><body><h1>{{ .Title }}</h1>{{ .Content }}</body>");
        Files.writeString(layouts.resolve("list.html"), "<html><body>{{ range .Pages }}{{ .Title }}{{ end }}</body>");
        Files.writeString(site.resolve("layouts/index.html"), "<html><body>{{ .Site.Title }} home</body></html>");
        return site;
    }
}
