package io.blogsearch.generator;

import static org.assertj.core.api.Assertions.assertThat;

import io.blogsearch.generator.zola.UncertainSlugException;
import io.blogsearch.model.Page;
import io.blogsearch.model.PageKind;
import io.blogsearch.model.Section;
import io.blogsearch.parse.HeadingAnchors;
import io.blogsearch.parse.PreparedPage;
import io.blogsearch.parse.RefResolver;
import io.blogsearch.testing.RequiredResources;
import io.blogsearch.testing.SiteFixture;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Zola's conventions on the fixture site and on small sites written per case. */
class ZolaGeneratorTest {

    private static final Path FIXTURE = RequiredResources.projectRoot()
            .resolve("indexer/src/test/resources/generator/zola-site");
    private static final Instant NOW = Instant.parse("2030-01-01T00:00:00Z");
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
        Page eclipse = parse(FIXTURE, "content/blog/lunar-eclipse.md", false);
        assertThat(eclipse.kind()).isEqualTo(PageKind.POST);
        assertThat(eclipse.date()).isEqualTo(Instant.parse("2022-11-08T10:59:00Z"));
        assertThat(eclipse.lastmod()).isEqualTo(Instant.parse("2022-11-09T00:00:00Z"));
        Page marathon = parse(FIXTURE, "content/blog/2023-03-18_messier-marathon.md", false);
        assertThat(marathon.kind()).isEqualTo(PageKind.POST);
        assertThat(marathon.date()).isEqualTo(Instant.parse("2023-03-18T00:00:00Z"));
        Page perseids = parse(FIXTURE, "content/blog/perseids.md", false);
        assertThat(perseids.kind()).isEqualTo(PageKind.POST);
        assertThat(perseids.date()).isEqualTo(Instant.parse("2021-08-12T00:00:00Z"));
        Page about = parse(FIXTURE, "content/about.md", false);
        assertThat(about.kind()).isEqualTo(PageKind.PAGE);
        assertThat(about.date()).isNull();
        assertThat(parse(FIXTURE, "content/blog/_index.md", false).kind()).isEqualTo(PageKind.SECTION_LIST);
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
        ContentParser parser = parser(FIXTURE, false);
        for (Map.Entry<String, String> page : expected.entrySet()) {
            assertThat(prepare(parser, FIXTURE, page.getKey()).url()).as(page.getKey())
                    .isEqualTo(BASE + page.getValue());
        }
    }

    @Test
    void namesHeadingsAsZolaDoes() throws Exception {
        Page marathon = parse(FIXTURE, "content/blog/2023-03-18_messier-marathon.md", false);
        assertThat(marathon.sections()).extracting(Section::anchor).containsExactly("timing-first-contact-totality");
        assertThat(HeadingAnchors.sanitize("Timing: first contact/totality"))
                .isEqualTo("timing-first-contacttotality"); // what Hugo and GitHub would have linked to
        assertThat(parse(FIXTURE, "content/blog/lunar-eclipse.md", false).sections()).extracting(Section::anchor)
                .containsExactly("notes", "notes-1", "kit");
        assertThat(parse(FIXTURE, "content/about.md", false).sections()).extracting(Section::anchor)
                .containsExactly("joining-fees-membership");
    }

    @Test
    void readsAuthorsTaxonomiesAndLanguage() throws Exception {
        Page marathon = parse(FIXTURE, "content/blog/2023-03-18_messier-marathon.md", false);
        assertThat(marathon.authors()).containsExactly("Ines Calloway", "Tomas Reyes");
        assertThat(marathon.tags()).containsExactly("messier", "deep sky");
        assertThat(marathon.taxonomies().get("constellations")).containsExactly("Virgo", "Sagittarius");
        assertThat(parse(FIXTURE, "content/blog/comet-hunt/index.md", false).authors())
                .containsExactly("Marguerite Oyelaran"); // extra.author
        assertThat(parse(FIXTURE, "content/guides/Star_Hopping.md", false).authors())
                .containsExactly("Club Secretary"); // the config's author
        Page french = parse(FIXTURE, "content/about.fr.md", false);
        assertThat(french.lang()).isEqualTo("fr");
        assertThat(french.title()).isEqualTo("À propos du club");
        assertThat(parse(FIXTURE, "content/about.md", false).lang()).isEqualTo("en");
    }

    @Test
    void leavesDraftsAndDraftedSectionsOutUnlessAsked() throws Exception {
        ContentParser parser = parser(FIXTURE, false);
        assertThat(prepare(parser, FIXTURE, "content/blog/new-telescope.md").excluded()).isEqualTo("draft");
        assertThat(prepare(parser, FIXTURE, "content/archive/paper-logbook.md").excluded()).isEqualTo("draft");
        assertThat(prepare(parser, FIXTURE, "content/blog/perseids.md").excluded()).isNull();
        ContentParser withDrafts = parser(FIXTURE, true);
        assertThat(prepare(withDrafts, FIXTURE, "content/blog/new-telescope.md").excluded()).isNull();
        assertThat(prepare(withDrafts, FIXTURE, "content/archive/paper-logbook.md").excluded()).isNull();
    }

    @Test
    void keepsShortcodeCallsOutOfTheTextButTheirBodies() throws Exception {
        Page eclipse = parse(FIXTURE, "content/blog/lunar-eclipse.md", false);
        assertThat(eclipse.body()).contains("Dark adaptation takes twenty minutes")
                .contains("write {{ youtube(id=\"your-clip\") }} in the page")
                .contains("println!(\"{{}} minutes of totality\", 85);")
                .doesNotContain("eclipse-timelapse").doesNotContain("note(kind").doesNotContain("{% end %}");
    }

    @Test
    void followsTheSlugifyStrategiesAndDatePrefixes() throws Exception {
        String page = "+++\ntitle = \"T\"\n+++\nText.\n";
        zolaSite("").write("content/notes/2021-05-04T10:00:00Z-Café Crème.md", page)
                .write("content/notes/2020-02-30-odd.md", page).write("content/notes/2019-01-02.md", page);
        ContentParser parser = parser(root, false);
        PreparedPage timed = prepare(parser, root, "content/notes/2021-05-04T10:00:00Z-Café Crème.md");
        assertThat(timed.url()).isEqualTo("https://sky.example.org/notes/cafe-creme/");
        assertThat(timed.date()).isEqualTo(Instant.parse("2021-05-04T10:00:00Z"));
        PreparedPage odd = prepare(parser, root, "content/notes/2020-02-30-odd.md");
        assertThat(odd.date()).isNull(); // no such day: undated, but the prefix still leaves the slug
        assertThat(odd.url()).isEqualTo("https://sky.example.org/notes/odd/");
        assertThat(prepare(parser, root, "content/notes/2019-01-02.md").url())
                .isEqualTo("https://sky.example.org/notes/2019-01-02/");

        zolaSite("[slugify]\npaths = \"safe\"\nanchors = \"off\"\npaths_keep_dates = true\n")
                .write("content/notes/2021-05-04-Café Crème?.md", "+++\n+++\n## Total: 2 hours\n");
        ContentParser safe = parser(root, false);
        PreparedPage kept = prepare(safe, root, "content/notes/2021-05-04-Café Crème?.md");
        assertThat(kept.url()).isEqualTo("https://sky.example.org/notes/2021-05-04-Café%20Crème/");
        assertThat(safe.render(kept, new RefResolver(Map.of())).page().sections()).extracting(Section::anchor)
                .containsExactly("Total:_2_hours");
    }

    @Test
    void saysSoWhenZolaWouldTransliterateWhatIsNotKnownHere() throws Exception {
        zolaSite("").write("content/星空.md", "+++\ntitle = \"Stars\"\n+++\n## Clear night 🌙\n\n## Clear night\n")
                .write("content/plain.md", "+++\nslug = \"Crème brûlée\"\n+++\nText.\n");
        ContentParser parser = parser(root, false);
        PreparedPage stars = prepare(parser, root, "content/星空.md");
        assertThat(stars.problems()).singleElement().isInstanceOf(UncertainSlugException.class)
                .satisfies(problem -> assertThat(problem.skipsFile()).isFalse());
        // the moon becomes a word in Zola's anchor, unknown here: no id, rather than one the page does not have
        assertThat(parser.render(stars, new RefResolver(Map.of())).page().sections()).extracting(Section::anchor)
                .containsExactly("clear-night");
        PreparedPage plain = prepare(parser, root, "content/plain.md");
        assertThat(plain.problems()).isEmpty();
        assertThat(plain.url()).isEqualTo("https://sky.example.org/creme-brulee/");
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

    private static ContentParser parser(Path site, boolean drafts) throws Exception {
        Generators.OpenedSite opened = Generators.open(site, SourceOptions.auto());
        assertThat(opened.generator().name()).isEqualTo("zola");
        return opened.generator().parser(opened.site(), drafts, NOW);
    }

    private static PreparedPage prepare(ContentParser parser, Path site, String path) throws Exception {
        return parser.prepare(path, "h", Files.readString(site.resolve(path)).getBytes(StandardCharsets.UTF_8));
    }

    private static Page parse(Path site, String path, boolean drafts) throws Exception {
        ContentParser parser = parser(site, drafts);
        return parser.render(prepare(parser, site, path), new RefResolver(Map.of())).page();
    }
}
