package io.blogsearch.lucene.ranking;

import io.blogsearch.schema.DocType;
import io.blogsearch.schema.Fields;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.FixedBitSet;

/**
 * Which documents of a reader are whole posts or pages (a page is ranked as a post is), the ones {@link PostBoostQuery}
 * multiplies by {@link FieldWeights#POST_BOOST}, and which are boilerplate sections, multiplied by
 * {@link FieldWeights#BOILERPLATE}. Read once per reader into a bit set per segment: looked up for every scored
 * document, a bit costs less than advancing the postings of {@code type:post} (what
 * {@code FunctionScoreQuery.boostByQuery} does), and a common word on a large archive scores hundreds of thousands of
 * documents.
 */
public final class PostBoost {

    private final List<FixedBitSet> postsPerLeaf;
    private final Boilerplate boilerplate;

    private PostBoost(List<FixedBitSet> postsPerLeaf, Boilerplate boilerplate) {
        this.postsPerLeaf = postsPerLeaf;
        this.boilerplate = boilerplate;
    }

    /** The posts of every segment of {@code reader}. */
    public static PostBoost of(IndexReader reader) throws IOException {
        List<Term> wholePages = List.of(new Term(Fields.TYPE, DocType.POST.value()),
                new Term(Fields.TYPE, DocType.PAGE.value()));
        List<FixedBitSet> bits = new ArrayList<>(reader.leaves().size());
        for (LeafReaderContext leaf : reader.leaves()) {
            FixedBitSet posts = new FixedBitSet(Math.max(1, leaf.reader().maxDoc()));
            for (Term type : wholePages) {
                PostingsEnum postings = leaf.reader().postings(type, PostingsEnum.NONE);
                if (postings != null) {
                    for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS;
                         doc = postings.nextDoc()) {
                        posts.set(doc);
                    }
                }
            }
            bits.add(posts);
        }
        return new PostBoost(List.copyOf(bits), Boilerplate.of(reader));
    }

    /** The sections of the reader that repeat across pages, which {@link PostBoostQuery} weighs less. */
    public Boilerplate boilerplate() {
        return boilerplate;
    }

    /** The posts of one segment of the reader this was made for. */
    public FixedBitSet of(LeafReaderContext leaf) {
        return postsPerLeaf.get(leaf.ord);
    }
}
