package io.blogsearch.opensearch;

import io.blogsearch.testing.RequiredResources;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * What the OpenSearch tests need: the distribution the build unpacks under {@code server/target/opensearch} and,
 * under root, the unprivileged user {@link #USER} to run the nodes as. When something is missing the test is skipped
 * with a message saying what, unless {@code BLOGSEARCH_REQUIRE_OPENSEARCH=1} (set by {@code .ci/run}), when it fails.
 */
public final class OpenSearchRequirement {

    /** Environment variable that turns a missing or unstartable OpenSearch into a failure. */
    public static final String REQUIRE_OPENSEARCH = "BLOGSEARCH_REQUIRE_OPENSEARCH";
    /** The unprivileged user nodes run as when the tests run as root ({@code .ci/run} creates it). */
    public static final String USER = "blogsearch-os";

    private OpenSearchRequirement() {
    }

    /** The unpacked distribution with the analysis-common module, or the test is skipped (failed when required). */
    public static Path home() {
        String property = System.getProperty("blogsearch.opensearchHome");
        Path home = property != null && !property.isBlank() ? Paths.get(property)
                : RequiredResources.projectRoot().resolve("server/target/opensearch/opensearch-2.19.3");
        if (!Files.isExecutable(home.resolve("bin/opensearch"))
                || !Files.exists(home.resolve("modules/analysis-common/plugin-descriptor.properties"))) {
            cannotStart("the OpenSearch distribution is not unpacked at " + home
                    + " (run the build: ./mvnw -B process-test-resources -pl server)");
        }
        return home;
    }

    /** The user to run nodes as: {@link #USER} under root, none (this process's user) otherwise. */
    public static String user() {
        if (!"root".equals(System.getProperty("user.name"))) {
            return null;
        }
        try {
            Process id = new ProcessBuilder("id", "-u", USER).redirectErrorStream(true).start();
            if (id.waitFor() != 0) {
                cannotStart("OpenSearch refuses to run as root and the user " + USER + " does not exist"
                        + " (useradd --system --no-create-home " + USER + ", as .ci/run does)");
            }
        } catch (IOException e) {
            cannotStart("cannot check for the user " + USER + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return USER;
    }

    /** Skips the test, or fails it when OpenSearch is required. */
    static void cannotStart(String reason) {
        String require = System.getenv(REQUIRE_OPENSEARCH);
        String message = "OpenSearch cannot start: " + reason;
        if ("1".equals(require) || "true".equalsIgnoreCase(require)) {
            Assertions.fail(message + "; required because " + REQUIRE_OPENSEARCH + " is set");
        }
        System.err.println("SKIPPED: " + message);
        Assumptions.abort(message);
    }
}
