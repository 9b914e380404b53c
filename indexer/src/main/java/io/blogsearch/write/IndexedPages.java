package io.blogsearch.write;

import io.blogsearch.schema.CommitData;
import io.blogsearch.schema.Fields;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * What the last commit holds, per source file: the content hash, the fingerprint and the stored page record of
 * every post document. The incremental build compares against it.
 *
 * @param byPath   entries by site-relative path
 * @param cacheKey the cache key of the last commit, or null for a new index
 */
record IndexedPages(Map<String, Entry> byPath, String cacheKey) {

    /**
     * One indexed file.
     *
     * @param contentHash SHA-256 of the file when it was indexed
     * @param fingerprint hash of what its documents were built from
     * @param record      the parsed page, JSON in UTF-8
     * @param outline     the record's compact outline ({@link PageOutlines}), or null
     * @param knowledge   the enricher's memo of the page, or null
     */
    record Entry(String contentHash, String fingerprint, byte[] record, String outline, String knowledge) {
    }

    /** Nothing indexed yet. */
    static IndexedPages empty() {
        return new IndexedPages(Map.of(), null);
    }

    /**
     * Reads the last commit of {@code directory}, or nothing when it has none. Everything comes from binary doc
     * values walked in doc-id order: the stored fields of a post (its whole body) are never decompressed.
     */
    static IndexedPages load(Directory directory) throws IOException {
        if (!DirectoryReader.indexExists(directory)) {
            return empty();
        }
        Map<String, Entry> byPath = new HashMap<>();
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            String cacheKey = reader.getIndexCommit().getUserData().get(CommitData.CACHE_KEY);
            for (LeafReaderContext leaf : reader.leaves()) {
                load(leaf.reader(), byPath);
            }
            return new IndexedPages(byPath, cacheKey);
        }
    }

    private static void load(LeafReader leaf, Map<String, Entry> byPath) throws IOException {
        BinaryDocValues records = leaf.getBinaryDocValues(Fields.RECORD);
        BinaryDocValues paths = leaf.getBinaryDocValues(Fields.CACHED_PATH);
        BinaryDocValues hashes = leaf.getBinaryDocValues(Fields.CACHED_CONTENT_HASH);
        BinaryDocValues fingerprints = leaf.getBinaryDocValues(Fields.CACHED_FINGERPRINT);
        BinaryDocValues knowledge = leaf.getBinaryDocValues(Fields.CACHED_KNOWLEDGE); // null: none written yet
        BinaryDocValues outlines = leaf.getBinaryDocValues(Fields.CACHED_OUTLINE);
        if (records == null || paths == null || hashes == null || fingerprints == null) {
            return; // an index of an older layout: its files are simply parsed again
        }
        Bits live = leaf.getLiveDocs();
        for (int doc = records.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = records.nextDoc()) {
            if ((live != null && !live.get(doc)) || !paths.advanceExact(doc) || !hashes.advanceExact(doc)
                    || !fingerprints.advanceExact(doc)) {
                continue;
            }
            BytesRef record = records.binaryValue();
            String memo = knowledge != null && knowledge.advanceExact(doc) ? knowledge.binaryValue().utf8ToString()
                    : null;
            String outline = outlines != null && outlines.advanceExact(doc) ? outlines.binaryValue().utf8ToString()
                    : null;
            byPath.put(paths.binaryValue().utf8ToString(), new Entry(hashes.binaryValue().utf8ToString(),
                    fingerprints.binaryValue().utf8ToString(),
                    Arrays.copyOfRange(record.bytes, record.offset, record.offset + record.length), outline, memo));
        }
    }
}
