package io.blogsearch.server;

import io.blogsearch.lucene.SearchService;
import io.javalin.http.Context;
import java.util.Map;

/** Health, readiness and metrics, for load balancers and Prometheus. */
final class OpsRoutes {

    private final SearchService service;
    private final ServerMetrics metrics;

    OpsRoutes(SearchService service, ServerMetrics metrics) {
        this.service = service;
        this.metrics = metrics;
    }

    void health(Context ctx) {
        ctx.json(Map.of("status", "ok"));
    }

    void ready(Context ctx) {
        if (!service.isReady()) {
            throw new ApiException(503, "index not open yet: " + service.index().indexDir());
        }
        ctx.json(Map.of("status", "ready"));
    }

    void metrics(Context ctx) {
        ctx.contentType(metrics.contentType()).result(metrics.scrape());
    }
}
