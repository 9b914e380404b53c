package io.blogsearch.knowledge;

import java.nio.file.Path;

/** The site's {@code blogsearch.yaml} cannot be read or has a value of the wrong shape. */
public final class KnowledgeConfigException extends RuntimeException {

    /** A problem with the config file at {@code path}. */
    public KnowledgeConfigException(Path path, String reason, Throwable cause) {
        super(path + ": " + reason, cause);
    }
}
