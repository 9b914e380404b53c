package io.blogsearch.opensearch;

import io.blogsearch.query.CjkRunWords;
import io.blogsearch.query.UserQuery;
import io.blogsearch.query.UserQuery.FieldClause;
import io.blogsearch.schema.DocType;
import io.blogsearch.schema.FacetDims;
import io.blogsearch.schema.Fields;
import io.blogsearch.schema.LanguageAnalyzers;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The OpenSearch query for what a reader typed, weighted as the Lucene engine weighs its fields: each word scores in
 * the stemmed, exact, people, tag and conference fields (summed), with typo variants for words the index does not know
 * ({@link ClusterVocabulary}) and a prefix match
 * for a half-typed last word; documents holding every word get a flat bonus above partial matches; phrases and a title
 * are required, {@code field:value} clauses filter, exclusions remove; whole posts outrank their entities on equal
 * evidence.
 */
final class QueryBody {

    /** Shortest word matched with one typo, and with two (as in the Lucene engine). */
    static final int ONE_EDIT = 5;
    static final int TWO_EDITS = 8;
    private static final double ALL_WORDS_BONUS = 1000;
    private static final double QUOTE_QUESTION_BONUS = 500;
    private static final double POST_BOOST = 1.3;
    /** Bonuses for the typed words together in a title or a body: about what the Lucene engine's interval gives. */
    private static final double TITLE_PROXIMITY = 5;
    private static final double TEXT_PROXIMITY = 1.5;
    private static final List<String> WORD_FIELDS = List.of("title.*^6", "text.*^1", "description.*^1.5",
            "context.*^0.5", Fields.TITLE_EXACT + "^10", Fields.TEXT_EXACT + "^1.5", Fields.SPEAKER_TEXT + "^5",
            Fields.TAG_TEXT + "^4", Fields.AUTHOR_TEXT + "^4", Fields.CONFERENCE_TEXT + "^3");
    private static final List<String> PHRASE_FIELDS = List.of("title.*^6", "text.*^1", "description.*^1.5",
            Fields.TITLE_EXACT + "^10", Fields.TEXT_EXACT + "^1.5");

    private QueryBody() {
    }

    /** The scoring words of a query: stop words dropped while other words remain, as the Lucene engine does. */
    static List<String> words(UserQuery user) {
        List<String> words = new ArrayList<>();
        for (String word : user.words()) {
            String token = normalized(word);
            if (!token.isEmpty()) {
                words.add(token);
            }
        }
        List<String> content = words.stream()
                .filter(w -> !LanguageAnalyzers.stopWords(LanguageAnalyzers.DEFAULT_LANGUAGE).contains(w)).toList();
        return content.isEmpty() ? words : content;
    }

    /**
     * The query of {@code user}, with typo variants for the {@code typos} among its words; matches everything when
     * nothing scoring was typed.
     */
    static Map<String, Object> of(UserQuery user, List<String> typos) {
        List<String> words = words(user);
        List<Object> should = new ArrayList<>();
        List<Object> must = new ArrayList<>();
        List<Object> filter = new ArrayList<>();
        List<Object> allWords = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            boolean last = i == words.size() - 1 && user.prefixLast();
            Map<String, Object> word = word(words.get(i), last, typos.contains(words.get(i)));
            should.add(word);
            allWords.add(word);
        }
        if (words.size() > 1) {
            should.add(proximity(String.join(" ", words)));
        }
        user.phrases().forEach(phrase -> must.add(phrase(phrase)));
        for (FieldClause clause : user.fields()) {
            if (clause.field() == UserQuery.QueryField.TITLE) {
                must.add(Map.of("multi_match", Map.of("query", clause.value(), "operator", "and",
                        "fields", List.of("title.*", Fields.TITLE_EXACT))));
            } else {
                filter.add(fieldFilter(clause));
            }
        }
        Map<String, Object> main = new LinkedHashMap<>();
        main.put("should", should);
        main.put("must", must.isEmpty() && should.isEmpty() ? List.of(Map.of("match_all", Map.of())) : must);
        main.put("filter", filter);
        if (!should.isEmpty()) {
            main.put("minimum_should_match", 1);
        }
        Map<String, Object> boosted = Map.of("function_score", Map.of("query", Map.of("bool", main),
                "functions", List.of(Map.of("filter", Map.of("terms", Map.of(Fields.TYPE,
                        List.of(DocType.POST.value(), DocType.PAGE.value()))), "weight", POST_BOOST)),
                "boost_mode", "multiply", "score_mode", "multiply"));
        List<Object> bonuses = new ArrayList<>();
        if (words.size() > 1) {
            bonuses.add(constant(Map.of("bool", Map.of("must", allWords)), ALL_WORDS_BONUS));
        }
        if (user.asksWhoSaid()) {
            bonuses.add(constant(Map.of("term", Map.of(Fields.TYPE, DocType.QUOTE.value())), QUOTE_QUESTION_BONUS));
        }
        List<Object> excluded = user.excluded().stream().<Object>map(QueryBody::exclusion).toList();
        return Map.of("bool", Map.of("must", List.of(boosted), "should", bonuses, "must_not", excluded));
    }

    /** The terms to mark in snippets: every word in every field, as typed (the highlighter analyses per field). */
    static Map<String, Object> highlight(UserQuery user) {
        List<Object> should = new ArrayList<>();
        List<String> words = words(user);
        for (int i = 0; i < words.size(); i++) {
            boolean last = i == words.size() - 1 && user.prefixLast();
            should.add(Map.of("multi_match", Map.of("query", words.get(i), "fields", List.of("text.*", "title.*"))));
            if (last) {
                should.add(Map.of("multi_match", Map.of("query", words.get(i), "type", "phrase_prefix",
                        "fields", List.of("text.*", "title.*"))));
            }
        }
        user.phrases().forEach(phrase -> should.add(Map.of("multi_match", Map.of("query", phrase, "type", "phrase",
                "fields", List.of("text.*", "title.*")))));
        return Map.of("bool", Map.of("should", should));
    }

    private static Map<String, Object> word(String word, boolean last, boolean fuzzy) {
        if (CjkRunWords.isPhrase(word)) {
            // as the Lucene engine searches it: a phrase of its characters or of their pairs, no typo or prefix
            return Map.of("multi_match", Map.of("query", word, "type", "phrase", "fields", WORD_FIELDS));
        }
        List<Object> should = new ArrayList<>();
        should.add(Map.of("multi_match", Map.of("query", word, "type", "most_fields", "fields", WORD_FIELDS)));
        if (fuzzy) {
            int edits = ClusterVocabulary.edits(word);
            should.add(Map.of("multi_match", Map.of("query", word, "fuzziness", edits, "prefix_length", 1,
                    "fields", List.of(Fields.TITLE_EXACT + "^2", Fields.TEXT_EXACT + "^0.3"))));
        }
        if (last) {
            should.add(Map.of("match", Map.of(Fields.TITLE_PREFIX, Map.of("query", word, "boost", 4))));
            should.add(Map.of("prefix", Map.of(Fields.TEXT_EXACT, Map.of("value", word, "boost", 0.6))));
        }
        return Map.of("bool", Map.of("should", should, "minimum_should_match", 1));
    }

    private static Map<String, Object> phrase(String phrase) {
        return Map.of("multi_match", Map.of("query", phrase, "type", "phrase", "fields", PHRASE_FIELDS));
    }

    /**
     * A bonus for the typed words standing together, in order with a few words among them: in a title, else in the
     * body. A flat step, as the Lucene engine's interval score is bounded by its weight, not a phrase's summed IDF.
     */
    private static Map<String, Object> proximity(String joined) {
        return Map.of("dis_max", Map.of("queries", List.of(
                constant(Map.of("match_phrase", Map.of(Fields.TITLE_EXACT, Map.of("query", joined, "slop", 2))),
                        TITLE_PROXIMITY),
                constant(Map.of("match_phrase", Map.of(Fields.TEXT_EXACT, Map.of("query", joined, "slop", 4))),
                        TEXT_PROXIMITY))));
    }

    /** An excluded word or phrase: anywhere in the text, or as a tag, person or conference of the entity. */
    private static Map<String, Object> exclusion(String excluded) {
        List<String> fields = new ArrayList<>(PHRASE_FIELDS);
        fields.addAll(List.of("context.*", Fields.TAG_TEXT, Fields.SPEAKER_TEXT, Fields.AUTHOR_TEXT,
                Fields.CONFERENCE_TEXT));
        return Map.of("multi_match", Map.of("query", excluded, "type", "phrase", "fields", fields));
    }

    private static Map<String, Object> fieldFilter(FieldClause clause) {
        String value = clause.value();
        return switch (clause.field()) {
            case SPEAKER -> Map.of("match", Map.of(Fields.SPEAKER_TEXT, Map.of("query", value, "operator", "and")));
            case TAG -> Map.of("match", Map.of(Fields.TAG_TEXT, Map.of("query", value, "operator", "and")));
            case CONFERENCE -> Map.of("match", Map.of(Fields.CONFERENCE_TEXT,
                    Map.of("query", value, "operator", "and")));
            case TYPE -> Map.of("term", Map.of(IndexMapping.FACET + "." + FacetDims.TYPE,
                    value.trim().toLowerCase(Locale.ROOT)));
            case YEAR -> Map.of("term", Map.of(IndexMapping.FACET + "." + FacetDims.YEAR, value.trim()));
            case TITLE -> throw new IllegalArgumentException("a title scores, it does not filter");
        };
    }

    private static Map<String, Object> constant(Map<String, Object> filter, double boost) {
        return Map.of("constant_score", Map.of("filter", filter, "boost", boost));
    }

    /** Lower-cased and folded (accents dropped), as the exact fields index words. */
    static String normalized(String word) {
        String folded = Normalizer.normalize(word, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return folded.toLowerCase(Locale.ROOT).trim();
    }
}
