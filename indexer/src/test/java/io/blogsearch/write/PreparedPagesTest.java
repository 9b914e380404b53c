package io.blogsearch.write;

import static org.assertj.core.api.Assertions.assertThat;

import io.blogsearch.parse.PreparedPage;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PreparedPagesTest {

    @Test
    void keepsPagesWhileTheirSourcesFitTheBudgetAndHandsEachOverOnce() {
        PreparedPages pages = new PreparedPages(100);
        pages.offer(page("a.md"), 60);
        pages.offer(page("b.md"), 50); // would pass the budget: read again when rendered
        pages.offer(page("c.md"), 40); // still fits beside a.md

        assertThat(pages.take("a.md")).isNotNull();
        assertThat(pages.take("a.md")).as("handed over once").isNull();
        assertThat(pages.take("b.md")).isNull();
        assertThat(pages.take("c.md")).isNotNull();
    }

    @Test
    void offersFromManyThreadsNeverKeepMoreThanTheBudget() {
        PreparedPages pages = new PreparedPages(1_000);
        IntStream.range(0, 500).parallel().forEach(i -> pages.offer(page(i + ".md"), 7));

        List<String> kept = IntStream.range(0, 500).mapToObj(i -> i + ".md")
                .filter(path -> pages.take(path) != null).toList();
        assertThat(kept).hasSize(1_000 / 7);
    }

    private static PreparedPage page(String path) {
        return new PreparedPage(path, "hash", null, null, null, "/" + path, null, null, false, List.of());
    }
}
