package io.blogsearch.write.lucene;

import io.blogsearch.write.IndexLockedException;
import io.blogsearch.write.LuceneClasses;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.apache.lucene.index.IndexWriter;

/**
 * An {@link IndexWriter} opened on a thread of its own. Opening loads much of Lucene's indexing code, a tenth of a
 * second in a fresh JVM, which an incremental build spends reading the last commit meanwhile; the same thread may
 * then do other warm-up work. Closing waits for the open and closes the writer (discarding anything uncommitted).
 */
final class WriterOpening implements Closeable {

    private final FutureTask<IndexWriter> opening;

    private WriterOpening(FutureTask<IndexWriter> opening) {
        this.opening = opening;
    }

    /** Starts opening with {@code open}, then runs {@code afterwards} on the same thread. */
    static WriterOpening start(Callable<IndexWriter> open, Runnable afterwards) {
        LuceneClasses.initialise(); // before the second thread exists: no class-initialisation deadlock
        FutureTask<IndexWriter> opening = new FutureTask<>(open);
        Thread opener = new Thread(() -> {
            opening.run();
            afterwards.run();
        }, "blogsearch-open-writer");
        opener.setDaemon(true);
        opener.start();
        return new WriterOpening(opening);
    }

    /** The writer, once open; its failure (a locked index) rethrown as it was. */
    IndexWriter writer() throws IndexLockedException, IOException {
        try {
            return opening.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("build interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IndexLockedException locked) {
                throw locked;
            }
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IOException(e.getCause());
        }
    }

    @Override
    public void close() throws IOException {
        IndexWriter writer;
        try {
            writer = opening.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        } catch (ExecutionException e) {
            return; // it never opened: nothing to close (writer() reported the failure if it mattered)
        }
        writer.close();
    }
}
