package io.blogsearch.lucene.highlight;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.uhighlight.OffsetsEnum;
import org.apache.lucene.search.uhighlight.PostingsOffsetStrategy;
import org.apache.lucene.search.uhighlight.UHComponents;
import org.apache.lucene.util.BytesRef;

/**
 * Term offsets from the postings, as Lucene's {@link PostingsOffsetStrategy} reads them, but each term is looked up
 * once per segment and its postings walked forward across the documents of one highlighting call (which come in
 * document order), instead of a term dictionary lookup and a new postings reader per term and document: with a typo
 * or a half-typed word expanded into a dozen terms and some forty hits on a page, those lookups were most of the cost
 * of its snippets. Made per call and field, so it is used by one thread.
 */
final class ForwardPostingsStrategy extends PostingsOffsetStrategy {

    private Terms segment;
    private BytesRef[] looked;
    private PostingsEnum[] postings;
    private int lastDoc = -1;

    ForwardPostingsStrategy(UHComponents components) {
        super(components);
    }

    @Override
    protected void createOffsetsEnumsForTerms(BytesRef[] terms, Terms termsIndex, int doc, List<OffsetsEnum> results)
            throws IOException {
        if (termsIndex != segment || !Arrays.equals(terms, looked)) {
            seek(terms, termsIndex);
        } else if (doc <= lastDoc) {
            // A document again or out of order: the walked postings cannot go back.
            super.createOffsetsEnumsForTerms(terms, termsIndex, doc, results);
            return;
        }
        lastDoc = doc;
        for (int i = 0; i < terms.length; i++) {
            PostingsEnum walked = postings[i];
            if (walked == null) {
                continue;
            }
            int at = walked.docID() < doc ? walked.advance(doc) : walked.docID();
            if (at == doc) {
                results.add(new OffsetsEnum.OfPostings(terms[i], walked));
            } else if (at == DocIdSetIterator.NO_MORE_DOCS) {
                postings[i] = null;
            }
        }
    }

    /** Looks every term up once in a new segment; a term it lacks has no postings. */
    private void seek(BytesRef[] terms, Terms termsIndex) throws IOException {
        segment = termsIndex;
        looked = terms;
        lastDoc = -1;
        postings = new PostingsEnum[terms.length];
        TermsEnum termsEnum = termsIndex.iterator();
        for (int i = 0; i < terms.length; i++) {
            if (termsEnum.seekExact(terms[i])) {
                PostingsEnum enumerated = termsEnum.postings(null, PostingsEnum.OFFSETS);
                if (enumerated == null) {
                    throw new IllegalArgumentException("field '" + getField()
                            + "' was indexed without offsets, cannot highlight");
                }
                postings[i] = enumerated;
            }
        }
    }
}
