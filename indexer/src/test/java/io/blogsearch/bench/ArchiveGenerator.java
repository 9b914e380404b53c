package io.blogsearch.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Writes a Hugo site of N posts built from the bench fixtures ({@code fixtures/bench/*.md}): each post is one
 * fixture with its title numbered, its date spread over ten years, and a few paragraphs of words drawn from the
 * fixtures' vocabulary, so posts differ and the term dictionary grows as in a real archive. Seeded: the same N
 * gives the same site.
 */
final class ArchiveGenerator {

    private static final List<String> FIXTURES = List.of("conference-day.md", "howto.md", "bundle-review.md",
            "short-note.md");

    private final List<String> fixtures = new ArrayList<>();
    private final List<String> vocabulary;

    ArchiveGenerator() {
        Set<String> words = new LinkedHashSet<>();
        for (String name : FIXTURES) {
            String text = resource("/fixtures/bench/" + name);
            fixtures.add(text);
            for (String word : text.split("[^\\p{L}]+")) {
                if (word.length() > 2) {
                    words.add(word.toLowerCase(Locale.ROOT));
                }
            }
        }
        vocabulary = List.copyOf(words);
    }

    /** Writes {@code posts} posts under {@code root/content/post/YEAR/} plus a config; returns the bytes written. */
    long generate(Path root, int posts) throws IOException {
        Files.createDirectories(root.resolve("content/post"));
        Files.writeString(root.resolve("config.yaml"), "baseURL: https://bench.example.org/\ntitle: Bench\n"
                + "params:\n  author: Bench Writer\n");
        Random random = new Random(42);
        long bytes = 0;
        for (int i = 0; i < posts; i++) {
            int year = 2014 + i % 10;
            Path dir = root.resolve("content/post/" + year);
            Files.createDirectories(dir);
            String text = post(i, year, random);
            byte[] encoded = text.getBytes(StandardCharsets.UTF_8);
            Files.write(dir.resolve("post-" + i + ".md"), encoded);
            bytes += encoded.length;
        }
        return bytes;
    }

    /** Post {@code i}: a fixture, renamed and dated, with generated paragraphs before its last section. */
    String post(int i, int year, Random random) {
        String fixture = fixtures.get(i % fixtures.size());
        String month = String.format("%02d", 1 + i % 12);
        String day = String.format("%02d", 1 + i % 28);
        String text = fixture
                .replaceFirst("(?m)^(title\\s*[:=]\\s*[\"']?)", "$1#" + i + " ")
                .replaceFirst("(?m)^date\\s*([:=])\\s*.*$", "date$1 " + year + "-" + month + "-" + day
                        + "T10:00:00Z")
                .replace("day-one.md", "post-" + Math.max(0, i - 4) + ".md");
        StringBuilder extra = new StringBuilder("\n## Notes " + i + "\n\n");
        int paragraphs = 2 + random.nextInt(5);
        for (int p = 0; p < paragraphs; p++) {
            int words = 40 + random.nextInt(60);
            for (int w = 0; w < words; w++) {
                extra.append(vocabulary.get(random.nextInt(vocabulary.size()))).append(w % 12 == 11 ? ".\n" : " ");
            }
            extra.append("\n\n");
        }
        return text + extra;
    }

    private static String resource(String path) {
        try (InputStream in = ArchiveGenerator.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing bench fixture " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
