package io.blogsearch.write;

import io.blogsearch.entity.EntitySink;
import io.blogsearch.state.IndexState;
import java.io.Closeable;
import java.io.IOException;

/**
 * Where a build writes its entities and keeps its incremental state: the Lucene index folder by default
 * ({@link io.blogsearch.write.lucene.LuceneTarget}), or another engine's index.
 */
public interface IndexTarget {

    /**
     * Opens the target for one build.
     *
     * @param full   start from an empty index: the state is then empty, and the sink need only add
     * @param warmUp work to run while the target opens in the background (parsers' first use), or nothing
     */
    Session open(boolean full, Runnable warmUp) throws IOException;

    /** What the target says of itself in messages (a folder, a cluster's index). */
    String describe();

    /** One build's use of the target; closing without a commit leaves the last commit as it was. */
    interface Session extends Closeable {

        /** The state of the last commit; empty for a full build or a new index. */
        IndexState state() throws IOException;

        /** The sink to write to, once the target is open for writing. */
        EntitySink sink() throws IndexLockedException, IOException;
    }
}
