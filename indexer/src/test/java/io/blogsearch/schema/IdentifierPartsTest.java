package io.blogsearch.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

/** The words of identifiers that {@link BlogAnalyzers} indexes beside them ({@link BlogAnalyzers#IDENTIFIER_PART}). */
class IdentifierPartsTest {

    @Test
    void addsTheWordsOfAnIdentifierAtItsPositionAndOffsets() throws IOException {
        assertThat(tokens(BlogAnalyzers.forIndexing(), Fields.TEXT_EXACT, "set alert_config.alertmanagers now"))
                .containsExactly("set@0[0,3]", "alert_config.alertmanagers@1[4,30]", "alert@1[4,30]",
                        "config@1[4,30]", "alertmanagers@1[4,30]", "now@2[31,34]");
    }

    @Test
    void stemsThePartsInTheStemmedFields() throws IOException {
        assertThat(tokens(BlogAnalyzers.forIndexing(), Fields.TEXT, "the k8s.pod.names of Node.js"))
                .containsExactly("k8s.pod.names@1[4,17]", "k8s@1[4,17]", "pod@1[4,17]", "name@1[4,17]",
                        "node.js@3[21,28]", "node@3[21,28]", "js@3[21,28]");
    }

    @Test
    void leavesNumbersSingleLettersAndPlainWordsAlone() throws IOException {
        assertThat(tokens(BlogAnalyzers.forIndexing(), Fields.TEXT_EXACT, "version 1.2.3 e.g plain v2.0"))
                .containsExactly("version@0[0,7]", "1.2.3@1[8,13]", "e.g@2[14,17]", "plain@3[18,23]",
                        "v2.0@4[24,28]", "v2@4[24,28]");
    }

    @Test
    void queriesKeepTheIdentifierWhole() throws IOException {
        assertThat(tokens(BlogAnalyzers.forQuerying(), Fields.TEXT_EXACT, "alert_config.alertmanagers"))
                .containsExactly("alert_config.alertmanagers@0[0,26]");
        assertThat(tokens(BlogAnalyzers.forQuerying(), Fields.TEXT, "Node.js"))
                .containsExactly("node.js@0[0,7]");
    }

    @Test
    void namesAndTagsAreNotSplit() throws IOException {
        assertThat(tokens(BlogAnalyzers.forIndexing(), Fields.TAG_TEXT, "Node.js"))
                .containsExactly("node.js@0[0,7]");
    }

    /** Each token as {@code term@position[start,end]}. */
    private static List<String> tokens(Analyzer analyzer, String field, String text) throws IOException {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            int position = -1;
            while (stream.incrementToken()) {
                position += increment.getPositionIncrement();
                tokens.add(term + "@" + position + "[" + offset.startOffset() + "," + offset.endOffset() + "]");
            }
            stream.end();
        }
        return tokens;
    }
}
