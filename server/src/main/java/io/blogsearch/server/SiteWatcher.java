package io.blogsearch.server;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches a site's folders (recursively; new folders are watched as they appear) and runs a reindex once changes
 * have settled for {@link #DEBOUNCE_MILLIS}, so saving ten files from an editor costs one reindex. Hidden folders and
 * the index folder itself (if it lives inside the site) are ignored.
 */
public final class SiteWatcher implements Closeable {

    /** Quiet time after the last change before reindexing. */
    public static final long DEBOUNCE_MILLIS = 400;
    private static final Logger LOG = LoggerFactory.getLogger(SiteWatcher.class);

    private final Path siteRoot;
    private final Path ignored;
    private final ReindexCoordinator coordinator;
    private final WatchService watchService;
    private final Thread thread;

    private SiteWatcher(Path siteRoot, Path ignored, ReindexCoordinator coordinator) throws IOException {
        this.siteRoot = siteRoot.toAbsolutePath().normalize();
        this.ignored = ignored == null ? null : ignored.toAbsolutePath().normalize();
        this.coordinator = coordinator;
        this.watchService = FileSystems.getDefault().newWatchService();
        this.thread = new Thread(this::loop, "site-watcher");
        this.thread.setDaemon(true);
    }

    /** Starts watching; {@code indexDir} (null: none, the index is elsewhere) is never watched even inside the site. */
    public static SiteWatcher start(Path siteRoot, Path indexDir, ReindexCoordinator coordinator)
            throws IOException {
        SiteWatcher watcher = new SiteWatcher(siteRoot, indexDir, coordinator);
        watcher.register(watcher.siteRoot);
        watcher.thread.start();
        LOG.info("watching {} for changes", watcher.siteRoot);
        return watcher;
    }

    private void register(Path root) throws IOException {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                if (skipped(dir)) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                dir.register(watchService, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private boolean skipped(Path dir) {
        Path normalized = dir.toAbsolutePath().normalize();
        boolean hidden = !normalized.equals(siteRoot) && normalized.getFileName().toString().startsWith(".");
        return hidden || (ignored != null && normalized.startsWith(ignored));
    }

    private void loop() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                WatchKey key = watchService.take();
                boolean relevant = drain(key);
                // Debounce: keep draining until the folder has been quiet for a while.
                WatchKey next;
                while ((next = watchService.poll(DEBOUNCE_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                    relevant |= drain(next);
                }
                if (relevant) {
                    reindex();
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        }
    }

    private boolean drain(WatchKey key) {
        boolean relevant = false;
        Path dir = (Path) key.watchable();
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                relevant = true;
                continue;
            }
            Path changed = dir.resolve((Path) event.context());
            boolean inIndex = ignored != null && changed.toAbsolutePath().normalize().startsWith(ignored);
            if (skipped(changed.getParent()) || inIndex) {
                continue;
            }
            relevant = true;
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(changed)) {
                try {
                    register(changed);
                } catch (IOException e) {
                    LOG.warn("cannot watch new folder {}: {}", changed, e.toString());
                }
            }
        }
        key.reset();
        return relevant;
    }

    private void reindex() {
        try {
            coordinator.run("watch");
        } catch (Exception e) {
            // A broken edit must not stop the watcher: the next save tries again.
            LOG.warn("reindex after change failed: {}", e.toString());
        }
    }

    @Override
    public void close() throws IOException {
        thread.interrupt();
        watchService.close();
    }
}
