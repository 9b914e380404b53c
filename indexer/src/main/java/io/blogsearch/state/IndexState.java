package io.blogsearch.state;

import java.io.Closeable;
import java.util.Map;

/**
 * What the last commit of an index holds for the incremental build: the state of every source file, and on demand
 * its record. May hold the commit open until closed, so that a record is read only for the few pages that need one.
 */
public interface IndexState extends Closeable {

    /** Each indexed source file's state, by site-relative path. */
    Map<String, PageState> pages();

    /** The record kept with a source file ({@link PageCodec#writeRecord}), UTF-8; null when there is none. */
    byte[] record(String path);

    /** The cache key of the last commit, or null for a new index. */
    String cacheKey();

    /** The enricher's archive-state digest of the last commit ({@link io.blogsearch.schema.CommitData}), or null. */
    String archiveState();

    @Override
    void close(); // holding a commit open never fails to end

    /** Nothing indexed yet. */
    static IndexState empty() {
        return new IndexState() {
            @Override
            public Map<String, PageState> pages() {
                return Map.of();
            }

            @Override
            public byte[] record(String path) {
                return null;
            }

            @Override
            public String cacheKey() {
                return null;
            }

            @Override
            public String archiveState() {
                return null;
            }

            @Override
            public void close() {
                // nothing held
            }
        };
    }
}
