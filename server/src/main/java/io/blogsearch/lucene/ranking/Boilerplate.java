package io.blogsearch.lucene.ranking;

import io.blogsearch.entity.SectionHash;
import io.blogsearch.lucene.hits.HitGrouper;
import io.blogsearch.schema.Fields;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;

/**
 * The sections of a reader that repeat across pages, from the hash each section document carries
 * ({@link Fields#SECTION_HASH}): a section whose hash {@link #REPEATED_PAGES} or more sections share is boilerplate
 * and weighs less ({@link PostBoostQuery}); sections sharing a hash with any other are near-duplicates, folded into
 * the best of them ({@link HitGrouper}). Read once per reader: the counts are exact for the index as it is, however
 * it was updated.
 */
public final class Boilerplate {

    /** Sections sharing one text from which it counts as boilerplate: the indexer's rule too. */
    static final int REPEATED_PAGES = SectionHash.REPEATED_COPIES;

    private final List<FixedBitSet> repeatedPerLeaf;
    private final List<int[]> copiesPerLeaf;

    private Boilerplate(List<FixedBitSet> repeatedPerLeaf, List<int[]> copiesPerLeaf) {
        this.repeatedPerLeaf = repeatedPerLeaf;
        this.copiesPerLeaf = copiesPerLeaf;
    }

    /**
     * The repeated sections of every segment of {@code reader}, in one pass over the hashes of the whole reader:
     * its merged terms carry each hash's count over all segments, where a look-up per hash and segment opened a
     * terms enumeration each time.
     */
    static Boilerplate of(IndexReader reader) throws IOException {
        List<LeafReaderContext> leaves = reader.leaves();
        FixedBitSet[] repeated = new FixedBitSet[leaves.size()];
        int[][] copies = new int[leaves.size()][];
        for (LeafReaderContext leaf : leaves) {
            repeated[leaf.ord] = new FixedBitSet(Math.max(1, leaf.reader().maxDoc()));
            copies[leaf.ord] = new int[Math.max(1, leaf.reader().maxDoc())];
            Arrays.fill(copies[leaf.ord], -1);
        }
        Terms terms = MultiTerms.getTerms(reader, Fields.SECTION_HASH);
        TermsEnum hashes = terms == null ? TermsEnum.EMPTY : terms.iterator();
        PostingsEnum postings = null;
        int group = 0;
        for (BytesRef hash = hashes.next(); hash != null; hash = hashes.next()) {
            int shared = hashes.docFreq();
            if (shared < 2) {
                continue;
            }
            postings = hashes.postings(postings, PostingsEnum.NONE);
            for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
                copies[leaf.ord][doc - leaf.docBase] = group;
                if (shared >= REPEATED_PAGES) {
                    repeated[leaf.ord].set(doc - leaf.docBase);
                }
            }
            group++;
        }
        return new Boilerplate(List.of(repeated), List.of(copies));
    }

    /** The boilerplate sections of one segment. */
    FixedBitSet repeated(LeafReaderContext leaf) {
        return repeatedPerLeaf.get(leaf.ord);
    }

    /** The group of near-duplicates a document of the segment belongs to, or -1 when it has no copy. */
    public int copies(LeafReaderContext leaf, int doc) {
        return copiesPerLeaf.get(leaf.ord)[doc];
    }
}
