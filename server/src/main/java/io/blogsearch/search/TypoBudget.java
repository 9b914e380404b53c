package io.blogsearch.search;

import java.util.ArrayList;
import java.util.List;

/**
 * Which words of one query get typo work: fuzzy variants and a did-you-mean correction. Each costs Levenshtein
 * automata over the index's terms, so a query of many unknown long words would cost as much CPU as dozens of
 * searches. Only the first {@link #MAX_TYPO_WORDS} unknown words, in the order typed, get it; the others are matched
 * as written (and stemmed), which a real query with a typo or two never notices.
 */
final class TypoBudget {

    /** Unknown words per query that get typo variants and corrections. */
    static final int MAX_TYPO_WORDS = 3;

    private TypoBudget() {
    }

    /**
     * The words among {@code words} that get typo work: unknown to {@code vocabulary} (or rare in it), long enough,
     * the first few.
     */
    static List<String> words(List<String> words, Vocabulary vocabulary) {
        List<String> chosen = new ArrayList<>();
        for (String word : words) {
            if (chosen.size() == MAX_TYPO_WORDS) {
                break;
            }
            if (WordQueries.edits(word) > 0 && !chosen.contains(word) && (!vocabulary.knows(word) || vocabulary.isRare(word))) {
                chosen.add(word);
            }
        }
        return chosen;
    }
}
