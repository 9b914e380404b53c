package io.blogsearch.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.blogsearch.schema.CommitData;
import io.blogsearch.schema.DocType;
import io.blogsearch.schema.Fields;
import io.blogsearch.source.SiteException;
import io.blogsearch.testing.IndexProbe;
import io.blogsearch.testing.SiteFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexBuilderIT {

    @TempDir
    Path root;
    @TempDir
    Path index;

    private SiteFixture site() {
        return SiteFixture.create(root)
                .post("content/post/one.md", "Post One", """
                        ## Keynote: Scissors - Ada Lovelace, Engines

                        > "Measure twice"
                        > \\- Ada Lovelace

                        {{< figure src="one.png" title="The engine" >}}
                        """)
                .post("content/post/two.md", "Post Two", "Plain words about storage.\n")
                .post("content/post/three.md", "Post Three", "## Only\n\nSection text.\n")
                .post("content/post/_index.md", "Posts", "List page.\n")
                .post("content/about.md", "About", "About me.\n");
    }

    private BuildSummary build(boolean full) throws Exception {
        return new IndexBuilder(IndexOptions.of(root, index).withFull(full)).build();
    }

    @Test
    void indexesEveryEntityOfASite() throws Exception {
        site();
        BuildSummary summary = build(false);
        assertThat(summary.pages()).isEqualTo(5);
        assertThat(summary.posts()).isEqualTo(3);
        assertThat(summary.sections()).isEqualTo(2);
        assertThat(summary.quotes()).isEqualTo(1);
        assertThat(summary.figures()).isEqualTo(1);
        assertThat(summary.speakers()).isEqualTo(1);
        assertThat(summary.problems()).isEmpty();
        try (IndexProbe probe = IndexProbe.open(index)) {
            assertThat(probe.count(DocType.POST)).isEqualTo(3);
            assertThat(probe.count(DocType.PAGE)).isEqualTo(2);
            assertThat(probe.count(DocType.SECTION)).isEqualTo(2);
            Document quote = probe.all(DocType.QUOTE).get(0);
            assertThat(quote.get(Fields.QUOTE_TEXT)).isEqualTo("Measure twice");
            assertThat(quote.get(Fields.SPEAKER)).isEqualTo("Ada Lovelace");
            assertThat(quote.get(Fields.URL)).isEqualTo(
                    "https://example.org/post/one/#keynote-scissors---ada-lovelace-engines");
            assertThat(probe.all(DocType.FIGURE).get(0).get(Fields.FIGURE_IMAGE))
                    .isEqualTo("https://example.org/post/one/one.png");
            assertThat(probe.commitData()).containsKeys(CommitData.BUILD_TIME, CommitData.BUILD_MILLIS);
        }
    }

    @Test
    void rebuildsOnlyEditedAddedAndDeletedFiles() throws Exception {
        SiteFixture site = site();
        build(false);
        site.post("content/post/two.md", "Post Two", "Edited words about databases.\n")
                .delete("content/post/three.md")
                .post("content/post/four.md", "Post Four", "A brand new post.\n");
        BuildSummary summary = build(false);
        assertThat(summary.parsed()).isEqualTo(2);
        assertThat(summary.unchanged()).isEqualTo(3);
        assertThat(summary.rewritten()).isEqualTo(2);
        assertThat(summary.deleted()).isEqualTo(1);
        try (IndexProbe probe = IndexProbe.open(index)) {
            assertThat(probe.count(DocType.POST)).isEqualTo(3);
            assertThat(probe.count(DocType.PAGE)).isEqualTo(2);
            assertThat(probe.find(DocType.POST, Fields.TEXT_EXACT, "storage")).isEmpty();
            assertThat(probe.find(DocType.POST, Fields.TEXT_EXACT, "databases")).hasSize(1);
            assertThat(probe.find(DocType.POST, Fields.TEXT_EXACT, "brand")).hasSize(1);
            assertThat(probe.count(DocType.SECTION)).isEqualTo(1);
            assertThat(probe.all(DocType.QUOTE)).hasSize(1);
        }
        BuildSummary again = build(false);
        assertThat(again.parsed()).isZero();
        assertThat(again.rewritten()).isZero();
    }

    @Test
    void fullRebuildParsesEverything() throws Exception {
        site();
        build(false);
        BuildSummary full = build(true);
        assertThat(full.parsed()).isEqualTo(5);
        assertThat(full.rewritten()).isEqualTo(5);
        try (IndexProbe probe = IndexProbe.open(index)) {
            assertThat(probe.count(DocType.POST)).isEqualTo(3);
            assertThat(probe.count(DocType.PAGE)).isEqualTo(2);
        }
    }

    @Test
    void rewritesPagesWhoseEnrichmentChanged() throws Exception {
        site();
        build(false);
        BuildSummary enriched = new IndexBuilder(IndexOptions.of(root, index).withEnricher((s, pages) -> pages.stream()
                .map(p -> p.path().endsWith("one.md")
                        ? p.withKnowledge(p.sections(), p.quotes(), p.talks(), "Conf 2020") : p)
                .toList())).build();
        assertThat(enriched.parsed()).isZero();
        assertThat(enriched.rewritten()).isEqualTo(1);
        assertThat(enriched.conferences()).isEqualTo(1);
    }

    @Test
    void aTagIsSpeltAsMostPagesSpellItAndAnIncrementalBuildRespellsThePagesAlreadyIndexed() throws Exception {
        SiteFixture site = SiteFixture.create(root);
        String[] spellings = {"Tech", "tech", "tech", "Tech", "Tech"};
        for (int i = 0; i < 3; i++) {
            site.write("content/post/p" + i + ".md", "---\ntitle: P" + i + "\ndate: 2020-01-02\n"
                    + "tags: [" + spellings[i] + ", Garden]\n---\nWords about sheds.\n");
        }
        build(false);
        assertThat(tagsOfPosts()).containsOnly(List.of("tech", "Garden"));
        for (int i = 3; i < 5; i++) {
            site.write("content/post/p" + i + ".md", "---\ntitle: P" + i + "\ndate: 2020-01-02\n"
                    + "tags: [" + spellings[i] + "]\n---\nWords about sheds.\n");
        }
        BuildSummary incremental = build(false);
        assertThat(incremental.parsed()).isEqualTo(2);
        assertThat(tagsOfPosts()).containsOnly(List.of("Tech", "Garden"), List.of("Tech"));
    }

    private List<List<String>> tagsOfPosts() throws Exception {
        try (IndexProbe probe = IndexProbe.open(index)) {
            return probe.all(DocType.POST).stream().map(post -> List.of(post.getValues(Fields.TAG))).toList();
        }
    }

    @Test
    void pageRewrittenFromItsStoredRecordKeepsBodyAndSectionTexts() throws Exception {
        site();
        build(false);
        new IndexBuilder(IndexOptions.of(root, index).withEnricher((s, pages) -> pages.stream()
                .map(p -> p.path().endsWith("three.md")
                        ? p.withKnowledge(p.sections(), p.quotes(), p.talks(), "Conf 2020") : p)
                .toList())).build();
        try (IndexProbe probe = IndexProbe.open(index)) {
            Document post = probe.find(DocType.POST, Fields.PATH, "content/post/three.md").get(0);
            assertThat(post.get(Fields.TEXT)).contains("Section text.");
            Document section = probe.find(DocType.SECTION, Fields.PATH, "content/post/three.md").get(0);
            assertThat(section.get(Fields.TEXT)).isEqualTo("Section text.");
        }
    }

    @Test
    void siteWithoutContentIsUnusable() {
        SiteFixture.create(root);
        assertThatThrownBy(() -> build(false)).isInstanceOf(SiteException.class)
                .hasMessageContaining("no content directory");
    }

    @Test
    void aSettledFileWithTheSameSizeAndTimeIsNotReadAgainButAnyNewTimeIsRead() throws Exception {
        site();
        FileTime anHourAgo = FileTime.from(Instant.now().minus(Duration.ofHours(1)));
        for (String post : List.of("one", "two", "three", "_index")) {
            Files.setLastModifiedTime(root.resolve("content/post/" + post + ".md"), anHourAgo);
        }
        build(false);
        // Same length, same time, same file: the quick check (as git's index and rsync) trusts it unread.
        Path two = root.resolve("content/post/two.md");
        Files.writeString(two, Files.readString(two).replace("storage", "databas"));
        Files.setLastModifiedTime(two, anHourAgo);
        assertThat(build(false).parsed()).isZero();
        // Any other time, even an older one, and it is read, hashed and re-parsed.
        Files.setLastModifiedTime(two, FileTime.from(Instant.now().minus(Duration.ofHours(2))));
        BuildSummary summary = build(false);
        assertThat(summary.parsed()).isEqualTo(1);
        try (IndexProbe probe = IndexProbe.open(index)) {
            assertThat(probe.find(DocType.POST, Fields.PATH, "content/post/two.md").get(0).get(Fields.TEXT))
                    .contains("databas");
        }
        assertThat(build(false).parsed()).isZero();
    }

    @Test
    void aFileWrittenJustBeforeABuildIsReadAgainEvenWithTheSameSizeAndTime() throws Exception {
        site();
        Path two = root.resolve("content/post/two.md");
        FileTime now = FileTime.from(Instant.now());
        Files.setLastModifiedTime(two, now);
        build(false);
        // Rewritten within the same clock tick of a coarse file system: size and time alike, content not.
        Files.writeString(two, Files.readString(two).replace("storage", "databas"));
        Files.setLastModifiedTime(two, now);
        assertThat(build(false).parsed()).isEqualTo(1);
    }

    @Test
    void anUnchangedPageIsRewrittenWhenAMergeAcrossPagesRenamesItsSpeaker() throws Exception {
        SiteFixture site = SiteFixture.create(root)
                .post("content/post/typo.md", "Summit Day 1", "## Keynote: Lanterns - Kelsey Hightwoer, Chief, Lamps\n")
                .post("content/post/other.md", "Garden notes", "Plain words.\n");
        build(false);
        site.post("content/post/other.md", "Summit Day 2", """
                ## Keynote: Wicks - Kelsey Hightower, Chief, Lamps

                ## Keynote: Oil - Kelsey Hightower, Chief, Lamps
                """);
        BuildSummary summary = build(false);
        assertThat(summary.parsed()).isEqualTo(1);
        assertThat(summary.rewritten()).isEqualTo(2);
        try (IndexProbe probe = IndexProbe.open(index)) {
            assertThat(probe.find(DocType.TALK, Fields.PATH, "content/post/typo.md").get(0).getValues(Fields.SPEAKER))
                    .containsExactly("Kelsey Hightower");
        }
        assertThat(build(false).rewritten()).isZero();
    }

    @Test
    void anUnchangedPageIsDroppedOnceItHasExpired() throws Exception {
        SiteFixture site = site();
        Instant soon = Instant.now().plusSeconds(2);
        site.write("content/post/flash.md", "---\ntitle: Flash sale\nexpiryDate: " + soon + "\n---\nGone soon.\n");
        Files.setLastModifiedTime(root.resolve("content/post/flash.md"),
                FileTime.from(Instant.now().minus(Duration.ofHours(1))));
        build(false);
        try (IndexProbe probe = IndexProbe.open(index)) {
            assertThat(probe.find(DocType.POST, Fields.PATH, "content/post/flash.md")).hasSize(1);
        }
        Thread.sleep(Math.max(0, Duration.between(Instant.now(), soon).toMillis()) + 100);
        BuildSummary summary = build(false);
        assertThat(summary.parsed()).isZero();
        assertThat(summary.deleted()).isEqualTo(1);
        try (IndexProbe probe = IndexProbe.open(index)) {
            assertThat(probe.find(DocType.POST, Fields.PATH, "content/post/flash.md")).isEmpty();
        }
    }

    @Test
    void everyScoredTextFieldHasANormOnEveryDocument() throws Exception {
        site(); // figures and talks have no body, most documents no speaker: their norms would be sparse
        build(false);
        try (FSDirectory directory = FSDirectory.open(index);
             DirectoryReader reader = DirectoryReader.open(directory)) {
            for (String field : List.of(Fields.TEXT, Fields.TEXT_EXACT, Fields.SPEAKER_TEXT, Fields.DESCRIPTION)) {
                for (LeafReaderContext leaf : reader.leaves()) {
                    NumericDocValues norms = leaf.reader().getNormValues(field);
                    int withNorm = 0;
                    while (norms.nextDoc() != DocIdSetIterator.NO_MORE_DOCS) {
                        withNorm++;
                    }
                    assertThat(withNorm).as(field).isEqualTo(leaf.reader().maxDoc());
                }
            }
            // the placeholders are empty: they add no term, and a field's document count still counts real values
            Terms speakers = MultiTerms.getTerms(reader, Fields.SPEAKER_TEXT);
            assertThat(speakers.getDocCount()).isPositive().isLessThan(reader.numDocs());
            assertThat(new IndexSearcher(reader).count(new TermQuery(new Term(Fields.SPEAKER_TEXT, "ada"))))
                    .isEqualTo(speakers.getDocCount());
        }
    }

    @Test
    void buildsAfterManyPublishesMergeTheirSegmentsAndKeepEveryPage() throws Exception {
        SiteFixture site = SiteFixture.create(root);
        int posts = 16;
        for (int post = 0; post < posts; post++) {
            site.post("content/post/p" + post + ".md", "Post " + post, "Words of post " + post + ".\n");
        }
        build(false);
        int most = 0;
        for (int post = 0; post < posts; post++) {
            // each publish rewrites another post: a segment of its own, and its old copy deleted in an older one
            site.post("content/post/p" + post + ".md", "Post " + post, "Words of post " + post + ", edited.\n");
            assertThat(build(false).rewritten()).isEqualTo(1);
            most = Math.max(most, segments());
        }
        // Lucene's tiered policy lets some ten small segments stand; unmerged, 16 publishes left 17 or more
        assertThat(most).isLessThanOrEqualTo(11);
        try (IndexProbe probe = IndexProbe.open(index)) {
            assertThat(probe.count(DocType.POST)).isEqualTo(posts);
            assertThat(probe.commitData()).containsKeys(CommitData.BUILD_TIME, CommitData.PAGES);
        }
        assertThat(build(false).parsed()).as("the merged commit keeps every page's state").isZero();
    }

    private int segments() throws Exception {
        try (FSDirectory directory = FSDirectory.open(index);
             DirectoryReader reader = DirectoryReader.open(directory)) {
            return reader.leaves().size();
        }
    }
}
