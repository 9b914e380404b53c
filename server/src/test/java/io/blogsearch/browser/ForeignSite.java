package io.blogsearch.browser;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * A stand-in for a blog on its own origin (another port of 127.0.0.1): one plain HTML page with a search input
 * and the embeddable box's script tag pointing at the blogsearch server.
 */
final class ForeignSite implements AutoCloseable {

    private final HttpServer server;
    private volatile String endpoint = "";
    private volatile String lang = "en";

    private ForeignSite(HttpServer server) {
        this.server = server;
    }

    /** Starts on a free port; the page is served once {@link #pointAt(String)} names the search server. */
    static ForeignSite start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            ForeignSite site = new ForeignSite(server);
            server.createContext("/", exchange -> {
                byte[] body = site.page().getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            });
            server.start();
            return site;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** This site's origin, e.g. {@code http://127.0.0.1:41234}: what the search server must allow. */
    String origin() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Sets the search server the page's script tag loads from. */
    void pointAt(String searchEndpoint) {
        this.endpoint = searchEndpoint;
    }

    /** Sets the page's {@code <html lang>}, the language the box searches first on a site in several. */
    void pageLanguage(String code) {
        this.lang = code;
    }

    private String page() {
        // A blog-like page with its own styles, to show the box keeps its look on a foreign stylesheet.
        return """
                <!doctype html>
                <html lang="%2$s"><head><meta charset="utf-8"><title>A blog</title>
                <style>body{font-family:Georgia,serif;margin:40px;background:#fafaf5} ul{padding:20px}
                a{color:darkred} header{display:flex;justify-content:space-between;align-items:center}</style>
                </head><body>
                <header><h1>Notes from the Hallway Track</h1>
                <input id="search" type="search" placeholder="Search this blog" aria-label="Search this blog"></header>
                <p>Welcome to the blog. Type in the box above to search it.</p>
                <script src="%1$s/blogsearch.js" defer data-endpoint="%1$s" data-input="#search"></script>
                </body></html>
                """.formatted(endpoint, lang);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
