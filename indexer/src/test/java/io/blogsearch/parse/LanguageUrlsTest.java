package io.blogsearch.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.blogsearch.source.Site;
import io.blogsearch.source.SiteReader;
import io.blogsearch.testing.SiteFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Languages as Hugo decides them (content-management/multilingual): translation by file name, per-language
 * {@code contentDir}, module mounts with {@code lang} or a sites matrix, {@code defaultContentLanguage} and
 * {@code defaultContentLanguageInSubdir} deciding the {@code /lang/} prefix, a language's own {@code baseURL}.
 */
class LanguageUrlsTest {

    private static final String PAGE = "---\ntitle: Hello\n---\nText.\n";

    @TempDir
    Path root;

    private PreparedPage prepare(String path) throws Exception {
        Site site = SiteReader.read(root);
        byte[] bytes = Files.readAllBytes(root.resolve(path));
        return new PageParser(site, false, Instant.parse("2030-01-01T00:00:00Z")).prepare(path, "h", bytes);
    }

    private String lang(String path) throws Exception {
        Site site = SiteReader.read(root);
        PageParser parser = new PageParser(site, false, Instant.parse("2030-01-01T00:00:00Z"));
        byte[] bytes = Files.readAllBytes(root.resolve(path));
        return parser.render(parser.prepare(path, "h", bytes), new RefResolver(Map.of())).page().lang();
    }

    private SiteFixture site(String config) {
        return SiteFixture.create(root).write("config.yaml", "baseURL: https://example.org/\n" + config);
    }

    @Test
    void translationsByFileNameGetTheirLanguagePrefixAndTheDefaultNone() throws Exception {
        site("""
                defaultContentLanguage: en
                languages:
                  en: {weight: 1}
                  de: {weight: 2}
                """).write("content/posts/hello.md", PAGE).write("content/posts/hello.de.md", PAGE);
        assertThat(prepare("content/posts/hello.md").url()).isEqualTo("https://example.org/posts/hello/");
        assertThat(prepare("content/posts/hello.de.md").url()).isEqualTo("https://example.org/de/posts/hello/");
        assertThat(lang("content/posts/hello.de.md")).isEqualTo("de");
        assertThat(lang("content/posts/hello.md")).isEqualTo("en");
    }

    @Test
    void aLanguageSuffixIsMatchedInAnyLetterCase() throws Exception {
        site("""
                languages:
                  en: {weight: 1}
                  zh-Hans: {weight: 2}
                """).write("content/posts/hello.zh-Hans.md", PAGE).write("content/posts/bundle/index.zh-Hans.md", PAGE);
        assertThat(prepare("content/posts/hello.zh-Hans.md").url())
                .isEqualTo("https://example.org/zh-hans/posts/hello/");
        assertThat(prepare("content/posts/bundle/index.zh-Hans.md").url())
                .isEqualTo("https://example.org/zh-hans/posts/bundle/");
        assertThat(lang("content/posts/hello.zh-Hans.md")).isEqualTo("zh-hans");
    }

    @Test
    void defaultContentLanguageInSubdirPrefixesTheDefaultLanguageToo() throws Exception {
        site("""
                defaultContentLanguage: en
                defaultContentLanguageInSubdir: true
                languages:
                  en: {weight: 1}
                  fr: {weight: 2}
                """).write("content/posts/hello.md", PAGE).write("content/posts/hello.fr.md", PAGE);
        assertThat(prepare("content/posts/hello.md").url()).isEqualTo("https://example.org/en/posts/hello/");
        assertThat(prepare("content/posts/hello.fr.md").url()).isEqualTo("https://example.org/fr/posts/hello/");
    }

    @Test
    void anotherDefaultLanguageLosesItsPrefix() throws Exception {
        site("""
                defaultContentLanguage: de
                languages:
                  de: {weight: 1}
                  en: {weight: 2}
                """).write("content/posts/hallo.md", PAGE).write("content/posts/hallo.en.md", PAGE);
        assertThat(prepare("content/posts/hallo.md").url()).isEqualTo("https://example.org/posts/hallo/");
        assertThat(prepare("content/posts/hallo.en.md").url()).isEqualTo("https://example.org/en/posts/hallo/");
    }

    @Test
    void aSuffixOfNoConfiguredLanguageIsPartOfTheName() throws Exception {
        site("").write("content/posts/v1.de.md", PAGE);
        assertThat(prepare("content/posts/v1.de.md").url()).isEqualTo("https://example.org/posts/v1.de/");
    }

    @Test
    void perLanguageContentDirsPlaceFilesInTheirLanguage() throws Exception {
        site("""
                languages:
                  en: {weight: 1, contentDir: content/english}
                  ja: {weight: 2, contentDir: content/japanese}
                """).write("content/english/blog/a.md", PAGE).write("content/japanese/blog/a.md", PAGE);
        assertThat(prepare("content/english/blog/a.md").url()).isEqualTo("https://example.org/blog/a/");
        assertThat(prepare("content/japanese/blog/a.md").url()).isEqualTo("https://example.org/ja/blog/a/");
        assertThat(lang("content/japanese/blog/a.md")).isEqualTo("ja");
    }

    /** Re-expresses Hugo's TestLanguageContentRoot (hugolib/language_content_dir_test.go). */
    @Test
    void languageContentRootsBesideTheSitesContentDirInSubdirs() throws Exception {
        String page = "---\ntitle: %s\nslug: %s\n---\nContent.\n";
        site("""
                defaultContentLanguage: en
                defaultContentLanguageInSubdir: true
                contentDir: content/main
                languages:
                  en: {weight: 10}
                  nn: {weight: 20, contentDir: content/norsk}
                  sv: {weight: 30, contentDir: content/svensk}
                """).write("content/main/sect/page1.md", page.formatted("p-en-1", "p-en-1"))
                .write("content/norsk/sect/page1.md", page.formatted("p-nn-1", "p-nn-1"))
                .write("content/svensk/sect/page4.en.md", page.formatted("p-sv-4.en", "p-sv-4.en"))
                .write("content/svensk/sect/mybundle/index.md", "---\ntitle: bundle_sv\n---\nContent.\n")
                .write("content/stray/page.md", page.formatted("x", "x"));
        assertThat(prepare("content/main/sect/page1.md").url()).isEqualTo("https://example.org/en/sect/p-en-1/");
        assertThat(prepare("content/norsk/sect/page1.md").url()).isEqualTo("https://example.org/nn/sect/p-nn-1/");
        assertThat(lang("content/norsk/sect/page1.md")).isEqualTo("nn");
        assertThat(prepare("content/svensk/sect/page4.en.md").url())
                .isEqualTo("https://example.org/en/sect/p-sv-4.en/");
        assertThat(lang("content/svensk/sect/page4.en.md")).isEqualTo("en");
        assertThat(prepare("content/svensk/sect/mybundle/index.md").url())
                .isEqualTo("https://example.org/sv/sect/mybundle/");
        assertThat(prepare("content/stray/page.md").excluded()).isEqualTo("not built");
    }

    /** Re-expresses Hugo's TestLanguageRootSectionsMismatch: each language has its own sections. */
    @Test
    void languagesWithTheirOwnSectionsAndTheDefaultAtTheRoot() throws Exception {
        site("""
                contentDir: content/en
                languages:
                  en: {weight: 1, contentDir: content/en}
                  es: {weight: 2, contentDir: content/es}
                  fr: {weight: 4, contentDir: content/fr}
                """).write("content/en/blog/page1.md", PAGE).write("content/es/event/page1.md", PAGE)
                .write("content/fr/other/page2.md", PAGE);
        assertThat(prepare("content/en/blog/page1.md").url()).isEqualTo("https://example.org/blog/page1/");
        assertThat(prepare("content/es/event/page1.md").url()).isEqualTo("https://example.org/es/event/page1/");
        assertThat(prepare("content/fr/other/page2.md").url()).isEqualTo("https://example.org/fr/other/page2/");
    }

    @Test
    void moduleMountsWithLangOrASitesMatrixPlaceFilesAndFirstMountWins() throws Exception {
        site("""
                languages:
                  en: {weight: 1}
                  ja: {weight: 2}
                  zh: {weight: 3}
                module:
                  mounts:
                    - {source: content/en, target: content}
                    - {source: content/ja, target: content, lang: ja}
                    - source: content/zh
                      target: content
                      sites: {matrix: {languages: [zh]}}
                    - source: content/en/docs
                      target: content/docs
                      sites: {matrix: {languages: [zh]}}
                """).write("content/en/blog/a.md", PAGE).write("content/ja/blog/a.md", PAGE)
                .write("content/zh/blog/a.md", PAGE).write("content/en/docs/intro.md", PAGE)
                .write("content/extra/orphan.md", PAGE);
        assertThat(prepare("content/en/blog/a.md").url()).isEqualTo("https://example.org/blog/a/");
        assertThat(prepare("content/ja/blog/a.md").url()).isEqualTo("https://example.org/ja/blog/a/");
        assertThat(prepare("content/zh/blog/a.md").url()).isEqualTo("https://example.org/zh/blog/a/");
        assertThat(prepare("content/en/docs/intro.md").url()).isEqualTo("https://example.org/docs/intro/");
        assertThat(lang("content/en/docs/intro.md")).isEqualTo("en");
        assertThat(prepare("content/extra/orphan.md").excluded()).isEqualTo("not built");
        assertThat(SiteReader.read(root).notices()).isEmpty();
    }

    @Test
    void disabledLanguagesAreNotBuiltAndPerLanguagePermalinksAreReported() throws Exception {
        site("""
                disableLanguages: [fr]
                languages:
                  en: {weight: 1}
                  fr: {weight: 2}
                  de: {weight: 3, disabled: true, permalinks: {posts: /:title/}}
                """).write("content/posts/a.md", PAGE).write("content/posts/a.fr.md", PAGE)
                .write("content/posts/a.de.md", PAGE);
        assertThat(prepare("content/posts/a.md").excluded()).isNull();
        assertThat(prepare("content/posts/a.fr.md").excluded()).isEqualTo("not built");
        assertThat(prepare("content/posts/a.de.md").excluded()).isEqualTo("not built");
        assertThat(SiteReader.read(root).notices()).singleElement().satisfies(notice -> {
            assertThat(notice.file()).isEqualTo("config.yaml");
            assertThat(notice.key()).isEqualTo("languages.de.permalinks");
        });
    }

    @Test
    void aLanguageWithItsOwnBaseUrlHasNoPrefix() throws Exception {
        site("""
                languages:
                  en: {weight: 1, baseURL: 'https://en.example.org'}
                  fr: {weight: 2, baseURL: 'https://fr.example.org/'}
                """).write("content/posts/a.md", PAGE).write("content/posts/a.fr.md", PAGE);
        assertThat(prepare("content/posts/a.md").url()).isEqualTo("https://en.example.org/posts/a/");
        assertThat(prepare("content/posts/a.fr.md").url()).isEqualTo("https://fr.example.org/posts/a/");
    }

    @Test
    void urlFrontMatterOfATranslationGetsItsLanguagePrefix() throws Exception {
        site("languages:\n  en: {weight: 1}\n  de: {weight: 2}\n")
                .write("content/about.de.md", "---\ntitle: Über\nurl: /ueber-mich/\n---\nText.\n");
        assertThat(prepare("content/about.de.md").url()).isEqualTo("https://example.org/de/ueber-mich/");
    }

    @Test
    void frontMatterLangIsTheFallbackAndTheSiteDefaultTheLast() throws Exception {
        site("defaultContentLanguage: fr\n").write("content/a.md", "---\ntitle: A\nlang: DE\n---\nText.\n")
                .write("content/b.md", PAGE);
        assertThat(lang("content/a.md")).isEqualTo("de");
        assertThat(lang("content/b.md")).isEqualTo("fr");
        assertThat(prepare("content/a.md").url()).isEqualTo("https://example.org/a/");
    }

    @Test
    void translationsShareTheirKey() throws Exception {
        site("languages:\n  en: {weight: 1}\n  de: {weight: 2}\n")
                .write("content/posts/hello.md", PAGE).write("content/posts/hello.de.md", PAGE)
                .write("content/posts/other.md", "---\ntitle: Other\ntranslationKey: greeting\n---\nText.\n");
        Site site = SiteReader.read(root);
        PageParser parser = new PageParser(site, false, Instant.parse("2030-01-01T00:00:00Z"));
        String english = key(parser, "content/posts/hello.md");
        assertThat(english).isEqualTo("posts/hello").isEqualTo(key(parser, "content/posts/hello.de.md"));
        assertThat(key(parser, "content/posts/other.md")).isEqualTo("greeting");
    }

    private String key(PageParser parser, String path) throws Exception {
        byte[] bytes = Files.readAllBytes(root.resolve(path));
        return parser.render(parser.prepare(path, "h", bytes), new RefResolver(Map.of())).page().translationKey();
    }

    @Test
    void readsLanguagesFromConfigDefaultFiles() throws Exception {
        SiteFixture.create(root).write("config.yaml", "baseURL: https://example.org/\n")
                .write("config/_default/languages.yaml", "en:\n  weight: 1\nja:\n  weight: 2\n")
                .write("content/blog/a.ja.md", PAGE);
        assertThat(prepare("content/blog/a.ja.md").url()).isEqualTo("https://example.org/ja/blog/a/");
    }
}
