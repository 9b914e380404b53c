package io.blogsearch.generator;

import io.blogsearch.parse.ContentPath;
import io.blogsearch.parse.PageProblemException;
import io.blogsearch.parse.ParsedPage;
import io.blogsearch.parse.PreparedPage;
import io.blogsearch.parse.RefResolver;
import java.time.Instant;

/**
 * Turns one content file of a site into a page, in the two steps the build needs: {@link #prepare} (front matter,
 * date, permalink) for every file, then {@link #render} once every permalink is known. Thread-safe.
 */
public interface ContentParser {

    /** Reads a file's metadata and permalink; throws when the file must be skipped. */
    PreparedPage prepare(String path, String contentHash, byte[] bytes) throws PageProblemException;

    /** Renders a prepared page; {@code refs} resolves links between pages where the generator has them. */
    ParsedPage render(PreparedPage prepared, RefResolver refs);

    /** Where a file sits, or null when the generator does not build it. */
    default ContentPath locate(String path) {
        return ContentPath.of(path);
    }

    /**
     * What besides a file and the site config decides how it is read (another file's cascade, the site's shortcode
     * templates), so an incremental build parses every file again when it changes; empty when nothing does.
     */
    default String sharedInputs() {
        return "";
    }

    /** Whether posts are decided over the whole site from its sections (Hugo), not per file by {@link #prepare}. */
    default boolean kindsFromSections() {
        return false;
    }

    /** Whether a page with this expiry date (null: none) is left out now. */
    default boolean isExpired(Instant expiry) {
        return false;
    }
}
