package io.blogsearch.generator;

import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThat;

import io.blogsearch.knowledge.speaker.NameKey;
import io.blogsearch.schema.DocType;
import io.blogsearch.schema.Fields;
import io.blogsearch.testing.IndexProbe;
import io.blogsearch.testing.RequiredResources;
import io.blogsearch.write.BuildSummary;
import io.blogsearch.write.IndexBuilder;
import io.blogsearch.write.IndexOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Prometheus blog ({@code ../shared/corpus/prometheus}, not Hugo) read as a mapped Markdown folder: every post
 * with its date, author and live URL; PromCon recaps with their conference; embedded tweets searchable.
 */
class PrometheusCorpusIT {

    private static final Pattern DATED = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})-(.+)\\.md");
    private static final Pattern AUTHOR = Pattern.compile("(?m)^\\s*author_name:\\s*(.+)$");
    private static final Pattern CREATED = Pattern.compile("(?m)^\\s*created_at:\\s*(\\d{4}-\\d{2}-\\d{2})\\s*$");
    private static final Pattern DRAFT = Pattern.compile("(?m)^\\s*draft:\\s*true\\s*$");

    @TempDir
    static Path temp;
    private static Path corpus;
    private static BuildSummary summary;
    private static IndexProbe probe;
    private static Map<String, Document> posts;

    @BeforeAll
    static void indexCorpus() throws Exception {
        corpus = SharedCorpora.corpus("prometheus");
        Path index = temp.resolve("index");
        Path config = RequiredResources.projectRoot()
                .resolve("indexer/src/test/resources/generator/prometheus-blogsearch.yaml");
        summary = new IndexBuilder(IndexOptions.of(corpus, index)
                .withSource(new SourceOptions(null, null, config))).build();
        probe = IndexProbe.open(index);
        posts = probe.all(DocType.POST).stream().collect(Collectors.toMap(d -> d.get(Fields.PATH),
                Function.identity()));
    }

    @AfterAll
    static void close() throws IOException {
        if (probe != null) {
            probe.close();
        }
    }

    @Test
    void indexesEveryPostButTheDraftWithoutProblems() throws IOException {
        assertThat(summary.problems()).isEmpty();
        assertThat(posts.keySet()).containsExactlyInAnyOrderElementsOf(postFiles());
        assertThat(summary.posts()).isEqualTo(postFiles().size());
    }

    @Test
    void everyPostHasTheDateAuthorAndUrlOfTheLiveSite() throws IOException {
        for (String path : postFiles()) {
            Matcher name = DATED.matcher(path.substring(path.lastIndexOf('/') + 1));
            assertThat(name.matches()).as(path).isTrue();
            Document post = posts.get(path);
            assertThat(post.get(Fields.URL)).as(path).isEqualTo("https://prometheus.io/blog/" + name.group(1) + "/"
                    + name.group(2) + "/" + name.group(3) + "/" + name.group(4) + "/");
            String text = Files.readString(corpus.resolve(path));
            // the date shown is created_at (a few differ from the file name by a day); the URL keeps the file's
            Matcher created = CREATED.matcher(text);
            String day = created.find() ? created.group(1) : name.group(1) + "-" + name.group(2) + "-" + name.group(3);
            Instant date = LocalDate.parse(day).atStartOfDay().toInstant(ZoneOffset.UTC);
            assertThat(Instant.ofEpochMilli(post.getField(Fields.DATE).numericValue().longValue()))
                    .as(path).isEqualTo(date);
            Matcher author = AUTHOR.matcher(text);
            if (author.find()) {
                // the byline as written, split into people: handles, "on behalf of …" and affiliations left out
                String byline = author.group(1).strip().replaceAll("^\"|\"$", "");
                String[] people = post.getValues(Fields.AUTHOR);
                assertThat(people).as(path).isNotEmpty();
                // each spelt as most of the archive spells that author: compare family names without diacritics
                String bylineKey = NameKey.of(byline);
                assertThat(people).as(path).allSatisfy(person -> assertThat(bylineKey)
                        .contains(NameKey.of(person.substring(person.lastIndexOf(' ') + 1))));
                assertThat(people).as(path)
                        .noneMatch(person -> person.matches("(?i).*(@|\\(|, | and | on behalf of ).*"));
            }
        }
    }

    @Test
    void promConRecapsCarryTheirConference() {
        List<Document> recaps = posts.values().stream()
                .filter(post -> post.get(Fields.PATH).contains("promcon")
                        && post.get(Fields.TITLE).toLowerCase(Locale.ROOT).matches(".*(wrap|recap).*"))
                .toList();
        assertThat(recaps).hasSizeGreaterThanOrEqualTo(2);
        for (Document recap : recaps) {
            assertThat(recap.get(Fields.CONFERENCE)).as(recap.get(Fields.PATH)).startsWith("PromCon");
        }
    }

    @Test
    void withoutAMappingTheDatedPostsFolderIsFoundAndGivesTheSameUrls() throws Exception {
        Path index = temp.resolve("detected");
        new IndexBuilder(IndexOptions.of(corpus, index)
                .withSource(new SourceOptions(null, "https://prometheus.io/", null))).build();
        try (IndexProbe detected = IndexProbe.open(index)) {
            Map<String, String> urls = detected.all(DocType.POST).stream()
                    .collect(Collectors.toMap(d -> d.get(Fields.PATH), d -> d.get(Fields.URL)));
            assertThat(urls).hasSameSizeAs(posts);
            posts.forEach((path, post) -> assertThat(urls.get(path)).isEqualTo(post.get(Fields.URL)));
        }
    }

    @Test
    void embeddedTweetsAreSearchable() throws IOException {
        int tweets = 0;
        for (String path : postFiles()) {
            for (Element tweet : Jsoup.parse(Files.readString(corpus.resolve(path)))
                    .select("blockquote.twitter-tweet p")) {
                String word = longestWord(tweet.text());
                List<String> found = probe.find(DocType.POST, Fields.TEXT_EXACT, word).stream()
                        .map(d -> d.get(Fields.PATH)).toList();
                assertThat(found).as("tweet word '" + word + "' of " + path).contains(path);
                tweets++;
            }
        }
        assertThat(tweets).isGreaterThan(5);
    }

    private static String longestWord(String text) {
        return Stream.of(text.split("[^\\p{L}]+")).map(w -> w.toLowerCase(Locale.ROOT))
                .max(Comparator.comparingInt(String::length)).orElseThrow();
    }

    /** The posts the live site shows: every Markdown file of blog/posts but those marked {@code draft: true}. */
    private static List<String> postFiles() throws IOException {
        try (Stream<Path> files = Files.list(corpus.resolve("blog/posts"))) {
            return files.map(f -> "blog/posts/" + f.getFileName()).filter(f -> f.endsWith(".md"))
                    .filter(f -> !DRAFT.matcher(read(f)).find()).sorted().toList();
        }
    }

    private static String read(String path) {
        try {
            return Files.readString(corpus.resolve(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
