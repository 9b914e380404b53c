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

    @Test
    void aSectionsFrontMatterCascadeLeavesOutItsSectionOrItsTargetInItsLanguage() throws Exception {
        // as Debian's hugo 0.111 builds it (with _build and _target, its spelling of build and target)
        SiteFixture.create(root).write("config.yaml", """
                baseURL: https://example.org/
                defaultContentLanguage: en
                languages:
                  en: {weight: 1, contentDir: content/en}
                  de: {weight: 2, contentDir: content/de}
                """)
                .write("content/en/hidden/_index.md", "---\ntitle: H\ncascade:\n  _build: {render: never}\n---\n")
                .write("content/en/hidden/a.md", "---\ntitle: A\n---\nText.\n")
                .write("content/en/hidden/deep/b.md", "---\ntitle: B\n---\nText.\n")
                .write("content/de/hidden/a.md", "---\ntitle: A\n---\nText.\n")
                .write("content/en/hiddenness.md", "---\ntitle: C\n---\nText.\n")
                .write("content/en/notes/_index.md", """
                        ---
                        title: Notes
                        cascade:
                          - build: {render: never}
                            target: {path: /notes/secret*}
                        ---
                        Notes.
                        """)
                .write("content/en/notes/secret-a.md", "---\ntitle: S\n---\nText.\n")
                .write("content/en/notes/open.md", "---\ntitle: O\n---\nText.\n");
        assertThat(excluded("content/en/hidden/_index.md")).isEqualTo("not rendered");
        assertThat(excluded("content/en/hidden/a.md")).isEqualTo("not rendered");
        assertThat(excluded("content/en/hidden/deep/b.md")).isEqualTo("not rendered");
        assertThat(excluded("content/de/hidden/a.md")).isNull();
        assertThat(excluded("content/en/hiddenness.md")).isNull();
        assertThat(excluded("content/en/notes/secret-a.md")).isEqualTo("not rendered");
        assertThat(excluded("content/en/notes/open.md")).isNull();
        assertThat(excluded("content/en/notes/_index.md")).isNull();
    }

    @Test
    void aChangedSectionCascadeChangesWhatTheIncrementalBuildKeysOn() throws Exception {
        SiteFixture fixture = SiteFixture.create(root).write("config.yaml", "baseURL: https://example.org/\n")
                .write("content/docs/_index.md", "---\ntitle: D\n---\n")
                .write("content/docs/a.md", "---\ntitle: A\n---\nText.\n");
        String open = new PageParser(SiteReader.read(root), false, Instant.EPOCH).sharedInputs();
        fixture.write("content/docs/_index.md", "---\ntitle: D\ncascade: {build: {render: never}}\n---\n");
        String closed = new PageParser(SiteReader.read(root), false, Instant.EPOCH).sharedInputs();
        assertThat(closed).isNotEqualTo(open);
    }
}
