package io.blogsearch.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.blogsearch.api.ErrorResponse;
import io.blogsearch.engine.IndexNotReadyException;
import io.blogsearch.engine.SearchBusyException;
import io.blogsearch.engine.SearchEngine;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.json.JavalinJackson;
import java.util.Optional;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The blogsearch HTTP server: the JSON API, health and metrics, and the web page from the classpath. Everything is
 * configured up front; handlers throw and {@link #mapErrors} alone writes error answers.
 */
public final class SearchApp {

    /** The strict policy on every response: no inline script, only this origin, images from anywhere. */
    public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data: http: https:; connect-src 'self'; object-src 'none'; base-uri 'none'; "
            + "frame-ancestors 'self'";
    /** Where the web module keeps the page inside its jar. */
    static final String WEB_RESOURCES = "/web";

    /** Time requests in flight get to finish on shutdown. */
    static final long STOP_TIMEOUT_MILLIS = 5_000;
    /** Room for a 10,000-character query even when every character is percent-encoded UTF-8. */
    static final int MAX_REQUEST_LINE_BYTES = 128 * 1024;

    private static final Logger LOG = LoggerFactory.getLogger(SearchApp.class);
    private static final Logger REQUESTS = LoggerFactory.getLogger("blogsearch.requests");

    private SearchApp() {
    }

    /** An unstarted server without reindexing (no site). */
    public static Javalin create(SearchEngine engine, ServerConfig config) {
        return create(engine, config, null);
    }

    /** An unstarted server; {@code coordinator} may be null when no site is configured. */
    public static Javalin create(SearchEngine engine, ServerConfig config, ReindexCoordinator coordinator) {
        return create(engine, config, coordinator, metrics(engine, coordinator));
    }

    /** The metrics a server records, to share with a metrics server on a port of its own. */
    static ServerMetrics metrics(SearchEngine engine, ReindexCoordinator coordinator) {
        return new ServerMetrics(engine, () -> coordinator == null ? Optional.empty() : coordinator.last());
    }

    /** An unstarted server recording into {@code metrics}. */
    static Javalin create(SearchEngine engine, ServerConfig config, ReindexCoordinator coordinator,
                          ServerMetrics metrics) {
        ObjectMapper json = new ObjectMapper().findAndRegisterModules();
        LocalLinks.register(json, config);
        SearchRoutes search = new SearchRoutes(engine, json, config.basePath());
        SiteRoutes site = new SiteRoutes(config);
        OpsRoutes ops = new OpsRoutes(engine, metrics);
        AdminRoutes admin = new AdminRoutes(config, coordinator);
        return Javalin.create(javalin -> {
            javalin.startup.showJavalinBanner = false;
            javalin.jsonMapper(new JavalinJackson(json, false));
            javalin.jetty.host = config.host();
            javalin.jetty.port = config.port();
            javalin.jetty.modifyServer(server -> {
                // Javalin nests its handlers inside a handler found here: stopping then waits for requests in flight.
                server.setHandler(new GracefulHandler());
                server.setStopTimeout(STOP_TIMEOUT_MILLIS);
                server.setErrorHandler(new JsonErrorHandler(json)); // Jetty's own 400/414/431 answer as the API does
            });
            javalin.http.prefer405over404 = true; // a known path with a wrong method: 405 with Allow
            // Long pasted queries are read (and cut) by the search layer, not refused by Jetty with 414.
            javalin.jetty.modifyHttpConfiguration(http -> http.setRequestHeaderSize(MAX_REQUEST_LINE_BYTES));
            // The search's own paths only: a built site served beside it (--public) keeps its own policy.
            javalin.routes.before(config.path("/*"), SearchApp::securityHeaders);
            javalin.routes.get(config.path("/healthz"), ops::health);
            javalin.routes.get(config.path("/readyz"), ops::ready);
            if (config.metrics()) {
                javalin.routes.get(config.path("/metrics"), ops::metrics);
            }
            javalin.routes.get(config.path("/api/search"), search::search);
            javalin.routes.get(config.path("/api/suggest"), search::suggest);
            javalin.routes.get(config.path("/api/openapi.yaml"), search::openApi);
            javalin.routes.get(config.path("/api/site"), site::site);
            javalin.routes.post(config.path("/api/admin/reindex"), admin::reindex);
            mapErrors(javalin, config);
            cors(javalin, config);
            site.register(javalin);
            javalin.requestLogger.http((ctx, millis) -> {
                if (isWarmUp(ctx)) {
                    return;
                }
                String route = route(ctx);
                metrics.record(route, ctx.method().name(), ctx.statusCode(), millis);
                // One decimal without String.format, which cost 7% of a cached search's CPU.
                REQUESTS.info("{} {} {} {} {}ms", ctx.ip(), ctx.method().name(), ctx.path(), ctx.statusCode(),
                        Math.round(millis * 10) / 10.0);
            });
        });
    }

    /** The server's own warm-up request ({@link StartupWarmer}): neither logged nor counted. */
    private static boolean isWarmUp(Context ctx) {
        String ip = ctx.req().getRemoteAddr();
        return ctx.header(StartupWarmer.HEADER) != null && ip != null
                && (ip.startsWith("127.") || ip.equals("::1") || ip.equals("[::1]") || ip.equals("0:0:0:0:0:0:0:1"));
    }

    private static void securityHeaders(Context ctx) {
        ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "strict-origin-when-cross-origin");
    }

    /** The one place that turns exceptions into answers. */
    private static void mapErrors(JavalinConfig javalin, ServerConfig config) {
        javalin.routes.exception(BadParameterException.class, (e, ctx) ->
                ctx.status(400).json(new ErrorResponse(e.getMessage(), e.parameter())));
        javalin.routes.exception(ApiException.class, (e, ctx) ->
                ctx.status(e.status()).json(new ErrorResponse(e.getMessage(), null)));
        javalin.routes.exception(IndexNotReadyException.class, (e, ctx) ->
                ctx.status(503).json(new ErrorResponse(e.getMessage(), null)));
        javalin.routes.exception(SearchBusyException.class, (e, ctx) ->
                ctx.status(503).header("Retry-After", "1").json(new ErrorResponse(e.getMessage(), null)));
        javalin.routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("request failed: {} {}", ctx.method().name(), ctx.path(), e);
            ctx.status(500).json(new ErrorResponse("internal error", null));
        });
        javalin.routes.error(405, ctx -> ctx.json(new ErrorResponse("method " + ctx.method().name()
                + " not allowed on " + ctx.path(), null)));
        javalin.routes.error(404, ctx -> {
            if (ctx.path().startsWith(config.path("/api/")) && ctx.result() == null) {
                ctx.json(new ErrorResponse("not found: " + ctx.path(), null));
            }
        });
    }

    private static void cors(JavalinConfig javalin, ServerConfig config) {
        if (config.corsOrigins().isEmpty()) {
            return;
        }
        CorsPolicy policy = new CorsPolicy(config.corsOrigins());
        javalin.routes.before(policy::apply);
    }

    private static String route(Context ctx) {
        try {
            return ctx.endpoint().path;
        } catch (RuntimeException e) {
            // Static files and unmatched paths have no endpoint; they share one label to bound cardinality.
            return ctx.statusCode() == 404 ? "unmatched" : "static";
        }
    }
}
