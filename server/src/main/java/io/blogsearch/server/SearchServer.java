package io.blogsearch.server;

import io.blogsearch.engine.SearchEngine;
import io.javalin.Javalin;

/**
 * A started search server and, when asked for, a second one on its own port that serves only {@code /metrics}
 * (for a Prometheus that may reach a port the public may not).
 */
public final class SearchServer {

    private final Javalin app;
    private final Javalin metricsApp;

    private SearchServer(Javalin app, Javalin metricsApp) {
        this.app = app;
        this.metricsApp = metricsApp;
    }

    /**
     * Starts the server; with a {@code metricsPort} (0 picks a free one) also the metrics server on the same
     * interface. Throws Javalin's bind exception when a port is taken (nothing is left running then).
     */
    public static SearchServer start(SearchEngine engine, ServerConfig config, ReindexCoordinator coordinator,
                                     Integer metricsPort) {
        ServerMetrics metrics = SearchApp.metrics(engine, coordinator);
        Javalin app = SearchApp.create(engine, config, coordinator, metrics).start();
        if (metricsPort == null) {
            return new SearchServer(app, null);
        }
        try {
            return new SearchServer(app, metricsApp(metrics, config.host(), metricsPort).start());
        } catch (RuntimeException e) {
            app.stop();
            throw e;
        }
    }

    private static Javalin metricsApp(ServerMetrics metrics, String host, int port) {
        return Javalin.create(javalin -> {
            javalin.startup.showJavalinBanner = false;
            javalin.jetty.host = host;
            javalin.jetty.port = port;
            javalin.routes.get("/metrics", ctx -> ctx.contentType(metrics.contentType()).result(metrics.scrape()));
        });
    }

    /** The port the search server listens on. */
    public int port() {
        return app.port();
    }

    /** The port of the metrics server, or -1 when there is none. */
    public int metricsPort() {
        return metricsApp == null ? -1 : metricsApp.port();
    }

    /** Stops both servers, letting requests in flight finish. */
    public void stop() {
        app.stop();
        if (metricsApp != null) {
            metricsApp.stop();
        }
    }
}
