package io.blogsearch.cli;

import io.blogsearch.schema.BlogAnalyzers;
import io.blogsearch.write.LuceneClasses;

/**
 * Start-up work done beside picocli. While the main thread builds the command's model from its annotations, a second
 * thread initialises what every command needs next: Lucene's writer classes ({@link LuceneClasses}) and the English
 * analysis chain (the tokenizer's tables and KStem's dictionary), static initialisers of tens of milliseconds that
 * the main thread would otherwise run after picocli. (Not the logging backend: {@code serve} creates its logger while
 * picocli builds the command, and two threads starting slf4j at once get stand-in loggers.)
 *
 * <p>The command starts only once this is done ({@link #await}): no thread uses Lucene before its classes are
 * initialised (see {@link LuceneClasses} for the deadlock that order avoids), and picocli, which runs meanwhile,
 * touches none of them.
 */
final class StartupWarmUp {

    private final Thread thread;
    /** What the work failed with: a {@link RuntimeException} or an {@link Error}, else null. */
    private volatile Throwable failure;

    private StartupWarmUp(Runnable work) {
        thread = new Thread(() -> run(work), "blogsearch-warm-up");
        thread.setDaemon(true); // --help and --version end without waiting for it
    }

    /** Starts the warm-up; call after the log levels are set ({@link LogSetup}): Lucene reads its own on start. */
    static StartupWarmUp start() {
        return start(StartupWarmUp::warmUp);
    }

    /** Starts {@code work} on the warm-up thread. */
    static StartupWarmUp start(Runnable work) {
        StartupWarmUp warmUp = new StartupWarmUp(work);
        warmUp.thread.start();
        return warmUp;
    }

    /** Waits for the warm-up and rethrows what it failed with, as the main thread would have thrown it. */
    void await() {
        boolean interrupted = false;
        while (true) {
            try {
                thread.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true; // the command must not start before Lucene's classes are initialised
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        if (failure instanceof Error error) {
            throw error;
        }
        if (failure instanceof RuntimeException exception) {
            throw exception;
        }
    }

    private void run(Runnable work) {
        try {
            work.run();
        } catch (RuntimeException | Error e) {
            failure = e;
        }
    }

    private static void warmUp() {
        LuceneClasses.initialise();
        BlogAnalyzers.initialiseEnglish();
    }
}
