package io.blogsearch.write.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The writer's buffer follows the heap, so a build in a small heap flushes instead of running out of memory. */
class LuceneTargetTest {

    private static final long MB = 1024 * 1024;

    @Test
    void theRamBufferIsAnEighthOfTheHeapWithinBounds() {
        assertThat(LuceneTarget.ramBufferMb(256 * MB)).isEqualTo(32);
        assertThat(LuceneTarget.ramBufferMb(64 * MB)).isEqualTo(16);
        assertThat(LuceneTarget.ramBufferMb(8192 * MB)).isEqualTo(64);
    }
}
