package io.blogsearch.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.blogsearch.model.Section;
import io.blogsearch.parse.PageParser;
import io.blogsearch.parse.PreparedPage;
import io.blogsearch.parse.RefResolver;
import io.blogsearch.source.Site;
import io.blogsearch.source.SiteReader;
import io.blogsearch.testing.RequiredResources;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Compares our permalinks and heading anchors for the sample blog with what a real Hugo built from it
 * ({@code hugo-anchors.tsv}, written by {@code examples/hugo-anchors.sh}): a hit must link to the live page.
 */
class SampleBlogHugoParityTest {

    private static final Path SITE = RequiredResources.sampleBlog();
    private static final Path HUGO_ANCHORS =
            RequiredResources.projectRoot().resolve("indexer/src/test/resources/sample-blog/hugo-anchors.tsv");

    private static final Map<String, String> hugoPermalinks = new LinkedHashMap<>();
    private static final Map<String, List<String>> hugoAnchors = new LinkedHashMap<>();
    private static final Map<String, PreparedPage> prepared = new LinkedHashMap<>();
    private static PageParser parser;
    private static Site site;

    @BeforeAll
    static void readHugoOutputAndPrepareOurPages() throws Exception {
        for (String line : Files.readAllLines(HUGO_ANCHORS, StandardCharsets.UTF_8)) {
            String[] columns = line.split("\t", -1);
            if (line.startsWith("#") || columns.length != 4 || columns[0].equals("source")) {
                continue;
            }
            String path = "content/" + columns[0];
            hugoPermalinks.put(path, columns[1]);
            List<String> anchors = hugoAnchors.computeIfAbsent(path, key -> new ArrayList<>());
            if (!columns[2].isEmpty()) {
                anchors.add(columns[2]);
            }
        }
        site = SiteReader.read(SITE);
        parser = new PageParser(site, false, Instant.now());
        for (String path : hugoPermalinks.keySet()) {
            byte[] bytes = Files.readAllBytes(SITE.resolve(path));
            prepared.put(path, parser.prepare(path, "", bytes));
        }
    }

    @Test
    void permalinksAreTheOnesHugoBuilds() {
        Map<String, String> ours = new LinkedHashMap<>();
        prepared.forEach((path, page) -> ours.put(path, relative(page.url())));
        assertThat(ours).isEqualTo(hugoPermalinks);
    }

    @Test
    void headingAnchorsAreTheOnesHugoRenders() {
        Map<String, String> urls = new LinkedHashMap<>();
        prepared.forEach((path, page) -> urls.put(path, page.url()));
        RefResolver refs = new RefResolver(urls);
        Map<String, List<String>> ours = new LinkedHashMap<>();
        prepared.forEach((path, page) -> ours.put(path,
                parser.render(page, refs).page().sections().stream().map(Section::anchor)
                        .filter(anchor -> anchor != null && !anchor.isEmpty()).toList()));
        assertThat(ours).isEqualTo(hugoAnchors);
    }

    private static String relative(String url) {
        String base = site.baseUrl();
        return url.startsWith(base) ? "/" + url.substring(base.length()) : url;
    }
}
