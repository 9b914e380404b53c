package io.blogsearch.lucene.hits;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.BitSet;
import org.junit.jupiter.api.Test;

class CopyGroupsTest {

    @Test
    void aGroupCountsOnceUnlessThePostOfOneOfItsCopiesIsCounted() {
        CopyGroups copies = new CopyGroups();
        copies.add(7, 3);
        copies.add(2, 5);
        copies.add(7, 4);
        copies.add(2, 9);
        copies.add(11, 1);

        assertThat(copies.uncounted(new BitSet())).isEqualTo(3);
        assertThat(copies.uncounted(posts(4))).as("a copy of group 7 is in a counted post").isEqualTo(2);
        assertThat(copies.uncounted(posts(9, 1))).isEqualTo(1);
        assertThat(copies.uncounted(posts(3, 5, 1))).isZero();
    }

    @Test
    void aCopyOfNoPostNeverMakesItsGroupCounted() {
        CopyGroups copies = new CopyGroups();
        copies.add(4, -1);
        copies.add(Integer.MAX_VALUE, -1);

        assertThat(copies.uncounted(posts(0, 1, 2))).isEqualTo(2);
    }

    @Test
    void copiesAddedFromAnotherSetJoinTheirGroupsAndTheSetGrowsPastItsFirstArray() {
        CopyGroups first = new CopyGroups();
        CopyGroups second = new CopyGroups();
        for (int post = 0; post < 100; post++) {
            first.add(post % 10, post);
            second.add(post % 20, 1_000 + post);
        }
        first.addAll(second);

        assertThat(first.uncounted(new BitSet())).isEqualTo(20);
        assertThat(first.uncounted(posts(1_015))).as("group 15 has only the second set's copies").isEqualTo(19);
        assertThat(first.uncounted(posts(5))).as("group 5 holds post 5 and the second set's copies").isEqualTo(19);
    }

    private static BitSet posts(int... posts) {
        BitSet set = new BitSet();
        for (int post : posts) {
            set.set(post);
        }
        return set;
    }
}
