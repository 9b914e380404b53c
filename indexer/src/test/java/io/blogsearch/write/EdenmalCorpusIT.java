package io.blogsearch.write;

import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThat;

import io.blogsearch.schema.DocType;
import io.blogsearch.schema.Fields;
import io.blogsearch.testing.IndexProbe;
import io.blogsearch.testing.RequiredResources;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The must-shows over the real archive in {@code ../shared/corpus/edenmal}. */
class EdenmalCorpusIT {

    private static final Pattern FIGURE_TITLE = Pattern.compile(
            "\\{\\{<\\s*figure\\b[^>]*?\\btitle=\"((?:[^\"\\\\]|\\\\.)*)\"");

    private static final Pattern HTML_COMMENT = Pattern.compile("(?s)<!--.*?-->");

    private static Path corpus;
    @TempDir
    static Path temp;
    private static Path index;
    private static BuildSummary summary;
    private static IndexProbe probe;

    @BeforeAll
    static void indexCorpus() throws Exception {
        corpus = RequiredResources.sharedCorpus();
        index = temp.resolve("index");
        summary = new IndexBuilder(IndexOptions.of(corpus, index)).build();
        probe = IndexProbe.open(index);
    }

    @AfterAll
    static void close() throws IOException {
        if (probe != null) {
            probe.close();
        }
    }

    @Test
    void indexesEveryFileWithoutProblems() {
        assertThat(summary.problems()).isEmpty();
        // 69 posts, About (a section page with text), privacy policy, site notice; the events list and archive
        // pages have no text of their own (their layouts draw them from data) and are no results
        assertThat(summary.pages()).isEqualTo(72);
    }

    @Test
    void indexesLizRiceScissorsQuoteInDayThreePost() {
        List<Document> quotes = probe.find(DocType.QUOTE, Fields.TEXT_EXACT, "scissors").stream()
                .filter(d -> d.get(Fields.QUOTE_TEXT)
                        .equals("You might carry the scissors for miles before you cut yourself"))
                .toList();
        assertThat(quotes).singleElement().satisfies(quote -> {
            assertThat(quote.get(Fields.SPEAKER)).isEqualTo("Liz Rice");
            assertThat(quote.get(Fields.POST_TITLE)).isEqualTo("KubeCon Copenhagen 2018 - Day 3");
            assertThat(quote.get(Fields.URL)).endsWith(
                    "#keynote-running-with-scissors---liz-rice-technology-evangelist-aqua-security");
        });
    }

    @Test
    void indexesEveryFigureShortcodeTitleAsAFigure() throws IOException {
        Map<String, Integer> expected = new HashMap<>();
        try (Stream<Path> files = Files.walk(corpus.resolve("content"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".md")).toList()) {
                // a figure inside an HTML comment is rendered into the comment by Hugo: no reader ever sees it
                String text = HTML_COMMENT.matcher(Files.readString(file, StandardCharsets.UTF_8)).replaceAll("");
                Matcher matcher = FIGURE_TITLE.matcher(text);
                while (matcher.find()) {
                    if (!matcher.group(1).isBlank()) {
                        expected.merge(matcher.group(1).replace("\\\"", "\"").strip(), 1, Integer::sum);
                    }
                }
            }
        }
        Map<String, Integer> indexed = new HashMap<>();
        probe.all(DocType.FIGURE).forEach(figure -> {
            if (figure.get(Fields.TITLE) != null) {
                indexed.merge(figure.get(Fields.TITLE), 1, Integer::sum);
            }
        });
        assertThat(expected.values().stream().mapToInt(Integer::intValue).sum()).isGreaterThan(300);
        expected.forEach((title, count) -> assertThat(indexed.getOrDefault(title, 0))
                .as("figures titled %s", title).isGreaterThanOrEqualTo(count));
    }

    @Test
    void noShortcodeDelimiterSurvivesInStoredFieldsOrTerms() throws IOException {
        List<String> leaks = new ArrayList<>();
        for (LeafReaderContext leaf : probe.reader().leaves()) {
            StoredFields stored = leaf.reader().storedFields();
            for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                for (IndexableField field : stored.document(doc)) {
                    String value = field.stringValue();
                    if (value != null && !field.name().equals(Fields.RECORD) && hasDelimiter(value)) {
                        leaks.add(field.name() + ": " + value.substring(0, Math.min(120, value.length())));
                    }
                }
            }
            for (FieldInfo info : leaf.reader().getFieldInfos()) {
                // qualified name: this package has an IndexOptions of its own (the indexer's options)
                if (info.getIndexOptions() == org.apache.lucene.index.IndexOptions.NONE) {
                    continue;
                }
                Terms terms = leaf.reader().terms(info.name);
                if (terms == null) {
                    continue;
                }
                TermsEnum iterator = terms.iterator();
                for (BytesRef term = iterator.next(); term != null; term = iterator.next()) {
                    String text = term.utf8ToString();
                    if (hasDelimiter(text)) {
                        leaks.add(info.name + " term: " + text);
                    }
                }
            }
        }
        assertThat(leaks).isEmpty();
    }

    @Test
    void sectionListPagesAreNotPosts() {
        assertThat(probe.all(DocType.POST)).noneMatch(d -> d.get(Fields.PATH).endsWith("_index.md"));
        List<Document> lists = probe.all(DocType.PAGE).stream()
                .filter(d -> d.get(Fields.PATH).endsWith("_index.md")).toList();
        assertThat(lists).singleElement().satisfies(d -> {
            assertThat(d.get(Fields.PATH)).isEqualTo("content/about/_index.md");
            assertThat(d.get(Fields.PAGE_KIND)).isEqualTo("section_list");
        });
    }

    @Test
    void everyPostIsByTheSitesOneAuthorEvenWhereTheBylineIsATemplatePlaceholder() {
        // one post's front matter still says what its template said ("Author Name"): the site's author stands in
        assertThat(probe.all(DocType.POST)).extracting(d -> List.of(d.getValues(Fields.AUTHOR)))
                .allSatisfy(authors -> assertThat(authors).containsExactly("Alexander Trost"));
    }

    @Test
    void typePostHoldsTheSixtyNinePostsAndNoAboutPrivacyOrEventsPage() {
        assertThat(summary.posts()).isEqualTo(69);
        assertThat(probe.count(DocType.POST)).isEqualTo(69);
        assertThat(probe.all(DocType.POST)).allSatisfy(d -> assertThat(d.get(Fields.PATH)).startsWith("content/post/"));
        assertThat(probe.all(DocType.PAGE)).extracting(d -> d.get(Fields.PATH)).containsExactlyInAnyOrder(
                "content/about/_index.md", "content/privacy-policy.md",
                "content/site-notice.md");
    }

    @Test
    void anchorsTheLizRiceKeynoteAsHugoDoes() {
        List<Document> sections = probe.find(DocType.SECTION, Fields.TITLE_EXACT, "scissors").stream()
                .filter(d -> d.get(Fields.TITLE).startsWith("Keynote: Running with Scissors - Liz Rice")).toList();
        assertThat(sections).singleElement().satisfies(section -> {
            assertThat(section.get(Fields.ANCHOR))
                    .isEqualTo("keynote-running-with-scissors---liz-rice-technology-evangelist-aqua-security");
            assertThat(section.get(Fields.URL)).isEqualTo("https://edenmal.moe/post/2018/KubeCon-Copenhagen-2018-Day-3/"
                    + "#keynote-running-with-scissors---liz-rice-technology-evangelist-aqua-security");
        });
    }

    private static boolean hasDelimiter(String text) {
        return text.contains("{{<") || text.contains(">}}") || text.contains("{{%") || text.contains("%}}");
    }
}
