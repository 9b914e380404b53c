package io.blogsearch.search;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.search.ScoreDoc;

/**
 * Folds the ranked hits of one post into its best one, so a long post with many matching sections does not flood
 * the first page; the folded hits are counted ("n more in this post"). A section repeated on other pages is listed
 * once, under its best-ranked copy.
 */
final class HitGrouper {

    /** The best document of a post and how many other documents of the post matched. */
    record Group(ScoreDoc best, int more) {
    }

    private HitGrouper() {
    }

    /** Every hit on its own, for when the person asked for particular entity types. */
    static List<Group> ungrouped(ScoreDoc[] ranked) {
        List<Group> groups = new ArrayList<>(ranked.length);
        for (ScoreDoc hit : ranked) {
            groups.add(new Group(hit, 0));
        }
        return groups;
    }

    /** Groups ranked hits by post, in rank order of each post's best hit. */
    static List<Group> group(ScoreDoc[] ranked, BlogSearcher searcher) {
        Map<Integer, int[]> counts = new LinkedHashMap<>();
        Map<Integer, ScoreDoc> best = new LinkedHashMap<>();
        Set<Integer> copiesSeen = new HashSet<>();
        int unknown = -1;
        for (ScoreDoc hit : ranked) {
            int copies = searcher.copyGroup(hit.doc);
            if (copies >= 0 && !copiesSeen.add(copies)) {
                // A near-duplicate of a section already listed (from another page): one of them is enough.
                continue;
            }
            int post = searcher.postOrdinal(hit.doc);
            // A document without a post id is its own group; negative keys never collide with ordinals.
            Integer key = post >= 0 ? post : unknown--;
            if (best.putIfAbsent(key, hit) != null) {
                counts.computeIfAbsent(key, k -> new int[1])[0]++;
            }
        }
        List<Group> groups = new ArrayList<>(best.size());
        best.forEach((key, hit) -> groups.add(new Group(hit, counts.containsKey(key) ? counts.get(key)[0] : 0)));
        return groups;
    }
}
