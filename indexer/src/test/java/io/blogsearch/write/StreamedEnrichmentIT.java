package io.blogsearch.write;

import static org.assertj.core.api.Assertions.assertThat;

import io.blogsearch.extract.ArchiveEnricher;
import io.blogsearch.extract.PageMemo;
import io.blogsearch.generator.SharedCorpora;
import io.blogsearch.generator.SourceOptions;
import io.blogsearch.knowledge.ConferenceKnowledge;
import io.blogsearch.model.Page;
import io.blogsearch.source.Site;
import io.blogsearch.testing.IndexDump;
import io.blogsearch.testing.RequiredResources;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The conference knowledge reads each page's texts back from the build's scratch file (or the index) only while it
 * detects that page's talks, instead of holding every page's section texts until the whole site is enriched. The
 * index must be the same as when the enricher is given every page whole: every stored field and doc value of every
 * document, on the sample blog and the three shared corpora.
 */
class StreamedEnrichmentIT {

    @TempDir
    Path temp;

    @Test
    void sampleBlogIndexesAsWithWholePages() throws Exception {
        assertSameIndex(RequiredResources.sampleBlog(), null);
    }

    @Test
    void edenmalIndexesAsWithWholePages() throws Exception {
        assertSameIndex(RequiredResources.sharedCorpus("edenmal"), null);
    }

    @Test
    void prometheusIndexesAsWithWholePages() throws Exception {
        Path config = RequiredResources.projectRoot()
                .resolve("indexer/src/test/resources/generator/prometheus-blogsearch.yaml");
        assertSameIndex(SharedCorpora.corpus("prometheus"), config);
    }

    @Test
    void openTelemetryIndexesAsWithWholePages() throws Exception {
        assertSameIndex(RequiredResources.sharedCorpus("opentelemetry"), null);
    }

    private void assertSameIndex(Path site, Path config) throws Exception {
        Path streamed = temp.resolve("streamed");
        Path whole = temp.resolve("whole");
        BuildSummary summary = new IndexBuilder(options(site, streamed, config)).build();
        new IndexBuilder(options(site, whole, config).withEnricher(new WholePages(new ConferenceKnowledge())))
                .build();
        List<String> expected = IndexDump.of(whole);
        List<String> actual = IndexDump.of(streamed);
        assertThat(actual).hasSizeGreaterThan(summary.pages());
        // compared line by line first: a difference then names the document rather than the whole dump
        assertThat(actual).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            assertThat(actual.get(i)).isEqualTo(expected.get(i));
        }
    }

    private static IndexOptions options(Path site, Path index, Path config) {
        return IndexOptions.of(site, index).withFull(true).withSource(new SourceOptions(null, null, config));
    }

    /** The conference knowledge given every page whole (texts read back first), as before it read them page by page. */
    private record WholePages(ConferenceKnowledge knowledge) implements ArchiveEnricher {

        @Override
        public List<Page> enrich(Site site, List<Page> pages) {
            return knowledge.enrich(site, pages);
        }

        @Override
        public List<Page> enrich(Site site, List<Page> pages, PageMemo memo) {
            return knowledge.enrich(site, pages, memo);
        }

        @Override
        public int bodyCharsRead() {
            return knowledge.bodyCharsRead();
        }
    }
}
