package io.blogsearch.write.lucene;

import io.blogsearch.schema.CommitData;
import io.blogsearch.schema.Fields;
import io.blogsearch.state.IndexState;
import io.blogsearch.state.PageState;
import io.blogsearch.state.StateStore;
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
 * The incremental state kept in a Lucene index: per source file on its page document as binary doc values, per build
 * in the commit's user data. Everything is read from doc values walked in doc-id order: the stored fields of a post
 * (its whole body) are never decompressed, and a record is read only when asked for.
 */
public final class LuceneStateStore implements StateStore {

    private final Directory directory;

    /** The state kept in the index in {@code directory}. */
    public LuceneStateStore(Directory directory) {
        this.directory = directory;
    }

    @Override
    public IndexState load() throws IOException {
        if (!DirectoryReader.indexExists(directory)) {
            return IndexState.empty();
        }
        Map<String, PageState> pages = new HashMap<>();
        Map<String, Location> locations = new HashMap<>();
        DirectoryReader reader = DirectoryReader.open(directory);
        try {
            Map<String, String> commitData = reader.getIndexCommit().getUserData();
            for (LeafReaderContext leaf : reader.leaves()) {
                load(leaf.reader(), pages, locations);
            }
            return new Loaded(pages, locations, commitData.get(CommitData.CACHE_KEY),
                    commitData.get(CommitData.ARCHIVE_STATE), reader);
        } catch (IOException | RuntimeException e) {
            reader.close();
            throw e;
        }
    }

    private static void load(LeafReader leaf, Map<String, PageState> pages, Map<String, Location> locations)
            throws IOException {
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
            Instant expiry = expiries != null && expiries.advanceExact(doc)
                    ? Instant.parse(text(expiries.binaryValue())) : null;
            String path = text(paths.binaryValue());
            pages.put(path, new PageState(text(hashes.binaryValue()), text(fingerprints.binaryValue()),
                    textAt(outlines, doc), textAt(knowledge, doc), textAt(stamps, doc), expiry,
                    textAt(problems, doc), textAt(sectionHashes, doc)));
            locations.put(path, new Location(leaf, doc));
        }
    }

    private static String textAt(BinaryDocValues values, int doc) throws IOException {
        return values != null && values.advanceExact(doc) ? text(values.binaryValue()) : null;
    }

    /**
     * UTF-8 decoded by the JDK, whose intrinsics make it fast even before the JIT has compiled anything (Lucene's
     * {@code utf8ToString} is a plain loop, slow in the fresh JVM of an incremental run).
     */
    private static String text(BytesRef bytes) {
        return new String(bytes.bytes, bytes.offset, bytes.length, StandardCharsets.UTF_8);
    }

    /** Where a page document is in the open commit. */
    private record Location(LeafReader leaf, int doc) {
    }

    /** The state of one commit, held open until closed. */
    private record Loaded(Map<String, PageState> pages, Map<String, Location> locations, String cacheKey,
                          String archiveState, DirectoryReader reader) implements IndexState {

        @Override
        public byte[] record(String path) {
            Location location = locations.get(path);
            if (location == null) {
                return null;
            }
            try {
                // a fresh iterator: thread-safe
                BinaryDocValues records = location.leaf().getBinaryDocValues(Fields.RECORD);
                if (records == null || !records.advanceExact(location.doc())) {
                    return null;
                }
                BytesRef record = records.binaryValue();
                return Arrays.copyOfRange(record.bytes, record.offset, record.offset + record.length);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() {
            try {
                reader.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
