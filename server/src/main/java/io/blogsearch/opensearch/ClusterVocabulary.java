package io.blogsearch.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import io.blogsearch.query.CjkRunWords;
import io.blogsearch.schema.Fields;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which typed words get typo variants, decided as the Lucene engine decides (its {@code TypoBudget}): words the index
 * does not hold, or holds in so few documents that they are more likely a typo that slipped into a page, long enough,
 * the first few within the letter budget. The documents per word are asked of the cluster once per index generation
 * ({@link IndexGeneration}), for all of a query's new words in one small request, and kept.
 */
final class ClusterVocabulary {

    /** Unknown words per query that get typo variants. */
    static final int MAX_TYPO_WORDS = 3;
    /** Letters times edits per query. */
    static final int MAX_TYPO_WEIGHT = 60;
    /** Longest word matched with typos, as in the Lucene engine. */
    static final int MAX_FUZZY_LENGTH = 24;
    /** Documents (summed over the fields) up to which a word the index holds still counts as a likely typo. */
    static final int RARE_DOCS = 5;
    /** The unstemmed fields whose words make up the vocabulary, as in the Lucene engine. */
    static final List<String> FIELDS = List.of(Fields.TEXT_EXACT, Fields.TITLE_EXACT, Fields.SPEAKER_TEXT,
            Fields.AUTHOR_TEXT);
    private static final int MAX_WORDS_CACHED = 10_000;

    private final OpenSearchHttp http;
    private final String index;
    private final Map<String, Long> documents = new HashMap<>();
    private final Map<String, Integer> writings = new HashMap<>();
    private String generation;

    ClusterVocabulary(OpenSearchHttp http, String index) {
        this.http = http;
        this.index = index;
    }

    /** The words among {@code words} that get typo variants, in the index as it is at {@code current}. */
    List<String> typoWords(List<String> words, String current) throws IOException {
        List<String> candidates = words.stream().filter(word -> edits(word) > 0).distinct().toList();
        Map<String, Long> counts = documents(candidates, current);
        List<String> chosen = new ArrayList<>();
        int left = MAX_TYPO_WEIGHT;
        for (String word : candidates) {
            if (chosen.size() == MAX_TYPO_WORDS) {
                break;
            }
            if (counts.get(word) > RARE_DOCS) {
                continue; // known and common: matched as written
            }
            int weight = word.length() * edits(word);
            if (weight > left) {
                break; // in the order typed: a later, shorter word does not jump the queue
            }
            chosen.add(word);
            left -= weight;
        }
        return chosen;
    }

    /** Edits a typo of {@code word} may have: none for short, very long or numeric words. */
    static int edits(String word) {
        if (word.length() < QueryBody.ONE_EDIT || word.length() > MAX_FUZZY_LENGTH
                || word.chars().allMatch(Character::isDigit)) {
            return 0;
        }
        return word.length() >= QueryBody.TWO_EDITS ? 2 : 1;
    }

    /** Documents holding each word in a vocabulary field (summed over the fields, as the Lucene engine counts). */
    private Map<String, Long> documents(List<String> words, String current) throws IOException {
        return cached(words, current, documents, this::ask);
    }

    /**
     * The documents (up to {@link CjkRunWords#ENOUGH_DOCUMENTS}) whose stemmed title or body writes each stretch of
     * Chinese or Japanese script as typed, in the index as it is at {@code current}; asked in one request.
     */
    Map<String, Integer> documentsWriting(List<String> stretches, String current) throws IOException {
        return cached(stretches, current, writings, this::askWritings);
    }

    /** What the cluster answers once per generation for a batch of keys: the keys missing from the cache. */
    private interface Ask<V> {
        Map<String, V> of(List<String> missing) throws IOException;
    }

    /** The answers for {@code keys}: those kept for generation {@code current}, the others asked in one request. */
    private <V> Map<String, V> cached(List<String> keys, String current, Map<String, V> cache, Ask<V> ask)
            throws IOException {
        Map<String, V> answers = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        synchronized (this) {
            forgetOtherGenerations(current);
            for (String key : keys) {
                V known = cache.get(key);
                if (known == null) {
                    missing.add(key);
                } else {
                    answers.put(key, known);
                }
            }
        }
        if (missing.isEmpty()) {
            return answers;
        }
        Map<String, V> asked = ask.of(missing);
        answers.putAll(asked);
        synchronized (this) {
            if (current != null && current.equals(generation) && cache.size() < MAX_WORDS_CACHED) {
                cache.putAll(asked);
            }
        }
        return answers;
    }

    private Map<String, Integer> askWritings(List<String> stretches) throws IOException {
        Map<String, Object> filters = new LinkedHashMap<>();
        String key = LanguageFields.key("zh");
        for (int s = 0; s < stretches.size(); s++) {
            // Chinese and Japanese pages share the CJK bigram fields
            filters.put(Integer.toString(s), Map.of("bool", Map.of("should", List.of(
                    Map.of("match_phrase", Map.of(Fields.TITLE + "." + key, stretches.get(s))),
                    Map.of("match_phrase", Map.of(Fields.TEXT + "." + key, stretches.get(s)))))));
        }
        JsonNode buckets = http.send("POST", "/" + index + "/_search", Map.of("size", 0, "track_total_hits", false,
                "aggs", Map.of("stretches", Map.of("filters", Map.of("filters", filters)))))
                .path("aggregations").path("stretches").path("buckets");
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (int s = 0; s < stretches.size(); s++) {
            long found = buckets.path(Integer.toString(s)).path("doc_count").asLong();
            counts.put(stretches.get(s), (int) Math.min(found, CjkRunWords.ENOUGH_DOCUMENTS));
        }
        return counts;
    }

    /** Drops what was asked of an earlier index generation (call holding the lock). */
    private void forgetOtherGenerations(String current) {
        if (current == null || !current.equals(generation)) {
            documents.clear();
            writings.clear();
            generation = current;
        }
    }

    private Map<String, Long> ask(List<String> words) throws IOException {
        Map<String, Object> filters = new LinkedHashMap<>();
        for (int w = 0; w < words.size(); w++) {
            for (String field : FIELDS) {
                filters.put(w + ":" + field, Map.of("term", Map.of(field, words.get(w))));
            }
        }
        List<Object> any = new ArrayList<>();
        FIELDS.forEach(field -> any.add(Map.of("terms", Map.of(field, words))));
        JsonNode buckets = http.send("POST", "/" + index + "/_search", Map.of("size", 0, "track_total_hits", false,
                "query", Map.of("bool", Map.of("should", any)),
                "aggs", Map.of("words", Map.of("filters", Map.of("filters", filters)))))
                .path("aggregations").path("words").path("buckets");
        Map<String, Long> counts = new LinkedHashMap<>();
        for (int w = 0; w < words.size(); w++) {
            long sum = 0;
            for (String field : FIELDS) {
                sum += buckets.path(w + ":" + field).path("doc_count").asLong();
            }
            counts.put(words.get(w), sum);
        }
        return counts;
    }
}
