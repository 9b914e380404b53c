package io.blogsearch.generator;

import static org.assertj.core.api.Assertions.assertThat;

import io.blogsearch.model.Page;
import io.blogsearch.model.Section;
import io.blogsearch.parse.PreparedPage;
import io.blogsearch.parse.RefResolver;
import io.blogsearch.testing.RequiredResources;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Our URLs and heading anchors for the Jekyll fixture against what a real Jekyll built from it
 * ({@code jekyll-anchors.tsv}, written by {@code examples/jekyll-anchors.sh}).
 */
class JekyllParityTest {

    private static final Path GENERATOR =
            RequiredResources.projectRoot().resolve("indexer/src/test/resources/generator");

    @Test
    void everyPageJekyllBuiltHasOurUrlAndAnchors() throws Exception {
        Map<String, String> urls = new LinkedHashMap<>();
        Map<String, List<String>> anchors = new LinkedHashMap<>();
        for (String line : Files.readAllLines(GENERATOR.resolve("jekyll-anchors.tsv"), StandardCharsets.UTF_8)) {
            String[] columns = line.split("\t", -1);
            if (line.startsWith("#") || columns.length != 3 || columns[0].equals("source")) {
                continue;
            }
            urls.put(columns[0], "https://garden.example.com/blog" + columns[1]);
            List<String> list = anchors.computeIfAbsent(columns[0], key -> new ArrayList<>());
            if (!columns[2].isEmpty()) {
                list.add(columns[2]);
            }
        }
        Path site = GENERATOR.resolve("jekyll-site");
        Generators.OpenedSite opened = Generators.open(site, SourceOptions.auto());
        ContentParser parser = opened.generator().parser(opened.site(), false, Instant.now());
        List<String> indexed = new ArrayList<>();
        for (String path : opened.site().contentFiles()) {
            PreparedPage prepared = parser.prepare(path, "", Files.readAllBytes(site.resolve(path)));
            if (prepared.excluded() != null) {
                continue;
            }
            indexed.add(path);
            Page page = parser.render(prepared, new RefResolver(Map.of())).page();
            assertThat(page.url()).as(path).isEqualTo(urls.get(path));
            assertThat(page.sections()).as(path).extracting(Section::anchor)
                    .containsExactlyElementsOf(anchors.get(path));
        }
        assertThat(indexed).containsExactlyInAnyOrderElementsOf(urls.keySet());
    }
}
