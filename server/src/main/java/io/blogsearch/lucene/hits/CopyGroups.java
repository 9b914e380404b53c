package io.blogsearch.lucene.hits;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The matching copies of repeated sections, by copy group, with the post of each copy, for counting results as
 * {@link ResultCount} does: a group counts once, unless the post of one of its copies is a result anyway. Every copy's
 * post is kept, not only the first one's, so the count does not depend on which copy the index happens to hold first
 * (two builds of one site place documents differently).
 */
public final class CopyGroups {

    private final Map<Integer, List<Integer>> postsByGroup = new HashMap<>();

    /** Records a matching copy of group {@code group} in post {@code post} (negative: a document of no post). */
    public void add(int group, int post) {
        postsByGroup.computeIfAbsent(group, key -> new ArrayList<>(2)).add(post);
    }

    /** Adds every copy recorded by {@code other}. */
    public void addAll(CopyGroups other) {
        other.postsByGroup.forEach((group, posts) -> posts.forEach(post -> add(group, post)));
    }

    /** The groups none of whose copies' posts is among {@code counted}: each a result of its own. */
    public long uncounted(BitSet counted) {
        long uncounted = 0;
        for (List<Integer> posts : postsByGroup.values()) {
            if (posts.stream().noneMatch(post -> post >= 0 && counted.get(post))) {
                uncounted++;
            }
        }
        return uncounted;
    }
}
