package io.blogsearch.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where a site's themes are, as the example sites of popular themes place them. */
class ThemeFoldersTest {

    @TempDir
    Path dir;

    private Path write(String path, String text) throws IOException {
        Path file = dir.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    @Test
    void findsThemesUnderThemesDirAndTheThemesTheyName() throws Exception {
        write("site/hugo.toml", "theme = [\"main\"]\n");
        write("site/content/a.md", "---\ntitle: A\n---\nA.\n");
        write("site/themes/main/hugo.toml", "theme = \"component\"\n");
        write("site/themes/component/layouts/_shortcodes/x.html", "");
        write("site/data/people.yaml", "a: 1\n");
        write("site/themes/component/data/people.yaml", "b: 2\n");
        write("site/themes/component/data/events.yaml", "c: 3\n");
        Site site = SiteReader.read(dir.resolve("site"));
        assertThat(site.themes()).containsExactly(dir.resolve("site/themes/main"),
                dir.resolve("site/themes/component"));
        // the site's data file hides the theme's of the same name; the theme's others are added
        assertThat(site.dataFile("people").has("a")).isTrue();
        assertThat(site.dataFile("events").has("c")).isTrue();
    }

    @Test
    void anExampleSiteUsesTheThemesDirItNamesOrElseTheThemeAboveIt() throws Exception {
        write("LoveIt/theme.toml", "name = \"LoveIt\"\n");
        write("LoveIt/layouts/_shortcodes/admonition.html", "");
        write("LoveIt/exampleSite/hugo.toml", "theme = \"LoveIt\"\nthemesDir = \"../..\"\n");
        write("LoveIt/exampleSite/content/a.md", "---\ntitle: A\n---\nA.\n");
        assertThat(SiteReader.read(dir.resolve("LoveIt/exampleSite")).themes()).containsExactly(dir.resolve("LoveIt"));
        // checked out under another folder name, or run with --themesDir as the theme's README says
        write("coder-main/theme.toml", "name = \"coder\"\n");
        write("coder-main/layouts/_shortcodes/tab.html", "");
        write("coder-main/exampleSite/hugo.toml", "theme = \"hugo-coder\"\n");
        write("coder-main/exampleSite/content/a.md", "---\ntitle: A\n---\nA.\n");
        Site coder = SiteReader.read(dir.resolve("coder-main/exampleSite"));
        assertThat(coder.themes()).containsExactly(dir.resolve("coder-main"));
        assertThat(coder.notices()).isEmpty();
    }

    @Test
    void aModuleImportIsFoundThroughGoModReplaceOrModuleReplacements() throws Exception {
        write("stack/theme.toml", "name = \"Stack\"\n");
        write("stack/layouts/_shortcodes/quote.html", "");
        write("stack/demo/config/_default/hugo.toml",
                "[[module.imports]]\n    path = \"github.com/CaiJimmy/hugo-theme-stack/v3\"\n");
        write("stack/demo/go.mod", """
                module github.com/CaiJimmy/hugo-theme-stack/demo

                replace github.com/CaiJimmy/hugo-theme-stack/v3 => ../

                require github.com/CaiJimmy/hugo-theme-stack/v3 v3.34.0 // indirect
                """);
        write("stack/demo/content/a.md", "---\ntitle: A\n---\nA.\n");
        assertThat(SiteReader.read(dir.resolve("stack/demo")).themes()).containsExactly(dir.resolve("stack"));
        write("site/hugo.yaml", """
                module:
                  replacements: "github.com/x/shortcodes -> ../../shortcodes"
                  imports:
                    - path: github.com/x/shortcodes
                """);
        write("site/content/a.md", "---\ntitle: A\n---\nA.\n");
        write("shortcodes/layouts/shortcodes/note.html", "");
        assertThat(SiteReader.read(dir.resolve("site")).themes()).containsExactly(dir.resolve("shortcodes"));
    }

    @Test
    void aThemeFoundNowhereIsNoted() throws Exception {
        write("site/hugo.toml", "theme = \"missing\"\n");
        write("site/content/a.md", "---\ntitle: A\n---\nA.\n");
        Site site = SiteReader.read(dir.resolve("site"));
        assertThat(site.themes()).isEmpty();
        assertThat(site.notices()).extracting(ConfigNotice::line)
                .containsExactly("hugo.toml: theme: theme missing is not under themes/ nor a local module "
                        + "replacement; its shortcode templates and data are not read");
    }
}
