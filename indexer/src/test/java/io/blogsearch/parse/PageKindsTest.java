package io.blogsearch.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.blogsearch.model.PageKind;
import io.blogsearch.schema.DocType;
import io.blogsearch.schema.Fields;
import io.blogsearch.testing.IndexProbe;
import io.blogsearch.source.Site;
import io.blogsearch.source.SiteReader;
import io.blogsearch.write.BuildSummary;
import io.blogsearch.write.IndexBuilder;
import io.blogsearch.write.IndexOptions;
import io.blogsearch.testing.SiteFixture;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Posts are the regular pages of the main sections, as Hugo's {@code mainSections} decides them. */
class PageKindsTest {

    @TempDir
    Path root;

    @TempDir
    Path index;

    private static String page(String title, String date) {
        return "---\ntitle: " + title + (date == null ? "" : "\ndate: " + date) + "\n---\nSome words.\n";
    }

    @Test
    void theSectionWithTheMostDatedPagesIsTheMainOneNotTheOneWithTheMostFiles() throws Exception {
        SiteFixture site = SiteFixture.create(root);
        for (int i = 0; i < 5; i++) {
            site.write("content/docs/guide-" + i + ".md", page("Guide " + i, null));
        }
        site.write("content/blog/one.md", page("One", "2024-01-02"))
                .write("content/blog/two.md", page("Two", "2024-02-03"))
                .write("content/about.md", page("About", null))
                .write("content/blog/_index.md", "---\ntitle: Blog\n---\n");
        BuildSummary summary = new IndexBuilder(IndexOptions.of(root, index)).build();
        assertThat(summary.posts()).isEqualTo(2);
        assertThat(summary.pages()).isEqualTo(8); // the blog list page has no text: no result
    }

    @Test
    void anIncrementalBuildRewritesUnchangedPagesWhoseKindMoved() throws Exception {
        SiteFixture site = SiteFixture.create(root)
                .write("content/blog/one.md", page("One", "2024-01-02"))
                .write("content/blog/two.md", page("Two", "2024-02-03"))
                .write("content/news/a.md", page("A", "2024-03-04"));
        assertThat(new IndexBuilder(IndexOptions.of(root, index)).build().posts()).isEqualTo(2);
        for (int i = 0; i < 3; i++) {
            site.write("content/news/more-" + i + ".md", page("More " + i, "2024-04-0" + (i + 1)));
        }
        BuildSummary summary = new IndexBuilder(IndexOptions.of(root, index)).build();
        assertThat(summary.posts()).isEqualTo(4);
        try (IndexProbe probe = IndexProbe.open(index)) {
            assertThat(probe.all(DocType.POST)).extracting(d -> d.get(Fields.PATH)).allMatch(
                    path -> path.startsWith("content/news/"));
            assertThat(probe.count(DocType.PAGE)).isEqualTo(2);
        }
    }

    @Test
    void configuredMainSectionsWin() throws Exception {
        SiteFixture.create(root).write("config.yaml", "params:\n  mainSections: [notes, blog]\n")
                .write("content/blog/one.md", page("One", "2024-01-02"))
                .write("content/notes/n.md", page("N", null))
                .write("content/events/e.md", page("E", "2024-01-02"));
        Site site = SiteReader.read(root);
        PageKinds kinds = PageKinds.of(site);
        assertThat(kinds.mainSections()).isEqualTo(Set.of("notes", "blog"));
        assertThat(kinds.kind(ContentPath.of("content/notes/n.md"))).isEqualTo(PageKind.POST);
        assertThat(kinds.kind(ContentPath.of("content/events/e.md"))).isEqualTo(PageKind.PAGE);
        assertThat(kinds.kind(ContentPath.of("content/blog/_index.md"))).isEqualTo(PageKind.SECTION_LIST);
    }

    @Test
    void mainSectionsAtTheConfigsRootWinOverParams() throws Exception {
        // Hugo's current key, as PaperMod's example site writes it
        SiteFixture.create(root).write("config.yaml", "mainSections: [notes]\nparams:\n  mainSections: [blog]\n")
                .write("content/blog/one.md", page("One", "2024-01-02"))
                .write("content/notes/n.md", page("N", null));
        assertThat(PageKinds.of(SiteReader.read(root)).mainSections()).isEqualTo(Set.of("notes"));
    }

    @Test
    void theSummaryReportsConfigFormsItDoesNotUnderstandOnceWithFileAndKey() throws Exception {
        SiteFixture.create(root).write("hugo.yaml", "permalinks:\n  posts: 42\n  page:\n    blog: /:nope/\n")
                .write("content/blog/one.md", page("One", "2024-01-02"));
        BuildSummary summary = new IndexBuilder(IndexOptions.of(root, index)).build();
        assertThat(summary.notices()).containsExactlyInAnyOrder(
                "hugo.yaml: permalinks.posts: not a pattern nor a map of page, section, term or taxonomy patterns; "
                        + "ignored",
                "hugo.yaml: permalinks.page.blog: unknown permalink token :nope (Hugo refuses it); pages it targets "
                        + "keep Hugo's default path");
    }

    @Test
    void indexesOnlyTheChosenSections() throws Exception {
        SiteFixture.create(root).write("blogsearch.yaml", "index:\n  sections: [blog]\n")
                .write("content/blog/one.md", page("One", "2024-01-02"))
                .write("content/docs/d.md", page("D", null));
        assertThat(new IndexBuilder(IndexOptions.of(root, index)).build().pages()).isEqualTo(1);
        assertThat(new IndexBuilder(IndexOptions.of(root, index).withFull(true).withSections(Set.of("docs")))
                .build().pages()).isEqualTo(1);
    }
}
