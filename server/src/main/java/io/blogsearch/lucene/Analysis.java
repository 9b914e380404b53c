package io.blogsearch.lucene;

import io.blogsearch.schema.BlogAnalyzers;
import io.blogsearch.schema.Fields;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** Runs the schema's query analyzers over typed words, so queries meet the index's terms exactly. */
public final class Analysis {

    private static final Analyzer QUERY = BlogAnalyzers.forQuerying();

    private Analysis() {
    }

    /** The shared query-time analyzer. */
    public static Analyzer analyzer() {
        return QUERY;
    }

    /** Unstemmed tokens (lower-cased, folded), as in the {@code *_exact} fields. */
    public static List<String> exactTokens(String text) {
        return tokens(Fields.TITLE_EXACT, text);
    }

    /** Whether the token is an English stop word (dropped by the stemmed fields). */
    static boolean isStopWord(String exactToken) {
        return EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(exactToken);
    }

    /** Tokens of the text as the given field's query analyzer makes them. */
    public static List<String> tokens(String field, String text) {
        return tokens(QUERY, field, text);
    }

    /** Tokens of the text as {@code analyzer} makes them for the field. */
    public static List<String> tokens(Analyzer analyzer, String field, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                out.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            // Analysis of an in-memory string does no I/O; this cannot happen.
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
