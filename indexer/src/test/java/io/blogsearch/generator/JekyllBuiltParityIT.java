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
 * The Jekyll fixture as Debian's jekyll built it ({@code jekyll-built}, written by {@code examples/jekyll-build.sh})
 * read with {@code --html} gives the same pages, URLs, anchors, quotes, figures, dates and tags as its sources.
 */
class JekyllBuiltParityIT {

    private static final Path GENERATOR =
            RequiredResources.projectRoot().resolve("indexer/src/test/resources/generator");

    @TempDir
    Path work;

    @Test
    void builtOutputAndSourcesGiveTheSameIndex() throws Exception {
        new IndexBuilder(IndexOptions.of(GENERATOR.resolve("jekyll-site"), work.resolve("source"))).build();
        BuildSummary html = new IndexBuilder(IndexOptions.of(GENERATOR.resolve("jekyll-built"), work.resolve("html"))
                .withSource(new SourceOptions("html", "https://garden.example.com/blog/", null))).build();
        assertThat(html.problems()).isEmpty();
        try (IndexProbe source = IndexProbe.open(work.resolve("source"));
             IndexProbe built = IndexProbe.open(work.resolve("html"))) {
            for (DocType type : new DocType[] {DocType.POST, DocType.PAGE}) {
                for (String field :
                        new String[] {Fields.URL, Fields.PAGE_KIND, Fields.DATE, Fields.TAG, Fields.AUTHOR}) {
                    assertThat(values(built, type, field)).as(type + " " + field)
                            .isEqualTo(values(source, type, field));
                }
            }
            assertThat(source.count(DocType.PAGE)).isEqualTo(1);
            assertThat(values(built, DocType.SECTION, Fields.URL))
                    .isEqualTo(values(source, DocType.SECTION, Fields.URL));
            assertThat(values(built, DocType.QUOTE, Fields.SPEAKER))
                    .isEqualTo(values(source, DocType.QUOTE, Fields.SPEAKER));
            assertThat(values(built, DocType.FIGURE, Fields.FIGURE_IMAGE))
                    .isEqualTo(values(source, DocType.FIGURE, Fields.FIGURE_IMAGE));
        }
    }

    private static Set<String> values(IndexProbe probe, DocType type, String field) {
        return probe.all(type).stream().map(d -> d.get(Fields.URL) + " " + String.join(",", d.getValues(field)))
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
