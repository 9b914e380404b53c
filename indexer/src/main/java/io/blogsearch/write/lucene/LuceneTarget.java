package io.blogsearch.write.lucene;

import io.blogsearch.entity.EntitySink;
import io.blogsearch.schema.BlogAnalyzers;
import io.blogsearch.state.IndexState;
import io.blogsearch.write.IndexLockedException;
import io.blogsearch.write.IndexTarget;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.NIOFSDirectory;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * A Lucene index folder as a build's target. The writer opens on a thread of its own while the last commit's state is
 * read; only {@link EntitySink#commit} commits, so a failed build leaves the last good commit.
 */
public final class LuceneTarget implements IndexTarget {

    /**
     * IndexWriter RAM buffer at most. Past this, a larger buffer saves little flushing and merging, but it is live
     * memory for the whole build, on top of what the enrichment holds of every page of a large archive.
     */
    private static final long MAX_RAM_BUFFER_MB = 64;
    /** At least Lucene's own default. */
    private static final long MIN_RAM_BUFFER_MB = 16;

    private final Path indexDir;

    /** The index in {@code indexDir}, created when missing. */
    public LuceneTarget(Path indexDir) {
        this.indexDir = indexDir;
    }

    @Override
    public Session open(boolean full, Runnable warmUp) throws IOException {
        Files.createDirectories(indexDir);
        // Read with positional reads, not memory-mapped: a build reads its own segments only to merge them, and
        // mapped, every page a merge reads counts as the build's resident memory (hundreds of MB on a large
        // archive) while the page cache serves positional reads as fast.
        FSDirectory directory = new NIOFSDirectory(indexDir);
        try {
            return new LuceneSession(directory, full,
                    WriterOpening.start(() -> openWriter(directory, full), warmUp));
        } catch (RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    @Override
    public String describe() {
        return indexDir.toString();
    }

    /**
     * The writer's RAM buffer for a heap of {@code maxHeapBytes}: an eighth of it, within bounds, so that a build
     * in a small heap flushes segments instead of running out of memory, and one in a large heap rarely flushes.
     */
    static double ramBufferMb(long maxHeapBytes) {
        return Math.max(MIN_RAM_BUFFER_MB, Math.min(MAX_RAM_BUFFER_MB, maxHeapBytes / 8 / (1024 * 1024)));
    }

    private IndexWriter openWriter(FSDirectory directory, boolean full) throws IndexLockedException, IOException {
        IndexWriterConfig config = new IndexWriterConfig(BlogAnalyzers.forIndexing())
                .setOpenMode(full ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setRAMBufferSizeMB(ramBufferMb(Runtime.getRuntime().maxMemory()))
                // A full build flushes a few large segments: packing each into a compound file copies it whole
                // once more. An incremental build's small segments keep the compound file (fewer open files).
                .setUseCompoundFile(!full)
                .setCommitOnClose(false); // only a commit of the sink commits: an exception leaves the last good one
        try {
            return new IndexWriter(directory, config);
        } catch (LockObtainFailedException e) {
            throw new IndexLockedException("index " + indexDir + " is locked: another blogsearch index "
                    + "is running on it (wait for it to finish)", e);
        }
    }

    /** One build on the folder: its directory, the writer being opened, and the state read meanwhile. */
    private static final class LuceneSession implements Session {

        private final FSDirectory directory;
        private final boolean full;
        private final WriterOpening opening;
        private IndexState state;
        private LuceneEntitySink sink;

        LuceneSession(FSDirectory directory, boolean full, WriterOpening opening) {
            this.directory = directory;
            this.full = full;
            this.opening = opening;
        }

        @Override
        public synchronized IndexState state() throws IOException {
            if (state == null) {
                state = full ? IndexState.empty() : new LuceneStateStore(directory).load();
            }
            return state;
        }

        @Override
        public synchronized EntitySink sink() throws IndexLockedException, IOException {
            if (sink == null) {
                sink = new LuceneEntitySink(opening.writer(), full);
            }
            return sink;
        }

        /** Closes the state, then the writer (dropping what was not committed), then the folder. */
        @Override
        public void close() throws IOException {
            try (directory; opening) {
                if (state != null) {
                    state.close();
                }
            }
        }
    }
}
