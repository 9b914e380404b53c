package io.blogsearch.schema;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.ConditionalTokenFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.ngram.EdgeNGramTokenFilter;
import org.apache.lucene.analysis.pattern.PatternCaptureGroupTokenFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The analyzers of the schema. Indexer and server must use the same ones: {@link #forIndexing()} when writing,
 * {@link #forQuerying()} when parsing queries (identical except that prefix fields are not n-grammed and identifiers
 * are not split into their words at query time).
 */
public final class BlogAnalyzers {

    /** Shortest and longest prefix indexed for as-you-type; a longer typed word falls back to the exact fields. */
    public static final int MIN_PREFIX = 2;
    public static final int MAX_PREFIX = 15;

    /**
     * A word inside a code identifier or dotted name, which the standard tokenizer keeps whole
     * ({@code alert_config.alertmanagers}, {@code k8s.pod.name}, {@code Node.js}: dots between letters, underscores and
     * colons join a token): a run between separators of two characters or more holding a letter. Indexed beside the
     * whole token, at its position and with its offsets, like a synonym ({@code PatternCaptureGroupTokenFilter};
     * OpenSearch's {@code pattern_capture} is the same filter), so a reader's {@code alertmanagers}, {@code pod} or
     * {@code js} reaches them while phrases over the identifier and its length in scores stay as they were. Index
     * time only: a query for the whole identifier still means the whole identifier.
     */
    public static final String IDENTIFIER_PART = "(?<![^._:])((?=[^._:]{2})[^._:]*\\p{L}[^._:]*)(?![^._:])";
    private static final Pattern IDENTIFIER_PART_PATTERN = Pattern.compile(IDENTIFIER_PART);

    private BlogAnalyzers() {
    }

    /**
     * {@code tokens} with the words of identifiers added ({@link #IDENTIFIER_PART}); the pattern runs only on tokens
     * holding a separator, not on every word of every text.
     */
    private static TokenStream identifierParts(TokenStream tokens) {
        return new ConditionalTokenFilter(tokens,
                in -> new PatternCaptureGroupTokenFilter(in, true, IDENTIFIER_PART_PATTERN)) {
            private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

            @Override
            protected boolean shouldFilter() {
                char[] chars = term.buffer();
                for (int i = 0; i < term.length(); i++) {
                    if (chars[i] == '.' || chars[i] == '_' || chars[i] == ':') {
                        return true;
                    }
                }
                return false;
            }
        };
    }

    /**
     * Standard tokens, possessives dropped, lower-cased, English stop words removed, folded to ASCII, stemmed by
     * KStem: plurals and tenses join, words of other meanings sharing a root do not ("communicating" and
     * "community", "operator" and "operation", which Porter joins).
     */
    public static Analyzer english() {
        return english(false);
    }

    /** {@link #english()}, with the words of identifiers added when {@code identifierParts} (index time). */
    private static Analyzer english(boolean identifierParts) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream result = new EnglishPossessiveFilter(identifierParts ? identifierParts(source) : source);
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
        return exact(false);
    }

    /** {@link #exact()}, with the words of identifiers added when {@code identifierParts} (index time). */
    private static Analyzer exact(boolean identifierParts) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream result = new ASCIIFoldingFilter(new LowerCaseFilter(identifierParts
                        ? identifierParts(source) : source));
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

    /**
     * The analyzer for {@code IndexWriterConfig}: every field by its suffix; titles and texts with the words of their
     * identifiers ({@link #IDENTIFIER_PART}).
     */
    public static Analyzer forIndexing() {
        return perField(english(true), exact(true), prefixIndex());
    }

    /**
     * The analyzer for query parsing: as for indexing, but prefix fields take the typed word as it is and an
     * identifier stays whole.
     */
    public static Analyzer forQuerying() {
        return perField(english(false), exact(false), exact());
    }

    private static Analyzer perField(Analyzer english, Analyzer text, Analyzer prefixAnalyzer) {
        Analyzer exact = exact();
        Map<String, Analyzer> byField = new HashMap<>();
        byField.put(Fields.TITLE_EXACT, text);
        byField.put(Fields.TEXT_EXACT, text);
        byField.put(Fields.SPEAKER_TEXT, exact);
        byField.put(Fields.AUTHOR_TEXT, exact);
        byField.put(Fields.TAG_TEXT, exact);
        byField.put(Fields.CONFERENCE_TEXT, exact);
        byField.put(Fields.TITLE_PREFIX, prefixAnalyzer);
        return new PerFieldAnalyzerWrapper(english, byField);
    }
}
