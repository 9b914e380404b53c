package io.blogsearch.generator;

import static org.assertj.core.api.Assertions.assertThat;

import io.blogsearch.schema.DocType;
import io.blogsearch.schema.Fields;
import io.blogsearch.testing.IndexProbe;
import io.blogsearch.testing.SiteFixture;
import io.blogsearch.write.BuildSummary;
import io.blogsearch.write.FileProblem;
import io.blogsearch.write.IndexBuilder;
import io.blogsearch.write.IndexOptions;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A built site indexed end to end: list pages left out, a broken page reported, unchanged pages not parsed again. */
class BuiltHtmlIndexIT {

    @TempDir
    Path root;
    @TempDir
    Path index;

    private BuildSummary build() throws Exception {
        return new IndexBuilder(IndexOptions.of(root, index)
                .withSource(new SourceOptions("html", "https://rail.example.org/", null))).build();
    }

    @Test
    void indexesThePagesReportsTheBrokenOneAndRebuildsOnlyWhatChanged() throws Exception {
        SiteFixture site = BuiltHtmlFixture.write(root);
        site.writeBytes("broken.html", new byte[] {'<', 'p', '>', 0, 1, 2, 0, 3});
        BuildSummary first = build();
        assertThat(first.pages()).isEqualTo(3);
        assertThat(first.posts()).isEqualTo(1);
        assertThat(first.excluded()).isEqualTo(5);
        assertThat(first.problems()).extracting(FileProblem::path).containsExactly("broken.html");
        try (IndexProbe probe = IndexProbe.open(index)) {
            assertThat(probe.find(DocType.SECTION, Fields.TEXT_EXACT, "compartment")).singleElement()
                    .satisfies(d -> assertThat(d.get(Fields.URL))
                            .isEqualTo("https://rail.example.org/posts/night-trains/#booking"));
            assertThat(probe.count(DocType.QUOTE)).isEqualTo(1);
            assertThat(probe.count(DocType.FIGURE)).isEqualTo(1);
        }
        site.write("plain.html", "<html><body><main><p>Timetables are now printed weekly.</p></main></body></html>");
        BuildSummary second = build();
        assertThat(second.parsed()).isEqualTo(1);
        assertThat(second.unchanged()).isEqualTo(2);
        try (IndexProbe probe = IndexProbe.open(index)) {
            assertThat(probe.find(DocType.PAGE, Fields.TEXT_EXACT, "weekly")).hasSize(1);
        }
    }
}
