package io.blogsearch.opensearch;

import io.blogsearch.engine.SearchEngine;
import io.blogsearch.entity.EntitySink;
import io.blogsearch.entity.PageEntities;
import io.blogsearch.generator.SourceOptions;
import io.blogsearch.knowledge.ConferenceKnowledge;
import io.blogsearch.model.Page;
import io.blogsearch.opensearch.write.OpenSearchTarget;
import io.blogsearch.query.Synonyms;
import io.blogsearch.state.PageState;
import io.blogsearch.testing.RequiredResources;
import io.blogsearch.write.IndexBuilder;
import io.blogsearch.write.IndexOptions;
import io.blogsearch.write.IndexTarget;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Test indexes in OpenSearch: hand-made pages or a real site written to a cluster under an alias. */
public final class OpenSearchIndexes {

    private OpenSearchIndexes() {
    }

    /** The config of alias {@code name} on {@code cluster}. */
    public static OpenSearchConfig config(OpenSearchCluster cluster, String name) {
        List<URI> urls = Arrays.stream(cluster.urls().split(",")).map(URI::create).toList();
        return new OpenSearchConfig(urls, name, null, null, null, false);
    }

    /** A target writing to alias {@code name}; new indexes get the built-in synonyms. */
    public static OpenSearchTarget target(OpenSearchCluster cluster, String name, int shards, int replicas) {
        return new OpenSearchTarget(config(cluster, name), Synonyms.builtIn(), shards, replicas, Clock.systemUTC());
    }

    /**
     * Writes exactly these pages to a fresh index behind alias {@code name}, through the same entities and sink as a
     * build (as {@code TestIndexes} does for Lucene); returns its config.
     */
    public static OpenSearchConfig publish(OpenSearchCluster cluster, List<Page> pages, String name, int shards,
                                           int replicas) throws Exception {
        try (OpenSearchTarget target = target(cluster, name, shards, replicas);
             IndexTarget.Session session = target.open(true, () -> { })) {
            EntitySink sink = session.sink();
            for (Page page : pages) {
                PageState state = new PageState(page.contentHash(), "fingerprint-" + page.path(), null, null, null,
                        null, null, null);
                sink.replace(page.path(), PageEntities.of(page), state, "{}".getBytes(StandardCharsets.UTF_8));
            }
            sink.commit(Map.of());
        }
        return config(cluster, name);
    }

    /** Builds the site at {@code site} into a fresh index behind alias {@code name}, as {@code index} does. */
    public static OpenSearchConfig build(OpenSearchCluster cluster, Path site, SourceOptions source, String name)
            throws Exception {
        try (OpenSearchTarget target = target(cluster, name, 1, 0)) {
            new IndexBuilder(IndexOptions.of(site, null).withSource(source).withEnricher(new ConferenceKnowledge())
                    .withFull(true).withTarget(target)).build();
        }
        return config(cluster, name);
    }

    /** Builds the bundled sample blog into a fresh index behind alias {@code name}. */
    public static OpenSearchConfig sampleBlog(OpenSearchCluster cluster, String name) throws Exception {
        return build(cluster, RequiredResources.sampleBlog(), SourceOptions.auto(), name);
    }

    /** An engine over {@code config} with the Lucene engine's default time budget. */
    public static OpenSearchEngine engine(OpenSearchConfig config) {
        return new OpenSearchEngine(config, SearchEngine.DEFAULT_BUDGET_MILLIS);
    }
}
