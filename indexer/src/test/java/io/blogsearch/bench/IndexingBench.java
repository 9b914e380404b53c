package io.blogsearch.bench;

import com.sun.management.OperatingSystemMXBean;
import io.blogsearch.testing.RequiredResources;
import io.blogsearch.write.BuildSummary;
import io.blogsearch.write.IndexBuilder;
import io.blogsearch.write.IndexOptions;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The indexing benchmark (not a test; run with {@code ./mvnw -o -B -Pbench -pl indexer verify -DskipTests}):
 * indexes the shared corpus, then a generated archive of 100,000 posts with the full pipeline and with a bare
 * Lucene indexer over the same files (plain, and as the schema must index any text at the least), and times an
 * incremental {@code blogsearch index} of a 10,000-post archive after one edit, as a fresh JVM (needs
 * {@code server/target/blogsearch.jar}). Sizes via {@code -Dbench.posts}, {@code -Dbench.incrementalPosts}.
 */
public final class IndexingBench {

    private static final int THREADS = Runtime.getRuntime().availableProcessors();

    private IndexingBench() {
    }

    /** Runs every measurement and prints a table. */
    public static void main(String[] args) throws Exception {
        int posts = Integer.getInteger("bench.posts", 100_000);
        int incrementalPosts = Integer.getInteger("bench.incrementalPosts", 10_000);
        Path work = Files.createTempDirectory("blogsearch-bench");
        List<String> report = new ArrayList<>();
        try {
            corpus(work, report);
            generated(work, posts, report);
            incremental(work, incrementalPosts, report);
        } finally {
            delete(work);
        }
        System.out.println();
        System.out.println("blogsearch indexing benchmark (" + THREADS + " cores, max heap "
                + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB)");
        report.forEach(System.out::println);
    }

    private static void corpus(Path work, List<String> report) throws Exception {
        Path corpus;
        try {
            corpus = RequiredResources.sharedCorpus();
        } catch (RuntimeException | Error skipped) {
            report.add("shared corpus: not found, skipped");
            return;
        }
        long bytes = sizeOf(corpus.resolve("content"));
        // first run warms the JIT; the second is the one reported
        new IndexBuilder(IndexOptions.of(corpus, work.resolve("corpus-warm")).withFull(true)).build();
        BuildSummary summary = new IndexBuilder(IndexOptions.of(corpus, work.resolve("corpus")).withFull(true)).build();
        report.add(line("shared corpus, full pipeline", summary.pages(), bytes, summary.elapsed().toNanos()));
        long start = System.nanoTime();
        int count = BareLuceneIndexer.index(corpus.resolve("content"), work.resolve("corpus-bare"), THREADS);
        report.add(line("shared corpus, bare Lucene", count, bytes, System.nanoTime() - start));
    }

    private static void generated(Path work, int posts, List<String> report) throws Exception {
        Path site = work.resolve("archive-" + posts);
        long bytes = new ArchiveGenerator().generate(site, posts);
        System.out.printf(Locale.ROOT, "generated %d posts, %.1f MB%n", posts, bytes / 1e6);
        long start = System.nanoTime();
        long cpu = cpuNanos();
        BuildSummary summary = new IndexBuilder(IndexOptions.of(site, work.resolve("archive-index")).withFull(true)
                .withThreads(THREADS)).build();
        long pipeline = System.nanoTime() - start;
        long pipelineCpu = cpuNanos() - cpu;
        report.add(line(posts + " posts, full pipeline", summary.posts(), bytes, pipeline)
                + String.format(Locale.ROOT, "  (%d sections, %d quotes, %d figures, %d problems)",
                summary.sections(), summary.quotes(), summary.figures(), summary.problems().size()));
        start = System.nanoTime();
        cpu = cpuNanos();
        int count = BareLuceneIndexer.index(site.resolve("content"), work.resolve("archive-bare"), THREADS);
        long bare = System.nanoTime() - start;
        long bareCpu = cpuNanos() - cpu;
        report.add(line(posts + " posts, bare Lucene", count, bytes, bare));
        start = System.nanoTime();
        cpu = cpuNanos();
        BareLuceneIndexer.index(site.resolve("content"), work.resolve("archive-schema"), THREADS,
                BareLuceneIndexer.Text.SCHEMA);
        long schema = System.nanoTime() - start;
        long schemaCpu = cpuNanos() - cpu;
        report.add(line(posts + " posts, bare schema text", count, bytes, schema));
        report.add(String.format(Locale.ROOT, "  pipeline rate / bare rate = %.2f wall, %.2f CPU (target >= 0.50); "
                + "%d posts in %.1f s wall, %.1f s CPU (target for 100k < 120 s)", (double) bare / pipeline,
                (double) bareCpu / pipelineCpu, posts, pipeline / 1e9, pipelineCpu / 1e9));
        report.add(String.format(Locale.ROOT, "  bare schema text rate / bare rate = %.2f wall, %.2f CPU: the ceiling "
                + "of the pipeline's ratio (the same files indexed only as stored English text beside its unstemmed "
                + "twin; no offsets, parsing, sections, entities or facets)", (double) bare / schema,
                (double) bareCpu / schemaCpu));
        delete(site);
    }

    private static void incremental(Path work, int posts, List<String> report) throws Exception {
        Path jar = RequiredResources.projectRoot().resolve("server/target/blogsearch.jar");
        if (!Files.isRegularFile(jar)) {
            report.add("incremental: " + jar + " missing, skipped (build it with ./mvnw -o -B -q package -pl server "
                    + "-am -DskipTests)");
            return;
        }
        Path site = work.resolve("incremental-" + posts);
        Path index = work.resolve("incremental-index");
        new ArchiveGenerator().generate(site, posts);
        // An archive is older than the edit: files written in the last 2 s are not trusted by their stamps (the
        // racy-git rule) and would be read again once, which is not what "one edited file" measures.
        Thread.sleep(2_500);
        run(jar, site, index, "--full");
        Path edited = site.resolve("content/post/2015/post-1.md");
        Files.writeString(edited, Files.readString(edited) + "\nAn edited paragraph about lighthouses.\n");
        long start = System.nanoTime();
        String output = run(jar, site, index);
        long first = System.nanoTime() - start;
        Files.writeString(edited, Files.readString(edited) + "\nA second edit.\n");
        start = System.nanoTime();
        run(jar, site, index);
        long second = System.nanoTime() - start;
        report.add(String.format(Locale.ROOT, "incremental, %d posts, 1 edited, fresh JVM (java -jar), best of 2: "
                + "%.2f s (target < 2 s; runs %.2f s and %.2f s)", posts, Math.min(first, second) / 1e9, first / 1e9,
                second / 1e9));
        report.add("  " + output.lines().filter(l -> l.contains("files parsed")).findFirst().orElse("").strip());
    }

    /** CPU time of this process, all threads: wall time alone is noise on a shared machine. */
    private static long cpuNanos() {
        return ((OperatingSystemMXBean) ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static String run(Path jar, Path site, Path index, String... extra) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-jar", jar.toString(), "index", "--site", site.toString(), "--index", index.toString()));
        command.addAll(List.of(extra));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException("blogsearch index failed: " + output);
        }
        return output;
    }

    private static String line(String what, int posts, long bytes, long nanos) {
        double seconds = nanos / 1e9;
        return String.format(Locale.ROOT, "%-34s %7d posts %8.2f s %9.0f posts/s %7.2f MB/s", what, posts, seconds,
                posts / seconds, bytes / 1e6 / seconds);
    }

    private static long sizeOf(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
        }
    }

    private static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
