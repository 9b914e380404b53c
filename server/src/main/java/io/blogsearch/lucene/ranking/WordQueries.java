package io.blogsearch.lucene.ranking;

import static io.blogsearch.lucene.ranking.FieldWeights.AUTHOR;
import static io.blogsearch.lucene.ranking.FieldWeights.CONFERENCE;
import static io.blogsearch.lucene.ranking.FieldWeights.CONTEXT;
import static io.blogsearch.lucene.ranking.FieldWeights.DESCRIPTION;
import static io.blogsearch.lucene.ranking.FieldWeights.ONE_EDIT;
import static io.blogsearch.lucene.ranking.FieldWeights.SPEAKER;
import static io.blogsearch.lucene.ranking.FieldWeights.SYNONYM;
import static io.blogsearch.lucene.ranking.FieldWeights.TAG;
import static io.blogsearch.lucene.ranking.FieldWeights.TEXT_EXACT;
import static io.blogsearch.lucene.ranking.FieldWeights.TEXT_FUZZY;
import static io.blogsearch.lucene.ranking.FieldWeights.TEXT_PREFIX;
import static io.blogsearch.lucene.ranking.FieldWeights.TEXT_STEMMED;
import static io.blogsearch.lucene.ranking.FieldWeights.TITLE_EXACT;
import static io.blogsearch.lucene.ranking.FieldWeights.TITLE_FUZZY;
import static io.blogsearch.lucene.ranking.FieldWeights.TITLE_PREFIX;
import static io.blogsearch.lucene.ranking.FieldWeights.TITLE_STEMMED;
import static io.blogsearch.lucene.ranking.FieldWeights.TWO_EDITS;

import io.blogsearch.lucene.Analysis;
import io.blogsearch.query.Synonyms;
import io.blogsearch.schema.BlogAnalyzers;
import io.blogsearch.schema.Fields;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;

/** The Lucene queries for single words, phrases and keyword fields, with the weights of {@link FieldWeights}. */
final class WordQueries {

    /**
     * How much of the other fields' evidence counts beside the best field's: none, a word scores by its best field
     * (Elasticsearch's best_fields). With a tie breaker, Lucene 9 cannot pass the minimum competitive score on to the
     * fields' postings, and every document containing a common word is scored; without one, ranking skips the blocks
     * that cannot make the first pages. (0.1 was measured: the judged queries rank the same.)
     */
    private static final float TIE_BREAKER = 0f;
    /** Terms a fuzzy or prefix word expands to at most; keeps typo tolerance cheap on a big vocabulary. */
    private static final int MAX_EXPANSIONS = 16;
    private static final int MIN_BODY_PREFIX = 3;
    /** Longest word that is matched with typos. */
    static final int MAX_FUZZY_LENGTH = 24;

    private final Synonyms synonyms;
    private final Vocabulary vocabulary;
    private final QueryBuilder phrases = new QueryBuilder(Analysis.analyzer());
    private final QueryLanguages languages;

    WordQueries(Synonyms synonyms, Vocabulary vocabulary) {
        this(synonyms, vocabulary, QueryLanguages.english());
    }

    /** Word queries whose stemmed variants are analysed in each of {@code languages}. */
    WordQueries(Synonyms synonyms, Vocabulary vocabulary, QueryLanguages languages) {
        this.synonyms = synonyms;
        this.vocabulary = vocabulary;
        this.languages = languages;
    }

    /**
     * One typed word: the query that ranks it, and the documents that query selects in a form cheaper to count.
     *
     * @param ranked   the word over every searchable field, with typo, prefix and synonym variants; the best scores
     * @param matching the same documents for counting without scores, a plain disjunction (which Lucene counts in
     *                 windows of documents rather than through a heap)
     */
    record Word(Query ranked, Query matching) {
    }

    /** One typed word (unstemmed token), ranked and for counting. */
    Word word(String token, boolean prefix, boolean fuzzy) {
        if (Analysis.exactTokens(token).size() > 1) {
            return run(token);
        }
        List<Query> exact = List.of(boost(term(Fields.TITLE_EXACT, token), TITLE_EXACT),
                boost(term(Fields.TEXT_EXACT, token), TEXT_EXACT));
        List<Query> others = otherVariants(token, prefix, fuzzy);
        List<Query> all = new ArrayList<>(exact);
        all.addAll(others);
        // Counting leaves out the exact title and body variants when every document holding the token in an exact
        // field (title, body or description) holds its stem in the stemmed twin: the analyzers tokenize alike and
        // the language ones only drop or rewrite each token, so that holds when the token, analysed again in every
        // searched language, gives exactly one token. Walking both postings would visit each document twice.
        List<Query> counted = languages.oneTermEach(Fields.TEXT, token) ? others : all;
        BooleanQuery.Builder anyVariant = new BooleanQuery.Builder();
        counted.forEach(variant -> anyVariant.add(variant, Occur.SHOULD));
        return new Word(new DisjunctionMaxQuery(all, TIE_BREAKER), anyVariant.build());
    }

    /**
     * A run of Chinese or Japanese script typed as one word: the exact fields hold its characters one by one and the
     * stemmed fields its language's tokens, so it is a phrase on both; no typo or prefix variants.
     */
    private Word run(String text) {
        List<Query> variants = new ArrayList<>();
        addIfPresent(variants, phrases.createPhraseQuery(Fields.TITLE_EXACT, text), TITLE_EXACT);
        addIfPresent(variants, phrases.createPhraseQuery(Fields.TEXT_EXACT, text), TEXT_EXACT);
        addStemmed(variants, text);
        BooleanQuery.Builder anyVariant = new BooleanQuery.Builder();
        variants.forEach(variant -> anyVariant.add(variant, Occur.SHOULD));
        return new Word(new DisjunctionMaxQuery(variants, TIE_BREAKER), anyVariant.build());
    }

    /** The text on the stemmed title, body, description and context, analysed in each searched language. */
    private void addStemmed(List<Query> variants, String text) {
        languages.stemmed(Fields.TITLE, text).forEach(q -> variants.add(boost(q, TITLE_STEMMED)));
        languages.stemmed(Fields.TEXT, text).forEach(q -> variants.add(boost(q, TEXT_STEMMED)));
        languages.stemmed(Fields.DESCRIPTION, text).forEach(q -> variants.add(boost(q, DESCRIPTION)));
        languages.stemmed(Fields.CONTEXT, text).forEach(q -> variants.add(boost(q, CONTEXT)));
    }

    /** Every variant of a word but its exact title and body terms. */
    private List<Query> otherVariants(String token, boolean prefix, boolean fuzzy) {
        List<Query> variants = new ArrayList<>();
        variants.add(boost(term(Fields.SPEAKER_TEXT, token), SPEAKER));
        variants.add(boost(term(Fields.AUTHOR_TEXT, token), AUTHOR));
        variants.add(boost(term(Fields.TAG_TEXT, token), TAG));
        variants.add(boost(term(Fields.CONFERENCE_TEXT, token), CONFERENCE));
        addStemmed(variants, token);
        if (fuzzy) {
            variants.addAll(typoVariants(token));
        }
        if (prefix) {
            variants.addAll(prefixVariants(token));
        }
        for (String synonym : synonyms.of(token)) {
            variants.add(boost(synonymQuery(synonym), SYNONYM));
        }
        return variants;
    }

    /** The word on the stored fields (stemmed, as they are analysed), for the highlighter. */
    Query highlight(String token, boolean prefix, boolean fuzzy) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        boolean run = Analysis.exactTokens(token).size() > 1;
        for (String field : List.of(Fields.TITLE, Fields.TEXT)) {
            languages.stemmed(field, token).forEach(stemmed -> query.add(stemmed, Occur.SHOULD));
            if (run) {
                continue;
            }
            if (fuzzy) {
                query.add(typoHighlight(field, token), Occur.SHOULD);
            }
            if (prefix && token.length() >= BlogAnalyzers.MIN_PREFIX) {
                query.add(prefixQuery(field, token), Occur.SHOULD);
            }
            for (String synonym : synonyms.of(token)) {
                Query q = phrases.createPhraseQuery(field, synonym);
                if (q != null) {
                    query.add(q, Occur.SHOULD);
                }
            }
        }
        return query.build();
    }

    /** A quoted phrase: the exact words in order on titles and bodies, the stemmed words as a weaker fallback. */
    Query phrase(String text) {
        List<Query> variants = new ArrayList<>();
        addIfPresent(variants, phrases.createPhraseQuery(Fields.TITLE_EXACT, text), TITLE_EXACT);
        addIfPresent(variants, phrases.createPhraseQuery(Fields.TEXT_EXACT, text), TEXT_EXACT);
        languages.stemmed(Fields.TITLE, text).forEach(q -> variants.add(boost(q, TITLE_STEMMED)));
        languages.stemmed(Fields.TEXT, text).forEach(q -> variants.add(boost(q, TEXT_STEMMED)));
        return variants.isEmpty() ? null : new DisjunctionMaxQuery(variants, TIE_BREAKER);
    }

    /** A phrase on the stored fields, for the highlighter. */
    Query highlightPhrase(String text) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (String field : List.of(Fields.TITLE, Fields.TEXT)) {
            languages.stemmed(field, text).forEach(q -> query.add(q, Occur.SHOULD));
        }
        return query.build();
    }

    /**
     * What {@code -word} or {@code -"a phrase"} removes: the (stemmed) words anywhere in title or body, in the tags,
     * or in the context (so the sections of a post titled with the word go too).
     */
    Query exclusion(String text) {
        List<Query> variants = new ArrayList<>();
        variants.addAll(languages.stemmed(Fields.CONTEXT, text));
        addIfPresent(variants, phrases.createPhraseQuery(Fields.TAG_TEXT, text), 1f);
        variants.addAll(languages.stemmed(Fields.TITLE, text));
        variants.addAll(languages.stemmed(Fields.TEXT, text));
        addIfPresent(variants, phrases.createPhraseQuery(Fields.TITLE_EXACT, text), 1f);
        addIfPresent(variants, phrases.createPhraseQuery(Fields.TEXT_EXACT, text), 1f);
        return variants.isEmpty() ? null : new DisjunctionMaxQuery(variants, 0f);
    }

    /**
     * {@code speaker:rice}, {@code tag:"service mesh"}: the words in order in an exact-analysed keyword field; a
     * one-word value among {@code typos} also matches with typos.
     */
    Query keywordText(String field, String value, List<String> typos) {
        Query exact = phrases.createPhraseQuery(field, value);
        List<String> tokens = Analysis.tokens(field, value);
        if (exact == null) {
            return null;
        }
        if (tokens.size() == 1 && edits(tokens.get(0)) > 0 && typos.contains(tokens.get(0))) {
            // A misspelt name still finds its person.
            return new DisjunctionMaxQuery(List.of(exact,
                    boost(fuzzy(field, tokens.get(0), edits(tokens.get(0))), 0.5f)), 0f);
        }
        return exact;
    }

    /** The one word of a keyword field's value, which may be matched with typos; null for several words or none. */
    static String keywordWord(String field, String value) {
        List<String> tokens = Analysis.tokens(field, value);
        return tokens.size() == 1 ? tokens.get(0) : null;
    }

    /** {@code title:word}: the words in the title, exact or stemmed. */
    Query title(String value) {
        List<Query> variants = new ArrayList<>();
        addIfPresent(variants, phrases.createPhraseQuery(Fields.TITLE_EXACT, value), TITLE_EXACT);
        languages.stemmed(Fields.TITLE, value).forEach(q -> variants.add(boost(q, TITLE_STEMMED)));
        return variants.isEmpty() ? null : new DisjunctionMaxQuery(variants, TIE_BREAKER);
    }

    private List<Query> prefixVariants(String token) {
        List<Query> variants = new ArrayList<>();
        if (token.length() >= BlogAnalyzers.MIN_PREFIX && token.length() <= BlogAnalyzers.MAX_PREFIX) {
            variants.add(boost(term(Fields.TITLE_PREFIX, token), TITLE_PREFIX));
        } else if (token.length() > BlogAnalyzers.MAX_PREFIX) {
            variants.add(boost(completions(Fields.TITLE_EXACT, token), TITLE_PREFIX));
        }
        if (token.length() >= MIN_BODY_PREFIX) {
            // Bodies are not n-grammed: expand the half-typed word against the term dictionary instead. The word
            // itself is left out of its completions: its exact variant already scores it, and a common word's
            // postings would be walked and scored twice.
            variants.add(boost(completions(Fields.TEXT_EXACT, token), TEXT_PREFIX));
            variants.add(boost(completions(Fields.SPEAKER_TEXT, token), SPEAKER / 2));
        }
        return variants;
    }

    private Query synonymQuery(String synonym) {
        List<Query> variants = new ArrayList<>();
        addIfPresent(variants, phrases.createPhraseQuery(Fields.TITLE_EXACT, synonym), TITLE_EXACT);
        addIfPresent(variants, phrases.createPhraseQuery(Fields.TEXT_EXACT, synonym), TEXT_EXACT);
        addIfPresent(variants, phrases.createPhraseQuery(Fields.TAG_TEXT, synonym), TAG);
        return new DisjunctionMaxQuery(variants, TIE_BREAKER);
    }

    /**
     * Edits allowed for a word: none for short words and numbers, 1 from 5 characters, 2 from 8; none past
     * {@link #MAX_FUZZY_LENGTH}, where nobody mistypes a real word and the automaton would cost a second.
     */
    static int edits(String token) {
        if (token.length() < ONE_EDIT || token.length() > MAX_FUZZY_LENGTH
                || token.chars().allMatch(Character::isDigit)) {
            return 0;
        }
        return token.length() >= TWO_EDITS ? 2 : 1;
    }

    /**
     * The typo variants of a word: its nearest spellings in the index, one edit away when any word is, else two. A
     * word of eight letters one edit from a name is not also matched to a common word two edits away ("hightwer" is
     * "hightower", not "higher").
     */
    private List<Query> typoVariants(String token) {
        int edits = typoEdits(token);
        if (edits == 0) {
            return List.of();
        }
        return List.of(boost(fuzzy(Fields.TITLE_EXACT, token, edits), TITLE_FUZZY),
                boost(fuzzy(Fields.TEXT_EXACT, token, edits), TEXT_FUZZY),
                boost(fuzzy(Fields.SPEAKER_TEXT, token, edits), TITLE_FUZZY));
    }

    /** Edits a typo of {@code token} is looked for with: {@link #edits}, but one when a word is one edit away. */
    private int typoEdits(String token) {
        int edits = edits(token);
        if (edits > 1 && !termsOf(fuzzy(Fields.TEXT_EXACT, token, 1)).isEmpty()) {
            return 1;
        }
        return edits;
    }

    /**
     * The stems of the words a typo matches, for highlighting them in the stemmed fields the snippets are cut from
     * (a fuzzy query on the stems would miss them: a stem is shorter than the word the typo is near).
     */
    private List<String> typoStems(String token) {
        int edits = typoEdits(token);
        if (edits == 0) {
            return List.of();
        }
        List<String> stems = new ArrayList<>();
        for (String field : List.of(Fields.TITLE_EXACT, Fields.TEXT_EXACT)) {
            for (Term term : termsOf(fuzzy(field, token, edits))) {
                for (String stem : languages.stems(Fields.TEXT, term.text())) {
                    if (!stems.contains(stem)) {
                        stems.add(stem);
                    }
                }
            }
        }
        return stems;
    }

    /**
     * The typo matches of a word on a stemmed field: the stems of the words it matches, or a fuzzy query on the stems
     * where the vocabulary does not expand queries into the index's terms.
     */
    private Query typoHighlight(String field, String token) {
        List<String> stems = typoStems(token);
        if (stems.isEmpty()) {
            int edits = typoEdits(token);
            return edits == 0 ? new MatchNoDocsQuery("no typo variants") : fuzzy(field, token, edits);
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        stems.forEach(stem -> query.add(term(field, stem), Occur.SHOULD));
        return query.build();
    }

    /** The terms an expanded query holds (none when it was not expanded, see {@link Vocabulary#expand}). */
    private static List<Term> termsOf(Query expanded) {
        List<Term> terms = new ArrayList<>();
        expanded.visit(new QueryVisitor() {
            @Override
            public void consumeTerms(Query query, Term... matched) {
                terms.addAll(Arrays.asList(matched));
            }

            @Override
            public QueryVisitor getSubVisitor(Occur occur, Query parent) {
                return this;
            }
        });
        return terms;
    }

    private Query fuzzy(String field, String token, int edits) {
        // A typo in the first letter is rare, and a fixed first letter makes the automaton far cheaper.
        return vocabulary.expand(new FuzzyQuery(new Term(field, token), edits, 1, MAX_EXPANSIONS, true));
    }

    private Query prefixQuery(String field, String token) {
        Term prefix = new Term(field, token);
        return vocabulary.expand(new PrefixKey(prefix), () -> new PrefixQuery(prefix,
                new MultiTermQuery.TopTermsBlendedFreqScoringRewrite(MAX_EXPANSIONS)));
    }

    /** What a prefix expansion is kept under: a prefix query compiles its automaton as soon as it is made. */
    private record PrefixKey(Term prefix) {
    }

    /** The prefix expansion of {@code token} on {@code field} without the term {@code token} itself. */
    private Query completions(String field, String token) {
        Query expanded = prefixQuery(field, token);
        Term itself = new Term(field, token);
        if (!(expanded instanceof BooleanQuery bool) || bool.clauses().stream().noneMatch(c -> isTerm(c.getQuery(),
                itself))) {
            return expanded;
        }
        BooleanQuery.Builder others = new BooleanQuery.Builder();
        bool.clauses().stream().filter(c -> !isTerm(c.getQuery(), itself)).forEach(others::add);
        BooleanQuery rest = others.build();
        return rest.clauses().isEmpty() ? new MatchNoDocsQuery("no completions but the word") : rest;
    }

    private static boolean isTerm(Query query, Term term) {
        Query inner = query instanceof BoostQuery boosted ? boosted.getQuery() : query;
        return inner instanceof TermQuery termQuery && termQuery.getTerm().equals(term);
    }

    private static Query term(String field, String value) {
        return new TermQuery(new Term(field, value));
    }

    private static Query boost(Query query, float boost) {
        return new BoostQuery(query, boost);
    }

    private static void addIfPresent(List<Query> variants, Query query, float boost) {
        if (query != null) {
            variants.add(boost(query, boost));
        }
    }
}
