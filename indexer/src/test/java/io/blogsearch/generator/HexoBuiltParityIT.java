package io.blogsearch.generator;

import static org.assertj.core.api.Assertions.assertThat;

import io.blogsearch.schema.DocType;
import io.blogsearch.schema.Fields;
import io.blogsearch.testing.IndexProbe;
import io.blogsearch.testing.RequiredResources;
import io.blogsearch.write.BuildSummary;
import io.blogsearch.write.IndexBuilder;
import io.blogsearch.write.IndexOptions;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Hexo fixture as Hexo 8 built it ({@code hexo-built}, written by {@code examples/hexo-build.sh}) read with
 * {@code --html} gives the same pages, URLs, anchors, quotes, dates, tags and languages as its sources.
 */
class HexoBuiltParityIT {

    private static final Path GENERATOR =
            RequiredResources.projectRoot().resolve("indexer/src/test/resources/generator");

    @TempDir
    Path work;

    @Test
    void builtOutputAndSourcesGiveTheSameIndex() throws Exception {
        new IndexBuilder(IndexOptions.of(GENERATOR.resolve("hexo-site"), work.resolve("source"))).build();
        BuildSummary html = new IndexBuilder(IndexOptions.of(GENERATOR.resolve("hexo-built"), work.resolve("html"))
                .withSource(new SourceOptions("html", "https://tides.example.org/journal/", null))).build();
        assertThat(html.problems()).isEmpty();
        try (IndexProbe source = IndexProbe.open(work.resolve("source"));
             IndexProbe built = IndexProbe.open(work.resolve("html"))) {
            for (DocType type : new DocType[] {DocType.POST, DocType.PAGE}) {
                for (String field : new String[] {Fields.URL, Fields.PAGE_KIND, Fields.DATE, Fields.TAG,
                        Fields.AUTHOR, Fields.LANG}) {
                    assertThat(values(built, type, field)).as(type + " " + field)
                            .isEqualTo(values(source, type, field));
                }
            }
            assertThat(source.count(DocType.POST)).isEqualTo(3);
            assertThat(values(built, DocType.SECTION, Fields.URL))
                    .isEqualTo(values(source, DocType.SECTION, Fields.URL));
            assertThat(values(built, DocType.QUOTE, Fields.SPEAKER))
                    .isEqualTo(values(source, DocType.QUOTE, Fields.SPEAKER));
        }
    }

    /**
     * Each document's URL and values of a field. URLs are compared without {@code .html}: the site's
     * {@code pretty_urls.trailing_html: false} links pages without it (served by clean-URL hosting), while built
     * HTML read back only knows the file's name.
     */
    private static Set<String> values(IndexProbe probe, DocType type, String field) {
        return probe.all(type).stream()
                .map(d -> (d.get(Fields.URL) + " " + String.join(",", d.getValues(field)))
                        .replace(".html#", "#").replaceAll("\\.html( |$)", "$1"))
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
