package io.blogsearch.write;

import io.blogsearch.extract.ArchiveEnricher;
import io.blogsearch.generator.SourceOptions;
import io.blogsearch.knowledge.ConferenceKnowledge;
import java.nio.file.Path;

/**
 * What to build and how.
 *
 * @param siteRoot  the site root (for built HTML, the output folder)
 * @param indexDir  the index folder (created when missing)
 * @param full      rebuild from scratch instead of reusing unchanged files
 * @param drafts    index drafts too
 * @param enricher  the archive-wide step (talks, speakers, conferences)
 * @param progress  told about progress
 * @param threads   parser threads
 * @param source    which generator made the site and its base URL (recognised from its files by default)
 */
public record IndexOptions(Path siteRoot, Path indexDir, boolean full, boolean drafts, ArchiveEnricher enricher,
                           ProgressListener progress, int threads, SourceOptions source) {

    /** Incremental, no drafts, conference knowledge (talks, speakers, conferences), no progress, a thread per core. */
    public static IndexOptions of(Path siteRoot, Path indexDir) {
        return new IndexOptions(siteRoot, indexDir, false, false, new ConferenceKnowledge(), ProgressListener.none(),
                Runtime.getRuntime().availableProcessors(), SourceOptions.auto());
    }

    /** These options with a full rebuild switched on or off. */
    public IndexOptions withFull(boolean value) {
        return new IndexOptions(siteRoot, indexDir, value, drafts, enricher, progress, threads, source);
    }

    /** These options with drafts included or not. */
    public IndexOptions withDrafts(boolean value) {
        return new IndexOptions(siteRoot, indexDir, full, value, enricher, progress, threads, source);
    }

    /** These options with another enricher. */
    public IndexOptions withEnricher(ArchiveEnricher value) {
        return new IndexOptions(siteRoot, indexDir, full, drafts, value, progress, threads, source);
    }

    /** These options with a progress listener. */
    public IndexOptions withProgress(ProgressListener value) {
        return new IndexOptions(siteRoot, indexDir, full, drafts, enricher, value, threads, source);
    }

    /** These options with another number of parser threads (at least one). */
    public IndexOptions withThreads(int value) {
        return new IndexOptions(siteRoot, indexDir, full, drafts, enricher, progress, Math.max(1, value), source);
    }

    /** These options with another way of reading the site (generator, base URL, config file). */
    public IndexOptions withSource(SourceOptions value) {
        return new IndexOptions(siteRoot, indexDir, full, drafts, enricher, progress, threads, value);
    }
}
