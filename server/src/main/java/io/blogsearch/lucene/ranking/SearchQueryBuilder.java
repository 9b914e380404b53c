package io.blogsearch.lucene.ranking;

import static io.blogsearch.lucene.ranking.FieldWeights.ALL_WORDS_BONUS;
import static io.blogsearch.lucene.ranking.FieldWeights.QUOTE_QUESTION_BONUS;

import io.blogsearch.query.Synonyms;
import io.blogsearch.query.UserQuery;
import io.blogsearch.query.UserQuery.FieldClause;
import io.blogsearch.query.UserQuery.QueryField;
import io.blogsearch.query.UserQueryParser;
import io.blogsearch.schema.DocType;
import io.blogsearch.schema.FacetDims;
import io.blogsearch.schema.Fields;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Turns a {@link UserQuery} into one Lucene query: every free word is a disjunction over the schema's fields
 * (see {@link WordQueries}), documents with all words get a bonus that ranks them first, phrases and
 * {@code field:value} clauses are required, exclusions prohibited.
 */
public final class SearchQueryBuilder {

    private final Synonyms synonyms;

    /** A builder expanding words with the given synonyms. */
    public SearchQueryBuilder(Synonyms synonyms) {
        this.synonyms = synonyms;
    }

    /**
     * Builds the query; words the vocabulary does not know also match with typos; whole posts score
     * {@code postBoost} times their evidence.
     */
    public SearchQuery build(UserQuery user, Vocabulary vocabulary, PostBoost postBoost) {
        return build(user, vocabulary, postBoost, QueryLanguages.english());
    }

    /** As above, with the stemmed words analysed in each of the searched {@code languages}. */
    public SearchQuery build(UserQuery user, Vocabulary vocabulary, PostBoost postBoost, QueryLanguages languages) {
        WordQueries words = new WordQueries(synonyms, vocabulary, languages);
        List<String> tokens = scoringTokens(user, languages, vocabulary);
        BooleanQuery.Builder main = new BooleanQuery.Builder();
        // The same documents as main, in a form that is cheaper to count without scores.
        BooleanQuery.Builder matching = new BooleanQuery.Builder();
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        BooleanQuery.Builder highlight = new BooleanQuery.Builder();
        boolean scored = false;
        List<String> typos = TypoBudget.words(tokens, vocabulary);
        // Names and tags are matched with typos whether known or not (a known tag may be a typo of another); their
        // own budget keeps a query of many such clauses as cheap as one of many words.
        List<String> fieldTypos = TypoBudget.words(keywordWords(user), Vocabulary.nothing());
        for (int i = 0; i < tokens.size(); i++) {
            boolean last = i == tokens.size() - 1 && user.prefixLast();
            boolean fuzzy = typos.contains(tokens.get(i));
            WordQueries.Word word = words.word(tokens.get(i), last, fuzzy);
            main.add(word.ranked(), Occur.SHOULD);
            matching.add(word.matching(), Occur.SHOULD);
            all.add(word.ranked(), Occur.MUST);
            highlight.add(words.highlight(tokens.get(i), last, fuzzy), Occur.SHOULD);
            scored = true;
        }
        Query proximity = ProximityQueries.of(tokens);
        if (proximity != null) {
            main.add(proximity, Occur.SHOULD);
        }
        for (String phrase : user.phrases()) {
            Query query = words.phrase(phrase);
            if (query != null) {
                main.add(query, Occur.MUST);
                matching.add(query, Occur.FILTER);
                highlight.add(words.highlightPhrase(phrase), Occur.SHOULD);
                scored = true;
            }
        }
        for (FieldClause clause : user.fields()) {
            Query query = fieldQuery(clause, words, fieldTypos);
            if (query != null) {
                boolean scoring = clause.field() == QueryField.TITLE;
                main.add(query, scoring ? Occur.MUST : Occur.FILTER);
                matching.add(query, Occur.FILTER);
                if (scoring) {
                    highlight.add(words.highlightPhrase(clause.value()), Occur.SHOULD);
                    scored = true;
                }
            }
        }
        if (!tokens.isEmpty() && hasFilter(user)) {
            // Beside a required phrase or a field:value filter the words stay what they are alone: at least one must
            // match (a BooleanQuery with a required clause would make them all optional).
            main.setMinimumNumberShouldMatch(1);
            matching.setMinimumNumberShouldMatch(1);
        }
        if (!scored) {
            main.add(new MatchAllDocsQuery(), Occur.MUST);
            matching.add(new MatchAllDocsQuery(), Occur.FILTER);
        }
        // The post boost scales the evidence only; the all-words bonus stays a flat step above partial matches.
        BooleanQuery.Builder query = new BooleanQuery.Builder().add(new PostBoostQuery(main.build(), postBoost),
                Occur.MUST);
        // The bonuses are optional beside a required clause: they change scores, never which documents match.
        BooleanQuery.Builder matches = new BooleanQuery.Builder().add(matching.build(), Occur.FILTER);
        if (tokens.size() > 1) {
            query.add(new BoostQuery(new ConstantScoreQuery(all.build()), ALL_WORDS_BONUS), Occur.SHOULD);
        }
        if (user.asksWhoSaid()) {
            // Below the all-words bonus: a quote with every word first, then other documents with every word, then
            // quotes with some of them.
            query.add(new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term(Fields.TYPE,
                    DocType.QUOTE.value()))), QUOTE_QUESTION_BONUS), Occur.SHOULD);
        }
        for (String excluded : user.excluded()) {
            Query exclusion = words.exclusion(excluded);
            if (exclusion != null) {
                query.add(exclusion, Occur.MUST_NOT);
                matches.add(exclusion, Occur.MUST_NOT);
            }
        }
        return new SearchQuery(query.build(), matches.build(), scored ? highlight.build() : null, tokens);
    }

    /** A filter for documents dated from {@code from} to {@code to}, both inclusive and either open. */
    public static Query dateRange(LocalDate from, LocalDate to) {
        long lower = from == null ? Long.MIN_VALUE : from.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
        long upper = to == null ? Long.MAX_VALUE
                : to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli() - 1;
        return LongPoint.newRangeQuery(Fields.DATE, lower, upper);
    }

    /**
     * The unstemmed words that score. Stop words are dropped when other words remain: "running with scissors"
     * must not require "with", and "with" alone would match nearly everything.
     */
    private static List<String> scoringTokens(UserQuery user, QueryLanguages languages, Vocabulary vocabulary) {
        List<String> tokens = new ArrayList<>();
        for (String word : user.words()) {
            tokens.addAll(QueryLanguages.scoringTokens(word, vocabulary));
        }
        List<String> content = tokens.stream().filter(t -> !languages.isStopWord(t)).toList();
        List<String> kept = content.isEmpty() ? tokens : content;
        return kept.subList(0, Math.min(kept.size(), UserQueryParser.MAX_CLAUSES));
    }

    /** Whether the query holds a {@code field:value} clause or a phrase (each of them required). */
    private static boolean hasFilter(UserQuery user) {
        return !user.fields().isEmpty() || !user.phrases().isEmpty();
    }

    /** The one-word values of the {@code speaker:}, {@code tag:} and {@code conference:} clauses, in order typed. */
    private static List<String> keywordWords(UserQuery user) {
        List<String> words = new ArrayList<>();
        for (FieldClause clause : user.fields()) {
            String field = keywordField(clause.field());
            String word = field == null ? null : WordQueries.keywordWord(field, clause.value());
            if (word != null) {
                words.add(word);
            }
        }
        return words;
    }

    /** The field a keyword clause searches, or null for a clause of another kind. */
    private static String keywordField(QueryField field) {
        return switch (field) {
            case SPEAKER -> Fields.SPEAKER_TEXT;
            case TAG -> Fields.TAG_TEXT;
            case CONFERENCE -> Fields.CONFERENCE_TEXT;
            default -> null;
        };
    }

    private static Query fieldQuery(FieldClause clause, WordQueries words, List<String> typos) {
        return switch (clause.field()) {
            case SPEAKER, TAG, CONFERENCE -> words.keywordText(keywordField(clause.field()), clause.value(), typos);
            case TITLE -> words.title(clause.value());
            case TYPE -> DocType.parse(clause.value())
                    .<Query>map(type -> new TermQuery(new Term(Fields.TYPE, type.value()))).orElse(null);
            case YEAR -> year(clause.value());
        };
    }

    private static Query year(String value) {
        try {
            int year = Integer.parseInt(value.trim());
            if (year < 1 || year > 9999) {
                return null;
            }
            // the year facet's own term, so year:2024 finds what the facet counts (the year of the day a post shows)
            String field = FacetDims.config().getDimConfig(FacetDims.YEAR).indexFieldName;
            return new TermQuery(DrillDownQuery.term(field, FacetDims.YEAR, Integer.toString(year)));
        } catch (NumberFormatException e) {
            // year:abc is noise, not an error: the clause is dropped.
            return null;
        }
    }
}
