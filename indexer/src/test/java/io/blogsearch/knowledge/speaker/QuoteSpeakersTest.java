package io.blogsearch.knowledge.speaker;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteSpeakersTest {

    @Test
    void splitsAnAttributionOfSeveralPeople() {
        assertThat(QuoteSpeakers.split("Ana Lima & Bo Berg")).containsExactly("Ana Lima", "Bo Berg");
        assertThat(QuoteSpeakers.split("Ana Lima")).containsExactly("Ana Lima");
        assertThat(QuoteSpeakers.split(null)).isEmpty();
        assertThat(QuoteSpeakers.split("  ")).isEmpty();
    }

    @Test
    void joinsPeopleBackIntoOneAttribution() {
        assertThat(QuoteSpeakers.join(List.of("Ana Lima", "Bo Berg"))).isEqualTo("Ana Lima & Bo Berg");
    }
}
