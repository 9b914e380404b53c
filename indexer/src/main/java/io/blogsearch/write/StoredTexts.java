package io.blogsearch.write;

import io.blogsearch.extract.PageTexts;
import io.blogsearch.model.Page;
import io.blogsearch.state.IndexState;
import io.blogsearch.state.PageCodec;
import java.util.Set;

/**
 * The texts of a build's pages where the build keeps them: the spill for pages parsed in this run, the last commit's
 * records for reused ones. Read per page, on demand, so enrichment never holds the archive's texts at once.
 */
final class StoredTexts implements PageTexts {

    private final RecordSpill spill;
    private final IndexState indexed;
    private final Set<String> reused;

    StoredTexts(RecordSpill spill, IndexState indexed, Set<String> reused) {
        this.spill = spill;
        this.indexed = indexed;
        this.reused = reused;
    }

    @Override
    public Page whole(Page outline) {
        byte[] record = reused.contains(outline.path()) ? indexed.record(outline.path()) : spill.get(outline.path());
        if (record == null) {
            return outline;
        }
        try {
            return PageCodec.complete(outline, record);
        } catch (IllegalStateException e) {
            return outline; // a damaged record: writing the page says so
        }
    }
}
