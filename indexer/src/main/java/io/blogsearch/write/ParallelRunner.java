package io.blogsearch.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;

/** Runs a step over many items on a small pool of its own, so parsing and document building use every core. */
final class ParallelRunner implements AutoCloseable {

    /** A step that may fail with an I/O error, which stops the build. */
    @FunctionalInterface
    interface Step<T> {
        void run(T item) throws IOException;
    }

    private final ForkJoinPool pool;

    ParallelRunner(int threads) {
        this.pool = new ForkJoinPool(Math.max(1, threads));
    }

    /** Runs {@code step} on every item, in parallel; rethrows the first I/O error. */
    <T> void forEach(List<T> items, Step<T> step) throws IOException {
        try {
            pool.submit(() -> items.parallelStream().forEach(item -> {
                try {
                    step.run(item);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            })).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("build interrupted", e);
        } catch (ExecutionException e) {
            throw rethrow(e);
        }
    }

    /**
     * The failure of a task run on another thread, as it was thrown there: runtime exceptions and errors are thrown
     * from here, an I/O error (checked or wrapped) is returned for the caller to throw.
     */
    static IOException rethrow(ExecutionException e) {
        Throwable cause = e.getCause();
        if (cause instanceof UncheckedIOException io) {
            return io.getCause();
        }
        if (cause instanceof IOException io) {
            return io;
        }
        if (cause instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new IOException(cause);
    }

    @Override
    public void close() {
        pool.shutdown();
    }
}
