package io.blogsearch.lucene.facet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample of matches drawn while collecting: bounded, exact in its total, the same however the index is sliced,
 * and representative even when the matches follow a pattern in their document numbers.
 */
class MatchSamplerTest {

    private static final int DOCS = 20_000;
    /** Every document. */
    private static final Query ALL = new TermQuery(new Term("all", "yes"));
    /** Every fourth document, by number: a pattern a poor hash would mistake for a level. */
    private static final Query EVERY_FOURTH = new TermQuery(new Term("kind", "fourth"));

    @TempDir
    static Path dir;
    static FSDirectory directory;
    static DirectoryReader reader;

    @BeforeAll
    static void writeTwentySegments() throws Exception {
        directory = FSDirectory.open(dir);
        IndexWriterConfig config = new IndexWriterConfig().setMergePolicy(NoMergePolicy.INSTANCE)
                .setMaxBufferedDocs(1_000);
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            for (int i = 0; i < DOCS; i++) {
                Document doc = new Document();
                doc.add(new StringField("all", "yes", Field.Store.NO));
                doc.add(new StringField("kind", i % 4 == 0 ? "fourth" : "other", Field.Store.NO));
                writer.addDocument(doc);
            }
        }
        reader = DirectoryReader.open(directory);
        assertThat(reader.leaves()).hasSizeGreaterThanOrEqualTo(10);
    }

    @AfterAll
    static void close() throws Exception {
        reader.close();
        directory.close();
    }

    @Test
    void keepsEveryMatchUpToTheThreshold() throws Exception {
        MatchSampler sample = new IndexSearcher(reader).search(ALL, MatchSampler.manager(DOCS, 100));

        assertThat(sample.exact()).isTrue();
        assertThat(sample.total()).isEqualTo(DOCS);
        assertThat(sample.kept()).isEqualTo(DOCS);
        assertThat(sample.samplingRate()).isEqualTo(1.0);
        assertThat(keptDocs(sample)).hasSize(DOCS);
    }

    @Test
    void beyondTheThresholdKeepsABoundedSampleAndCountsEveryMatch() throws Exception {
        MatchSampler sample = new IndexSearcher(reader).search(ALL, MatchSampler.manager(DOCS - 1, 500));

        assertThat(sample.exact()).isFalse();
        assertThat(sample.total()).isEqualTo(DOCS);
        assertThat(sample.kept()).isBetween(250, 1_000).isEqualTo(keptDocs(sample).size());
        assertThat(sample.samplingRate()).isEqualTo((double) sample.kept() / DOCS);
    }

    @Test
    void drawsTheSameSampleHoweverTheIndexIsSliced() throws Exception {
        ExecutorService executor = Executors.newFixedThreadPool(4);
        try {
            IndexSearcher sliced = new IndexSearcher(reader, executor) {
                @Override
                protected LeafSlice[] slices(List<LeafReaderContext> leaves) {
                    return slices(leaves, 1_000, 1);
                }
            };
            assertThat(sliced.getSlices().length).isGreaterThanOrEqualTo(10);
            MatchSampler whole = new IndexSearcher(reader).search(ALL, MatchSampler.manager(1_000, 300));
            MatchSampler inSlices = sliced.search(ALL, MatchSampler.manager(1_000, 300));

            assertThat(inSlices.total()).isEqualTo(whole.total()).isEqualTo(DOCS);
            assertThat(keptDocs(inSlices)).isEqualTo(keptDocs(whole)).hasSizeBetween(150, 600);
        } finally {
            executor.shutdown();
        }
    }

    @Test
    void representsMatchesWhoseNumbersFollowAPattern() throws Exception {
        MatchSampler sample = new IndexSearcher(reader).search(ALL, MatchSampler.manager(1_000, 1_000));
        Set<Integer> fourth = everyMatch(EVERY_FOURTH);

        long keptFourth = keptDocs(sample).stream().filter(fourth::contains).count();
        assertThat((double) keptFourth / sample.kept()).isCloseTo(0.25, within(0.05));

        MatchSampler ofFourth = new IndexSearcher(reader).search(EVERY_FOURTH, MatchSampler.manager(1_000, 500));
        assertThat(ofFourth.total()).isEqualTo(DOCS / 4);
        assertThat(ofFourth.kept()).isBetween(250, 1_000);
        assertThat(fourth).containsAll(keptDocs(ofFourth));
    }

    private static Set<Integer> everyMatch(Query query) throws Exception {
        return keptDocs(new IndexSearcher(reader).search(query, MatchSampler.manager(DOCS, 1)));
    }

    /** The kept matches by their number in the whole index. */
    private static Set<Integer> keptDocs(MatchSampler sample) throws Exception {
        Set<Integer> docs = new HashSet<>();
        for (FacetsCollector.MatchingDocs leaf : sample.keptMatches().getMatchingDocs()) {
            DocIdSetIterator it = leaf.bits.iterator();
            for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
                docs.add(leaf.context.docBase + doc);
            }
        }
        return docs;
    }
}
