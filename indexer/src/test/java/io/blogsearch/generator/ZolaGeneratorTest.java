package io.blogsearch.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.blogsearch.generator.zola.UncertainSlugException;
import io.blogsearch.model.Page;
import io.blogsearch.model.PageKind;
import io.blogsearch.model.Section;
import io.blogsearch.parse.FrontMatterException;
import io.blogsearch.parse.HeadingAnchors;
import io.blogsearch.parse.PreparedPage;
import io.blogsearch.testing.RequiredResources;
import io.blogsearch.testing.SiteFixture;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Zola's conventions on the fixture site and on small sites written per case. */
class ZolaGeneratorTest {

    private static final Path FIXTURE = RequiredResources.projectRoot()
            .resolve("indexer/src/test/resources/generator/zola-site");
    private static final String BASE = "https://stargazers.example.net/";

    @TempDir
    Path root;

    @Test
    void recognisesZolaBeforeHugoAndListsTheFilesZolaReads() throws Exception {
        // Hugo would take the site too (config.toml, content/): only the order keeps it Zola's
        assertThat(Generators.byName("hugo").recognises(FIXTURE, SourceOptions.auto())).isTrue();
        Generators.OpenedSite opened = Generators.open(FIXTURE, SourceOptions.auto());
        assertThat(opened.generator().name()).isEqualTo("zola");
        assertThat(opened.site().baseUrl()).isEqualTo(BASE);
        assertThat(opened.site().title()).isEqualTo("Night Sky Notes");
        assertThat(opened.site().contentFiles()).containsExactly("content/_index.fr.md", "content/_index.md",
                "content/about.fr.md", "content/about.md", "content/archive/_index.md",
                "content/archive/paper-logbook.md", "content/blog/2023-03-18_messier-marathon.md",
                "content/blog/_index.md", "content/blog/comet-hunt/index.md", "content/blog/lunar-eclipse.md",
                "content/blog/new-telescope.md", "content/blog/perseids.md", "content/guides/Star_Hopping.md");
        assertThat(Generators.open(FIXTURE, new SourceOptions("zola", null, null)).generator().name())
                .isEqualTo("zola");
    }

    @Test
    void datesPostsByFrontMatterThenFileNameThenPath() throws Exception {
        Page eclipse = fixture().parse("content/blog/lunar-eclipse.md");
        assertThat(eclipse.kind()).isEqualTo(PageKind.POST);
        assertThat(eclipse.date()).isEqualTo(Instant.parse("2022-11-08T10:59:00Z"));
        assertThat(eclipse.lastmod()).isEqualTo(Instant.parse("2022-11-09T00:00:00Z"));
        Page marathon = fixture().parse("content/blog/2023-03-18_messier-marathon.md");
        assertThat(marathon.kind()).isEqualTo(PageKind.POST);
        assertThat(marathon.date()).isEqualTo(Instant.parse("2023-03-18T00:00:00Z"));
        Page perseids = fixture().parse("content/blog/perseids.md");
        assertThat(perseids.kind()).isEqualTo(PageKind.POST);
        assertThat(perseids.date()).isEqualTo(Instant.parse("2021-08-12T00:00:00Z"));
        Page about = fixture().parse("content/about.md");
        assertThat(about.kind()).isEqualTo(PageKind.PAGE);
        assertThat(about.date()).isNull();
        assertThat(fixture().parse("content/blog/_index.md").kind()).isEqualTo(PageKind.SECTION_LIST);
    }

    @Test
    void publishesAtPathElseFoldersAndSlugWithTheLanguageFirst() throws Exception {
        Map<String, String> expected = Map.of(
                "content/blog/perseids.md", "2021/08/12/perseids-from-the-field/",
                "content/blog/2023-03-18_messier-marathon.md", "blog/messier-marathon/",
                "content/blog/lunar-eclipse.md", "blog/total-lunar-eclipse-seen-from-the-roof/",
                "content/blog/comet-hunt/index.md", "blog/comet-hunt/",
                "content/guides/Star_Hopping.md", "guides/star-hopping/",
                "content/about.fr.md", "fr/about/",
                "content/_index.fr.md", "fr/",
                "content/blog/_index.md", "blog/",
                "content/_index.md", "");
        SourcePages parser = fixture();
        for (Map.Entry<String, String> page : expected.entrySet()) {
            assertThat(parser.prepare(page.getKey()).url()).as(page.getKey())
                    .isEqualTo(BASE + page.getValue());
        }
    }

    @Test
    void namesHeadingsAsZolaDoes() throws Exception {
        Page marathon = fixture().parse("content/blog/2023-03-18_messier-marathon.md");
        assertThat(marathon.sections()).extracting(Section::anchor).containsExactly("timing-first-contact-totality");
        assertThat(HeadingAnchors.sanitize("Timing: first contact/totality"))
                .isEqualTo("timing-first-contacttotality"); // what Hugo and GitHub would have linked to
        assertThat(fixture().parse("content/blog/lunar-eclipse.md").sections()).extracting(Section::anchor)
                .containsExactly("notes", "notes-1", "kit");
        assertThat(fixture().parse("content/about.md").sections()).extracting(Section::anchor)
                .containsExactly("joining-fees-membership");
    }

    @Test
    void readsAuthorsTaxonomiesAndLanguage() throws Exception {
        Page marathon = fixture().parse("content/blog/2023-03-18_messier-marathon.md");
        assertThat(marathon.authors()).containsExactly("Ines Calloway", "Tomas Reyes");
        assertThat(marathon.tags()).containsExactly("messier", "deep sky");
        assertThat(marathon.taxonomies().get("constellations")).containsExactly("Virgo", "Sagittarius");
        assertThat(fixture().parse("content/blog/comet-hunt/index.md").authors())
                .containsExactly("Marguerite Oyelaran"); // extra.author
        assertThat(fixture().parse("content/guides/Star_Hopping.md").authors())
                .containsExactly("Club Secretary"); // the config's author
        Page french = fixture().parse("content/about.fr.md");
        assertThat(french.lang()).isEqualTo("fr");
        assertThat(french.title()).isEqualTo("À propos du club");
        assertThat(fixture().parse("content/about.md").lang()).isEqualTo("en");
    }

    @Test
    void takesTheAuthorsTaxonomyBeforeTheSiteAuthor() throws Exception {
        zolaSite("author = \"Site Keeper\"\ntaxonomies = [{name = \"authors\"}, {name = \"tags\"}]\n")
                .write("content/notes/dusk.md", "+++\ntitle = \"Dusk\"\n[taxonomies]\nauthors = [\"Ada Quill\", "
                        + "\"Bo Lindqvist\"]\ntags = [\"twilight\"]\n+++\nText.\n")
                .write("content/notes/dawn.md", "+++\ntitle = \"Dawn\"\n+++\nText.\n");
        SourcePages parser = SourcePages.of(root, false);
        assertThat(parser.parse("content/notes/dusk.md").authors()).containsExactly("Ada Quill", "Bo Lindqvist");
        assertThat(parser.parse("content/notes/dawn.md").authors()).containsExactly("Site Keeper");
    }

    @Test
    void leavesDraftsAndDraftedSectionsOutUnlessAsked() throws Exception {
        SourcePages parser = fixture();
        assertThat(parser.prepare("content/blog/new-telescope.md").excluded()).isEqualTo("draft");
        assertThat(parser.prepare("content/archive/paper-logbook.md").excluded()).isEqualTo("draft");
        assertThat(parser.prepare("content/blog/perseids.md").excluded()).isNull();
        SourcePages withDrafts = SourcePages.of(FIXTURE, true);
        assertThat(withDrafts.prepare("content/blog/new-telescope.md").excluded()).isNull();
        assertThat(withDrafts.prepare("content/archive/paper-logbook.md").excluded()).isNull();
    }

    @Test
    void keepsShortcodeCallsOutOfTheTextButTheirBodies() throws Exception {
        Page eclipse = fixture().parse("content/blog/lunar-eclipse.md");
        assertThat(eclipse.body()).contains("Dark adaptation takes twenty minutes")
                .contains("write {{ youtube(id=\"your-clip\") }} in the page")
                .contains("println!(\"{{}} minutes of totality\", 85);")
                .doesNotContain("eclipse-timelapse").doesNotContain("note(kind").doesNotContain("{% end %}");
    }

    @Test
    void aDateKeepsTheOffsetItIsWrittenWith() throws Exception {
        zolaSite("").write("content/notes/dawn.md", "+++\ntitle = \"Dawn\"\ndate = 2023-01-01T01:00:00+09:00\n+++\n"
                + "Text.\n").write("content/notes/noon.md", "+++\ntitle = \"Noon\"\ndate = 2023-01-01\n+++\nText.\n");
        SourcePages parser = SourcePages.of(root, false);
        Page dawn = parser.parse("content/notes/dawn.md");
        assertThat(dawn.date()).isEqualTo(Instant.parse("2022-12-31T16:00:00Z"));
        assertThat(dawn.dateOffset()).isEqualTo(ZoneOffset.ofHours(9));
        assertThat(parser.parse("content/notes/noon.md").dateOffset()).isNull();
    }

    @Test
    void followsTheSlugifyStrategiesAndDatePrefixes() throws Exception {
        String page = "+++\ntitle = \"T\"\n+++\nText.\n";
        zolaSite("").write("content/notes/2021-05-04T10:00:00Z-Café Crème.md", page)
                .write("content/notes/2020-02-30-odd.md", page).write("content/notes/2019-01-02.md", page);
        SourcePages parser = SourcePages.of(root, false);
        PreparedPage timed = parser.prepare("content/notes/2021-05-04T10:00:00Z-Café Crème.md");
        assertThat(timed.url()).isEqualTo("https://sky.example.org/notes/cafe-creme/");
        assertThat(timed.date()).isEqualTo(Instant.parse("2021-05-04T10:00:00Z"));
        PreparedPage odd = parser.prepare("content/notes/2020-02-30-odd.md");
        assertThat(odd.date()).isNull(); // no such day: undated, but the prefix still leaves the slug
        assertThat(odd.url()).isEqualTo("https://sky.example.org/notes/odd/");
        assertThat(parser.prepare("content/notes/2019-01-02.md").url())
                .isEqualTo("https://sky.example.org/notes/2019-01-02/");

        zolaSite("[slugify]\npaths = \"safe\"\nanchors = \"off\"\npaths_keep_dates = true\n")
                .write("content/notes/2021-05-04-Café Crème?.md", "+++\n+++\n## Total: 2 hours\n");
        SourcePages safe = SourcePages.of(root, false);
        PreparedPage kept = safe.prepare("content/notes/2021-05-04-Café Crème?.md");
        assertThat(kept.url()).isEqualTo("https://sky.example.org/notes/2021-05-04-Café%20Crème/");
        assertThat(safe.parse("content/notes/2021-05-04-Café Crème?.md").sections()).extracting(Section::anchor)
                .containsExactly("Total:_2_hours");
    }

    @Test
    void saysSoWhenZolaWouldTransliterateWhatIsNotKnownHere() throws Exception {
        zolaSite("").write("content/星空.md", "+++\ntitle = \"Stars\"\n+++\n## Clear night 🌙\n\n## Clear night\n")
                .write("content/plain.md", "+++\nslug = \"Crème brûlée\"\n+++\nText.\n");
        SourcePages parser = SourcePages.of(root, false);
        PreparedPage stars = parser.prepare("content/星空.md");
        assertThat(stars.problems()).singleElement().isInstanceOf(UncertainSlugException.class)
                .satisfies(problem -> assertThat(problem.skipsFile()).isFalse());
        // the moon becomes a word in Zola's anchor, unknown here: no id, rather than one the page does not have
        assertThat(parser.parse("content/星空.md").sections()).extracting(Section::anchor)
                .containsExactly("clear-night");
        PreparedPage plain = parser.prepare("content/plain.md");
        assertThat(plain.problems()).isEmpty();
        assertThat(plain.url()).isEqualTo("https://sky.example.org/creme-brulee/");
    }

    @Test
    void readsFrontMatterThatBlankLinesPrecede() throws Exception {
        zolaSite("").write("content/notes/_index.md", "\n+++\ndraft = true\n+++\n")
                .write("content/notes/hidden.md", "+++\ntitle = \"Hidden\"\n+++\nText.\n")
                .write("content/dusk.md", "\n  \n+++\ntitle = \"Dusk\"\ndate = 2023-04-05\n[taxonomies]\n"
                        + "tags = [\"twilight\"]\n+++\n## Civil twilight\nText.\n")
                .write("content/broken.md", "\n\n---\ntitle: [unclosed\n---\nText.\n");
        SourcePages parser = SourcePages.of(root, false);
        Page dusk = parser.parse("content/dusk.md");
        assertThat(dusk.kind()).isEqualTo(PageKind.POST);
        assertThat(dusk.date()).isEqualTo(Instant.parse("2023-04-05T00:00:00Z"));
        assertThat(dusk.title()).isEqualTo("Dusk");
        assertThat(dusk.tags()).containsExactly("twilight");
        assertThat(dusk.body()).doesNotContain("title =").doesNotContain("+++");
        assertThat(dusk.sections()).extracting(Section::anchor).containsExactly("civil-twilight");
        assertThat(parser.prepare("content/notes/hidden.md").excluded()).isEqualTo("draft");
        // the reported line is the file's own: the blank lines are not counted out
        assertThatThrownBy(() -> parser.prepare("content/broken.md")).isInstanceOf(FrontMatterException.class)
                .satisfies(problem -> assertThat(((FrontMatterException) problem).line()).isGreaterThanOrEqualTo(4));
    }

    @Test
    void readsTheLanguageListOfZolaBefore015() throws Exception {
        zolaSite("languages = [{code = \"fr\", feed = true}, {code = \"de\"}]\n")
                .write("content/about.fr.md", "+++\ntitle = \"Le club\"\n+++\nTexte.\n");
        SourcePages parser = SourcePages.of(root, false);
        Page french = parser.parse("content/about.fr.md");
        assertThat(french.lang()).isEqualTo("fr");
        assertThat(french.url()).isEqualTo("https://sky.example.org/fr/about/");
    }

    @Test
    void prefersZolaTomlAndLeavesHugoConfigsToHugo() throws Exception {
        SiteFixture site = SiteFixture.create(root).delete("config.yaml")
                .write("config.toml", "baseURL = \"https://hugo.example.org/\"\n")
                .write("content/post.md", "+++\ntitle = \"P\"\n+++\nText.\n");
        assertThat(Generators.open(site.root(), SourceOptions.auto()).generator().name()).isEqualTo("hugo");
        site.write("zola.toml", "base_url = \"https://zola.example.org\"\n");
        Generators.OpenedSite opened = Generators.open(site.root(), SourceOptions.auto());
        assertThat(opened.generator().name()).isEqualTo("zola");
        assertThat(opened.site().baseUrl()).isEqualTo("https://zola.example.org/");
    }

    private SiteFixture zolaSite(String config) {
        return SiteFixture.create(root).delete("config.yaml")
                .write("config.toml", "base_url = \"https://sky.example.org\"\n" + config);
    }

    /** The fixture site as its generator reads it, drafts left out. */
    private static SourcePages fixture() throws Exception {
        return SourcePages.of(FIXTURE, false);
    }
}
