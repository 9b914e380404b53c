package io.blogsearch.browser;

import io.blogsearch.testing.RequiredResources;

/**
 * One blogsearch server over the bundled sample blog, shared by every browser test in the JVM (indexing and
 * starting it once keeps the suite fast), with a plain "foreign" blog page on another port whose origin the
 * server allows for CORS. {@code -Dblogsearch.browser.baseUrl=http://…} runs the tests against a server that is
 * already running instead (its CORS allowlist must then admit the foreign page's origin, or allow any).
 */
final class LiveSearchServer {

    private static LiveSearchServer instance;

    private final String baseUrl;
    private final ForeignSite foreignSite;

    private LiveSearchServer(String baseUrl, ForeignSite foreignSite) {
        this.baseUrl = baseUrl;
        this.foreignSite = foreignSite;
    }

    /** The shared server, started on first use and stopped when the JVM exits. */
    static synchronized LiveSearchServer get() {
        if (instance == null) {
            RequiredResources.browser(); // skip (or fail in CI) before the costly indexing when there is no browser
            ForeignSite site = ForeignSite.start();
            String external = System.getProperty("blogsearch.browser.baseUrl", "");
            String base = external.isBlank() ? SampleBlogServer.start(site.origin()) : external.replaceAll("/+$", "");
            site.pointAt(base);
            instance = new LiveSearchServer(base, site);
            Runtime.getRuntime().addShutdownHook(new Thread(site::close));
        }
        return instance;
    }

    /** The server's base URL, e.g. {@code http://127.0.0.1:7070}, without a trailing slash. */
    String baseUrl() {
        return baseUrl;
    }

    /** The plain blog page on another origin that embeds the search box. */
    ForeignSite foreignSite() {
        return foreignSite;
    }
}
