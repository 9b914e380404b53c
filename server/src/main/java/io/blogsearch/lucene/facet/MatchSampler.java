package io.blogsearch.lucene.facet;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.DocIdSet;
import org.apache.lucene.search.DocIdStream;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.util.DocIdSetBuilder;

/**
 * The matches of a query kept for counting their facet values: every match up to a threshold, beyond it a sample of
 * them, and the exact number of matches either way.
 *
 * <p>Each document has a level drawn from a hash of its number in the index: it is at level k or above with
 * probability 2<sup>-k</sup>. The sample at level k is every match at level k or above. Collection starts at level 0
 * (every match) and goes up a level, dropping the matches below it, whenever the sample outgrows its cap. So the sample
 * is drawn while collecting, in bounded memory. (Lucene's {@code RandomSamplingFacetsCollector} first records every
 * match, hundreds of thousands for a common word on a large archive, then walks them again to draw its sample.)
 *
 * <p>The final level is the lowest whose sample fits, whatever the order the documents came in and however the index
 * was sliced across threads, so a query gives the same counts every time.
 */
public final class MatchSampler implements Collector {

    /**
     * Above level 0 the sample is capped at twice sampleSize; each step up halves it about, so it ends up between
     * about sampleSize and twice that.
     */
    private static final int CAP_PER_SAMPLE_SIZE = 2;
    /** A level no document number reaches (it would take 31 zero bits in a row of its hash). */
    private static final int TOP_LEVEL = 31;

    private final int exactUpTo;
    private final int sampleSize;
    private final List<LeafSample> leaves = new ArrayList<>();
    private int level;
    private int levelMask;
    private int kept;
    private long total;

    private MatchSampler(int exactUpTo, int sampleSize) {
        this.exactUpTo = exactUpTo;
        this.sampleSize = sampleSize;
    }

    /**
     * Collectors keeping every match up to {@code exactUpTo}, and beyond it about {@code sampleSize} to twice that;
     * their reduction is the sample of all the matches.
     */
    public static CollectorManager<MatchSampler, MatchSampler> manager(int exactUpTo, int sampleSize) {
        return new CollectorManager<>() {
            @Override
            public MatchSampler newCollector() {
                return new MatchSampler(exactUpTo, sampleSize);
            }

            @Override
            public MatchSampler reduce(Collection<MatchSampler> collectors) {
                return merged(collectors, exactUpTo, sampleSize);
            }
        };
    }

    /** One sample of the matches of several slices: at the highest level any of them reached, then made to fit. */
    private static MatchSampler merged(Collection<MatchSampler> slices, int exactUpTo, int sampleSize) {
        MatchSampler all = new MatchSampler(exactUpTo, sampleSize);
        int highest = slices.stream().mapToInt(slice -> slice.level).max().orElse(0);
        all.setLevel(highest);
        for (MatchSampler slice : slices) {
            all.total += slice.total;
            for (LeafSample leaf : slice.leaves) {
                leaf.retain(all.levelMask);
                all.kept += leaf.size;
                all.leaves.add(leaf);
            }
        }
        all.fit();
        return all;
    }

    @Override
    public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE_NO_SCORES;
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) {
        LeafSample leaf = new LeafSample(context);
        leaves.add(leaf);
        int docBase = context.docBase;
        return new LeafCollector() {
            @Override
            public void setScorer(Scorable scorer) {
                // counting needs no scores
            }

            @Override
            public void collect(int doc) {
                total++;
                if ((hash(docBase + doc) & levelMask) == 0) {
                    leaf.add(doc);
                    if (++kept > cap()) {
                        fit();
                    }
                }
            }

            @Override
            public void collect(DocIdStream stream) throws IOException {
                // What the interface does by default, but from a call site of this class alone, which the JIT
                // inlines: a common word's matches come here in windows of thousands.
                stream.forEach(this::collect);
            }
        };
    }

    /** Documents matching the query. */
    public long total() {
        return total;
    }

    /** Whether every match was kept (the counts are exact). */
    boolean exact() {
        return level == 0;
    }

    /** The share of the matches in the sample: 1 when every match was kept. */
    double samplingRate() {
        return total == 0 ? 1 : (double) kept / total;
    }

    /** Matches kept for counting. */
    int kept() {
        return kept;
    }

    /**
     * The kept matches in the form Lucene's facet counts read: one entry per segment of the index, in order, empty for
     * a segment without matches. (Given a single entry, Lucene's counts take the index for a single segment and read
     * its ordinals as the index's own: on an index of several segments, the wrong values.)
     */
    FacetsCollector keptMatches() {
        List<FacetsCollector.MatchingDocs> matching = new ArrayList<>();
        if (!leaves.isEmpty()) {
            Map<Integer, LeafSample> byOrd = new HashMap<>();
            leaves.forEach(leaf -> byOrd.put(leaf.context.ord, leaf));
            for (LeafReaderContext segment : ReaderUtil.getTopLevelContext(leaves.get(0).context).leaves()) {
                LeafSample leaf = byOrd.get(segment.ord);
                matching.add(leaf == null ? new FacetsCollector.MatchingDocs(segment, DocIdSet.EMPTY, 0, null)
                        : leaf.matchingDocs());
            }
        }
        return new FacetsCollector() {
            @Override
            public List<MatchingDocs> getMatchingDocs() {
                return matching;
            }
        };
    }

    private int cap() {
        return level == 0 ? exactUpTo : CAP_PER_SAMPLE_SIZE * sampleSize;
    }

    /** Goes up as many levels as it takes for the sample to fit its cap. */
    private void fit() {
        while (kept > cap() && level < TOP_LEVEL) {
            setLevel(level + 1);
            kept = 0;
            for (LeafSample leaf : leaves) {
                leaf.retain(levelMask);
                kept += leaf.size;
            }
        }
    }

    private void setLevel(int level) {
        this.level = level;
        this.levelMask = (1 << level) - 1;
    }

    /**
     * A well-mixed hash of a document number (the finaliser of MurmurHash3): its low bits are zero as for a random
     * number, whatever pattern the numbers of the matches follow.
     */
    static int hash(int doc) {
        int h = doc;
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        h ^= h >>> 16;
        return h;
    }

    /** The kept matches of one segment, in document order. */
    private static final class LeafSample {
        private final LeafReaderContext context;
        private int[] docs = new int[64];
        private int size;

        LeafSample(LeafReaderContext context) {
            this.context = context;
        }

        void add(int doc) {
            if (size == docs.length) {
                docs = Arrays.copyOf(docs, size * 2);
            }
            docs[size++] = doc;
        }

        /** Keeps the documents whose hash has the low bits of {@code levelMask} all zero. */
        void retain(int levelMask) {
            int to = 0;
            for (int i = 0; i < size; i++) {
                if ((hash(context.docBase + docs[i]) & levelMask) == 0) {
                    docs[to++] = docs[i];
                }
            }
            size = to;
        }

        FacetsCollector.MatchingDocs matchingDocs() {
            DocIdSetBuilder builder = new DocIdSetBuilder(context.reader().maxDoc());
            DocIdSetBuilder.BulkAdder adder = builder.grow(size);
            for (int i = 0; i < size; i++) {
                adder.add(docs[i]);
            }
            return new FacetsCollector.MatchingDocs(context, builder.build(), size, null);
        }
    }
}
