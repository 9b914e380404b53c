package io.blogsearch.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.blogsearch.source.Site;
import io.blogsearch.source.SiteReader;
import io.blogsearch.testing.SiteFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pages Hugo gives no page of their own (build options, headless bundles, a config cascade) are no results. */
class UnrenderedPagesTest {

    @TempDir
    Path root;

    private String excluded(String path) throws Exception {
        Site site = SiteReader.read(root);
        return new PageParser(site, false, Instant.parse("2030-01-01T00:00:00Z"))
                .prepare(path, "h", Files.readAllBytes(root.resolve(path))).excluded();
    }

    @Test
    void buildRenderNeverOrLinkAndHeadlessBundlesAreLeftOut() throws Exception {
        SiteFixture.create(root)
                .write("content/docs/never.md", "---\ntitle: N\nbuild: {render: never}\n---\nText.\n")
                .write("content/docs/link.md", "---\ntitle: L\nbuild: {render: link}\n---\nText.\n")
                .write("content/docs/old.md", "---\ntitle: O\n_build: {render: false}\n---\nText.\n")
                .write("content/docs/snippets/index.md", "---\ntitle: S\nheadless: true\n---\nText.\n")
                .write("content/docs/kept.md", "---\ntitle: K\nbuild: {list: never}\n---\nText.\n");
        assertThat(excluded("content/docs/never.md")).isEqualTo("not rendered");
        assertThat(excluded("content/docs/link.md")).isEqualTo("not rendered");
        assertThat(excluded("content/docs/old.md")).isEqualTo("not rendered");
        assertThat(excluded("content/docs/snippets/index.md")).isEqualTo("not rendered");
        assertThat(excluded("content/docs/kept.md")).isNull();
    }

    @Test
    void aConfigCascadeWithATargetPathLeavesItsPagesOut() throws Exception {
        SiteFixture.create(root).write("config.yaml", """
                baseURL: https://example.org/
                cascade:
                  - build: {list: never, render: never}
                    target: {path: '{,/**}/_includes{,/**}'}
                  - params: {x: 1}
                    target: {path: /docs/**}
                """)
                .write("content/_includes/note.md", "Shared text.\n")
                .write("content/docs/_includes/deep.md", "Shared text.\n")
                .write("content/docs/guide.md", "---\ntitle: G\n---\nText.\n");
        assertThat(excluded("content/_includes/note.md")).isEqualTo("not rendered");
        assertThat(excluded("content/docs/_includes/deep.md")).isEqualTo("not rendered");
        assertThat(excluded("content/docs/guide.md")).isNull();
        assertThat(SiteReader.read(root).notices()).isEmpty();
    }
}
