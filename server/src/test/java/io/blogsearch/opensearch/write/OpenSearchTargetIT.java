package io.blogsearch.opensearch.write;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.blogsearch.opensearch.OpenSearchCluster;
import io.blogsearch.opensearch.OpenSearchConfig;
import io.blogsearch.opensearch.OpenSearchHttp;
import io.blogsearch.opensearch.OpenSearchIndexes;
import io.blogsearch.query.Synonyms;
import io.blogsearch.schema.DocType;
import io.blogsearch.schema.Fields;
import io.blogsearch.testing.SiteFixture;
import io.blogsearch.write.BuildSummary;
import io.blogsearch.write.FileProblem;
import io.blogsearch.write.IndexBuilder;
import io.blogsearch.write.IndexOptions;
import io.blogsearch.write.IndexTarget;
import io.blogsearch.write.ProgressListener;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build written straight to a real node: a full build fills a new index behind the alias, moved at commit; an
 * incremental one rewrites only what changed, with readers seeing the last commit until the next; the state lives in
 * the cluster, so every build here uses a fresh target (nothing kept in this JVM) and no local index folder.
 */
class OpenSearchTargetIT {

    private static final AtomicInteger ALIASES = new AtomicInteger();

    static OpenSearchCluster cluster;
    static OpenSearchHttp http;

    @TempDir
    Path root;
    @TempDir
    Path lucene;

    private final String alias = "target-it-" + ALIASES.incrementAndGet();

    @BeforeAll
    static void connect() {
        cluster = OpenSearchCluster.shared();
        http = new OpenSearchHttp(OpenSearchIndexes.config(cluster, "unused"));
    }

    @AfterAll
    static void close() throws Exception {
        http.close();
    }

    private SiteFixture site() {
        return SiteFixture.create(root)
                .post("content/post/alder.md", "Alder notes", "Alder trees line the riverbank.\n\n"
                        + "## Roots\n\nTheir roots hold the gravel together.\n\n"
                        + "## Leaves\n\nBroad leaves fall early.\n")
                .post("content/post/birch.md", "Birch notes", "Birch bark peels in papery strips.\n\n"
                        + "## Sap\n\nThe spring sap is tapped for a sweet drink.\n")
                .post("content/post/cedar.md", "Cedar notes",
                        "Cedar wood resists rot.\n\n## Oil\n\nIts oil repels moths.\n")
                .post("content/post/dogwood.md", "Dogwood notes", "Dogwood flowers in late spring.\n");
    }

    private BuildSummary build(boolean full, ProgressListener progress) throws Exception {
        OpenSearchConfig config = OpenSearchIndexes.config(cluster, alias);
        // each file's documents are sent as soon as they are written, so a reader mid-build would see them if visible
        try (OpenSearchTarget target = new OpenSearchTarget(config, Synonyms.builtIn(), 1, 0, Clock.systemUTC(),
                1)) {
            return new IndexBuilder(IndexOptions.of(root, null).withFull(full).withProgress(progress)
                    .withTarget(target)).build();
        }
    }

    private BuildSummary build() throws Exception {
        return build(false, ProgressListener.none());
    }

    @Test
    void anIncrementalBuildChangesOnlyTheEditedAddedAndDeletedFiles() throws Exception {
        SiteFixture site = site();
        BuildSummary first = build();
        assertThat(first.parsed()).isEqualTo(4);
        assertThat(entityIds()).as("the same entities as a Lucene build of the site").isEqualTo(luceneIds());
        Map<String, Long> before = versions();

        site.post("content/post/birch.md", "Birch notes", "Birch bark peels in papery strips.\n\n"
                + "## Sap\n\nThe spring sap is tapped for a sweet zucchinicordial.\n")
                .delete("content/post/cedar.md")
                .post("content/post/elm.md", "Elm notes", "Elm shade covers the square.\n\n## Disease\n\nA beetle "
                        + "carries the blight.\n");
        BuildSummary second = build();
        assertThat(second.parsed()).isEqualTo(2);
        assertThat(second.deleted()).isEqualTo(1);
        assertThat(second.rewritten()).isEqualTo(2);
        assertThat(entityIds()).isEqualTo(luceneIds());
        Map<String, Long> after = versions();
        before.forEach((id, version) -> {
            if (id.startsWith("content/post/alder.md#") || id.startsWith("content/post/dogwood.md#")) {
                assertThat(after.get(id)).as("unchanged document " + id).isEqualTo(version);
            } else if (id.startsWith("content/post/birch.md#")) {
                assertThat(after.get(id)).as("rewritten in place " + id).isGreaterThan(version);
            }
        });
        assertThat(after.keySet()).noneMatch(id -> id.startsWith("content/post/cedar.md#"))
                .anyMatch(id -> id.startsWith("content/post/elm.md#"));
        assertThat(paths("text_exact", "zucchinicordial")).containsOnly("content/post/birch.md");
        assertThat(paths("text_exact", "moths")).isEmpty();

        BuildSummary third = build();
        assertThat(third.parsed()).isZero();
        assertThat(third.rewritten()).isZero();
        assertThat(versions()).as("nothing written when nothing changed").isEqualTo(after);
    }

    @Test
    void aFullRebuildFillsANewIndexAndMovesTheAliasOnlyAtCommit() throws Exception {
        site();
        build();
        String old = aliased(alias);
        long documents = count();
        AtomicReference<String> seen = new AtomicReference<>();
        AtomicBoolean checked = new AtomicBoolean();
        build(true, (phase, done, total) -> {
            if ("writing".equals(phase) && done == total && checked.compareAndSet(false, true)) {
                seen.set(aliasedQuietly() + " " + countQuietly());
            }
        });
        assertThat(seen.get()).as("mid-build, readers still have the old index, whole")
                .isEqualTo(old + " " + documents);
        String rebuilt = aliased(alias);
        assertThat(rebuilt).isNotEqualTo(old);
        assertThat(aliased(alias + "-state")).isEqualTo(rebuilt + "-state");
        assertThat(http.exists("/" + old)).as("the replaced index is deleted").isFalse();
        assertThat(http.exists("/" + old + "-state")).isFalse();
        assertThat(count()).isEqualTo(documents);
    }

    @Test
    void anIndexAnalysedOtherwiseIsRebuiltWholeAndFindsTheWordsOfIdentifiers() throws Exception {
        SiteFixture site = site();
        site.post("content/post/fir.md", "Fir notes", "Set `alert_config.alertmanagers` in the fir.yaml file.\n");
        build();
        String old = aliased(alias);
        assertThat(paths("text_exact", "alertmanagers")).containsOnly("content/post/fir.md");
        // as an index made by an older blogsearch, whose analysis differed
        http.send("PUT", "/" + old + "/_mapping", Map.of("_meta", Map.of("blogsearch_analysis", "older")));

        BuildSummary incremental = build();
        String rebuilt = aliased(alias);
        assertThat(rebuilt).as("a new index, analysed as this blogsearch analyses").isNotEqualTo(old);
        assertThat(incremental.parsed()).isEqualTo(5);
        assertThat(http.exists("/" + old)).isFalse();
        assertThat(paths("text_exact", "alertmanagers")).containsOnly("content/post/fir.md");
        assertThat(paths("text_exact", "alert_config.alertmanagers")).containsOnly("content/post/fir.md");

        build();
        assertThat(aliased(alias)).as("the next incremental build keeps the index").isEqualTo(rebuilt);
    }

    @Test
    void aRebuildThatNeverCommitsDeletesItsIndexesAndLeavesTheAliasAlone() throws Exception {
        site();
        build();
        String old = aliased(alias);
        long documents = count();
        String made;
        try (OpenSearchTarget target = OpenSearchIndexes.target(cluster, alias, 1, 0);
             IndexTarget.Session session = target.open(true, () -> { })) {
            session.sink().delete("content/post/alder.md");
            List<String> indexes = new ArrayList<>();
            http.send("GET", "/" + alias + "-*", null).fieldNames().forEachRemaining(indexes::add);
            made = indexes.stream().filter(index -> !index.startsWith(old)).findFirst().orElseThrow();
        }
        assertThat(http.exists("/" + made)).as("the uncommitted index is deleted").isFalse();
        assertThat(aliased(alias)).isEqualTo(old);
        assertThat(count()).isEqualTo(documents);
    }

    @Test
    void anIncrementalBuildShowsReadersNothingBeforeItsCommit() throws Exception {
        SiteFixture site = site();
        build();
        long documents = count();
        site.post("content/post/birch.md", "Birch notes", "Birch bark peels in papery strips.\n\n"
                + "## Sap\n\nThe spring sap is tapped for a sweet quinceliqueur.\n\n## Twigs\n\nThin twigs sway.\n");
        List<String> seen = new ArrayList<>();
        build(false, (phase, done, total) -> {
            if ("writing".equals(phase) && done == total && seen.isEmpty()) {
                seen.add(countQuietly() + " " + pathsQuietly("sweet") + " " + pathsQuietly("quinceliqueur"));
            }
        });
        assertThat(seen).containsExactly(documents + " [content/post/birch.md] []");
        assertThat(paths("text_exact", "quinceliqueur")).containsOnly("content/post/birch.md");
        assertThat(count()).as("one section more").isEqualTo(documents + 1);
    }

    @Test
    void aBrokenPostIsReportedAndTheRestIsIndexed() throws Exception {
        SiteFixture site = site();
        site.write("content/post/broken.md", "---\ntitle: [unclosed\ndate: nonsense\n---\nSome fir text.\n");
        BuildSummary summary = build();
        assertThat(summary.problems()).extracting(FileProblem::path).contains("content/post/broken.md");
        assertThat(paths("text_exact", "gravel")).containsOnly("content/post/alder.md");

        site.post("content/post/broken.md", "Fir notes", "Some fir text, mended.\n");
        BuildSummary mended = build();
        assertThat(mended.problems()).isEmpty();
        assertThat(paths("text_exact", "mended")).containsOnly("content/post/broken.md");
    }

    @Test
    void pagesWhoseSectionBecomesRepeatedOrUniqueAgainAreRewritten() throws Exception {
        SiteFixture site = SiteFixture.create(root);
        for (int i = 1; i <= 2; i++) {
            site.post("content/post/release-" + i + ".md", "Release " + i, release(i));
        }
        build();
        assertThat(postsWith("thursday")).isEqualTo(2);
        site.post("content/post/release-3.md", "Release 3", release(3));
        BuildSummary third = build();
        assertThat(third.rewritten()).as("the new post and the two whose section became repeated").isEqualTo(3);
        assertThat(postsWith("thursday")).isZero();

        site.delete("content/post/release-3.md");
        BuildSummary removed = build();
        assertThat(removed.deleted()).isEqualTo(1);
        assertThat(removed.rewritten()).as("the two left, whose section is theirs again").isEqualTo(2);
        assertThat(postsWith("thursday")).isEqualTo(2);
    }

    /** A release post whose closing section is the site's template, its version number aside (own text). */
    private static String release(int number) {
        return "Release " + number + " brings faster lantern charging and a new meadow map.\n\n"
                + "## Join the quorum\n\n"
                + "Every Thursday the volunteers meet to plan version 1." + number + ". Bring your ideas, read the "
                + "contributor handbook and say hello to the quokka keepers on the chat.\n";
    }

    private int postsWith(String word) throws Exception {
        JsonNode answer = http.send("POST", "/" + alias + "/_search", Map.of("size", 100, "query", Map.of("bool",
                Map.of("filter", List.of(Map.of("term", Map.of(Fields.TYPE, DocType.POST.value())),
                        Map.of("match", Map.of(Fields.TEXT_EXACT, word)))))));
        return answer.path("hits").path("hits").size();
    }

    private List<String> paths(String field, String word) throws Exception {
        JsonNode answer = http.send("POST", "/" + alias + "/_search", Map.of("size", 100,
                "query", Map.of("match", Map.of(field, word))));
        List<String> paths = new ArrayList<>();
        answer.path("hits").path("hits").forEach(hit -> paths.add(hit.path("_source").path(Fields.PATH).asText()));
        return paths.stream().distinct().toList();
    }

    private String pathsQuietly(String word) {
        try {
            return paths("text_exact", word).toString();
        } catch (Exception e) {
            return e.toString();
        }
    }

    private long count() throws Exception {
        return http.send("GET", "/" + alias + "/_count", null).path("count").asLong();
    }

    private String countQuietly() {
        try {
            return Long.toString(count());
        } catch (Exception e) {
            return e.toString();
        }
    }

    private static String aliased(String name) throws Exception {
        List<String> indexes = new ArrayList<>();
        http.send("GET", "/_alias/" + name, null).fieldNames().forEachRemaining(indexes::add);
        assertThat(indexes).hasSize(1);
        return indexes.get(0);
    }

    private String aliasedQuietly() {
        try {
            return aliased(alias);
        } catch (Exception | AssertionError e) {
            return e.toString();
        }
    }

    /** Every entity document's OpenSearch id with its version. */
    private Map<String, Long> versions() throws Exception {
        JsonNode answer = http.send("POST", "/" + alias + "/_search", Map.of("size", 1000, "version", true,
                "_source", false));
        Map<String, Long> versions = new HashMap<>();
        answer.path("hits").path("hits").forEach(hit -> versions.put(hit.path("_id").asText(),
                hit.path("_version").asLong()));
        return versions;
    }

    private List<String> entityIds() throws Exception {
        JsonNode answer = http.send("POST", "/" + alias + "/_search", Map.of("size", 1000,
                "_source", List.of(Fields.ID)));
        List<String> ids = new ArrayList<>();
        answer.path("hits").path("hits").forEach(hit -> ids.add(hit.path("_source").path(Fields.ID).asText()));
        return ids.stream().sorted().toList();
    }

    /** The entity ids of a Lucene build of the same site (incremental into the same folder, as the cluster's). */
    private List<String> luceneIds() throws Exception {
        new IndexBuilder(IndexOptions.of(root, lucene)).build();
        List<String> ids = new ArrayList<>();
        try (FSDirectory directory = FSDirectory.open(lucene);
             DirectoryReader reader = DirectoryReader.open(directory)) {
            for (var leaf : reader.leaves()) {
                StoredFields stored = leaf.reader().storedFields();
                var live = leaf.reader().getLiveDocs();
                for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                    if (live == null || live.get(doc)) {
                        Document document = stored.document(doc, Set.of(Fields.ID));
                        ids.add(document.get(Fields.ID));
                    }
                }
            }
        }
        return ids.stream().sorted().toList();
    }
}
