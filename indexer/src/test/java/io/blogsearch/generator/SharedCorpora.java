package io.blogsearch.generator;

import io.blogsearch.testing.RequiredResources;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/** Finds a corpus of {@code ../shared/corpus} beside edenmal, skipping (or failing, when required) if absent. */
public final class SharedCorpora {

    private SharedCorpora() {
    }

    /** {@code ../shared/corpus/NAME}, or the test is skipped with a message (failed when the corpus is required). */
    public static Path corpus(String name) {
        Path corpus = RequiredResources.sharedCorpus().resolveSibling(name);
        if (!Files.isDirectory(corpus)) {
            String message = "shared corpus not found at " + corpus;
            String required = System.getenv(RequiredResources.REQUIRE_SHARED);
            if ("1".equals(required) || "true".equalsIgnoreCase(required)) {
                Assertions.fail(message + "; required because " + RequiredResources.REQUIRE_SHARED + " is set");
            }
            System.err.println("SKIPPED: " + message);
            Assumptions.abort(message);
        }
        return corpus;
    }
}
