package io.blogsearch.schema;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.ngram.EdgeNGramTokenFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The analyzers of the schema. Indexer and server must use the same ones: {@link #forIndexing()} when writing,
 * {@link #forQuerying()} when parsing queries (identical except that prefix fields are not n-grammed at query time).
 */
public final class BlogAnalyzers {

    /** Shortest and longest prefix indexed for as-you-type; a longer typed word falls back to the exact fields. */
    public static final int MIN_PREFIX = 2;
    public static final int MAX_PREFIX = 15;

    private BlogAnalyzers() {
    }

    /**
     * Standard tokens, possessives dropped, lower-cased, English stop words removed, folded to ASCII, stemmed by
     * KStem: plurals and tenses join, words of other meanings sharing a root do not ("communicating" and
     * "community", "operator" and "operation", which Porter joins).
     */
    public static Analyzer english() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream result = new EnglishPossessiveFilter(source);
                result = new LowerCaseFilter(result);
                result = new StopFilter(result, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
                result = new ASCIIFoldingFilter(result);
                result = new KStemFilter(result);
                return new TokenStreamComponents(source, result);
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new ASCIIFoldingFilter(new LowerCaseFilter(in));
            }
        };
    }

    /**
     * Standard tokens, lower-cased and folded to ASCII; no stemming and no stop words, so exact words can rank first.
     */
    public static Analyzer exact() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream result = new ASCIIFoldingFilter(new LowerCaseFilter(source));
                return new TokenStreamComponents(source, result);
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new ASCIIFoldingFilter(new LowerCaseFilter(in));
            }
        };
    }

    /** {@link #exact()} followed by edge n-grams, so "scis" finds "scissors". Index time only. */
    public static Analyzer prefixIndex() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream result = new ASCIIFoldingFilter(new LowerCaseFilter(source));
                result = new EdgeNGramTokenFilter(result, MIN_PREFIX, MAX_PREFIX, true);
                return new TokenStreamComponents(source, result);
            }
        };
    }

    /**
     * Runs a word through {@link #english()}, so that the classes and tables of its chain (the tokenizer's, KStem's
     * dictionary) are initialised on the calling thread.
     */
    public static void initialiseEnglish() {
        try (Analyzer english = english(); TokenStream tokens = english.tokenStream("", "initialising")) {
            tokens.reset();
            while (tokens.incrementToken()) {
                // only the chain's first run matters, not its tokens
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException("an in-memory text is never an I/O error", e);
        }
    }

    /** The analyzer for {@code IndexWriterConfig}: every field by its suffix. */
    public static Analyzer forIndexing() {
        return perField(prefixIndex());
    }

    /** The analyzer for query parsing: as for indexing, but prefix fields take the typed word as it is. */
    public static Analyzer forQuerying() {
        return perField(exact());
    }

    private static Analyzer perField(Analyzer prefixAnalyzer) {
        Analyzer exact = exact();
        Map<String, Analyzer> byField = new HashMap<>();
        byField.put(Fields.TITLE_EXACT, exact);
        byField.put(Fields.TEXT_EXACT, exact);
        byField.put(Fields.SPEAKER_TEXT, exact);
        byField.put(Fields.AUTHOR_TEXT, exact);
        byField.put(Fields.TAG_TEXT, exact);
        byField.put(Fields.CONFERENCE_TEXT, exact);
        byField.put(Fields.TITLE_PREFIX, prefixAnalyzer);
        return new PerFieldAnalyzerWrapper(english(), byField);
    }
}
