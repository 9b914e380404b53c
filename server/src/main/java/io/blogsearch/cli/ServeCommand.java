package io.blogsearch.cli;

import io.blogsearch.engine.SearchEngine;
import io.blogsearch.opensearch.OpenSearchConfig;
import io.blogsearch.opensearch.write.OpenSearchTarget;
import io.blogsearch.query.SiteSynonyms;
import io.blogsearch.query.Synonyms;
import io.blogsearch.server.BasePath;
import io.blogsearch.server.ReindexCoordinator;
import io.blogsearch.server.SearchServer;
import io.blogsearch.server.ServerConfig;
import io.blogsearch.server.SiteBranding;
import io.blogsearch.server.SiteReindexer;
import io.blogsearch.server.SiteWatcher;
import io.blogsearch.server.StartupWarmer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code blogsearch serve}: the search API and page over an index, optionally keeping it in step with a site. */
@Command(name = "serve",
        mixinStandardHelpOptions = true,
        // One string per paragraph: picocli wraps each to the terminal width itself.
        description = {
            "Serves the search page at / and the JSON API at /api/search, /api/suggest (OpenAPI at "
                + "/api/openapi.yaml), with /healthz and /readyz, all under --base-path; /metrics only with --metrics "
                + "or --metrics-port. It listens on 127.0.0.1 unless --host says otherwise. A commit to the index "
                + "by `blogsearch index` "
                + "is picked up within a second without a restart. Every option can also be set by the environment "
                + "variable named in its description."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "130/143:stopped by SIGINT/SIGTERM (128 + signal), after finishing requests in flight (up to 5 s)",
            "1:could not start (port in use, index folder unusable, startup reindex failed); one-line reason on "
                    + "stderr, the stack trace only with --debug",
            "2:usage error (unknown, missing or invalid option)"})
public final class ServeCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(ServeCommand.class);

    @Spec
    private CommandSpec spec;

    @Option(names = "--index", paramLabel = "DIR", defaultValue = "${env:BLOGSEARCH_INDEX}",
            description = "Index folder to serve (env BLOGSEARCH_INDEX). Required. It may not exist yet: "
                    + "/readyz answers 503 until a commit appears.")
    private Path index;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "${env:BLOGSEARCH_PORT:-7070}",
            description = "Port to listen on (env BLOGSEARCH_PORT; default ${DEFAULT-VALUE}).")
    private int port;

    @Option(names = "--host", paramLabel = "HOST", defaultValue = "${env:BLOGSEARCH_HOST:-127.0.0.1}",
            description = "Interface to bind (env BLOGSEARCH_HOST; default ${DEFAULT-VALUE}: only this machine "
                    + "connects); 0.0.0.0 for every interface, e.g. in a container.")
    private String host;

    @Option(names = "--base-path", paramLabel = "PATH", defaultValue = "${env:BLOGSEARCH_BASE_PATH:-/}",
            description = "Path prefix of the page, its assets and the API, e.g. /search behind a reverse proxy "
                    + "that forwards /search/ of the blog's origin unchanged (env BLOGSEARCH_BASE_PATH; default "
                    + "${DEFAULT-VALUE}).")
    private String basePath;

    @Option(names = "--metrics", defaultValue = "${env:BLOGSEARCH_METRICS:-false}",
            description = "Serve Prometheus metrics at /metrics on the main port (env BLOGSEARCH_METRICS=true). "
                    + "Off by default.")
    private boolean metrics;

    @Option(names = "--metrics-port", paramLabel = "PORT", defaultValue = "${env:BLOGSEARCH_METRICS_PORT}",
            description = "Serve /metrics on this port instead, on the same interface (env BLOGSEARCH_METRICS_PORT).")
    private Integer metricsPort;

    @Option(names = "--site-title", paramLabel = "TITLE", defaultValue = "${env:BLOGSEARCH_SITE_TITLE}",
            description = "The blog's name shown on the search page (env BLOGSEARCH_SITE_TITLE; default: the "
                    + "title in the --site config).")
    private String siteTitle;

    @Option(names = "--site-url", paramLabel = "URL", defaultValue = "${env:BLOGSEARCH_SITE_URL}",
            description = "The blog's home page, linked from the search page (env BLOGSEARCH_SITE_URL; default: the "
                    + "baseURL in the --site config).")
    private String siteUrl;

    @Option(names = "--public", paramLabel = "DIR", defaultValue = "${env:BLOGSEARCH_PUBLIC}",
            description = "A built site (e.g. Hugo's public/) to serve at / beside the search, for a demo or a "
                    + "preview; links into the site URL are then answered root-relative, so they open here "
                    + "(env BLOGSEARCH_PUBLIC). When the folder does not exist, --site is built into it with hugo if "
                    + "installed. Use with --base-path so the search page does not hide the home page.")
    private Path publicDir;

    @Option(names = "--site", paramLabel = "PATH", defaultValue = "${env:BLOGSEARCH_SITE}",
            description = "Hugo site root (env BLOGSEARCH_SITE). The index (the --index folder, or the "
                    + "--opensearch alias) is brought up to date at start (incremental), the site's blogsearch.yaml "
                    + "synonyms are used, and POST /api/admin/reindex can reindex it.")
    private Path site;

    @Option(names = "--watch", defaultValue = "${env:BLOGSEARCH_WATCH:-false}",
            description = "With --site: reindex when site files change (env BLOGSEARCH_WATCH=true).")
    private boolean watch;

    @Option(names = "--drafts", defaultValue = "${env:BLOGSEARCH_DRAFTS:-false}",
            description = "With --site: index drafts too (env BLOGSEARCH_DRAFTS=true).")
    private boolean drafts;

    @Option(names = "--admin-token", paramLabel = "TOKEN", defaultValue = "${env:BLOGSEARCH_ADMIN_TOKEN}",
            description = "Bearer token for POST /api/admin/reindex (env BLOGSEARCH_ADMIN_TOKEN). Without it the "
                    + "admin API is disabled.")
    private String adminToken;

    @Option(names = "--cors-origin", paramLabel = "ORIGIN", split = ",",
            defaultValue = "${env:BLOGSEARCH_CORS_ORIGINS}",
            description = "Origin allowed to call the API and load /blogsearch.js from a browser, e.g. "
                    + "https://blog.example.org; repeatable or comma-separated (env BLOGSEARCH_CORS_ORIGINS). "
                    + "CORS is off without it.")
    private List<String> corsOrigins = new ArrayList<>();

    @Option(names = "--time-budget-ms", paramLabel = "MS",
            defaultValue = "${env:BLOGSEARCH_TIME_BUDGET_MS:-2000}",
            description = "Time budget of one search in milliseconds; past it the hits found so far are returned, "
                    + "marked timedOut (env BLOGSEARCH_TIME_BUDGET_MS; default ${DEFAULT-VALUE}).")
    private long budgetMillis;

    @Option(names = "--max-concurrent-searches", paramLabel = "N",
            defaultValue = "${env:BLOGSEARCH_MAX_CONCURRENT_SEARCHES:-0}",
            description = "Searches computed at once; others wait their turn in arrival order, and one that cannot "
                    + "start within its time budget gets 503 (env BLOGSEARCH_MAX_CONCURRENT_SEARCHES; default 0: one "
                    + "per processor). Answers from the answer cache never wait.")
    private int maxConcurrentSearches;

    @Mixin
    private OpenSearchOptions openSearch = new OpenSearchOptions();

    @Mixin
    private OpenSearchBuildOptions openSearchLayout = new OpenSearchBuildOptions();

    @Override
    public Integer call() throws Exception {
        if (openSearch.enabled()) {
            return serveOpenSearch();
        }
        if (index == null) {
            throw new ParameterException(spec.commandLine(),
                    "Missing required option: --index (or BLOGSEARCH_INDEX), or --opensearch URL");
        }
        if (maxConcurrentSearches < 0) {
            throw new ParameterException(spec.commandLine(),
                    "--max-concurrent-searches must be 0 (one per processor) or more: " + maxConcurrentSearches);
        }
        checkSite();
        ServerConfig config = config();
        Synonyms synonyms = site == null ? Synonyms.builtIn() : SiteSynonyms.load(site);
        SearchEngine engine = IndexFolderCheck.open(index,
                () -> Engines.luceneChecked(index, synonyms, budgetMillis, maxConcurrentSearches));
        engine.holdUntilWarmed();
        ReindexCoordinator coordinator = null;
        SiteWatcher watcher = null;
        if (site != null) {
            coordinator = new ReindexCoordinator(SiteReindexer.of(site, index, drafts), engine);
            coordinator.run("startup");
            if (watch) {
                watcher = SiteWatcher.start(site, index, coordinator);
            }
        }
        SearchServer app = ServerStarter.start(engine, config, coordinator, metricsPort);
        StartupWarmer.warm(engine, config, app.port());
        spec.commandLine().getOut().printf("blogsearch serving %s at http://%s:%d%s%n", index.toAbsolutePath(),
                "0.0.0.0".equals(host) ? "localhost" : host, app.port(), config.path("/"));
        spec.commandLine().getOut().flush();
        SiteWatcher stopWatching = watcher;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> shutdown(app, stopWatching, engine), "shutdown"));
        // Jetty's threads keep the JVM alive; this thread waits so picocli does not call System.exit.
        new CountDownLatch(1).await();
        return 0;
    }

    /**
     * Serves the API over an OpenSearch cluster, filled by {@code blogsearch index --opensearch} or, with --site, by
     * this server at start, on changes (--watch) and on the admin reindex.
     */
    private Integer serveOpenSearch() throws Exception {
        if (index != null) {
            throw new ParameterException(spec.commandLine(), "--opensearch serves the cluster's index: leave out "
                    + "--index (with --site the server builds into the cluster itself)");
        }
        checkSite();
        if (openSearchLayout.problem() != null) {
            throw new ParameterException(spec.commandLine(), openSearchLayout.problem());
        }
        OpenSearchConfig cluster;
        try {
            cluster = openSearch.config();
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        SearchEngine engine = Engines.openSearch(cluster, budgetMillis);
        ServerConfig config = config();
        engine.holdUntilWarmed();
        OpenSearchTarget target = site == null ? null : OpenSearchTargets.of(cluster, site, openSearchLayout);
        ReindexCoordinator coordinator = null;
        SiteWatcher watcher = null;
        if (target != null) {
            coordinator = new ReindexCoordinator(SiteReindexer.of(site, target, drafts), engine);
            coordinator.run("startup");
            if (watch) {
                watcher = SiteWatcher.start(site, null, coordinator);
            }
        }
        SearchServer app = ServerStarter.start(engine, config, coordinator, metricsPort);
        StartupWarmer.warm(engine, config, app.port());
        spec.commandLine().getOut().printf("blogsearch serving %s at http://%s:%d%s%n", engine.describe(),
                "0.0.0.0".equals(host) ? "localhost" : host, app.port(), config.path("/"));
        spec.commandLine().getOut().flush();
        SiteWatcher stopWatching = watcher;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            shutdown(app, stopWatching, engine);
            closeQuietly(target);
        }, "shutdown"));
        new CountDownLatch(1).await();
        return 0;
    }

    /** --watch needs --site, and --site must be a folder. */
    private void checkSite() {
        if (watch && site == null) {
            throw new ParameterException(spec.commandLine(), "--watch needs --site");
        }
        if (site != null && !Files.isDirectory(site)) {
            throw new ParameterException(spec.commandLine(), "--site is not a folder: " + site);
        }
    }

    private static void closeQuietly(OpenSearchTarget target) {
        try {
            if (target != null) {
                target.close();
            }
        } catch (IOException e) {
            LOG.warn("closing the OpenSearch connection failed: {}", e.toString());
        }
    }

    /** The server's config from the options; a bad value is a usage error naming its option. */
    private ServerConfig config() {
        String base;
        try {
            base = BasePath.normalize(basePath);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--base-path: " + e.getMessage());
        }
        if (publicDir != null && Files.exists(publicDir) && !Files.isDirectory(publicDir)) {
            throw new ParameterException(spec.commandLine(), "--public is not a folder: " + publicDir);
        }
        if (metricsPort != null && (metricsPort < 0 || metricsPort > 65535)) {
            throw new ParameterException(spec.commandLine(), "--metrics-port must be 0 to 65535: " + metricsPort);
        }
        SiteBranding branding = new SiteBranding(siteTitle, siteUrl).orElse(SiteBrandingReader.read(site));
        return new ServerConfig(host, port, corsOrigins == null ? List.of() : corsOrigins, adminToken, base, metrics,
                branding, PublicSiteBuilder.prepare(publicDir, site).orElse(null));
    }

    /** Graceful: stop accepting, finish requests in flight (Jetty's stop timeout), then close the index. */
    private static void shutdown(SearchServer app, SiteWatcher watcher, SearchEngine engine) {
        LOG.info("shutting down");
        app.stop();
        try {
            if (watcher != null) {
                watcher.close();
            }
            engine.close();
        } catch (IOException e) {
            LOG.warn("closing the index failed: {}", e.toString());
        }
    }
}
