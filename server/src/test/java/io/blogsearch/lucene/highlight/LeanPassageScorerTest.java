package io.blogsearch.lucene.highlight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/** The lean passage score is Lucene's, for passages with repeated and distinct terms alike. */
class LeanPassageScorerTest {

    @Test
    void scoresEveryPassageAsLucenesScorerDoes() {
        Random random = new Random(42);
        String[] words = {"scissors", "running", "rook", "ceph", "operator"};
        PassageScorer lucene = new PassageScorer();
        PassageScorer lean = new LeanPassageScorer();
        for (int round = 0; round < 500; round++) {
            Passage passage = new Passage();
            int start = random.nextInt(5_000);
            passage.setStartOffset(start);
            int end = start + 600 + random.nextInt(200);
            passage.setEndOffset(end);
            int offset = start;
            int matches = random.nextInt(12);
            for (int i = 0; i < matches; i++) {
                int word = random.nextInt(1 + random.nextInt(words.length));
                offset += 1 + random.nextInt(40); // at most 11 matches of 40 + 8 characters: inside the passage
                // a term's frequency in the document is the same wherever it matches
                passage.addMatch(offset, offset + words[word].length(), new BytesRef(words[word]), 1 + word * 3);
            }
            int contentLength = end + random.nextInt(10_000);

            assertThat(lean.score(passage, contentLength)).as("round %d", round)
                    .isCloseTo(lucene.score(passage, contentLength), within(1e-5f));
        }
    }
}
