package io.blogsearch.lucene.ranking;

import static io.blogsearch.lucene.ranking.FieldWeights.TEXT_PROXIMITY;
import static io.blogsearch.lucene.ranking.FieldWeights.TITLE_PROXIMITY;

import io.blogsearch.lucene.Analysis;
import io.blogsearch.schema.Fields;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.queries.intervals.IntervalQuery;
import org.apache.lucene.queries.intervals.Intervals;
import org.apache.lucene.queries.intervals.IntervalsSource;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.Query;

/**
 * The bonus of documents where the typed words stand close together: in order within a few words of each other in
 * the title or the body. A title holding the phrase, or a body where the words form it, ranks above pages where they
 * are scattered.
 */
final class ProximityQueries {

    /** Other words allowed among the typed ones in a title. */
    static final int TITLE_GAPS = 2;
    /** Other words allowed among the typed ones in a body: a dropped stop word or two, an adjective. */
    static final int TEXT_GAPS = 4;

    private ProximityQueries() {
    }

    /** The bonus query for the typed words (unstemmed tokens, in order), or null for fewer than two words. */
    static Query of(List<String> tokens) {
        if (tokens.size() < 2) {
            return null;
        }
        List<Query> variants = new ArrayList<>();
        variants.add(new BoostQuery(near(Fields.TITLE_EXACT, tokens, TITLE_GAPS), TITLE_PROXIMITY));
        variants.add(new BoostQuery(near(Fields.TEXT_EXACT, tokens, TEXT_GAPS), TEXT_PROXIMITY));
        return new DisjunctionMaxQuery(variants, 0f);
    }

    /**
     * The words in order with at most {@code gaps} other words among them, scored by how tightly they stand (an
     * interval query's score falls with the width of the match).
     */
    private static Query near(String field, List<String> tokens, int gaps) {
        IntervalsSource[] terms = tokens.stream().map(ProximityQueries::word).toArray(IntervalsSource[]::new);
        return new IntervalQuery(field, Intervals.maxgaps(gaps, Intervals.ordered(terms)));
    }

    /** A token as the exact fields hold it: one term, or a phrase of characters (a word of Chinese or Japanese). */
    private static IntervalsSource word(String token) {
        List<String> terms = Analysis.exactTokens(token);
        return terms.size() > 1 ? Intervals.phrase(terms.toArray(String[]::new)) : Intervals.term(token);
    }
}
