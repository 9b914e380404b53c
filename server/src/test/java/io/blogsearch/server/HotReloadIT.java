package io.blogsearch.server;

import static io.blogsearch.fixtures.Urls.search;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.blogsearch.fixtures.TestIndexes;
import io.blogsearch.fixtures.TestPages;
import io.blogsearch.fixtures.TestServer;
import io.blogsearch.model.Page;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HotReloadIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void commitsFromAnotherWriterAreSearchableWithinASecondAndNoRequestFails() throws Exception {
        Path index = TestIndexes.write(dir.resolve("index"), TestPages.all());
        try (TestServer server = TestServer.start(index)) {
            AtomicBoolean running = new AtomicBoolean(true);
            AtomicInteger served = new AtomicInteger();
            ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
            List<Thread> clients = new ArrayList<>();
            for (int c = 0; c < 3; c++) {
                String q = List.of("scissors", "rook", "shears").get(c);
                Thread client = new Thread(() -> {
                    while (running.get()) {
                        try {
                            HttpResponse<String> response = server.get(search("q", q));
                            served.incrementAndGet();
                            if (response.statusCode() != 200) {
                                failures.add(response.statusCode() + " " + response.body());
                            }
                        } catch (Exception e) {
                            failures.add(e.toString());
                        }
                    }
                });
                client.start();
                clients.add(client);
            }
            List<Long> visibleAfter = new ArrayList<>();
            for (int round = 0; round < 5; round++) {
                String word = "zebracorn" + round;
                long committed = System.nanoTime();
                if (round == 3) {
                    // A full rebuild (new index files, old ones deleted) under load.
                    List<Page> pages = new ArrayList<>(TestPages.all());
                    pages.add(page(word));
                    TestIndexes.write(index, pages);
                } else {
                    TestIndexes.update(index, List.of(page(word)));
                }
                committed = Math.max(committed, System.nanoTime());
                while (total(server, word) == 0) {
                    assertThat((System.nanoTime() - committed) / 1_000_000).as("visible within 1 s").isLessThan(1_000);
                    Thread.sleep(10);
                }
                visibleAfter.add((System.nanoTime() - committed) / 1_000_000);
            }
            running.set(false);
            for (Thread client : clients) {
                client.join();
            }
            System.out.println("hot reload: visible after " + visibleAfter + " ms; " + served.get()
                    + " requests during reindexing, " + failures.size() + " failed");
            assertThat(failures).isEmpty();
            assertThat(served.get()).isGreaterThan(10);
        }
    }

    private static long total(TestServer server, String word) throws Exception {
        return JSON.readTree(server.get(search("q", word)).body()).get("total").asLong();
    }

    private static Page page(String word) {
        return TestPages.page("content/post/new-" + word + ".md", "News about " + word, "2021-02-02",
                List.of("News"), "The " + word + " appeared today.", List.of());
    }
}
