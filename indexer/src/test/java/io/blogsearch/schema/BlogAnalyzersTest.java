package io.blogsearch.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

class BlogAnalyzersTest {

    @Test
    void englishStemsFoldsAndDropsStopWords() throws IOException {
        assertThat(tokens(BlogAnalyzers.english(), "Deployed with the Containers' Café"))
                .containsExactly("deploy", "container", "cafe");
    }

    @Test
    void englishStemmingDoesNotJoinWordsOfOtherMeanings() throws IOException {
        assertThat(tokens(BlogAnalyzers.english(), "communicating")).doesNotContainAnyElementsOf(
                tokens(BlogAnalyzers.english(), "community"));
        assertThat(tokens(BlogAnalyzers.english(), "operator")).doesNotContainAnyElementsOf(
                tokens(BlogAnalyzers.english(), "operation"));
        assertThat(tokens(BlogAnalyzers.english(), "communicated"))
                .isEqualTo(tokens(BlogAnalyzers.english(), "communicating"));
    }

    @Test
    void exactKeepsWholeWordsButFoldsCaseAndAccents() throws IOException {
        assertThat(tokens(BlogAnalyzers.exact(), "Running with Café"))
                .containsExactly("running", "with", "cafe");
    }

    @Test
    void prefixFieldIsNgrammedOnlyAtIndexTime() throws IOException {
        assertThat(tokens(BlogAnalyzers.forIndexing(), Fields.TITLE_PREFIX, "Scissors"))
                .contains("sc", "scis", "scissors");
        assertThat(tokens(BlogAnalyzers.forQuerying(), Fields.TITLE_PREFIX, "Scis"))
                .containsExactly("scis");
    }

    private static List<String> tokens(Analyzer analyzer, String text) throws IOException {
        return tokens(analyzer, "any", text);
    }

    private static List<String> tokens(Analyzer analyzer, String field, String text) throws IOException {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        }
        return tokens;
    }
}
