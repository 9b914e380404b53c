package io.blogsearch.lucene.ranking;

/**
 * How much a match in each field counts. Titles beat headings, quote text and figure titles (which are the titles of
 * those entities) beat bodies; an unstemmed match beats a stemmed one, which beats a typo-tolerant one.
 */
final class FieldWeights {

    static final float TITLE_EXACT = 10f;
    static final float TITLE_STEMMED = 6f;
    static final float TITLE_PREFIX = 4f;
    static final float TITLE_FUZZY = 2f;
    static final float SPEAKER = 5f;
    static final float TAG = 4f;
    /** A page's author named in the query: as strong as a tag, a little weaker than a speaker of the matched talk. */
    static final float AUTHOR = 4f;
    static final float CONFERENCE = 3f;
    static final float DESCRIPTION = 1.5f;
    static final float TEXT_EXACT = 1.5f;
    static final float TEXT_STEMMED = 1f;
    static final float TEXT_PREFIX = 0.6f;
    static final float TEXT_FUZZY = 0.3f;
    static final float CONTEXT = 0.5f;
    /** A title holding the typed words together (see {@link ProximityQueries}). */
    static final float TITLE_PROXIMITY = 10f;
    /** A body where the typed words stand close together. */
    static final float TEXT_PROXIMITY = 3f;
    /** Synonyms count a little less than the word typed. */
    static final float SYNONYM = 0.8f;
    /** Whole posts (whose title is the post title) outrank entities inside them on equal evidence. */
    static final float POST_BOOST = 1.3f;
    /** Sections whose text repeats across pages ({@link Boilerplate}) weigh a fifth of a unique one's. */
    static final float BOILERPLATE = 0.2f;
    /** Added to documents that contain every word, so they rank before partial matches. */
    static final float ALL_WORDS_BONUS = 1000f;
    /** Added to quotes when the words were asked as "who said …": half the all-words bonus (see SearchQueryBuilder). */
    static final float QUOTE_QUESTION_BONUS = 500f;

    /**
     * Shortest word that may match with one typo; {@link #TWO_EDITS} for two. One edit in four letters joins
     * unrelated words ("wasm" and "warm", "was").
     */
    static final int ONE_EDIT = 5;
    static final int TWO_EDITS = 8;

    private FieldWeights() {
    }
}
