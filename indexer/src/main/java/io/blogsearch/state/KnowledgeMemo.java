package io.blogsearch.state;

import io.blogsearch.extract.PageMemo;
import io.blogsearch.model.Page;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The enricher's per-page memos: those of the last commit (valid only while the file's content hash is the same)
 * and those recorded in this run, which the rewritten post documents keep.
 */
public final class KnowledgeMemo implements PageMemo {

    private final IndexState indexed;
    private final Map<String, String> recorded = new ConcurrentHashMap<>();
    private volatile String archiveState;

    /** Memos of the last commit in {@code indexed}, and none recorded yet. */
    public KnowledgeMemo(IndexState indexed) {
        this.indexed = indexed;
    }

    @Override
    public String get(Page page) {
        PageState entry = indexed.pages().get(page.path());
        return entry != null && Objects.equals(entry.contentHash(), page.contentHash()) ? entry.knowledge() : null;
    }

    @Override
    public void put(Page page, String value) {
        recorded.put(page.path(), value);
    }

    @Override
    public void archiveState(String state) {
        this.archiveState = Hashes.sha256(state);
    }

    /** The digest the enricher reported for this run, or null. */
    public String archiveState() {
        return archiveState;
    }

    /** Whether this run recorded a memo for the page other than the one its indexed documents keep. */
    public boolean outdated(Page page, PageState entry) {
        String fresh = recorded.get(page.path());
        return fresh != null && !fresh.equals(entry.knowledge());
    }

    /** The memo to keep with the page's documents: recorded in this run, else the still-valid one of the last. */
    public String current(Page page) {
        String fresh = recorded.get(page.path());
        return fresh != null ? fresh : get(page);
    }
}
