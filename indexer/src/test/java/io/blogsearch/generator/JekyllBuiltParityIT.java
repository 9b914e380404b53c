package io.blogsearch.generator;

import static org.assertj.core.api.Assertions.assertThat;

import io.blogsearch.schema.DocType;
import io.blogsearch.schema.Fields;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Jekyll fixture as Debian's jekyll built it ({@code jekyll-built}, written by {@code examples/jekyll-build.sh})
 * read with {@code --html} gives the same pages, URLs, anchors, quotes, figures, dates and tags as its sources.
 */
class JekyllBuiltParityIT {

    @TempDir
    Path work;

    @Test
    void builtOutputAndSourcesGiveTheSameIndex() throws Exception {
        try (BuiltParity parity = BuiltParity.of(work, "jekyll-site", "jekyll-built",
                "https://garden.example.com/blog/", url -> url)) {
            for (DocType type : new DocType[] {DocType.POST, DocType.PAGE}) {
                parity.assertSame(type, Fields.URL, Fields.PAGE_KIND, Fields.DATE, Fields.TAG, Fields.AUTHOR);
            }
            assertThat(parity.source().count(DocType.PAGE)).isEqualTo(1);
            parity.assertSame(DocType.SECTION, Fields.URL);
            parity.assertSame(DocType.QUOTE, Fields.SPEAKER);
            parity.assertSame(DocType.FIGURE, Fields.FIGURE_IMAGE);
        }
    }
}
