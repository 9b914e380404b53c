package io.blogsearch.lucene.ranking;

import io.blogsearch.lucene.Analysis;
import io.blogsearch.query.CjkRunWords;
import io.blogsearch.schema.LanguageAnalyzers;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;

/**
 * The languages a query is analysed in: those selected with {@code lang}, else every language the index holds. The
 * stemmed fields hold each document's words as its own language's analyzer made them, so a typed word is analysed once
 * per searched language and the distinct results are OR-ed: the same documents as one query per language restricted to
 * that language, OR-ed, except where two languages' analyzers make the same term of a word (the same word or name,
 * mostly). A site in one language gets exactly its one analysis.
 */
public final class QueryLanguages {

    private final Map<String, QueryBuilder> builders = new LinkedHashMap<>();

    private QueryLanguages(List<String> languages) {
        for (String lang : languages) {
            String language = LanguageAnalyzers.analysisLanguage(lang);
            builders.computeIfAbsent(language, key -> new QueryBuilder(LanguageAnalyzers.stemmed(key)));
        }
        if (builders.isEmpty()) {
            String language = LanguageAnalyzers.DEFAULT_LANGUAGE;
            builders.put(language, new QueryBuilder(LanguageAnalyzers.stemmed(language)));
        }
    }

    /** The searched languages: language codes as the index or the request names them; none means the default. */
    public static QueryLanguages of(List<String> languages) {
        return new QueryLanguages(languages);
    }

    /** English only, as an index written before pages had languages. */
    static QueryLanguages english() {
        return new QueryLanguages(List.of());
    }

    /**
     * The text on a stemmed field in every searched language, distinct: a term query where the language makes one
     * token, a phrase where it makes several (CJK bigrams), nothing where it makes none (stop words).
     */
    List<Query> stemmed(String field, String text) {
        List<Query> queries = new ArrayList<>();
        for (QueryBuilder builder : builders.values()) {
            Query query = builder.createPhraseQuery(field, text);
            if (query != null && !queries.contains(query)) {
                queries.add(query);
            }
        }
        return queries;
    }

    /** The single-term stems of an unstemmed token in the searched languages, distinct (none for a stop word). */
    List<String> stems(String field, String token) {
        List<String> stems = new ArrayList<>();
        for (String language : builders.keySet()) {
            List<String> terms = Analysis.tokens(LanguageAnalyzers.stemmed(language), field, token);
            if (terms.size() == 1 && !stems.contains(terms.get(0))) {
                stems.add(terms.get(0));
            }
        }
        return stems;
    }

    /** Whether each searched language analyses the token as exactly one term (none drops or splits it). */
    boolean oneTermEach(String field, String token) {
        for (String language : builders.keySet()) {
            if (Analysis.tokens(LanguageAnalyzers.stemmed(language), field, token).size() != 1) {
                return false;
            }
        }
        return true;
    }

    /** Whether the unstemmed token is a stop word of a searched language (its stemmed fields drop it). */
    boolean isStopWord(String token) {
        return builders.keySet().stream().anyMatch(language -> LanguageAnalyzers.stopWords(language).contains(token));
    }

    /**
     * The unstemmed tokens of one typed word as the exact fields split it, except that a run of Chinese or Japanese
     * script stays one token: the exact fields split it into single characters, the language analyzers into bigrams,
     * and the run is searched as a phrase of those.
     */
    static List<String> scoringTokens(String word) {
        return scoringTokens(word, Vocabulary.everything());
    }

    /**
     * As {@link #scoringTokens(String)}, except that a run no page writes as typed is cut into the words that pages
     * do write ({@link CjkRunWords}), each a token of its own.
     */
    static List<String> scoringTokens(String word, Vocabulary vocabulary) {
        List<String> tokens = new ArrayList<>();
        Matcher run = CjkRunWords.RUN.matcher(word);
        int at = 0;
        while (run.find()) {
            tokens.addAll(Analysis.exactTokens(word.substring(at, run.start())));
            List<String> words = CjkRunWords.of(run.group(), vocabulary::documentsWriting);
            List<String> chars = Analysis.exactTokens(run.group());
            if (words.size() > 1) {
                tokens.addAll(words);
            } else if (chars.size() > 1) {
                tokens.add(run.group());
            } else {
                tokens.addAll(chars); // katakana: the exact fields keep a run of it whole
            }
            at = run.end();
        }
        tokens.addAll(Analysis.exactTokens(word.substring(at)));
        return tokens;
    }
}
