package io.blogsearch.write;

import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThat;

import io.blogsearch.schema.DocType;
import io.blogsearch.schema.Fields;
import io.blogsearch.testing.IndexProbe;
import io.blogsearch.testing.RequiredResources;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.lucene.document.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The must-shows over the OpenTelemetry site in {@code ../shared/corpus/opentelemetry}: eleven languages
 * wired through {@code config/_default} and module mounts, documentation beside a blog, Markdown authors.
 */
class OpenTelemetryCorpusIT {

    private static final String SITE = "https://opentelemetry.io/";

    @TempDir
    static Path temp;
    private static BuildSummary summary;
    private static IndexProbe probe;

    @BeforeAll
    static void indexCorpus() throws Exception {
        Path corpus = RequiredResources.sharedCorpus("opentelemetry");
        Path index = temp.resolve("index");
        summary = new IndexBuilder(IndexOptions.of(corpus, index).withFull(true)).build();
        probe = IndexProbe.open(index);
    }

    @AfterAll
    static void close() throws IOException {
        if (probe != null) {
            probe.close();
        }
    }

    private static List<Document> posts(String language) {
        return probe.all(DocType.POST).stream()
                .filter(d -> d.get(Fields.PATH).startsWith("content/" + language + "/")).toList();
    }

    @Test
    void englishBlogPostsHaveNoLanguagePrefixAndJapaneseOnesHaveTheirs() {
        assertThat(posts("en")).hasSizeGreaterThan(200).allSatisfy(d -> assertThat(d.get(Fields.URL))
                .startsWith(SITE + "blog/").doesNotContain("/en/"));
        assertThat(posts("ja")).isNotEmpty()
                .allSatisfy(d -> assertThat(d.get(Fields.URL)).startsWith(SITE + "ja/blog/"));
        assertThat(probe.all(DocType.PAGE)).filteredOn(d -> d.get(Fields.PATH).startsWith("content/en/docs/"))
                .isNotEmpty().allSatisfy(d -> assertThat(d.get(Fields.URL)).startsWith(SITE + "docs/"));
    }

    @Test
    void typePostHoldsOnlyBlogPages() {
        assertThat(probe.all(DocType.POST)).allSatisfy(d -> assertThat(d.get(Fields.PATH))
                .matches("content/[a-z]+/blog/.+").doesNotEndWith("_index.md"));
        assertThat(summary.posts()).isEqualTo(probe.count(DocType.POST));
    }

    @Test
    void authorValuesAreNamesWithoutMarkdownOrLists() {
        List<String> authors = probe.all(DocType.POST).stream()
                .flatMap(d -> Arrays.stream(d.getValues(Fields.AUTHOR))).distinct().toList();
        assertThat(authors).hasSizeGreaterThan(100).allSatisfy(author -> assertThat(author)
                .doesNotContain("[", "]", "(", ")", "http", "&", " and ").isEqualTo(author.strip()));
        assertThat(probe.all(DocType.POST)).anySatisfy(d ->
                assertThat(d.getValues(Fields.AUTHOR_AFFILIATION)).isNotEmpty());
    }

    @Test
    void eachEnglishKubeconPostIsOneDocumentAndItsTranslationsShareItsKey() {
        List<Document> english = posts("en").stream()
                .filter(d -> d.get(Fields.TITLE).toLowerCase().contains("kubecon")).toList();
        assertThat(english).hasSizeGreaterThan(3);
        Map<String, Long> perKey = english.stream()
                .collect(Collectors.groupingBy(d -> d.get(Fields.TRANSLATION_KEY), Collectors.counting()));
        assertThat(perKey.values()).containsOnly(1L);
        Map<String, Long> urls = english.stream()
                .collect(Collectors.groupingBy(d -> d.get(Fields.URL), Collectors.counting()));
        assertThat(urls.values()).containsOnly(1L);
        List<Document> translated = probe.all(DocType.POST).stream()
                .filter(d -> !d.get(Fields.PATH).startsWith("content/en/"))
                .filter(d -> perKey.containsKey(d.get(Fields.TRANSLATION_KEY))).toList();
        assertThat(translated).allSatisfy(d -> assertThat(d.get(Fields.URL)).matches(SITE + "[a-z]{2}/blog/.+"));
    }

    @Test
    void countsEveryLanguageAndReportsTheMountsItReadFromATemplate() {
        assertThat(summary.languages().keySet()).contains("en", "ja", "zh", "bn", "es", "fr", "ko", "pl", "pt",
                "ro", "uk");
        assertThat(summary.notices()).anySatisfy(notice -> assertThat(notice)
                .startsWith("config/_default/module-template.yaml: module-template.mounts"));
        System.out.printf("opentelemetry: %d pages, %d posts, languages %s%n", summary.pages(), summary.posts(),
                summary.languages());
    }
}
