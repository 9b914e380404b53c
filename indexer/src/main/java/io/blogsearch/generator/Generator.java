package io.blogsearch.generator;

import io.blogsearch.source.Site;
import io.blogsearch.source.SiteException;
import java.nio.file.Path;
import java.time.Instant;

/** One site generator's conventions: how to recognise its sites, read their config and parse their files. */
public interface Generator {

    /** The name {@code --generator} takes, e.g. {@code hugo}. */
    String name();

    /** Whether the folder looks like a site of this generator (used when no generator is named). */
    boolean recognises(Path root, SourceOptions options);

    /** Reads the site: its config, base URL and the content files to index. */
    Site read(Path root, SourceOptions options) throws SiteException;

    /** A parser for the files of a site this generator read. */
    ContentParser parser(Site site, boolean drafts, Instant now);
}
