package io.blogsearch.server;

import io.blogsearch.engine.SearchEngine;
import io.javalin.http.Context;
import java.util.Map;

/** Health, readiness and metrics, for load balancers and Prometheus. */
final class OpsRoutes {

    private final SearchEngine engine;
    private final ServerMetrics metrics;

    OpsRoutes(SearchEngine engine, ServerMetrics metrics) {
        this.engine = engine;
        this.metrics = metrics;
    }

    void health(Context ctx) {
        ctx.json(Map.of("status", "ok"));
    }

    void ready(Context ctx) {
        if (!engine.isReady()) {
            throw new ApiException(503, engine.notReadyReason());
        }
        ctx.json(Map.of("status", "ready"));
    }

    void metrics(Context ctx) {
        ctx.contentType(metrics.contentType()).result(metrics.scrape());
    }
}
