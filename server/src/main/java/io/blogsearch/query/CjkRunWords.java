package io.blogsearch.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.ToIntFunction;
import java.util.regex.Pattern;

/**
 * The words of a run of Chinese or Japanese script typed without spaces ("部署服务器"), found in the blog's own text
 * rather than in a dictionary: the run stays whole when some page writes it so; otherwise it is cut into the longest
 * stretches that pages write as typed (maximum matching, with the index as the dictionary), read from both ends. Of
 * the two readings the one that leaves fewer characters out wins, then the one of fewer words, then the likelier one:
 * the greater product of the documents writing each word (a unigram model of the blog's text). A reader who types
 * two words together then finds the pages holding both apart, instead of none. A character that no page writes
 * beside its neighbours (a particle such as 的 or の) is left out; a run that does not read as two words or more
 * stays whole, as typed. Each engine counts the documents writing a stretch in its own index.
 */
public final class CjkRunWords {

    /** A run of Chinese or Japanese script: written without spaces, so one typed "word" of it may be several. */
    public static final Pattern RUN = Pattern.compile("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}ー々〆]+");
    /** Longest word tried, in characters: longer stretches are rare words and each try is an index look-up. */
    public static final int MAX_WORD = 8;
    /** Documents counted at most for a stretch: enough to tell a common word from a chance pairing. */
    public static final int ENOUGH_DOCUMENTS = 100;

    /** A run of katakana (with its long vowel mark): one word to the standard tokenizer. */
    private static final Pattern KATAKANA = Pattern.compile("[\\p{IsKatakana}ー]+");

    private CjkRunWords() {
    }

    /** Whether {@code word} is a run of Chinese or Japanese script long enough to hold two words (3 characters). */
    public static boolean mayHoldWords(String word) {
        return RUN.matcher(word).matches() && word.codePointCount(0, word.length()) >= 3;
    }

    /**
     * Whether {@code word} is a run of Chinese or Japanese script that the exact fields split (into its characters),
     * so that it is searched as a phrase: not a single character, nor katakana, which the standard tokenizer keeps
     * whole (Unicode's word break rules).
     */
    public static boolean isPhrase(String word) {
        return RUN.matcher(word).matches() && word.codePointCount(0, word.length()) >= 2
                && !KATAKANA.matcher(word).matches();
    }

    /**
     * Every stretch of {@code run} that {@link #of} may count the documents of (the run itself, and each of 2 to
     * {@link #MAX_WORD} characters), for an engine that counts them in one request.
     */
    public static List<String> stretches(String run) {
        int[] offsets = offsets(run);
        int length = offsets.length - 1;
        Set<String> stretches = new LinkedHashSet<>();
        stretches.add(run);
        for (int from = 0; from < length; from++) {
            for (int size = 2; size <= MAX_WORD && from + size <= length; size++) {
                stretches.add(run.substring(offsets[from], offsets[from + size]));
            }
        }
        return List.copyOf(stretches);
    }

    /**
     * The words of {@code run}: {@code documents} counts the documents writing a stretch of it (two characters or
     * more) as it is typed, up to {@link #ENOUGH_DOCUMENTS}.
     */
    public static List<String> of(String run, ToIntFunction<String> documents) {
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
