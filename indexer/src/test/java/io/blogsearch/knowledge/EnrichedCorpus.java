package io.blogsearch.knowledge;

import io.blogsearch.model.Page;
import io.blogsearch.write.IndexBuilder;
import io.blogsearch.write.IndexOptions;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/** A site indexed in full, for the accuracy tests: the pages as the archive-wide knowledge left them. */
final class EnrichedCorpus {

    private EnrichedCorpus() {
    }

    /** Builds {@code site} into {@code index} and returns its pages with talks, speakers and conferences added. */
    static List<Page> pages(Path site, Path index) throws Exception {
        AtomicReference<List<Page>> captured = new AtomicReference<>();
        ConferenceKnowledge knowledge = new ConferenceKnowledge();
        new IndexBuilder(IndexOptions.of(site, index).withFull(true).withEnricher((read, parsed) -> {
            List<Page> enriched = knowledge.enrich(read, parsed);
            captured.set(enriched);
            return enriched;
        })).build();
        return captured.get();
    }
}
