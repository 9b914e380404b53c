package io.blogsearch.write;

import io.blogsearch.extract.ArchiveEnricher;
import io.blogsearch.generator.SourceOptions;
import io.blogsearch.knowledge.ConferenceKnowledge;
import io.blogsearch.write.lucene.LuceneTarget;
import java.nio.file.Path;
import java.util.Set;

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
 * @param sections  the only top-level sections to index (e.g. {@code blog}); empty for every section. The site's
 *                  {@code blogsearch.yaml} key {@code index: {sections: [...]}} is used when this is empty
 * @param source    which generator made the site and its base URL (recognised from its files by default)
 * @param target    where the entities go; null: the Lucene index in {@code indexDir}
 */
public record IndexOptions(Path siteRoot, Path indexDir, boolean full, boolean drafts, ArchiveEnricher enricher,
                           ProgressListener progress, int threads, Set<String> sections, SourceOptions source,
                           IndexTarget target) {

    public IndexOptions {
        sections = sections == null ? Set.of() : Set.copyOf(sections);
        source = source == null ? SourceOptions.auto() : source;
    }

    /** Options writing to the Lucene index in {@code indexDir}. */
    public IndexOptions(Path siteRoot, Path indexDir, boolean full, boolean drafts, ArchiveEnricher enricher,
                        ProgressListener progress, int threads, Set<String> sections, SourceOptions source) {
        this(siteRoot, indexDir, full, drafts, enricher, progress, threads, sections, source, null);
    }

    /** Where the entities go: the target given, else the Lucene index in {@code indexDir}. */
    public IndexTarget effectiveTarget() {
        return target != null ? target : new LuceneTarget(indexDir);
    }

    /** These options writing to another target (an OpenSearch index) instead of the Lucene folder. */
    public IndexOptions withTarget(IndexTarget value) {
        return new IndexOptions(siteRoot, indexDir, full, drafts, enricher, progress, threads, sections, source,
                value);
    }

    /** Options without a section choice (every section is indexed unless the site's blogsearch.yaml chooses). */
    public IndexOptions(Path siteRoot, Path indexDir, boolean full, boolean drafts, ArchiveEnricher enricher,
                        ProgressListener progress, int threads) {
        this(siteRoot, indexDir, full, drafts, enricher, progress, threads, Set.of(), SourceOptions.auto());
    }

    /** Options with a section choice, the generator recognised from the site's files. */
    public IndexOptions(Path siteRoot, Path indexDir, boolean full, boolean drafts, ArchiveEnricher enricher,
                        ProgressListener progress, int threads, Set<String> sections) {
        this(siteRoot, indexDir, full, drafts, enricher, progress, threads, sections, SourceOptions.auto());
    }

    /** These options indexing only these top-level sections (empty: all). */
    public IndexOptions withSections(Set<String> value) {
        return new IndexOptions(siteRoot, indexDir, full, drafts, enricher, progress, threads, value, source,
                target);
    }

    /** Incremental, no drafts, conference knowledge (talks, speakers, conferences), no progress, a thread per core. */
    public static IndexOptions of(Path siteRoot, Path indexDir) {
        return new IndexOptions(siteRoot, indexDir, false, false, new ConferenceKnowledge(), ProgressListener.none(),
                Runtime.getRuntime().availableProcessors());
    }

    /** These options with a full rebuild switched on or off. */
    public IndexOptions withFull(boolean value) {
        return new IndexOptions(siteRoot, indexDir, value, drafts, enricher, progress, threads, sections, source,
                target);
    }

    /** These options with drafts included or not. */
    public IndexOptions withDrafts(boolean value) {
        return new IndexOptions(siteRoot, indexDir, full, value, enricher, progress, threads, sections, source,
                target);
    }

    /** These options with another enricher. */
    public IndexOptions withEnricher(ArchiveEnricher value) {
        return new IndexOptions(siteRoot, indexDir, full, drafts, value, progress, threads, sections, source,
                target);
    }

    /** These options with a progress listener. */
    public IndexOptions withProgress(ProgressListener value) {
        return new IndexOptions(siteRoot, indexDir, full, drafts, enricher, value, threads, sections, source,
                target);
    }

    /** These options with another number of parser threads (at least one). */
    public IndexOptions withThreads(int value) {
        return new IndexOptions(siteRoot, indexDir, full, drafts, enricher, progress, Math.max(1, value), sections,
                source, target);
    }

    /** These options with another way of reading the site (generator, base URL, config file). */
    public IndexOptions withSource(SourceOptions value) {
        return new IndexOptions(siteRoot, indexDir, full, drafts, enricher, progress, threads, sections, value,
                target);
    }
}
