package io.blogsearch.state;

import java.io.IOException;

/**
 * Where an engine keeps the incremental state between builds: the Lucene index keeps it in its post documents and
 * commit data; another engine may keep the same values elsewhere. Writing goes through the build's
 * {@link io.blogsearch.entity.EntitySink}, with each file's entities.
 */
public interface StateStore {

    /** The state of the last commit; {@link IndexState#empty()} when there is none. */
    IndexState load() throws IOException;
}
