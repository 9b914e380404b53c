package io.blogsearch.lucene.facet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The kept matches give the right facet values on an index of several segments, also when only one segment holds
 * matches (Lucene's counts then need an entry for every segment, or they read that segment's ordinals as the index's).
 */
class MatchSamplerFacetsTest {

    private static final FacetsConfig CONFIG = new FacetsConfig();

    @TempDir
    static Path dir;
    static FSDirectory directory;
    static DirectoryReader reader;

    @BeforeAll
    static void writeTwoSegments() throws Exception {
        directory = FSDirectory.open(dir);
        try (IndexWriter writer = new IndexWriter(directory,
                new IndexWriterConfig().setMergePolicy(NoMergePolicy.INSTANCE))) {
            for (int i = 0; i < 30; i++) {
                writer.addDocument(tagged(i % 3 == 0 ? "Beta" : "Alpha", "hay"));
            }
            writer.commit();
            for (int i = 0; i < 10; i++) {
                writer.addDocument(tagged("Gamma", "needle"));
            }
        }
        reader = DirectoryReader.open(directory);
        assertThat(reader.leaves()).hasSize(2);
    }

    private static Document tagged(String tag, String word) throws Exception {
        Document doc = new Document();
        doc.add(new StringField("word", word, Field.Store.NO));
        doc.add(new SortedSetDocValuesFacetField("tag", tag));
        return CONFIG.build(doc);
    }

    @AfterAll
    static void close() throws Exception {
        reader.close();
        directory.close();
    }

    @Test
    void countsTheValuesOfMatchesInTheLaterSegmentOnly() throws Exception {
        assertThat(tagCounts("needle")).isEqualTo(Map.of("Gamma", 10));
    }

    @Test
    void countsTheValuesOfMatchesInTheFirstSegmentOnly() throws Exception {
        assertThat(tagCounts("hay")).isEqualTo(Map.of("Alpha", 20, "Beta", 10));
    }

    private static Map<String, Integer> tagCounts(String word) throws Exception {
        MatchSampler matches = new IndexSearcher(reader).search(new TermQuery(new Term("word", word)),
                MatchSampler.manager(1_000, 100));
        SortedSetDocValuesReaderState state = new DefaultSortedSetDocValuesReaderState(reader, CONFIG);
        FacetResult tags = new SortedSetDocValuesFacetCounts(state, matches.keptMatches()).getTopChildren(10, "tag");
        Map<String, Integer> counts = new HashMap<>();
        for (LabelAndValue value : tags.labelValues) {
            counts.put(value.label, value.value.intValue());
        }
        return counts;
    }
}
