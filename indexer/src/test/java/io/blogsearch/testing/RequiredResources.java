package io.blogsearch.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Locates what some tests need from outside the project: the shared corpus ({@code ../shared/corpus/edenmal})
 * and a Chromium with its driver. When one is absent the test is skipped with a message that says what is
 * missing, unless CI forces it on ({@code BLOGSEARCH_REQUIRE_SHARED=1}, {@code BLOGSEARCH_REQUIRE_BROWSER=1},
 * set by {@code .ci/run}), in which case the test fails: a required test is never skipped silently.
 */
public final class RequiredResources {

    /** Environment variable that turns a missing shared corpus into a failure. */
    public static final String REQUIRE_SHARED = "BLOGSEARCH_REQUIRE_SHARED";
    /** Environment variable that turns a missing Chromium into a failure. */
    public static final String REQUIRE_BROWSER = "BLOGSEARCH_REQUIRE_BROWSER";
    /** Environment variable that turns a missing {@code hugo} into a failure. */
    public static final String REQUIRE_HUGO = "BLOGSEARCH_REQUIRE_HUGO";

    private RequiredResources() {
    }

    /**
     * The project root: Maven passes it as {@code blogsearch.projectRoot}; else the nearest folder with a pom and
     * README.
     */
    public static Path projectRoot() {
        String property = System.getProperty("blogsearch.projectRoot");
        if (property != null && !property.isBlank()) {
            return Paths.get(property).toAbsolutePath().normalize();
        }
        Path dir = Paths.get("").toAbsolutePath();
        while (dir != null && !(Files.exists(dir.resolve("README.md")) && Files.exists(dir.resolve("indexer")))) {
            dir = dir.getParent();
        }
        return dir == null ? Paths.get("").toAbsolutePath() : dir;
    }

    /** The bundled sample blog, {@code examples/sample-blog}. */
    public static Path sampleBlog() {
        return projectRoot().resolve("examples/sample-blog");
    }

    /** The real archive in {@code ../shared/corpus/edenmal}, or the test is skipped (or failed when required). */
    public static Path sharedCorpus() {
        return sharedCorpus("edenmal");
    }

    /** A real site of {@code ../shared/corpus/NAME}, or the test is skipped (or failed when required). */
    public static Path sharedCorpus(String name) {
        Path corpus = projectRoot().resolve("../shared/corpus/" + name).normalize();
        // a git worktree sits deeper than the main checkout (e.g. /work/wt/x beside /work/shared): look further up
        for (Path dir = projectRoot().getParent(); dir != null && !Files.isDirectory(corpus.resolve("content"));
             dir = dir.getParent()) {
            corpus = dir.resolve("shared/corpus/" + name);
        }
        if (!Files.isDirectory(corpus.resolve("content"))) {
            corpus = projectRoot().resolve("../shared/corpus/" + name).normalize();
        }
        if (!Files.isDirectory(corpus.resolve("content"))) {
            missing(REQUIRE_SHARED, "shared corpus not found at " + corpus
                    + " (clone the project beside ../shared to run this test)");
        }
        return corpus;
    }

    /** Chromium and ChromeDriver from Debian's packages, or the test is skipped (or failed when required). */
    public static BrowserBinaries browser() {
        Path chromium = firstExisting("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome");
        Path driver = firstExisting("/usr/bin/chromedriver");
        if (chromium == null || driver == null) {
            missing(REQUIRE_BROWSER,
                    "Chromium or ChromeDriver not installed (apt-get install chromium chromium-driver)");
        }
        return new BrowserBinaries(chromium, driver);
    }

    /** Debian's {@code hugo}, or the test is skipped (or failed when required). */
    public static Path hugo() {
        Path hugo = firstExisting("/usr/bin/hugo", "/usr/local/bin/hugo");
        if (hugo == null) {
            missing(REQUIRE_HUGO, "hugo not installed (apt-get install hugo)");
        }
        return hugo;
    }

    /** Where the browser and its driver are. */
    public record BrowserBinaries(Path chromium, Path driver) {
    }

    private static Path firstExisting(String... candidates) {
        for (String candidate : candidates) {
            Path path = Paths.get(candidate);
            if (Files.isExecutable(path)) {
                return path;
            }
        }
        return null;
    }

    private static void missing(String requireVariable, String message) {
        if ("1".equals(System.getenv(requireVariable)) || "true".equalsIgnoreCase(System.getenv(requireVariable))) {
            Assertions.fail(message + "; required because " + requireVariable + " is set");
        }
        System.err.println("SKIPPED: " + message);
        Assumptions.abort(message);
    }
}
