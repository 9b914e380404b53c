package io.blogsearch.cli;

import io.blogsearch.server.SiteBranding;
import io.blogsearch.source.Site;
import io.blogsearch.source.SiteException;
import io.blogsearch.source.SiteReader;
import java.nio.file.Path;

/** The blog's title and home link as its Hugo config states them ({@code title}, {@code baseURL}). */
final class SiteBrandingReader {

    private SiteBrandingReader() {
    }

    /** The site's branding, or none when there is no site or its config cannot be read (indexing reports why). */
    static SiteBranding read(Path site) {
        if (site == null) {
            return SiteBranding.NONE;
        }
        try {
            Site read = SiteReader.read(site);
            // Hugo's fallback baseURL "/" names no home worth linking to from another origin.
            String home = "/".equals(read.baseUrl()) ? null : read.baseUrl();
            return new SiteBranding(read.title(), home);
        } catch (SiteException | RuntimeException e) {
            return SiteBranding.NONE;
        }
    }
}
