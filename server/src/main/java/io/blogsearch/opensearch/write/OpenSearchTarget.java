package io.blogsearch.opensearch.write;

import io.blogsearch.entity.EntitySink;
import io.blogsearch.opensearch.IndexMapping;
import io.blogsearch.opensearch.OpenSearchConfig;
import io.blogsearch.opensearch.OpenSearchHttp;
import io.blogsearch.query.Synonyms;
import io.blogsearch.state.IndexState;
import io.blogsearch.write.IndexTarget;
import java.io.Closeable;
import java.io.IOException;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An OpenSearch alias as a build's target: entities, incremental state and commit data all live in the cluster
 * ({@link IndexLayout}), so a build needs no local folder. A full build, or the first one (or one over an alias an
 * older blogsearch made, without state or analysed otherwise: {@link IndexMapping#fingerprint()}) fills a new pair
 * of indexes and moves the aliases at commit; an incremental build rewrites the changed files in the current pair and
 * refreshes once at commit. One build at a time per alias: two at once would each write their own view of the state.
 */
public final class OpenSearchTarget implements IndexTarget, Closeable {

    private static final Logger LOG = LoggerFactory.getLogger(OpenSearchTarget.class);

    private final OpenSearchConfig config;
    private final OpenSearchHttp http;
    private final Synonyms synonyms;
    private final int shards;
    private final int replicas;
    private final Clock clock;
    private final int batchBytes;
    private volatile WriteReport last;

    /**
     * The alias of {@code config}; a new index gets {@code shards} primaries with {@code replicas} replicas each and
     * the {@code synonyms} at search time.
     */
    public OpenSearchTarget(OpenSearchConfig config, Synonyms synonyms, int shards, int replicas, Clock clock) {
        this(config, synonyms, shards, replicas, clock, BulkSender.BATCH_BYTES);
    }

    /** As the public constructor, sending bulk requests of about {@code batchBytes} (tests: each file at once). */
    OpenSearchTarget(OpenSearchConfig config, Synonyms synonyms, int shards, int replicas, Clock clock,
                     int batchBytes) {
        this.batchBytes = batchBytes;
        this.config = config;
        this.http = new OpenSearchHttp(config);
        this.synonyms = synonyms;
        this.shards = shards;
        this.replicas = replicas;
        this.clock = clock;
    }

    @Override
    public Session open(boolean full, Runnable warmUp) throws IOException {
        // the parsers' first use meanwhile: only a head start, so a failure there is no failure of the build
        CompletableFuture<Void> warming = CompletableFuture.runAsync(warmUp).exceptionally(e -> null);
        IndexLayout layout = new IndexLayout(http, config.index());
        IndexLayout.Pair current = full ? null : layout.current();
        if (current != null && !IndexMapping.fingerprint().equals(layout.fingerprint(current.entities()))) {
            LOG.info("{} was analysed by another version of blogsearch: rebuilding it whole", current.entities());
            current = null;
        }
        WriteReport.Counter counter = new WriteReport.Counter();
        if (current == null) {
            IndexLayout.Pair made = layout.create(clock.instant(), synonyms, shards, replicas);
            return new OpenSearchSession(layout, made, true, OpenSearchStateStore.empty(), counter, warming);
        }
        layout.stopRefreshes(current.entities());
        OpenSearchStateStore.Loaded state = new OpenSearchStateStore(http, layout, current.state()).load();
        return new OpenSearchSession(layout, current, false, state, counter, warming);
    }

    @Override
    public String describe() {
        return "OpenSearch " + config.describe();
    }

    /** What the last committed build did, or null before one. */
    public WriteReport lastReport() {
        return last;
    }

    @Override
    public void close() throws IOException {
        http.close();
    }

    /** One build into a pair of indexes. */
    private final class OpenSearchSession implements Session {

        private final IndexLayout layout;
        private final IndexLayout.Pair pair;
        private final boolean rebuild;
        private final OpenSearchStateStore.Loaded state;
        private final WriteReport.Counter counter;
        private final CompletableFuture<Void> warming;
        private OpenSearchEntitySink sink;

        OpenSearchSession(IndexLayout layout, IndexLayout.Pair pair, boolean rebuild,
                          OpenSearchStateStore.Loaded state, WriteReport.Counter counter,
                          CompletableFuture<Void> warming) {
            this.layout = layout;
            this.pair = pair;
            this.rebuild = rebuild;
            this.state = state;
            this.counter = counter;
            this.warming = warming;
        }

        @Override
        public IndexState state() {
            return state;
        }

        @Override
        public synchronized EntitySink sink() {
            if (sink == null) {
                warming.join();
                sink = new OpenSearchEntitySink(layout, pair, rebuild, new BulkSender(http, batchBytes),
                        state.counts(), counter);
            }
            return sink;
        }

        /** Deletes a rebuild's pair unless it was committed; keeps the report of a commit. */
        @Override
        public void close() throws IOException {
            if (counter.report() != null) {
                last = counter.report();
            }
            if (sink != null) {
                sink.close();
            } else if (rebuild) {
                layout.delete(pair);
            }
        }
    }
}
