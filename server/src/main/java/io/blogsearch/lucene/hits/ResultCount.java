package io.blogsearch.lucene.hits;

import io.blogsearch.lucene.BlogSearcher;
import java.io.IOException;
import java.util.BitSet;
import java.util.Collection;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

/**
 * Counts the results a reader can page through when hits are folded per post ({@link HitGrouper}): each post with
 * a match counts once, whichever of its documents matched; a document without a post counts on its own; a section
 * repeated on several pages counts once, unless one of its pages is a result anyway. What {@code total} reports.
 */
public final class ResultCount {

    private ResultCount() {
    }

    /** The results among the matches of {@code query}. */
    public static long of(BlogSearcher searcher, Query query) throws IOException {
        return searcher.search(query, new Manager(searcher));
    }

    /** Post ordinals, loose documents and copy groups seen by one slice of the index. */
    private static final class Seen implements Collector {

        private final BlogSearcher searcher;
        private final BitSet posts = new BitSet();
        private final CopyGroups copies = new CopyGroups();
        private long loose;

        Seen(BlogSearcher searcher) {
            this.searcher = searcher;
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) {
            int docBase = context.docBase;
            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) {
                    // Counting only.
                }

                @Override
                public void collect(int doc) {
                    add(docBase + doc);
                }
            };
        }

        private void add(int doc) {
            int post = searcher.postOrdinal(doc);
            int group = searcher.copyGroup(doc);
            if (group >= 0) {
                copies.add(group, post);
            } else if (post >= 0) {
                posts.set(post);
            } else {
                loose++;
            }
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }

    private record Manager(BlogSearcher searcher) implements CollectorManager<Seen, Long> {

        @Override
        public Seen newCollector() {
            return new Seen(searcher);
        }

        @Override
        public Long reduce(Collection<Seen> collectors) {
            BitSet posts = new BitSet();
            CopyGroups copies = new CopyGroups();
            long loose = 0;
            for (Seen seen : collectors) {
                posts.or(seen.posts);
                copies.addAll(seen.copies);
                loose += seen.loose;
            }
            return posts.cardinality() + loose + copies.uncounted(posts);
        }
    }
}
