package io.blogsearch.bench;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Writes a generated Hugo archive (the indexer benchmark's {@link ArchiveGenerator}) for the search benchmark:
 * {@code server/src/bench/bench.sh --generate 100000}. Not a test (surefire skips *Bench*).
 */
public final class GenerateArchiveBench {

    private GenerateArchiveBench() {
    }

    /** Arguments: site folder, number of posts. */
    public static void main(String[] args) throws Exception {
        Path site = Path.of(args[0]);
        int posts = Integer.parseInt(args[1]);
        long bytes = new ArchiveGenerator().generate(site, posts);
        System.out.printf(Locale.ROOT, "generated %d posts (%.1f MB) in %s%n", posts, bytes / 1e6, site);
    }
}
