package io.blogsearch.server;

/** Brings the served index up to date with its site (incremental), committing once; returns a one-line summary. */
@FunctionalInterface
public interface Reindexer {

    /** Reindexes and returns a summary for logs and the admin API. */
    String reindex() throws Exception;
}
