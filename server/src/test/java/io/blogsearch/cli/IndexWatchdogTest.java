package io.blogsearch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.blogsearch.write.ProgressListener;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Issue 16: an index run that makes no progress ends with a thread dump and its own exit code. */
class IndexWatchdogTest {

    private final StringWriter err = new StringWriter();

    @Test
    void printsEveryThreadAndExitsWithStalledWhenNothingProgresses() throws Exception {
        CompletableFuture<Integer> exit = new CompletableFuture<>();
        CountDownLatch never = new CountDownLatch(1);
        Thread stuck = new Thread(() -> {
            try {
                never.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "stuck-builder");
        stuck.setDaemon(true);
        stuck.start();
        try (IndexWatchdog watchdog = IndexWatchdog.start(Duration.ofMillis(200), new PrintWriter(err),
                exit::complete, ProgressListener.none())) {
            assertThat(exit.get(10, TimeUnit.SECONDS)).isEqualTo(IndexCommand.STALLED).isEqualTo(5);
        }
        never.countDown();
        assertThat(err.toString()).contains("no progress for").contains("\"stuck-builder\" WAITING")
                .contains("java.util.concurrent.CountDownLatch.await(");
    }

    @Test
    void staysQuietWhileProgressKeepsComing() throws Exception {
        CompletableFuture<Integer> exit = new CompletableFuture<>();
        try (IndexWatchdog watchdog = IndexWatchdog.start(Duration.ofMillis(300), new PrintWriter(err),
                exit::complete, ProgressListener.none())) {
            for (int i = 0; i < 20; i++) {
                watchdog.progress("reading", i, 20);
                Thread.sleep(50);
            }
        }
        Thread.sleep(400);
        assertThat(exit).isNotDone();
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void indexCommandDocumentsTheStallExitCode() {
        StringWriter out = new StringWriter();
        BlogsearchCommand.commandLine().setOut(new PrintWriter(out)).execute("index", "--help");
        assertThat(out.toString()).contains("--stall-timeout").contains("5   no progress");
    }
}
