package io.blogsearch.write.lucene;

import io.blogsearch.entity.Entity;
import io.blogsearch.entity.EntitySink;
import io.blogsearch.schema.FacetDims;
import io.blogsearch.schema.Fields;
import io.blogsearch.state.PageState;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.ConcurrentMergeScheduler;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;
import org.apache.lucene.util.BytesRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes entities into a Lucene index, the incremental state of each source file kept on its page document as
 * binary doc values (read back by {@link LuceneStateStore} without decompressing the stored bodies).
 */
public final class LuceneEntitySink implements EntitySink {

    private static final Logger LOG = LoggerFactory.getLogger(LuceneEntitySink.class);

    private final IndexWriter writer;
    private final boolean fresh;
    private final FacetsConfig facetsConfig = FacetDims.config();

    /**
     * A sink writing through {@code writer}, which it closes.
     *
     * @param fresh whether the writer started an empty index (a full rebuild): pages are then only added
     */
    public LuceneEntitySink(IndexWriter writer, boolean fresh) {
        this.writer = writer;
        this.fresh = fresh;
    }

    @Override
    public void replace(String path, List<Entity> entities, PageState state, byte[] record) throws IOException {
        List<Document> documents = new ArrayList<>(entities.size());
        for (Entity entity : entities) {
            EntityDocument document = EntityDocuments.builder(entity);
            if (documents.isEmpty()) {
                withState(document, path, state, record);
            }
            documents.add(facetsConfig.build(document.document()));
        }
        if (fresh) {
            writer.addDocuments(documents);
        } else {
            writer.updateDocuments(new Term(Fields.PATH, path), documents);
        }
    }

    /** The state on the page document: keywords for lookups, binary doc values for the next build. */
    private static void withState(EntityDocument document, String path, PageState state, byte[] record) {
        document.keyword(Fields.FINGERPRINT, state.fingerprint())
                .cached(Fields.CACHED_PATH, path)
                .cached(Fields.CACHED_CONTENT_HASH, state.contentHash())
                .cached(Fields.CACHED_FINGERPRINT, state.fingerprint())
                .cached(Fields.CACHED_OUTLINE, state.outline())
                .cached(Fields.CACHED_KNOWLEDGE, state.knowledge())
                // "-" (never equal to a stamp) when the file is too fresh to trust: the field exists either way
                .cached(Fields.CACHED_FILE_STAMP, state.fileStamp() == null ? "-" : state.fileStamp())
                .cached(Fields.CACHED_EXPIRY, state.expiry() == null ? null : state.expiry().toString())
                .cached(Fields.CACHED_PROBLEMS, state.problems())
                .cached(Fields.CACHED_SECTION_HASHES, state.sectionHashes());
        if (record != null) {
            document.cached(Fields.RECORD, record);
        }
    }

    /** Updated in place (a doc-values update, not a reindex) on the page document, when the index has stamps. */
    @Override
    public void restamp(String path, String fileStamp) throws IOException {
        if (writer.getFieldNames().contains(Fields.CACHED_FILE_STAMP)) {
            writer.updateBinaryDocValue(new Term(Fields.ID, path), Fields.CACHED_FILE_STAMP,
                    new BytesRef(fileStamp.getBytes(StandardCharsets.UTF_8)));
        }
    }

    @Override
    public void delete(String path) throws IOException {
        writer.deleteDocuments(new Term(Fields.PATH, path));
    }

    /**
     * Commits the build, then the merges that commit asked the merge policy for. The writer never commits on close
     * (a failed build must leave the last good commit), so merges still running when it closes are dropped: without
     * waiting for them, every build after a publish would leave one more segment, and a search pays per segment.
     * Readers see the build at the first commit; the merged segments follow in a second one holding the same
     * documents and commit data. A merge that fails leaves the first commit, unmerged, and is logged: the build
     * itself has landed.
     */
    @Override
    public void commit(Map<String, String> commitData) throws IOException {
        flushOnTwoThreads();
        writer.setLiveCommitData(commitData.entrySet());
        writer.commit();
        try {
            if (writer.getConfig().getMergeScheduler() instanceof ConcurrentMergeScheduler merges) {
                merges.sync(); // the merges of other schedulers have run on this thread already
            }
            writer.commit(); // nothing to write when no merge ran
        } catch (IOException | RuntimeException e) {
            LOG.warn("the build is committed, but merging its segments failed: {}", e.toString());
        }
    }

    /**
     * Writes the segments the indexing threads buffered on two threads: a commit would write them one after another
     * on the calling thread, which is most of a small build's last step.
     */
    private void flushOnTwoThreads() throws IOException {
        if (Runtime.getRuntime().availableProcessors() < 2) {
            return;
        }
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread helper = new Thread(() -> {
            try {
                flushAll();
            } catch (IOException | RuntimeException e) {
                failure.set(e);
            }
        }, "blogsearch-flush");
        helper.setDaemon(true);
        helper.start();
        flushAll();
        try {
            helper.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("build interrupted", e);
        }
        if (failure.get() instanceof IOException io) {
            throw io;
        }
        if (failure.get() instanceof RuntimeException runtime) {
            throw runtime;
        }
    }

    private void flushAll() throws IOException {
        while (writer.flushNextBuffer()) {
            // each call writes one buffered segment, if any is left
        }
    }

    /** Closes the writer; what was not committed is dropped. */
    @Override
    public void close() throws IOException {
        writer.close();
    }
}
