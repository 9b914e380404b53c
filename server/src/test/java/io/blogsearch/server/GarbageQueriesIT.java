package io.blogsearch.server;

import static io.blogsearch.fixtures.Urls.search;
import static org.assertj.core.api.Assertions.assertThat;

import io.blogsearch.fixtures.TestIndexes;
import io.blogsearch.fixtures.TestPages;
import io.blogsearch.fixtures.TestServer;
import io.blogsearch.fixtures.Urls;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GarbageQueriesIT {

    private static final String[] PIECES = {"\"", "\"\"", "-", "--", "+", "*", "?", "~", "~2", "\\", "\\\\", ":", "::",
        "(", ")", "[", "]", "{", "}", "^", "!", "&&", "||", "AND", "OR", "NOT", "/", "//", "speaker:", "tag:",
        "type:", "type:poem", "title:", "year:", "year:99999", "conference:\"", "-\"", "\"-", " ", "  ", "\t", "%",
        "%00", "\u0000", "\uD83D\uDE00", "\uD83D", "\uDE00", "👩‍💻", "中文", "ünïcödé", "ß", "İ", "<script>", "'", ";",
        "scissors", "prunning", "k8s", "rook", "a", "the", "x".repeat(300), "0", "-1", "1e9", "NaN", "*:*", "field:",
        ":value", "\"unclosed phrase", "shears~", "sh*rs", "\\\"", "\u202E", "\r\n"};

    @TempDir
    Path dir;

    @Test
    void thousandRandomGarbageQueriesNeverGiveAServerError() throws Exception {
        TestIndexes.write(dir.resolve("index"), TestPages.all());
        Random random = new Random(42);
        List<String> failures = new ArrayList<>();
        try (TestServer server = TestServer.start(dir.resolve("index"))) {
            for (int i = 0; i < 1_000; i++) {
                String q = garbage(random, i);
                HttpResponse<String> response = server.get(i % 5 == 4
                        ? "/api/suggest?" + Urls.query("q", q) : search("q", q));
                if (response.statusCode() != 200) {
                    failures.add(response.statusCode() + " for " + q.substring(0, Math.min(q.length(), 80)));
                }
            }
            assertThat(server.get(search("q", "x".repeat(10_000))).statusCode()).isEqualTo(200);
        }
        assertThat(failures).isEmpty();
    }

    private static String garbage(Random random, int i) {
        StringBuilder q = new StringBuilder();
        int parts = 1 + random.nextInt(i % 50 == 0 ? 400 : 8);
        for (int p = 0; p < parts; p++) {
            if (random.nextInt(4) == 0) {
                q.appendCodePoint(randomCodePoint(random));
            } else {
                q.append(PIECES[random.nextInt(PIECES.length)]);
            }
        }
        return q.toString();
    }

    private static int randomCodePoint(Random random) {
        while (true) {
            int cp = random.nextInt(0x2FFFF);
            if (Character.isValidCodePoint(cp) && (cp < 0xD800 || cp > 0xDFFF)) {
                return cp;
            }
        }
    }
}
