package io.blogsearch.extract;

import io.blogsearch.model.Page;

/**
 * What an enricher worked out about one page on its own, kept beside the page's record between builds, so an
 * incremental run does not redo that work for unchanged files. The enricher owns the value's format and checks
 * itself whether a remembered value still applies.
 */
public interface PageMemo {

    /** The value remembered for this page's current content, or null. */
    String get(Page page);

    /** Remembers a value for this page's current content. */
    void put(Page page, String value);

    /**
     * Reports what the enrichment of this run depended on beyond each page itself (site configuration, data files,
     * merges across pages), written out in a stable order. When it equals the last build's, an unchanged page whose
     * memo still applies enriches exactly as it did then, so the builder need not compare its enriched form again.
     * Optional; the builder keeps a digest of it.
     */
    default void archiveState(String state) {
        // not kept
    }

    /** Remembers nothing. */
    static PageMemo none() {
        return new PageMemo() {
            @Override
            public String get(Page page) {
                return null;
            }

            @Override
            public void put(Page page, String value) {
                // nothing kept
            }
        };
    }
}
