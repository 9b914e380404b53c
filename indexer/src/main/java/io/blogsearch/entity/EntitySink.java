package io.blogsearch.entity;

import io.blogsearch.state.PageState;
import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Where a build writes: an engine's index taking the entities of each source file, with the incremental state kept
 * beside them. Nothing written is visible to readers before {@link #commit}; closing without a commit discards it.
 * Calls may come from several threads at once.
 */
public interface EntitySink extends Closeable {

    /**
     * Replaces every entity of a source file with these (the page entity first) and keeps its state and record.
     *
     * @param path     the source file's site-relative path ({@link Entity.Common#path()})
     * @param entities all entities of the file
     * @param state    what the next incremental build compares against
     * @param record   the parsed page before enrichment ({@link io.blogsearch.state.PageCodec#writeRecord}), UTF-8
     */
    void replace(String path, List<Entity> entities, PageState state, byte[] record) throws IOException;

    /** Records a new file stamp of a source file whose entities stay as they are (the file was touched). */
    void restamp(String path, String fileStamp) throws IOException;

    /** Removes every entity and the state of a source file. */
    void delete(String path) throws IOException;

    /** Makes everything written visible at once, with the build's commit data ({@link io.blogsearch.schema.CommitData}). */
    void commit(Map<String, String> commitData) throws IOException;
}
