package io.blogsearch.generator;

import static org.assertj.core.api.Assertions.assertThat;

import io.blogsearch.schema.DocType;
import io.blogsearch.schema.Fields;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Hexo fixture as Hexo 8 built it ({@code hexo-built}, written by {@code examples/hexo-build.sh}) read with
 * {@code --html} gives the same pages, URLs, anchors, quotes, dates, tags and languages as its sources.
 */
class HexoBuiltParityIT {

    @TempDir
    Path work;

    @Test
    void builtOutputAndSourcesGiveTheSameIndex() throws Exception {
        // without .html: the site's pretty_urls.trailing_html: false links pages without it (served by clean-URL
        // hosting), while built HTML read back only knows the file's name
        try (BuiltParity parity = BuiltParity.of(work, "hexo-site", "hexo-built", "https://tides.example.org/journal/",
                url -> url.replace(".html#", "#").replaceAll("\\.html( |$)", "$1"))) {
            for (DocType type : new DocType[] {DocType.POST, DocType.PAGE}) {
                parity.assertSame(type, Fields.URL, Fields.PAGE_KIND, Fields.DATE, Fields.TAG, Fields.AUTHOR,
                        Fields.LANG);
            }
            assertThat(parity.source().count(DocType.POST)).isEqualTo(3);
            parity.assertSame(DocType.SECTION, Fields.URL);
            parity.assertSame(DocType.QUOTE, Fields.SPEAKER);
        }
    }
}
