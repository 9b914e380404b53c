package io.blogsearch.server;

import io.blogsearch.engine.SearchEngine;
import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.GaugeWithCallback;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Prometheus metrics of one server, in its own registry (so tests can run several servers): requests and latency per
 * route, documents per type, and the last reindex's time and duration.
 */
final class ServerMetrics {

    /** Latency buckets in seconds, fine-grained below 10 ms where searches should be. */
    private static final double[] LATENCY_BUCKETS = {0.0005, 0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.25, 0.5,
        1, 2.5, 5};

    private final PrometheusRegistry registry = new PrometheusRegistry();
    private final PrometheusTextFormatWriter writer = PrometheusTextFormatWriter.create();
    private final Counter requests;
    private final Histogram latency;

    ServerMetrics(SearchEngine engine, Supplier<Optional<ReindexReport>> lastReindex) {
        requests = Counter.builder().name("blogsearch_http_requests")
                .help("HTTP requests by route, method and status").labelNames("route", "method", "status")
                .register(registry);
        latency = Histogram.builder().name("blogsearch_http_request_duration_seconds")
                .help("HTTP request latency by route").labelNames("route").classicOnly()
                .classicUpperBounds(LATENCY_BUCKETS).register(registry);
        GaugeWithCallback.builder().name("blogsearch_index_documents").help("Documents in the index by type")
                .labelNames("type").callback(callback -> {
                    for (Map.Entry<String, Long> entry : documents(engine).entrySet()) {
                        callback.call(entry.getValue(), entry.getKey());
                    }
                }).register(registry);
        GaugeWithCallback.builder().name("blogsearch_searches_waiting")
                .help("Searches waiting for their turn to compute (see --max-concurrent-searches)")
                .callback(callback -> callback.call(engine.searchesWaiting())).register(registry);
        GaugeWithCallback.builder().name("blogsearch_index_ready").help("1 when an index is open")
                .callback(callback -> callback.call(engine.isReady() ? 1 : 0)).register(registry);
        GaugeWithCallback.builder().name("blogsearch_last_reindex_timestamp_seconds")
                .help("End of the last reindex, Unix time").callback(callback -> lastReindex.get().ifPresent(r ->
                        callback.call(r.finishedAt().toEpochMilli() / 1000.0))).register(registry);
        GaugeWithCallback.builder().name("blogsearch_last_reindex_duration_seconds")
                .help("Duration of the last reindex").callback(callback -> lastReindex.get().ifPresent(r ->
                        callback.call(r.durationMillis() / 1000.0))).register(registry);
    }

    /** Records one finished request. */
    void record(String route, String method, int status, double millis) {
        requests.labelValues(route, method, Integer.toString(status)).inc();
        latency.labelValues(route).observe(millis / 1000.0);
    }

    /** The metrics in Prometheus text format. */
    String scrape() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            writer.write(out, registry.scrape());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** The content type of {@link #scrape()}. */
    String contentType() {
        return writer.getContentType();
    }

    private static Map<String, Long> documents(SearchEngine engine) {
        try {
            return engine.documentsPerType();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
