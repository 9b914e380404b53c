package io.blogsearch.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.blogsearch.model.Page;
import io.blogsearch.source.Site;
import io.blogsearch.source.SiteReader;
import io.blogsearch.testing.SiteFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every taxonomy the site declares, plus keywords and series, ends up in the page's taxonomies. */
class TaxonomiesTest {

    @TempDir
    Path root;

    private Page page(String config, String frontMatter) throws Exception {
        SiteFixture.create(root).write("config.yaml", "baseURL: https://example.org/\n" + config)
                .write("content/posts/a.md", "---\ntitle: A\n" + frontMatter + "---\nText.\n");
        Site site = SiteReader.read(root);
        PageParser parser = new PageParser(site, false, Instant.parse("2030-01-01T00:00:00Z"));
        byte[] bytes = Files.readAllBytes(root.resolve("content/posts/a.md"));
        return parser.render(parser.prepare("content/posts/a.md", "h", bytes), new RefResolver(Map.of())).page();
    }

    @Test
    void readsHugosDefaultTaxonomiesWhenTheConfigDeclaresNone() throws Exception {
        Page page = page("", "tags: [Rust, Go]\ncategories: Talks\n");
        assertThat(page.taxonomies()).containsEntry("tags", List.of("Rust", "Go"))
                .containsEntry("categories", List.of("Talks"));
    }

    @Test
    void readsEveryDeclaredTaxonomyWhateverItsCase() throws Exception {
        Page page = page("taxonomies:\n  topic: topics\n  tag: tags\n",
                "Topics: [Storage]\ntags: [Ceph]\n");
        assertThat(page.taxonomies()).containsEntry("topics", List.of("Storage")).containsEntry("tags",
                List.of("Ceph"));
    }

    @Test
    void readsKeywordsAndSeriesEvenUndeclaredAndSplitsAKeywordString() throws Exception {
        Page page = page("taxonomies:\n  tag: tags\n", "keywords: 'tracing, metrics , logs'\nseries: [Deep dives]\n");
        assertThat(page.taxonomies()).containsEntry("keywords", List.of("tracing", "metrics", "logs"))
                .containsEntry("series", List.of("Deep dives"));
    }

    @Test
    void aLanguagesOwnTaxonomiesAreReadUnderTheSitesNameForTheSameSingular() throws Exception {
        // PaperMod's example site: each language names its taxonomies
        SiteFixture.create(root).write("config.yaml", """
                baseURL: https://example.org/
                languages:
                  en:
                    weight: 1
                    taxonomies: {category: categories, tag: tags, series: series}
                  fr:
                    weight: 2
                    taxonomies: {category: FRcategories, tag: FRtags, series: FRseries, theme: FRthemes}
                """).write("content/posts/a.fr.md", """
                ---
                title: A
                FRtags: [markdown, css]
                FRcategories: [themes]
                FRseries: [Themes Guide]
                FRthemes: [sombre]
                ---
                Texte.
                """);
        Site site = SiteReader.read(root);
        PageParser parser = new PageParser(site, false, Instant.parse("2030-01-01T00:00:00Z"));
        byte[] bytes = Files.readAllBytes(root.resolve("content/posts/a.fr.md"));
        Page page = parser.render(parser.prepare("content/posts/a.fr.md", "h", bytes), new RefResolver(Map.of()))
                .page();
        assertThat(page.taxonomies()).containsExactlyInAnyOrderEntriesOf(Map.of("tags", List.of("markdown", "css"),
                "categories", List.of("themes"), "series", List.of("Themes Guide"), "FRthemes", List.of("sombre")));
        assertThat(site.notices()).isEmpty();
    }

    @Test
    void readsTaxonomiesUnderParams() throws Exception {
        Page page = page("", "params:\n  tags: [Lucene]\n");
        assertThat(page.taxonomies()).containsEntry("tags", List.of("Lucene"));
    }
}
