package io.blogsearch.lucene.ranking;

import io.blogsearch.schema.Fields;
import io.blogsearch.schema.LanguageAnalyzers;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToIntFunction;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;

/**
 * The words of a run of Chinese or Japanese script typed without spaces ("部署服务器"), found in the blog's own text
 * rather than in a dictionary: the run stays whole when some page writes it so; otherwise it is cut into the longest
 * stretches that pages write as typed (maximum matching, with the index as the dictionary), read from both ends. Of
 * the two readings the one that leaves fewer characters out wins, then the one of fewer words, then the likelier one:
 * the greater product of the documents writing each word (a unigram model of the blog's text). A reader who types
 * two words together then finds the pages holding both apart, instead of none. A character that no page writes
 * beside its neighbours (a particle such as 的 or の) is left out; a run that does not read as two words or more
 * stays whole, as typed.
 */
final class CjkRunWords {

    /** Longest word tried, in characters: longer stretches are rare words and each try is an index look-up. */
    static final int MAX_WORD = 8;
    /** Documents counted at most for a stretch: enough to tell a common word from a chance pairing. */
    static final int ENOUGH_DOCUMENTS = 100;

    /** Chinese and Japanese pages are indexed as pairs of characters (CJK bigrams), both with the same analyzer. */
    private static final QueryBuilder PAIRS = new QueryBuilder(LanguageAnalyzers.stemmed("zh"));

    private CjkRunWords() {
    }

    /**
     * The documents whose stemmed title or body writes {@code run} as typed, as Chinese and Japanese pages index it:
     * its pairs of characters in a row. Null when the run makes no pair.
     */
    static Query writing(String run) {
        Query title = PAIRS.createPhraseQuery(Fields.TITLE, run);
        Query text = PAIRS.createPhraseQuery(Fields.TEXT, run);
        if (title == null || text == null) {
            return null;
        }
        return new BooleanQuery.Builder().add(title, Occur.SHOULD).add(text, Occur.SHOULD).build();
    }

    /**
     * The words of {@code run}: {@code documents} counts the documents writing a stretch of it (two characters or
     * more) as it is typed, up to {@link #ENOUGH_DOCUMENTS}.
     */
    static List<String> of(String run, ToIntFunction<String> documents) {
        int[] offsets = offsets(run);
        int length = offsets.length - 1;
        if (length < 3 || documents.applyAsInt(run) > 0) {
            return List.of(run);
        }
        Reading best = List.of(read(run, offsets, documents, false), read(run, offsets, documents, true)).stream()
                .min(Comparator.comparingInt(Reading::left)
                        .thenComparingInt(reading -> reading.words().size())
                        .thenComparing(Comparator.comparingDouble(Reading::likelihood).reversed()))
                .orElseThrow();
        // one word is no reading of the run but a part of it, with the meaning of a part ("服务" of "服务器")
        return best.words().size() < 2 ? List.of(run) : best.words();
    }

    /**
     * The words of one reading in the order typed, how many characters it leaves out and the sum of the logarithms
     * of the documents writing each word.
     */
    private record Reading(List<String> words, int left, double likelihood) {
    }

    /** Where each character of {@code text} starts, and its end: a character may take two chars (surrogates). */
    private static int[] offsets(String text) {
        int[] offsets = new int[text.codePointCount(0, text.length()) + 1];
        for (int i = 0, at = 0; at < text.length(); i++) {
            at += Character.charCount(text.codePointAt(at));
            offsets[i + 1] = at;
        }
        return offsets;
    }

    /** Reads the run from its start ({@code forward}) or its end, taking the longest written stretch each time. */
    private static Reading read(String run, int[] offsets, ToIntFunction<String> documents, boolean forward) {
        int length = offsets.length - 1;
        List<String> words = new ArrayList<>();
        int left = 0;
        double likelihood = 0;
        int at = forward ? 0 : length;
        while (forward ? at < length : at > 0) {
            int size = longestWritten(run, offsets, at, documents, forward);
            if (size == 0) {
                left++;
                at += forward ? 1 : -1;
                continue;
            }
            int from = forward ? at : at - size;
            String word = run.substring(offsets[from], offsets[from + size]);
            words.add(forward ? words.size() : 0, word);
            likelihood += Math.log(documents.applyAsInt(word));
            at += forward ? size : -size;
        }
        return new Reading(words, left, likelihood);
    }

    /**
     * The size (in characters) of the longest stretch some page writes from {@code at} onwards ({@code forward}) or
     * ending there, or 0 for none.
     */
    private static int longestWritten(String run, int[] offsets, int at, ToIntFunction<String> documents,
                                      boolean forward) {
        int length = offsets.length - 1;
        int room = forward ? length - at : at;
        for (int size = Math.min(room, MAX_WORD); size >= 2; size--) {
            if (size == length) {
                continue; // the whole run, already known not to be written
            }
            int from = forward ? at : at - size;
            if (documents.applyAsInt(run.substring(offsets[from], offsets[from + size])) > 0) {
                return size;
            }
        }
        return 0;
    }
}
