package io.blogsearch.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import io.blogsearch.api.SearchResponse;
import io.blogsearch.fixtures.TestIndexes;
import io.blogsearch.fixtures.TestPages;
import io.blogsearch.query.SearchRequest;
import io.blogsearch.query.Synonyms;
import java.nio.file.Path;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A last word typed without a space after it may still be being typed, so it is corrected only when no word of the
 * index starts with it: then it is a finished word, misspelt.
 */
class LastWordCorrectionTest {

    @TempDir
    Path dir;
    private SearchService service;

    @BeforeEach
    void open() throws Exception {
        TestIndexes.write(dir, TestPages.all());
        service = new SearchService(IndexHandle.over(DirectoryReader.open(FSDirectory.open(dir))), Synonyms.builtIn(),
                SearchService.DEFAULT_BUDGET_MILLIS);
    }

    @AfterEach
    void close() throws Exception {
        service.close();
    }

    @Test
    void aMisspeltLastWordNoIndexedWordStartsWithIsCorrected() throws Exception {
        SearchResponse response = service.search(SearchRequest.of("prunning"), true);

        assertThat(response.total()).isPositive();
        assertThat(response.didYouMean()).isEqualTo("pruning");
    }

    @Test
    void aLastWordThatStartsAnIndexedWordIsLeftToTheCompletions() throws Exception {
        SearchResponse response = service.search(SearchRequest.of("prun"), true);

        assertThat(response.total()).isPositive();
        assertThat(response.didYouMean()).isNull();
    }
}
