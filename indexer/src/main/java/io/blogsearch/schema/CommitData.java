package io.blogsearch.schema;

/**
 * Keys of the user data every index commit carries, written by the indexer and read by the server (last reindex
 * time and duration) and by the next incremental build (whether its cache is still valid).
 */
public final class CommitData {

    /** ISO-8601 instant the build that made this commit finished. */
    public static final String BUILD_TIME = "blogsearch.build_time";
    /** How long that build took, in milliseconds. */
    public static final String BUILD_MILLIS = "blogsearch.build_millis";
    /** Number of pages indexed. */
    public static final String PAGES = "blogsearch.pages";
    /** Number of posts indexed. */
    public static final String POSTS = "blogsearch.posts";
    /**
     * Hash of the site config and parser version the stored page records were made with; a change forces a re-parse.
     */
    public static final String CACHE_KEY = "blogsearch.cache_key";
    /**
     * Digest of what the enricher's output depended on beyond each page (site corrections, events data, merges across
     * pages); when the next build reports the same, its unchanged pages need no re-comparison.
     */
    public static final String ARCHIVE_STATE = "blogsearch.archive_state";
    /** Absolute path of the site root that was indexed. */
    public static final String SITE_ROOT = "blogsearch.site_root";

    private CommitData() {
    }
}
