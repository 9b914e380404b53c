package io.blogsearch.lucene.ranking;

import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.FixedBitSet;

/**
 * A query's scores multiplied by {@link FieldWeights#POST_BOOST} on whole posts ({@link PostBoost}), and by
 * {@link FieldWeights#BOILERPLATE} on sections repeated across pages ({@link Boilerplate}). What
 * {@code FunctionScoreQuery.boostByValue} computes, but its scorer also reports score upper bounds (the inner bounds
 * times the boost) and passes the minimum competitive score on (as the least inner score a post needs to reach
 * it). Ranking the top hits of a common word can then skip blocks of documents that cannot make them, as Lucene does
 * for plain queries; a FunctionScoreQuery knows no bounds, so every match would be scored.
 */
final class PostBoostQuery extends Query {

    private final Query inner;
    private final PostBoost posts;

    PostBoostQuery(Query inner, PostBoost posts) {
        this.inner = Objects.requireNonNull(inner);
        this.posts = Objects.requireNonNull(posts);
    }

    @Override
    public Query rewrite(IndexSearcher searcher) throws IOException {
        Query rewritten = inner.rewrite(searcher);
        return rewritten == inner ? this : new PostBoostQuery(rewritten, posts);
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
        Weight innerWeight = inner.createWeight(searcher, scoreMode, boost);
        return scoreMode.needsScores() ? new BoostedWeight(this, innerWeight) : innerWeight;
    }

    @Override
    public void visit(QueryVisitor visitor) {
        inner.visit(visitor.getSubVisitor(BooleanClause.Occur.MUST, this));
    }

    @Override
    public String toString(String field) {
        return "postBoost(" + inner.toString(field) + ", " + FieldWeights.POST_BOOST + ")";
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other) && inner.equals(((PostBoostQuery) other).inner)
                && posts == ((PostBoostQuery) other).posts;
    }

    @Override
    public int hashCode() {
        return 31 * classHash() + inner.hashCode();
    }

    private final class BoostedWeight extends Weight {

        private final Weight in;

        BoostedWeight(Query query, Weight in) {
            super(query);
            this.in = in;
        }

        @Override
        public ScorerSupplier scorerSupplier(LeafReaderContext context) throws IOException {
            ScorerSupplier supplier = in.scorerSupplier(context);
            if (supplier == null) {
                return null;
            }
            FixedBitSet leafPosts = posts.of(context);
            FixedBitSet leafRepeats = posts.boilerplate().repeated(context);
            return new ScorerSupplier() {
                @Override
                public Scorer get(long leadCost) throws IOException {
                    return new BoostedScorer(BoostedWeight.this, supplier.get(leadCost), leafPosts, leafRepeats);
                }

                @Override
                public long cost() {
                    return supplier.cost();
                }

                @Override
                public void setTopLevelScoringClause() throws IOException {
                    supplier.setTopLevelScoringClause();
                }
            };
        }

        @Override
        public Scorer scorer(LeafReaderContext context) throws IOException {
            ScorerSupplier supplier = scorerSupplier(context);
            return supplier == null ? null : supplier.get(Long.MAX_VALUE);
        }

        @Override
        public Explanation explain(LeafReaderContext context, int doc) throws IOException {
            Explanation explanation = in.explain(context, doc);
            if (explanation.isMatch() && posts.boilerplate().repeated(context).get(doc)) {
                return Explanation.match(explanation.getValue().floatValue() * FieldWeights.BOILERPLATE,
                        "product of:", explanation, Explanation.match(FieldWeights.BOILERPLATE, "boilerplate"));
            }
            if (!explanation.isMatch() || !posts.of(context).get(doc)) {
                return explanation;
            }
            return Explanation.match(explanation.getValue().floatValue() * FieldWeights.POST_BOOST,
                    "product of:", explanation, Explanation.match(FieldWeights.POST_BOOST, "post boost"));
        }

        @Override
        public Matches matches(LeafReaderContext context, int doc) throws IOException {
            return in.matches(context, doc);
        }

        @Override
        public int count(LeafReaderContext context) throws IOException {
            return in.count(context);
        }

        @Override
        public boolean isCacheable(LeafReaderContext ctx) {
            return false; // the scores depend on this reader's post bit sets
        }
    }

    /**
     * The smallest inner score whose boosted score reaches {@code minScore}, exactly as {@link BoostedScorer#score}
     * rounds it. A float division only approximates it: a bound a little low makes a ranking visit every post that
     * ties with the last of the top hits (the collector asks for more than that score), which on an archive of
     * similar posts is most of them; a little high would skip a post that competes.
     */
    static float leastCompetingEvidence(float minScore) {
        if (!(minScore > 0) || Float.isInfinite(minScore)) {
            return minScore;
        }
        float least = minScore / FieldWeights.POST_BOOST;
        while (least > 0 && Math.nextDown(least) * FieldWeights.POST_BOOST >= minScore) {
            least = Math.nextDown(least);
        }
        while (least * FieldWeights.POST_BOOST < minScore) {
            least = Math.nextUp(least);
        }
        return least;
    }

    private static final class BoostedScorer extends Scorer {

        private final Scorer in;
        private final FixedBitSet posts;
        private final FixedBitSet repeats;

        BoostedScorer(Weight weight, Scorer in, FixedBitSet posts, FixedBitSet repeats) {
            super(weight);
            this.in = in;
            this.posts = posts;
            this.repeats = repeats;
        }

        @Override
        public float score() throws IOException {
            float score = in.score();
            int doc = in.docID();
            if (posts.get(doc)) {
                return score * FieldWeights.POST_BOOST;
            }
            // Below one, the boilerplate weight keeps the bounds: no document scores more than a post would.
            return repeats.get(doc) ? score * FieldWeights.BOILERPLATE : score;
        }

        @Override
        public float getMaxScore(int upTo) throws IOException {
            return in.getMaxScore(upTo) * FieldWeights.POST_BOOST;
        }

        @Override
        public int advanceShallow(int target) throws IOException {
            return in.advanceShallow(target);
        }

        @Override
        public void setMinCompetitiveScore(float minScore) throws IOException {
            // Any document might be a post, so the inner query gets the least evidence a post needs to compete.
            in.setMinCompetitiveScore(leastCompetingEvidence(minScore));
        }

        @Override
        public int docID() {
            return in.docID();
        }

        @Override
        public DocIdSetIterator iterator() {
            return in.iterator();
        }

        @Override
        public TwoPhaseIterator twoPhaseIterator() {
            return in.twoPhaseIterator();
        }

        @Override
        public Collection<ChildScorable> getChildren() {
            return List.of(new ChildScorable(in, "MUST"));
        }
    }
}
