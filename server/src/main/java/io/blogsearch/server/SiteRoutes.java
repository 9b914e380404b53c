package io.blogsearch.server;

import io.blogsearch.api.SiteResponse;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.staticfiles.JavalinStaticResourceHandler;
import io.javalin.http.staticfiles.Location;
import java.nio.file.Files;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The page side of the server: the web module's page and assets under the base path, the blog's title and home
 * link for it ({@code /api/site}), and a built site served at {@code /} beside the search.
 */
final class SiteRoutes {

    private static final Logger LOG = LoggerFactory.getLogger(SiteRoutes.class);

    private final ServerConfig config;

    SiteRoutes(ServerConfig config) {
        this.config = config;
    }

    /** {@code GET /api/site}: what the page shows of the blog it searches. */
    void site(Context ctx) {
        ctx.json(new SiteResponse(config.branding().title(), LocalLinks.localized(config.branding().url(), config),
                config.path("/")));
    }

    /** Adds the static files: the page under the base path first, so it wins over a built site's same paths. */
    void register(JavalinConfig javalin) {
        if (config.publicDir() == null) {
            // Javalin's own handler reads the page through the class loader, where Jetty's first opens the whole jar
            // as a zip file system (a third of the start-up before the port opened). A built site keeps Jetty's:
            // Javalin's does not answer a folder (/, /2023/hello/) with its index.html.
            javalin.resourceHandler(new JavalinStaticResourceHandler());
        }
        if (!config.basePath().isEmpty()) {
            // The page's relative URLs resolve against a folder: /search must become /search/. A before-handler,
            // as a route for /search would also take /search/ (trailing slashes are ignored in routes).
            javalin.routes.before(config.basePath(), this::toFolder);
        }
        if (SearchApp.class.getResource(SearchApp.WEB_RESOURCES) == null) {
            LOG.warn("no web page on the classpath ({}); serving the API only", SearchApp.WEB_RESOURCES);
        } else {
            javalin.staticFiles.add(files -> {
                files.hostedPath = config.path("/");
                files.directory = SearchApp.WEB_RESOURCES;
                files.location = Location.CLASSPATH;
            });
        }
        if (config.publicDir() != null) {
            servePublic(javalin);
        }
    }

    private void servePublic(JavalinConfig javalin) {
        if (!Files.isRegularFile(config.publicDir().resolve("index.html"))) {
            LOG.warn("--public {}: no built site there (no index.html); its pages will answer 404",
                    config.publicDir().toAbsolutePath());
        }
        if (config.basePath().isEmpty()) {
            LOG.warn("--public without --base-path: the search page hides the site's home page at /");
        }
        javalin.staticFiles.add(files -> {
            files.hostedPath = "/";
            files.directory = config.publicDir().toAbsolutePath().toString();
            files.location = Location.EXTERNAL;
        });
    }

    private void toFolder(Context ctx) {
        if (!ctx.path().equals(config.basePath())) {
            return;
        }
        String query = ctx.queryString();
        ctx.redirect(config.path("/") + (query == null ? "" : "?" + query), HttpStatus.MOVED_PERMANENTLY);
        ctx.skipRemainingHandlers();
    }
}
