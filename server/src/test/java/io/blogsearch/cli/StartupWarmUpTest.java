package io.blogsearch.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class StartupWarmUpTest {

    @Test
    void awaitReturnsOnlyOnceTheWorkIsDone() {
        AtomicBoolean done = new AtomicBoolean();
        StartupWarmUp warmUp = slowlySetting(done);

        warmUp.await();

        assertThat(done).isTrue();
    }

    @Test
    void whatTheWorkFailedWithIsThrownByAwait() {
        StartupWarmUp failing = StartupWarmUp.start(() -> {
            throw new IllegalStateException("Lucene's IndexWriter is not on the class path");
        });
        StartupWarmUp erring = StartupWarmUp.start(() -> {
            throw new NoClassDefFoundError("org/apache/lucene/index/IndexWriter");
        });

        assertThatThrownBy(failing::await)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("IndexWriter");
        assertThatThrownBy(erring::await).isInstanceOf(NoClassDefFoundError.class);
    }

    @Test
    void anInterruptedMainThreadStillWaitsAndKeepsItsInterrupt() {
        AtomicBoolean done = new AtomicBoolean();
        StartupWarmUp warmUp = slowlySetting(done);

        Thread.currentThread().interrupt();
        warmUp.await();

        assertThat(done).isTrue();
        assertThat(Thread.interrupted()).isTrue(); // and clears it for the next test
    }

    @Test
    void theWarmUpOfTheCommandsEnds() {
        StartupWarmUp.start().await();
    }

    /** A warm-up that sets {@code done} after a fifth of a second. */
    private static StartupWarmUp slowlySetting(AtomicBoolean done) {
        return StartupWarmUp.start(() -> {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            done.set(true);
        });
    }
}
