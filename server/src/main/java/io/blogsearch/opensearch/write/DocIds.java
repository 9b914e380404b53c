package io.blogsearch.opensearch.write;

import io.blogsearch.state.Hashes;
import java.nio.charset.StandardCharsets;

/**
 * The OpenSearch ids of a source file's documents: its entities by position ({@code path#0}, {@code path#1}, ...) and
 * its state document by path. Fixed by the path alone, so rewriting a file overwrites its documents in place and only
 * the positions past its new entity count are deleted. Paths too long for an id (OpenSearch allows 512 bytes) are
 * replaced by their hash.
 */
final class DocIds {

    private static final int MAX_PATH_BYTES = 400;

    private DocIds() {
    }

    /** The id of the entity at {@code ordinal} of the file at {@code path}. */
    static String entity(String path, int ordinal) {
        return key(path) + "#" + ordinal;
    }

    /** The id of the file's state document. */
    static String state(String path) {
        return key(path);
    }

    private static String key(String path) {
        return path.getBytes(StandardCharsets.UTF_8).length <= MAX_PATH_BYTES ? path : "sha256:" + Hashes.sha256(path);
    }
}
