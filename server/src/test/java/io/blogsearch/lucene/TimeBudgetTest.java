package io.blogsearch.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.blogsearch.lucene.facet.MatchSampler;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CheckedIntConsumer;
import org.apache.lucene.search.CollectionTerminatedException;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DocIdStream;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The per-request time budget stops collection once it is spent, whether matches come one by one (a scored ranking)
 * or in windows (a disjunction counted without scores), and leaves a search within budget untouched.
 */
class TimeBudgetTest {

    private static final int DOCS = 5_000;
    /** Half the documents say "red", a third "blue": counted without scores, Lucene hands them over in windows. */
    private static final Query RED_OR_BLUE = new ConstantScoreQuery(new BooleanQuery.Builder()
            .add(new TermQuery(new Term("colour", "red")), Occur.SHOULD)
            .add(new TermQuery(new Term("shade", "blue")), Occur.SHOULD).build());

    @TempDir
    static Path dir;
    static FSDirectory directory;
    static DirectoryReader reader;

    @BeforeAll
    static void write() throws Exception {
        directory = FSDirectory.open(dir);
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
            for (int i = 0; i < DOCS; i++) {
                Document doc = new Document();
                doc.add(new StringField("colour", i % 2 == 0 ? "red" : "green", Field.Store.NO));
                doc.add(new StringField("shade", i % 3 == 0 ? "blue" : "grey", Field.Store.NO));
                writer.addDocument(doc);
            }
        }
        reader = DirectoryReader.open(directory);
    }

    @AfterAll
    static void close() throws Exception {
        reader.close();
        directory.close();
    }

    @Test
    void countsEveryMatchWithinBudget() throws Exception {
        TimeBudget<MatchSampler, MatchSampler> budget = new TimeBudget<>(MatchSampler.manager(DOCS, 100),
                System.nanoTime() + 10_000_000_000L);
        MatchSampler counted = new IndexSearcher(reader).search(RED_OR_BLUE, budget);

        assertThat(budget.expired()).isFalse();
        // red: every even number; blue and not red: odd multiples of 3
        assertThat(counted.total()).isEqualTo(DOCS / 2 + (DOCS / 3 + 1) / 2);
    }

    @Test
    void countsNothingOncePastTheDeadline() throws Exception {
        TimeBudget<MatchSampler, MatchSampler> budget = new TimeBudget<>(MatchSampler.manager(DOCS, 100),
                System.nanoTime() - 1);
        MatchSampler counted = new IndexSearcher(reader).search(RED_OR_BLUE, budget);

        assertThat(budget.expired()).isTrue();
        assertThat(counted.total()).isZero();
    }

    @Test
    void stopsAWindowOfMatchesThatArrivesAfterTheDeadline() throws Exception {
        TimeBudget<MatchSampler, MatchSampler> budget = new TimeBudget<>(MatchSampler.manager(DOCS, 100),
                System.nanoTime() + 200_000_000L);
        LeafCollector leaf = budget.newCollector().getLeafCollector(reader.leaves().get(0));
        leaf.collect(windowOf(0, 1, 2));
        Thread.sleep(250);

        assertThatThrownBy(() -> leaf.collect(windowOf(3, 4))).isInstanceOf(CollectionTerminatedException.class);
        assertThat(budget.expired()).isTrue();
    }

    private static DocIdStream windowOf(int... docs) {
        return new DocIdStream() {
            @Override
            public void forEach(CheckedIntConsumer<IOException> consumer) throws IOException {
                for (int doc : docs) {
                    consumer.accept(doc);
                }
            }
        };
    }

    @Test
    void stopsARankingOncePastTheDeadline() throws Exception {
        Query red = new TermQuery(new Term("colour", "red"));
        TimeBudget<?, TopDocs> spent = new TimeBudget<>(new TopScoreDocCollectorManager(10, null, Integer.MAX_VALUE),
                System.nanoTime() - 1);
        TimeBudget<?, TopDocs> ample = new TimeBudget<>(new TopScoreDocCollectorManager(10, null, Integer.MAX_VALUE),
                System.nanoTime() + 10_000_000_000L);

        assertThat(new IndexSearcher(reader).search(red, spent).scoreDocs).isEmpty();
        assertThat(spent.expired()).isTrue();
        assertThat(new IndexSearcher(reader).search(red, ample).totalHits.value).isEqualTo(DOCS / 2);
        assertThat(ample.expired()).isFalse();
    }
}
