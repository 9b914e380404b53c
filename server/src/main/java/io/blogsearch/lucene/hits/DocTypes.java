package io.blogsearch.lucene.hits;

import io.blogsearch.schema.DocType;
import io.blogsearch.schema.Fields;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BytesRef;

/**
 * The entity type of every document of one reader, read from the type terms once: grouping picks the quotes, talks
 * and sections shown under a post's card among many folded hits without a stored-field read for each.
 */
public final class DocTypes {

    private static final byte UNKNOWN = -1;
    private static final DocType[] TYPES = DocType.values();

    private final IndexReader reader;
    private final byte[][] typeOfDoc;

    private DocTypes(IndexReader reader, byte[][] typeOfDoc) {
        this.reader = reader;
        this.typeOfDoc = typeOfDoc;
    }

    /** Reads the type of every document of the reader. */
    public static DocTypes of(IndexReader reader) throws IOException {
        byte[][] types = new byte[reader.leaves().size()][];
        for (LeafReaderContext leaf : reader.leaves()) {
            byte[] ofDoc = new byte[leaf.reader().maxDoc()];
            Arrays.fill(ofDoc, UNKNOWN);
            Terms terms = leaf.reader().terms(Fields.TYPE);
            if (terms != null) {
                TermsEnum termsEnum = terms.iterator();
                PostingsEnum postings = null;
                for (BytesRef term = termsEnum.next(); term != null; term = termsEnum.next()) {
                    DocType type = DocType.parse(term.utf8ToString()).orElse(null);
                    if (type == null) {
                        continue;
                    }
                    postings = termsEnum.postings(postings, PostingsEnum.NONE);
                    for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                        ofDoc[doc] = (byte) type.ordinal();
                    }
                }
            }
            types[leaf.ord] = ofDoc;
        }
        return new DocTypes(reader, types);
    }

    /** The type of a document (top-level doc id), or null when it has none. */
    public DocType of(int doc) {
        List<LeafReaderContext> leaves = reader.leaves();
        int leaf = ReaderUtil.subIndex(doc, leaves);
        byte type = typeOfDoc[leaf][doc - leaves.get(leaf).docBase];
        return type == UNKNOWN ? null : TYPES[type];
    }
}
