package io.blogsearch.lucene;

import io.blogsearch.engine.IndexNotReadyException;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one {@link SearcherManager} over the index directory. A background thread opens the index once it exists and
 * refreshes it every {@link #REFRESH_MILLIS}, so a commit by another process is searchable within a second. Requests
 * {@link #acquire()} and {@link #release} a shared searcher: no reader per request, no lock around a searcher.
 */
public final class IndexHandle implements Closeable {

    /** How often the index directory is checked for a new commit. */
    public static final long REFRESH_MILLIS = 250;
    private static final Logger LOG = LoggerFactory.getLogger(IndexHandle.class);

    private final Path indexDir;
    private final AtomicReference<SearcherManager> manager = new AtomicReference<>();
    private final ScheduledExecutorService refresher;
    private Directory directory;

    private IndexHandle(Path indexDir) {
        this.indexDir = indexDir;
        this.refresher = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "index-refresh");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Opens the index if it exists and starts refreshing; a missing index is opened as soon as it appears. */
    public static IndexHandle open(Path indexDir) {
        IndexHandle handle = new IndexHandle(indexDir);
        handle.refresh();
        handle.refresher.scheduleWithFixedDelay(handle::refresh, REFRESH_MILLIS, REFRESH_MILLIS,
                TimeUnit.MILLISECONDS);
        return handle;
    }

    /**
     * As {@link #open}, but throws when {@code indexDir} holds an index that cannot be opened, so a broken or foreign
     * index fails at start rather than on the first search; a folder without an index (yet) is waited for. The index
     * is opened once, for the check and for serving.
     */
    public static IndexHandle openChecked(Path indexDir) throws IOException {
        IndexHandle handle = new IndexHandle(indexDir);
        try {
            handle.openIfPresent();
        } catch (IOException | RuntimeException e) {
            handle.close();
            throw e;
        }
        handle.refresher.scheduleWithFixedDelay(handle::refresh, REFRESH_MILLIS, REFRESH_MILLIS,
                TimeUnit.MILLISECONDS);
        return handle;
    }

    /**
     * A handle serving an already opened reader (and the readers it reopens to), refreshed like {@link #open}; for
     * tests that watch what a search asks of the index. The reader is closed with the handle.
     */
    static IndexHandle over(DirectoryReader reader) throws IOException {
        IndexHandle handle = new IndexHandle(Path.of(""));
        handle.manager.set(new SearcherManager(reader, new BlogSearcherFactory()));
        handle.refresher.scheduleWithFixedDelay(handle::refresh, REFRESH_MILLIS, REFRESH_MILLIS,
                TimeUnit.MILLISECONDS);
        return handle;
    }

    /** Whether a committed index is open. */
    public boolean isReady() {
        return manager.get() != null;
    }

    /** The index directory served. */
    public Path indexDir() {
        return indexDir;
    }

    /** A searcher for one request; give it back with {@link #release}. Throws when no index is open yet. */
    public BlogSearcher acquire() throws IOException {
        SearcherManager current = manager.get();
        if (current == null) {
            throw new IndexNotReadyException(indexDir.toString());
        }
        return (BlogSearcher) current.acquire();
    }

    /** Returns a searcher from {@link #acquire()}. */
    public void release(IndexSearcher searcher) throws IOException {
        SearcherManager current = manager.get();
        if (current != null) {
            current.release(searcher);
        } else {
            searcher.getIndexReader().decRef();
        }
    }

    /** Checks for a new commit now (also done every {@link #REFRESH_MILLIS} in the background). */
    public synchronized void refresh() {
        try {
            SearcherManager current = manager.get();
            if (current != null) {
                current.maybeRefresh();
                return;
            }
            openIfPresent();
        } catch (IOException | RuntimeException e) {
            // A half-deleted or foreign directory: keep serving the last good reader and try again next tick.
            LOG.warn("index refresh failed for {}: {}", indexDir, e.toString());
        }
    }

    /** Opens the searcher manager when the folder holds a commit; throws when that commit cannot be opened. */
    private synchronized void openIfPresent() throws IOException {
        if (directory == null) {
            directory = FSDirectory.open(indexDir);
        }
        if (DirectoryReader.indexExists(directory)) {
            manager.set(new SearcherManager(directory, new BlogSearcherFactory()));
            LOG.debug("index opened: {}", indexDir);
        }
    }

    @Override
    public synchronized void close() throws IOException {
        refresher.shutdownNow();
        SearcherManager current = manager.getAndSet(null);
        if (current != null) {
            current.close();
        }
        if (directory != null) {
            directory.close();
        }
    }
}
