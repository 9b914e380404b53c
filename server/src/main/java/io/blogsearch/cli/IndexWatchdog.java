package io.blogsearch.cli;

import io.blogsearch.write.ProgressListener;
import java.io.PrintWriter;
import java.lang.management.LockInfo;
import java.lang.management.ManagementFactory;
import java.lang.management.MonitorInfo;
import java.lang.management.ThreadInfo;
import java.time.Duration;
import java.util.function.IntConsumer;

/**
 * Ends an index run that has made no progress for too long: prints every thread's stack (what it waits for) and
 * exits with {@link #STALLED}, so a reindex after a deploy fails loudly instead of waiting forever. Every progress
 * event (a file read, parsed or written) counts as progress.
 */
final class IndexWatchdog implements ProgressListener, AutoCloseable {

    /** Exit code of a run ended by the watchdog. */
    static final int STALLED = 5;

    private final Duration limit;
    private final PrintWriter err;
    private final IntConsumer exit;
    private final ProgressListener next;
    private final Thread thread;
    private volatile long lastProgress = System.nanoTime();
    private volatile boolean closed;

    private IndexWatchdog(Duration limit, PrintWriter err, IntConsumer exit, ProgressListener next) {
        this.limit = limit;
        this.err = err;
        this.exit = exit;
        this.next = next;
        this.thread = new Thread(this::watch, "blogsearch-watchdog");
        thread.setDaemon(true);
    }

    /** Starts watching; {@code exit} is called with {@link #STALLED} after {@code limit} without progress. */
    static IndexWatchdog start(Duration limit, PrintWriter err, IntConsumer exit, ProgressListener next) {
        IndexWatchdog watchdog = new IndexWatchdog(limit, err, exit, next);
        watchdog.thread.start();
        return watchdog;
    }

    @Override
    public void progress(String phase, int done, int total) {
        lastProgress = System.nanoTime();
        next.progress(phase, done, total);
    }

    private void watch() {
        long tick = Math.max(10, Math.min(1_000, limit.toMillis() / 4));
        while (!closed) {
            try {
                Thread.sleep(tick);
            } catch (InterruptedException e) {
                return;
            }
            if (!closed && System.nanoTime() - lastProgress > limit.toNanos()) {
                report();
                exit.accept(STALLED);
                return;
            }
        }
    }

    private void report() {
        err.println("blogsearch index: no progress for " + limit.toSeconds() + " s; stopping (exit code " + STALLED
                + "). Threads:");
        for (ThreadInfo info : ManagementFactory.getThreadMXBean().dumpAllThreads(true, true)) {
            err.print(format(info));
        }
        err.flush();
    }

    /** A thread as jstack shows it, every frame (ThreadInfo's own text stops after eight). */
    static String format(ThreadInfo info) {
        StringBuilder text = new StringBuilder("\"").append(info.getThreadName()).append("\" ")
                .append(info.getThreadState());
        if (info.getLockName() != null) {
            text.append(" waiting for ").append(info.getLockName());
        }
        if (info.getLockOwnerName() != null) {
            text.append(" held by \"").append(info.getLockOwnerName()).append('"');
        }
        text.append('\n');
        StackTraceElement[] frames = info.getStackTrace();
        for (int i = 0; i < frames.length; i++) {
            text.append("\tat ").append(frames[i]).append('\n');
            for (MonitorInfo monitor : info.getLockedMonitors()) {
                if (monitor.getLockedStackDepth() == i) {
                    text.append("\t- locked ").append(monitor).append('\n');
                }
            }
        }
        for (LockInfo lock : info.getLockedSynchronizers()) {
            text.append("\t- holds ").append(lock).append('\n');
        }
        return text.append('\n').toString();
    }

    @Override
    public void close() {
        closed = true;
        thread.interrupt();
    }
}
