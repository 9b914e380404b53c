package io.blogsearch.lucene.highlight;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;

/**
 * Lucene's passage score (each distinct term's frequency in the passage, weighted by its frequency in the document,
 * times a norm by the passage's position), computed without the {@code BytesRefHash} that Lucene's own
 * {@link PassageScorer#score} builds per passage: its first block is 32 KB, allocated for every highlighted field of
 * every hit, the largest share of the garbage an uncached search left. A passage holds a few matches, so distinct
 * terms are found by comparing each with the earlier ones.
 */
final class LeanPassageScorer extends PassageScorer {

    @Override
    public float score(Passage passage, int contentLength) {
        int matches = passage.getNumMatches();
        BytesRef[] terms = passage.getMatchTerms();
        int[] freqsInDoc = passage.getMatchTermFreqsInDoc();
        float score = 0;
        for (int i = 0; i < matches; i++) {
            if (seenBefore(terms, i)) {
                continue;
            }
            int inPassage = 1;
            for (int j = i + 1; j < matches; j++) {
                if (terms[j].bytesEquals(terms[i])) {
                    inPassage++;
                }
            }
            score += tf(inPassage, passage.getLength()) * weight(contentLength, freqsInDoc[i]);
        }
        return score * norm(passage.getStartOffset());
    }

    private static boolean seenBefore(BytesRef[] terms, int index) {
        for (int j = 0; j < index; j++) {
            if (terms[j].bytesEquals(terms[index])) {
                return true;
            }
        }
        return false;
    }
}
