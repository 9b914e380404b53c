package io.blogsearch.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class StartupWarmUpTest {

    @Test
    void awaitReturnsOnlyOnceTheWorkIsDone() {
        AtomicBoolean done = new AtomicBoolean();
        StartupWarmUp warmUp = StartupWarmUp.start(() -> {
            sleep(200);
            done.set(true);
        });

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
        StartupWarmUp warmUp = StartupWarmUp.start(() -> {
            sleep(200);
            done.set(true);
        });

        Thread.currentThread().interrupt();
        warmUp.await();

        assertThat(done).isTrue();
        assertThat(Thread.interrupted()).isTrue(); // and clears it for the next test
    }

    @Test
    void theWarmUpOfTheCommandsEnds() {
        StartupWarmUp.start().await();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
