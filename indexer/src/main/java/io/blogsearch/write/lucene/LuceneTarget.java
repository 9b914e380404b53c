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
import org.apache.lucene.store.LockObtainFailedException;

/**
 * A Lucene index folder as a build's target. The writer opens on a thread of its own while the last commit's state is
 * read; only {@link EntitySink#commit} commits, so a failed build leaves the last good commit.
 */
public final class LuceneTarget implements IndexTarget {

    /** IndexWriter RAM buffer: large enough that a 100k-post build flushes rarely. */
    private static final double RAM_BUFFER_MB = 256;

    private final Path indexDir;

    /** The index in {@code indexDir}, created when missing. */
    public LuceneTarget(Path indexDir) {
        this.indexDir = indexDir;
    }

    @Override
    public Session open(boolean full, Runnable warmUp) throws IOException {
        Files.createDirectories(indexDir);
        FSDirectory directory = FSDirectory.open(indexDir);
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

    private IndexWriter openWriter(FSDirectory directory, boolean full) throws IndexLockedException, IOException {
        IndexWriterConfig config = new IndexWriterConfig(BlogAnalyzers.forIndexing())
                .setOpenMode(full ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setRAMBufferSizeMB(RAM_BUFFER_MB)
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
