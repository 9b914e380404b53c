package io.blogsearch.opensearch.write;

import io.blogsearch.entity.Entity;
import io.blogsearch.entity.EntitySink;
import io.blogsearch.schema.Fields;
import io.blogsearch.state.PageState;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes entities and state to a pair of indexes ({@link IndexLayout}). A file's entities go under ids fixed by its
 * path and their position ({@link DocIds}), routed by the path so that all of a file's documents sit on one shard
 * and change together at a refresh; a rewrite overwrites them in place and deletes only the positions past the new
 * count. Nothing is refreshed before {@link #commit}, so readers never see a file half written, missing or doubled.
 */
final class OpenSearchEntitySink implements EntitySink {

    private final IndexLayout layout;
    private final IndexLayout.Pair pair;
    private final boolean rebuild;
    private final BulkSender bulk;
    /** Entity documents per file in the last commit. */
    private final Map<String, Integer> before;
    /** Entity documents per file as this build left them. */
    private final Map<String, Integer> counts;
    private final WriteReport.Counter counter;
    private boolean committed;

    /**
     * A sink into {@code pair}.
     *
     * @param rebuild whether the pair is new (committing moves the aliases to it; closing without a commit deletes it)
     * @param counts  each file's entity count in the last commit
     */
    OpenSearchEntitySink(IndexLayout layout, IndexLayout.Pair pair, boolean rebuild, BulkSender bulk,
                         Map<String, Integer> counts, WriteReport.Counter counter) {
        this.layout = layout;
        this.pair = pair;
        this.rebuild = rebuild;
        this.bulk = bulk;
        this.before = counts;
        this.counts = new ConcurrentHashMap<>(counts);
        this.counter = counter;
    }

    @Override
    public void replace(String path, List<Entity> entities, PageState state, byte[] record) throws IOException {
        BulkSender.Group group = bulk.group(path);
        for (int i = 0; i < entities.size(); i++) {
            group.index(pair.entities(), DocIds.entity(path, i), path,
                    EntityJson.of(entities.get(i), i == 0 ? state.fingerprint() : null));
        }
        deletePast(group, path, entities.size());
        group.index(pair.state(), DocIds.state(path), null,
                OpenSearchStateStore.StateJson.write(path, state, record, entities.size()));
        counts.put(path, entities.size());
        counter.replaced();
        send(group);
    }

    @Override
    public void restamp(String path, String fileStamp) throws IOException {
        send(bulk.group(path).update(pair.state(), DocIds.state(path), Map.of(Fields.CACHED_FILE_STAMP, fileStamp)));
    }

    @Override
    public void delete(String path) throws IOException {
        BulkSender.Group group = bulk.group(path);
        deletePast(group, path, 0);
        group.delete(pair.state(), DocIds.state(path), null);
        counts.remove(path);
        counter.deleted();
        send(group);
    }

    /** Flushes, refreshes once, keeps the commit data, and on a rebuild moves the aliases to the new pair. */
    @Override
    public void commit(Map<String, String> commitData) throws IOException {
        flush();
        layout.refresh(pair.entities());
        layout.refresh(pair.state());
        layout.writeCommitData(pair.state(), commitData);
        if (rebuild) {
            layout.swap(pair);
        }
        committed = true;
        counter.committed(pair.entities(), rebuild, bulk.documents());
    }

    /** A rebuild never committed deletes its new pair; an incremental run's writes wait for the next commit. */
    @Override
    public void close() throws IOException {
        if (rebuild && !committed) {
            layout.delete(pair);
        }
    }

    private void deletePast(BulkSender.Group group, String path, int count) throws IOException {
        int before = counts.getOrDefault(path, 0);
        for (int i = count; i < before; i++) {
            group.delete(pair.entities(), DocIds.entity(path, i), path);
        }
    }

    private void send(BulkSender.Group group) throws IOException {
        try {
            bulk.add(group);
        } catch (BulkSender.RefusedException e) {
            forget(e);
            throw e;
        }
    }

    private void flush() throws IOException {
        try {
            bulk.flush();
        } catch (BulkSender.RefusedException e) {
            forget(e);
            throw e;
        }
    }

    /**
     * Marks the files whose documents were refused as changed, keeping the most documents they may have, so the next
     * build writes them again and deletes what is left of them (an incremental run's accepted writes stay, and
     * become visible with the next commit).
     */
    private void forget(BulkSender.RefusedException refused) {
        try {
            BulkSender.Group group = bulk.group("");
            for (String path : refused.paths()) {
                int most = Math.max(before.getOrDefault(path, 0), counts.getOrDefault(path, 0));
                group.index(pair.state(), DocIds.state(path), null, Map.of(Fields.CACHED_PATH, path,
                        Fields.CACHED_CONTENT_HASH, "-", Fields.CACHED_FINGERPRINT, "-", Fields.CACHED_ENTITIES, most));
            }
            bulk.add(group);
            bulk.flush();
        } catch (IOException e) {
            refused.addSuppressed(e);
        }
    }
}
