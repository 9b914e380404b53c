package io.blogsearch.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.blogsearch.knowledge.KnowledgeConfig;
import io.blogsearch.knowledge.KnowledgeConfigReader;
import io.blogsearch.testing.RequiredResources;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Guards the bundled sample blog: other tests and the README's run command rely on the cases it shows, so a
 * careless edit that removes one should fail here first, with the reason, rather than somewhere downstream.
 */
class SampleBlogTest {

    private static final Path SITE = RequiredResources.sampleBlog();
    private static final Path POSTS = SITE.resolve("content/post");
    private static final Pattern IMAGE_SOURCE = Pattern.compile(
            "\\{\\{<\\s*figure\\s+src=\"([^\"]+)\"|!\\[[^]]*]\\(([^ )]+)|<img\\s+src=\"([^\"]+)\"");
    private static final Pattern ATX_HEADING = Pattern.compile("#{1,6} ");
    /** Real Hugo's permalinks and heading anchors for the sample blog, written by examples/hugo-anchors.sh. */
    private static final Path HUGO_ANCHORS =
            RequiredResources.projectRoot().resolve("indexer/src/test/resources/sample-blog/hugo-anchors.tsv");
    private static final int MAX_IMAGE_BYTES = 5 * 1024;
    /** Lines this long are prose or markup someone wrote; shorter ones (tags, dates, headings) can coincide. */
    private static final int COPIED_LINE_LENGTH = 40;

    @Test
    void hasAtLeastEightPublishedPostsAndOneDraft() throws IOException {
        List<String> posts = postSources();
        long drafts = posts.stream().filter(source -> source.contains("draft: true")).count();
        assertThat(posts.size() - drafts).as("published posts").isGreaterThanOrEqualTo(8);
        assertThat(drafts).as("draft posts").isGreaterThanOrEqualTo(1);
    }

    @Test
    void usesYamlTomlAndJsonFrontMatter() throws IOException {
        List<String> posts = postSources();
        assertThat(posts).anyMatch(source -> source.startsWith("---\n"));
        assertThat(posts).anyMatch(source -> source.startsWith("+++\n"));
        assertThat(posts).anyMatch(source -> source.startsWith("{\n"));
    }

    @Test
    void hasPageBundlesSectionListsAndAPlainPage() throws IOException {
        try (Stream<Path> files = Files.walk(POSTS)) {
            assertThat(files.filter(path -> path.getFileName().toString().equals("index.md"))).hasSizeGreaterThan(1);
        }
        assertThat(SITE.resolve("content/post/_index.md")).isRegularFile();
        assertThat(SITE.resolve("content/events/_index.md")).isRegularFile();
        assertThat(SITE.resolve("content/about.md")).isRegularFile();
        assertThat(SITE.resolve("config.yaml")).isRegularFile();
        assertThat(SITE.resolve("data/events.yaml")).isRegularFile();
    }

    @Test
    void everyImageItReferencesExistsAndIsSmall() throws IOException {
        int images = 0;
        for (Path page : markdownFiles()) {
            Matcher matcher = IMAGE_SOURCE.matcher(Files.readString(page, StandardCharsets.UTF_8));
            while (matcher.find()) {
                String source = firstNonNull(matcher.group(1), matcher.group(2), matcher.group(3));
                // Hugo serves "/x.png" from static/ and "x.png" from the page bundle's own folder.
                Path image = source.startsWith("/")
                        ? SITE.resolve("static").resolve(source.substring(1))
                        : page.getParent().resolve(source);
                assertThat(image).as("image of " + SITE.relativize(page)).isRegularFile();
                assertThat(Files.size(image)).as(image.toString()).isLessThan(MAX_IMAGE_BYTES);
                images++;
            }
        }
        assertThat(images).isGreaterThanOrEqualTo(8);
    }

    @Test
    void containsTheCasesOtherTestsSearchFor() throws IOException {
        String all = String.join("\n", postSources());
        assertThat(all)
                .contains("> \"Treat every unsafe block like a pair of scissors")
                .contains("> \\- Hannah Okonkwo", "— Ines Carvalho", "-- Rafael Duarte", "~ Mara Lindqvist")
                .contains("Mara Lindqvist", "Mara Lindqvsit")
                .contains("> **NOTE**")
                .contains("`<script>alert(1)</script>`", "`<img src=x onerror=alert(1)>`")
                .contains("{{< ref \"", "{{% aside %}}", "class=\"twitter-tweet\"", "<iframe", "<style>")
                .contains("## Step 1 - Install the tools", "## Presentation: \"Rook Storage Deep Dive\"");
    }

    @Test
    void siteConfigIsReadByTheKnowledgeReader() {
        KnowledgeConfig config = KnowledgeConfigReader.read(SITE);
        assertThat(config.speakers().aliases()).containsEntry("M. Lindqvist", "Mara Lindqvist");
        assertThat(config.speakers().noMerge()).containsExactly(List.of("Jonas Weber", "Jonas Webber"));
        assertThat(config.conferences().overrides()).singleElement()
                .satisfies(rule -> assertThat(rule.conference()).isEmpty());
    }

    @Test
    void hugoAnchorFileMatchesTheCurrentHeadings() throws IOException {
        Map<String, List<String>> recorded = new TreeMap<>();
        for (String line : Files.readAllLines(HUGO_ANCHORS, StandardCharsets.UTF_8)) {
            String[] columns = line.split("\t", -1);
            if (!line.startsWith("#") && columns.length == 4 && !columns[0].equals("source")) {
                List<String> headings = recorded.computeIfAbsent(columns[0], key -> new ArrayList<>());
                if (!columns[3].isEmpty()) {
                    headings.add(columns[3]);
                }
            }
        }
        Map<String, List<String>> current = new TreeMap<>();
        Path content = SITE.resolve("content");
        for (Path file : markdownFiles()) {
            String source = Files.readString(file, StandardCharsets.UTF_8);
            if (!source.contains("draft: true")) {
                current.put(content.relativize(file).toString().replace('\\', '/'), headings(source));
            }
        }
        assertThat(recorded).as("regenerate with: bash examples/hugo-anchors.sh > " + HUGO_ANCHORS)
                .isEqualTo(current);
    }

    @Test
    void sharesNoLongLineWithTheSharedCorpus() throws IOException {
        Set<String> corpusLines = new HashSet<>();
        for (Path file : markdownFilesUnder(RequiredResources.sharedCorpus().resolve("content"))) {
            corpusLines.addAll(longLines(file));
        }
        Set<String> copied = new HashSet<>();
        for (Path file : markdownFiles()) {
            longLines(file).stream().filter(corpusLines::contains).forEach(copied::add);
        }
        assertThat(copied).as("sample blog lines found verbatim in the shared corpus").isEmpty();
    }

    private static List<String> postSources() throws IOException {
        List<String> sources = new ArrayList<>();
        for (Path file : markdownFilesUnder(POSTS)) {
            if (!file.getFileName().toString().equals("_index.md")) {
                sources.add(Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        return sources;
    }

    private static List<String> headings(String markdown) {
        List<String> headings = new ArrayList<>();
        boolean fenced = false;
        for (String line : markdown.split("\n")) {
            if (line.startsWith("```")) {
                fenced = !fenced;
            } else if (!fenced && ATX_HEADING.matcher(line).lookingAt()) {
                headings.add(line.replaceFirst("^#+", "").strip());
            }
        }
        return headings;
    }

    private static List<Path> markdownFiles() throws IOException {
        return markdownFilesUnder(SITE.resolve("content"));
    }

    private static List<Path> markdownFilesUnder(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(path -> path.toString().endsWith(".md")).sorted().collect(Collectors.toList());
        }
    }

    private static Set<String> longLines(Path file) throws IOException {
        String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        return text.lines().map(String::strip).filter(line -> line.length() >= COPIED_LINE_LENGTH)
                .collect(Collectors.toSet());
    }

    private static String firstNonNull(String... values) {
        for (String value : values) {
            if (value != null) {
                return value;
            }
        }
        throw new IllegalStateException("pattern matched without a source group");
    }
}
