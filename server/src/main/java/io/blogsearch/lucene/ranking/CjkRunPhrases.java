package io.blogsearch.lucene.ranking;

import io.blogsearch.schema.Fields;
import io.blogsearch.schema.LanguageAnalyzers;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;

/** The documents writing a stretch of Chinese or Japanese script as typed, for {@code CjkRunWords} to count. */
final class CjkRunPhrases {

    /** Chinese and Japanese pages are indexed as pairs of characters (CJK bigrams), both with the same analyzer. */
    private static final QueryBuilder PAIRS = new QueryBuilder(LanguageAnalyzers.stemmed("zh"));

    private CjkRunPhrases() {
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
}
