package io.blogsearch.write;

import io.blogsearch.schema.CommitData;
import io.blogsearch.schema.Fields;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
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
 * What the last commit holds, per source file: the content hash, the fingerprint, the outline and the memos of every
 * post document, and on demand its stored page record. The incremental build compares against it. Holds the last
 * commit open until closed, so that a record is read only for the few pages that need one.
 */
final class IndexedPages implements Closeable {

    /**
     * One indexed file.
     *
     * @param contentHash SHA-256 of the file when it was indexed
     * @param fingerprint hash of what its documents were built from
     * @param outline     the record's compact outline ({@link PageOutlines}), or null
     * @param knowledge   the enricher's memo of the page, or null
     * @param fileStamp   the file's settled {@link FileStamp} when it was last read, or null
     * @param expiry      the page's {@code expiryDate}, or null
     * @param problems    the page's problems when it was parsed ({@link PageProblems}), or null
     * @param sectionHashes its sections' hashes and which were left out as repeated ({@link SectionHashRecord}), or null
     * @param leaf        the segment holding its post document
     * @param doc         the post document in {@code leaf}
     */
    record Entry(String contentHash, String fingerprint, String outline, String knowledge, String fileStamp,
                 Instant expiry, String problems, String sectionHashes, LeafReader leaf, int doc) {

        /** The parsed page, JSON in UTF-8, read now from the open commit; null if it has none. */
        byte[] record() {
            try {
                BinaryDocValues records = leaf.getBinaryDocValues(Fields.RECORD); // a fresh iterator: thread-safe
                if (records == null || !records.advanceExact(doc)) {
                    return null;
                }
                BytesRef record = records.binaryValue();
                return Arrays.copyOfRange(record.bytes, record.offset, record.offset + record.length);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private final Map<String, Entry> byPath;
    private final String cacheKey;
    private final String archiveState;
    private final DirectoryReader reader;

    private IndexedPages(Map<String, Entry> byPath, String cacheKey, String archiveState, DirectoryReader reader) {
        this.byPath = byPath;
        this.cacheKey = cacheKey;
        this.archiveState = archiveState;
        this.reader = reader;
    }

    /** Entries by site-relative path. */
    Map<String, Entry> byPath() {
        return byPath;
    }

    /** The cache key of the last commit, or null for a new index. */
    String cacheKey() {
        return cacheKey;
    }

    /** The enricher's archive-state digest of the last commit ({@link CommitData#ARCHIVE_STATE}), or null. */
    String archiveState() {
        return archiveState;
    }

    /** Nothing indexed yet. */
    static IndexedPages empty() {
        return new IndexedPages(Map.of(), null, null, null);
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
        DirectoryReader reader = DirectoryReader.open(directory);
        try {
            Map<String, String> commitData = reader.getIndexCommit().getUserData();
            for (LeafReaderContext leaf : reader.leaves()) {
                load(leaf.reader(), byPath);
            }
            return new IndexedPages(byPath, commitData.get(CommitData.CACHE_KEY),
                    commitData.get(CommitData.ARCHIVE_STATE), reader);
        } catch (IOException | RuntimeException e) {
            reader.close();
            throw e;
        }
    }

    private static void load(LeafReader leaf, Map<String, Entry> byPath) throws IOException {
        BinaryDocValues paths = leaf.getBinaryDocValues(Fields.CACHED_PATH);
        BinaryDocValues hashes = leaf.getBinaryDocValues(Fields.CACHED_CONTENT_HASH);
        BinaryDocValues fingerprints = leaf.getBinaryDocValues(Fields.CACHED_FINGERPRINT);
        BinaryDocValues knowledge = leaf.getBinaryDocValues(Fields.CACHED_KNOWLEDGE); // null: none written yet
        BinaryDocValues outlines = leaf.getBinaryDocValues(Fields.CACHED_OUTLINE);
        BinaryDocValues stamps = leaf.getBinaryDocValues(Fields.CACHED_FILE_STAMP);
        BinaryDocValues expiries = leaf.getBinaryDocValues(Fields.CACHED_EXPIRY);
        BinaryDocValues problems = leaf.getBinaryDocValues(Fields.CACHED_PROBLEMS);
        BinaryDocValues sectionHashes = leaf.getBinaryDocValues(Fields.CACHED_SECTION_HASHES);
        if (leaf.getBinaryDocValues(Fields.RECORD) == null || paths == null || hashes == null
                || fingerprints == null) {
            return; // an index of an older layout: its files are simply parsed again
        }
        Bits live = leaf.getLiveDocs();
        for (int doc = paths.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = paths.nextDoc()) {
            if ((live != null && !live.get(doc)) || !hashes.advanceExact(doc) || !fingerprints.advanceExact(doc)) {
                continue;
            }
            String memo = knowledge != null && knowledge.advanceExact(doc) ? text(knowledge.binaryValue())
                    : null;
            String outline = outlines != null && outlines.advanceExact(doc) ? text(outlines.binaryValue())
                    : null;
            String stamp = stamps != null && stamps.advanceExact(doc) ? text(stamps.binaryValue()) : null;
            Instant expiry = expiries != null && expiries.advanceExact(doc)
                    ? Instant.parse(text(expiries.binaryValue())) : null;
            String problem = problems != null && problems.advanceExact(doc) ? text(problems.binaryValue()) : null;
            String sections = sectionHashes != null && sectionHashes.advanceExact(doc)
                    ? text(sectionHashes.binaryValue()) : null;
            byPath.put(text(paths.binaryValue()), new Entry(text(hashes.binaryValue()),
                    text(fingerprints.binaryValue()), outline, memo, stamp, expiry, problem, sections, leaf, doc));
        }
    }

    /**
     * UTF-8 decoded by the JDK, whose intrinsics make it fast even before the JIT has compiled anything (Lucene's
     * {@code utf8ToString} is a plain loop, slow in the fresh JVM of an incremental run).
     */
    private static String text(BytesRef bytes) {
        return new String(bytes.bytes, bytes.offset, bytes.length, StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws IOException {
        if (reader != null) {
            reader.close();
        }
    }
}
