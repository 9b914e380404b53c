package io.blogsearch.lucene.ranking;

import static org.assertj.core.api.Assertions.assertThat;

import io.blogsearch.fixtures.TestIndexes;
import io.blogsearch.fixtures.TestPages;
import io.blogsearch.model.Page;
import io.blogsearch.model.Section;
import io.blogsearch.schema.DocType;
import io.blogsearch.schema.Fields;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whole posts score {@link FieldWeights#POST_BOOST} times their evidence, exactly as Lucene's FunctionScoreQuery would
 * score them, and a ranking that skips non-competitive documents (the score bounds the query reports) finds the same
 * top hits as one that scores every match.
 */
class PostBoostQueryTest {

    @TempDir
    Path dir;

    @Test
    void scoresPostsTimesTheBoostAndSkipsNothingThatCompetes() throws Exception {
        TestIndexes.write(dir.resolve("index"), archive(600));
        try (FSDirectory directory = FSDirectory.open(dir.resolve("index"));
             DirectoryReader reader = DirectoryReader.open(directory)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            PostBoost posts = PostBoost.of(reader);
            Query evidence = word("lighthouse");
            Query boosted = new PostBoostQuery(evidence, posts);
            Query reference = FunctionScoreQuery.boostByQuery(FunctionScoreQuery.boostByQuery(evidence,
                    new TermQuery(new Term(Fields.TYPE, DocType.POST.value())), FieldWeights.POST_BOOST),
                    repeatedSections(reader), FieldWeights.BOILERPLATE);

            TopDocs everyMatch = searcher.search(boosted, new TopScoreDocCollectorManager(50, null, Integer.MAX_VALUE));
            TopDocs skipping = searcher.search(boosted, new TopScoreDocCollectorManager(50, null, 50));
            TopDocs expected = searcher.search(reference, new TopScoreDocCollectorManager(50, null, Integer.MAX_VALUE));

            assertThat(everyMatch.totalHits.value).isGreaterThan(500);
            assertThat(docs(everyMatch)).isEqualTo(docs(expected));
            for (int i = 0; i < everyMatch.scoreDocs.length; i++) {
                assertThat(everyMatch.scoreDocs[i].score).isEqualTo(expected.scoreDocs[i].score,
                        Assertions.within(1e-4f));
            }
            assertThat(docs(skipping)).isEqualTo(docs(everyMatch));
            // The ranking that may skip did skip (it counted fewer matches), so the bounds were used.
            assertThat(skipping.totalHits.value).isLessThan(everyMatch.totalHits.value);
            // Both kinds of document are among the top hits: some were multiplied, some not.
            assertThat(types(searcher, everyMatch)).contains(DocType.POST.value(), DocType.SECTION.value());

            ScoreDoc top = everyMatch.scoreDocs[0];
            Explanation explanation = searcher.explain(boosted, top.doc);
            assertThat(explanation.isMatch()).isTrue();
            assertThat(explanation.getValue().floatValue()).isEqualTo(top.score,
                    Assertions.within(1e-4f));
        }
    }

    @Test
    void aRankingSkipsPostsThatOnlyTieWithTheLastTopHit() throws Exception {
        // Archives of 400 posts alike: every post scores the same, and only the first ones in index order make the
        // top hits. Posts without the word change its weight: six archives give six scores, so the test does not
        // hang on one float's rounding.
        for (int extra = 0; extra < 6; extra++) {
            List<Page> alike = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                alike.add(TestPages.page("content/post/a" + i + ".md", "Harbour notes " + i, "2020-01-01", List.of(),
                        "The lighthouse keeper logs the ships at dawn.", List.of()));
            }
            for (int i = 0; i < 37 * extra; i++) {
                alike.add(TestPages.page("content/post/b" + i + ".md", "Dock notes " + i, "2020-01-01", List.of(),
                        "The harbour master logs the ships at dusk.", List.of()));
            }
            Path index = dir.resolve("alike-" + extra);
            TestIndexes.write(index, alike);
            try (FSDirectory directory = FSDirectory.open(index);
                 DirectoryReader reader = DirectoryReader.open(directory)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                Query boosted = new PostBoostQuery(word("lighthouse"), PostBoost.of(reader));

                TopDocs everyMatch = searcher.search(boosted,
                        new TopScoreDocCollectorManager(10, null, Integer.MAX_VALUE));
                TopDocs skipping = searcher.search(boosted, new TopScoreDocCollectorManager(10, null, 10));

                assertThat(everyMatch.totalHits.value).isEqualTo(400);
                assertThat(docs(skipping)).isEqualTo(docs(everyMatch));
                // With the minimum merely divided by the boost and rounded down, the tied posts were still visited.
                assertThat(skipping.totalHits.value).as("matches visited, with %d posts without the word", 37 * extra)
                        .isLessThan(200);
            }
        }
    }

    @Test
    void theLeastCompetingEvidenceIsExactlyWhereTheBoostedScoreReachesTheMinimum() {
        Random random = new Random(42);
        for (int i = 0; i < 100_000; i++) {
            float min = random.nextFloat() * (i % 2 == 0 ? 40 : 1e-3f) + Float.MIN_NORMAL;
            float least = PostBoostQuery.leastCompetingEvidence(min);
            assertThat(least * FieldWeights.POST_BOOST).as("boosted %s for minimum %s", least, min)
                    .isGreaterThanOrEqualTo(min);
            assertThat(Math.nextDown(least) * FieldWeights.POST_BOOST).as("just below %s for minimum %s", least, min)
                    .isLessThan(min);
        }
        assertThat(PostBoostQuery.leastCompetingEvidence(0f)).isZero();
    }

    /** The word over title and body, best field wins, as {@link WordQueries} builds it. */
    private static Query word(String word) {
        return new DisjunctionMaxQuery(List.of(
                new BoostQuery(new TermQuery(new Term(Fields.TITLE_EXACT, word)), FieldWeights.TITLE_EXACT),
                new BoostQuery(new TermQuery(new Term(Fields.TEXT_EXACT, word)), FieldWeights.TEXT_EXACT),
                new TermQuery(new Term(Fields.TEXT, word))), 0f);
    }

    /**
     * Posts and their sections mentioning the word: the first pages' sections say it densely, later pages once among
     * much filler, so later blocks of documents cannot make the top hits even if they were posts, and a ranking may
     * skip them.
     */
    private static List<Page> archive(int size) {
        List<Page> pages = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            String filler = "keepers log the weather and the ships ".repeat(1 + i % 11);
            String title = i % 97 == 0 ? "The lighthouse of cape " + i : "Harbour notes " + i;
            String section = i < size / 5 ? "lighthouse ".repeat(1 + i % 5) + "ships"
                    : filler.repeat(6) + "lighthouse";
            // Every other page never says it, so the word is not worthless (its idf is well above zero).
            String body = i % 2 == 0 ? filler.repeat(6) + "lighthouse" : filler;
            pages.add(TestPages.page("content/post/p" + i + ".md", title, "2020-01-01", List.of(), body,
                    List.of(new Section("Watch " + i, 2, "watch-" + i, i % 2 == 0 ? section : filler, null))));
        }
        return pages;
    }

    private static List<Integer> docs(TopDocs top) {
        return Arrays.stream(top.scoreDocs).map(d -> d.doc).toList();
    }

    private static List<String> types(IndexSearcher searcher, TopDocs top) throws IOException {
        List<String> types = new ArrayList<>();
        for (ScoreDoc doc : top.scoreDocs) {
            types.add(searcher.storedFields().document(doc.doc).get(Fields.TYPE));
        }
        return types;
    }

    /** The sections whose hash at least {@link Boilerplate#REPEATED_PAGES} sections share. */
    private static Query repeatedSections(IndexReader reader) throws IOException {
        BooleanQuery.Builder repeated = new BooleanQuery.Builder();
        for (LeafReaderContext leaf : reader.leaves()) {
            Terms terms = leaf.reader().terms(Fields.SECTION_HASH);
            TermsEnum hashes = terms == null ? TermsEnum.EMPTY
                    : terms.iterator();
            for (BytesRef hash = hashes.next(); hash != null; hash = hashes.next()) {
                Term term = new Term(Fields.SECTION_HASH, BytesRef.deepCopyOf(hash));
                if (reader.docFreq(term) >= Boilerplate.REPEATED_PAGES) {
                    repeated.add(new TermQuery(term), Occur.SHOULD);
                }
            }
        }
        return repeated.build();
    }
}
