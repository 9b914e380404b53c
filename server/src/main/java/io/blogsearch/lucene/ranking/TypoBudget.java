package io.blogsearch.lucene.ranking;

import java.util.ArrayList;
import java.util.List;

/**
 * Which words of one query get typo work: fuzzy variants and a did-you-mean correction. Each costs Levenshtein
 * automata over the index's terms, growing with the word's length and its edits, so a query of many unknown long
 * words would cost as much CPU as dozens of searches. Unknown words get it in the order typed while the query's
 * budget lasts (a word costs its length times its edits; at most {@link #MAX_TYPO_WORDS} words); the rest are
 * matched as written (and stemmed), which a real query with a typo or two never notices. The one-word values of
 * {@code speaker:}, {@code tag:} and {@code conference:} clauses get a budget of the same size of their own.
 */
public final class TypoBudget {

    /** Unknown words per query that get typo variants and corrections. */
    public static final int MAX_TYPO_WORDS = 3;
    /** Letters times edits per query: three 10-letter words with two edits each, or one of 24 and a short one. */
    static final int MAX_TYPO_WEIGHT = 60;

    private TypoBudget() {
    }

    /**
     * The words among {@code words} that get typo work: unknown to {@code vocabulary} (or rare in it), long enough,
     * the first few.
     */
    public static List<String> words(List<String> words, Vocabulary vocabulary) {
        List<String> chosen = new ArrayList<>();
        int left = MAX_TYPO_WEIGHT;
        for (String word : words) {
            if (chosen.size() == MAX_TYPO_WORDS) {
                break;
            }
            int weight = word.length() * WordQueries.edits(word);
            if (weight == 0 || chosen.contains(word) || vocabulary.knows(word) && !vocabulary.isRare(word)) {
                continue;
            }
            if (weight > left) {
                break; // in the order typed: a later, shorter word does not jump the queue
            }
            chosen.add(word);
            left -= weight;
        }
        return chosen;
    }
}
