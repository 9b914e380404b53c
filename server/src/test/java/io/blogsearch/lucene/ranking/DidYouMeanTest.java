package io.blogsearch.lucene.ranking;

import static org.assertj.core.api.Assertions.assertThat;

import io.blogsearch.schema.Fields;
import java.io.IOException;
import java.util.List;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DidYouMeanTest {

    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private DirectoryReader reader;
    private SearcherVocabulary vocabulary;

    @BeforeEach
    void indexLowerCasedWords() throws IOException {
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new WhitespaceAnalyzer()))) {
            Document doc = new Document();
            doc.add(new TextField(Fields.TEXT_EXACT, "marigold gardener planted tulips", Field.Store.NO));
            writer.addDocument(doc);
        }
        reader = DirectoryReader.open(directory);
        vocabulary = new SearcherVocabulary(new IndexSearcher(reader));
    }

    @AfterEach
    void close() throws IOException {
        reader.close();
        directory.close();
    }

    @Test
    void correctionKeepsTheTypedWordsCapitals() {
        assertThat(DidYouMean.correct("Marigold Gardnr", List.of("marigold", "gardnr"), vocabulary))
                .isEqualTo("Marigold Gardener");
        assertThat(DidYouMean.correct("Marygold gardener", List.of("marygold", "gardener"), vocabulary))
                .isEqualTo("Marigold gardener");
        assertThat(DidYouMean.correct("TULIPPS", List.of("tulipps"), vocabulary)).isEqualTo("TULIPS");
    }

    @Test
    void aWordBeginsAnIndexedWordWhenSomeTermStartsWithIt() {
        assertThat(vocabulary.beginsAWord("gard")).isTrue();
        assertThat(vocabulary.beginsAWord("tulips")).isTrue();
        assertThat(vocabulary.beginsAWord("gardnr")).isFalse();
        assertThat(vocabulary.beginsAWord("zinnia")).isFalse();
    }

    @Test
    void knownWordsNeedNoCorrection() {
        assertThat(DidYouMean.correct("Tulips", List.of("tulips"), vocabulary)).isNull();
    }
}
