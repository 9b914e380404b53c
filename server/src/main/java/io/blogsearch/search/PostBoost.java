package io.blogsearch.search;

import io.blogsearch.schema.DocType;
import io.blogsearch.schema.Fields;
import java.io.IOException;
import java.util.List;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.DoubleValues;
import org.apache.lucene.search.DoubleValuesSource;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.FixedBitSet;

/**
 * The score multiplier of a document: {@link FieldWeights#POST_BOOST} for whole posts, 1 for the entities inside them.
 * Which documents are posts is read once per reader into a bit set per segment: looked up for every scored document,
 * a bit costs less than advancing the postings of {@code type:post} (what {@code FunctionScoreQuery.boostByQuery}
 * does), and a common word on a large archive scores hundreds of thousands of documents.
 */
final class PostBoost extends DoubleValuesSource {

    private final List<FixedBitSet> postsPerLeaf;

    private PostBoost(List<FixedBitSet> postsPerLeaf) {
        this.postsPerLeaf = postsPerLeaf;
    }

    /** The posts of every segment of {@code reader}. */
    static PostBoost of(IndexReader reader) throws IOException {
        Term post = new Term(Fields.TYPE, DocType.POST.value());
        List<FixedBitSet> bits = new java.util.ArrayList<>(reader.leaves().size());
        for (LeafReaderContext leaf : reader.leaves()) {
            FixedBitSet posts = new FixedBitSet(Math.max(1, leaf.reader().maxDoc()));
            PostingsEnum postings = leaf.reader().postings(post, PostingsEnum.NONE);
            if (postings != null) {
                for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                    posts.set(doc);
                }
            }
            bits.add(posts);
        }
        return new PostBoost(List.copyOf(bits));
    }

    @Override
    public DoubleValues getValues(LeafReaderContext ctx, DoubleValues scores) {
        FixedBitSet posts = postsPerLeaf.get(ctx.ord);
        return new DoubleValues() {
            private int doc = -1;

            @Override
            public double doubleValue() {
                return posts.get(doc) ? FieldWeights.POST_BOOST : 1;
            }

            @Override
            public boolean advanceExact(int target) {
                doc = target;
                return true;
            }
        };
    }

    @Override
    public boolean needsScores() {
        return false;
    }

    @Override
    public DoubleValuesSource rewrite(IndexSearcher searcher) {
        return this;
    }

    @Override
    public boolean isCacheable(LeafReaderContext ctx) {
        return false; // tied to one reader's bit sets
    }

    @Override
    public boolean equals(Object other) {
        return other == this; // one per reader
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }

    @Override
    public String toString() {
        return "postBoost(" + FieldWeights.POST_BOOST + ")";
    }
}
