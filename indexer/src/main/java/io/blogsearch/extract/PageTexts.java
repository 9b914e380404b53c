package io.blogsearch.extract;

import io.blogsearch.model.Page;

/**
 * Where an enricher given pages as outlines (no body, no section texts) reads a page's texts back when it needs
 * them: the build keeps them on disk, so a whole archive's texts are never in memory at once.
 */
@FunctionalInterface
public interface PageTexts {

    /**
     * The page with its body and section texts put back (everything else as the outline has it), or the outline
     * itself when its texts cannot be read.
     */
    Page whole(Page outline);

    /** For pages that already carry their texts. */
    static PageTexts present() {
        return page -> page;
    }
}
