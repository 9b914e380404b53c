package io.blogsearch.lucene.ranking;

import io.blogsearch.query.TypedCase;
import io.blogsearch.schema.Fields;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

/** Corrects words that are not in the index vocabulary to the most similar, more frequent words that are. */
public final class DidYouMean {

    private static final List<String> VOCABULARY = List.of(Fields.TEXT_EXACT, Fields.TITLE_EXACT);

    private final DirectSpellChecker checker = new DirectSpellChecker();

    DidYouMean() {
        checker.setMinQueryLength(3);
    }

    /** The typed text with unknown words replaced, or null when no word needs or has a correction. */
    public static String correct(String typed, List<String> words, SearcherVocabulary vocabulary) {
        String corrected = typed;
        boolean changed = false;
        for (String word : words) {
            if (word.length() > WordQueries.MAX_FUZZY_LENGTH || word.chars().anyMatch(Character::isDigit)
                    || vocabulary.knows(word)) {
                continue;
            }
            String best = vocabulary.correction(word);
            if (best != null) {
                Matcher typedWord = Pattern.compile(Pattern.quote(word),
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(corrected);
                if (typedWord.find()) {
                    // the index's spelling in the reader's capitals: "Kelsy" gives "Kelsey", not "kelsey"
                    corrected = corrected.substring(0, typedWord.start()) + TypedCase.like(typedWord.group(), best)
                            + corrected.substring(typedWord.end());
                    changed = true;
                }
            }
        }
        return changed && !corrected.toLowerCase(Locale.ROOT).equals(typed.toLowerCase(Locale.ROOT))
                ? corrected : null;
    }

    /**
     * The most similar indexed word, or null. The spell checker only suggests terms within its edits of the word and
     * with its first letters kept, so when the screen finds no such term it is not asked (it would build its own
     * automata for each field and each edit distance to find nothing).
     */
    String best(String word, IndexReader reader, TypoScreen screen) throws IOException {
        if (checker.getMaxEdits() <= TypoScreen.MAX_EDITS && checker.getMinPrefix() >= TypoScreen.KEPT_PREFIX
                && !screen.anyNear(VOCABULARY, checker.getLowerCaseTerms() ? word.toLowerCase(Locale.ROOT) : word)) {
            return null;
        }
        SuggestWord best = null;
        for (String field : VOCABULARY) {
            SuggestWord[] words = checker.suggestSimilar(new Term(field, word), 1, reader,
                    SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
            if (words.length > 0 && (best == null || words[0].score > best.score
                    || words[0].score == best.score && words[0].freq > best.freq)) {
                best = words[0];
            }
        }
        return best == null ? null : best.string;
    }
}
