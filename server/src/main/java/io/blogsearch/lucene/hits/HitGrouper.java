package io.blogsearch.lucene.hits;

import io.blogsearch.lucene.BlogSearcher;
import io.blogsearch.schema.DocType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.search.ScoreDoc;

/**
 * Folds the ranked hits of one post into its best one, so a long post with many matching sections does not flood
 * the first page; the folded hits are counted ("n more in this post") and the first few quotes, talks and sections
 * among them are kept to be shown under the post's card. A section repeated on other pages is listed once: under
 * the best-ranked of its copies whose page is a result anyway, else as its best-ranked copy, so it adds a result only
 * when none of its pages is one, as {@link ResultCount} counts (and whichever copy the index holds first).
 */
public final class HitGrouper {

    /** Folded hits shown under a card: enough to see what the post says, few enough to keep the page scannable. */
    static final int SHOWN_IN_POST = 3;
    /** The folded types shown under a card, in the order shown: a quote says most in one line, then a talk. */
    private static final List<DocType> SHOWN_TYPES = List.of(DocType.QUOTE, DocType.TALK, DocType.SECTION);

    /**
     * The best document of a post, how many other documents of the post matched, and those of them shown under its
     * card (at most {@link #SHOWN_IN_POST}: quotes, then talks, then sections, each in rank order).
     */
    public record Group(ScoreDoc best, int more, List<ScoreDoc> shown) {
    }

    private HitGrouper() {
    }

    /** Every hit on its own, for when the person asked for particular entity types. */
    public static List<Group> ungrouped(ScoreDoc[] ranked) {
        List<Group> groups = new ArrayList<>(ranked.length);
        for (ScoreDoc hit : ranked) {
            groups.add(new Group(hit, 0, List.of()));
        }
        return groups;
    }

    /**
     * Groups ranked hits by post, in rank order of each post's best hit. With {@code byScore} (hits ranked by
     * relevance), posts whose best hits score the same are ordered by their next best: a short heading and a figure
     * title that both hold the one word asked tie, and the post that says more about it comes first.
     */
    public static List<Group> group(ScoreDoc[] ranked, BlogSearcher searcher, boolean byScore) {
        Map<Integer, ScoreDoc> listedCopies = listedCopies(ranked, searcher);
        Map<Integer, Folded> posts = new LinkedHashMap<>();
        int unknown = -1;
        for (ScoreDoc hit : ranked) {
            int copies = searcher.copyGroup(hit.doc);
            if (copies >= 0 && listedCopies.get(copies) != hit) {
                // A near-duplicate of a section listed from another page: one of them is enough.
                continue;
            }
            int post = searcher.postOrdinal(hit.doc);
            // A document without a post id is its own group; negative keys never collide with ordinals.
            Integer key = post >= 0 ? post : unknown--;
            Folded folded = posts.get(key);
            if (folded == null) {
                posts.put(key, new Folded(hit, post));
            } else {
                folded.add(hit, searcher.docType(hit.doc));
            }
        }
        List<Folded> folded = new ArrayList<>(posts.values());
        if (byScore) {
            breakTies(folded);
        }
        List<Group> groups = new ArrayList<>(folded.size());
        folded.forEach(post -> groups.add(post.group()));
        return groups;
    }

    /**
     * Orders each run of posts whose best hits score the same by their next best, then by post id, so a rebuild
     * lists them alike. The posts come in rank order of their best hits, so ties stand together and most requests
     * have none to sort.
     */
    private static void breakTies(List<Folded> posts) {
        int start = 0;
        for (int i = 1; i <= posts.size(); i++) {
            if (i == posts.size() || posts.get(i).best.score != posts.get(start).best.score) {
                if (i - start > 1) {
                    // then by post id: the index's document order depends on how the build's threads met
                    posts.subList(start, i).sort(Comparator.<Folded>comparingDouble(post -> -post.runnerUp)
                            .thenComparingInt(post -> post.post < 0 ? Integer.MAX_VALUE : post.post));
                }
                start = i;
            }
        }
    }

    /**
     * The one copy listed of each group of repeated sections among the hits: the best-ranked whose page is a result
     * anyway (it has a match that is no copy), else the best-ranked; of copies ranked alike, the first post id's.
     */
    private static Map<Integer, ScoreDoc> listedCopies(ScoreDoc[] ranked, BlogSearcher searcher) {
        Set<Integer> results = new HashSet<>();
        for (ScoreDoc hit : ranked) {
            int post = searcher.postOrdinal(hit.doc);
            if (post >= 0 && searcher.copyGroup(hit.doc) < 0) {
                results.add(post);
            }
        }
        Map<Integer, ScoreDoc> listed = new HashMap<>();
        for (ScoreDoc hit : ranked) {
            int copies = searcher.copyGroup(hit.doc);
            if (copies < 0) {
                continue;
            }
            ScoreDoc best = listed.get(copies);
            if (best == null) {
                listed.put(copies, hit);
                continue;
            }
            boolean bestIsResult = results.contains(searcher.postOrdinal(best.doc));
            boolean hitIsResult = results.contains(searcher.postOrdinal(hit.doc));
            // of copies ranked alike, the one of the first post id: document order changes with every rebuild
            boolean tie = bestIsResult == hitIsResult && hit.score == best.score
                    && searcher.postOrdinal(hit.doc) < searcher.postOrdinal(best.doc);
            if (!bestIsResult && hitIsResult || tie) {
                listed.put(copies, hit);
            }
        }
        return listed;
    }

    /** The hits of one post seen so far: its best, how many others, and the first few of each shown type. */
    private static final class Folded {

        private final ScoreDoc best;
        /** The post's ordinal (in the order of post ids), or -1 for a document without one. */
        private final int post;
        private final Map<DocType, List<ScoreDoc>> byType = new LinkedHashMap<>();
        private int more;
        /** The score of the post's second-best hit; none counts as nothing. */
        private float runnerUp = Float.NEGATIVE_INFINITY;

        Folded(ScoreDoc best, int post) {
            this.best = best;
            this.post = post;
        }

        void add(ScoreDoc hit, DocType type) {
            if (more == 0) {
                runnerUp = hit.score;
            }
            more++;
            if (SHOWN_TYPES.contains(type)) {
                List<ScoreDoc> ofType = byType.computeIfAbsent(type, t -> new ArrayList<>(SHOWN_IN_POST));
                if (ofType.size() < SHOWN_IN_POST) {
                    ofType.add(hit);
                }
            }
        }

        Group group() {
            List<ScoreDoc> shown = new ArrayList<>(SHOWN_IN_POST);
            for (DocType type : SHOWN_TYPES) {
                for (ScoreDoc hit : byType.getOrDefault(type, List.of())) {
                    if (shown.size() < SHOWN_IN_POST) {
                        shown.add(hit);
                    }
                }
            }
            return new Group(best, more, List.copyOf(shown));
        }
    }
}
