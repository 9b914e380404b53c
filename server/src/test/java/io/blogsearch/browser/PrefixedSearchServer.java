package io.blogsearch.browser;

import io.blogsearch.cli.BlogsearchCommand;
import io.blogsearch.cli.Engines;
import io.blogsearch.engine.SearchEngine;
import io.blogsearch.fixtures.TempDirs;
import io.blogsearch.server.SearchApp;
import io.blogsearch.server.ServerConfig;
import io.blogsearch.server.SiteBranding;
import io.blogsearch.testing.RequiredResources;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The sample blog's search under {@code /search} of one origin, the way a reverse proxy puts it beside a blog: the
 * blog itself (a built-site folder with a page embedding the box) is served at {@code /} of the same origin.
 */
final class PrefixedSearchServer implements AutoCloseable {

    static final String PREFIX = "/search";
    static final String TITLE = "Notes from the Hallway Track";

    private final Javalin app;

    private PrefixedSearchServer(Javalin app) {
        this.app = app;
    }

    /** Indexes the sample blog and serves it on a free port; {@code hostPage} is the blog's / with /blog.css. */
    static PrefixedSearchServer start(String hostPage, String hostStyle) {
        RequiredResources.browser();
        try {
            Path index = TempDirs.deletedAtExit("blogsearch-prefixed-index-");
            int exit = BlogsearchCommand.commandLine().execute("index", "--quiet",
                    "--site", RequiredResources.sampleBlog().toString(), "--index", index.toString());
            if (exit != 0 && exit != 3) {
                throw new IllegalStateException("blogsearch index of the sample blog exited with " + exit);
            }
            Path blog = TempDirs.deletedAtExit("blogsearch-prefixed-blog-");
            Files.writeString(blog.resolve("index.html"), hostPage);
            Files.writeString(blog.resolve("blog.css"), hostStyle);
            SearchEngine engine = Engines.lucene(index);
            ServerConfig config = new ServerConfig("127.0.0.1", 0, List.of(), null).withBasePath(PREFIX)
                    .withMetrics(false).withBranding(new SiteBranding(TITLE, null)).withPublicDir(blog);
            return new PrefixedSearchServer(SearchApp.create(engine, config).start());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The origin, e.g. {@code http://127.0.0.1:34567}. */
    String origin() {
        return "http://127.0.0.1:" + app.port();
    }

    /** The search page's URL, e.g. {@code http://127.0.0.1:34567/search}, without a trailing slash. */
    String searchUrl() {
        return origin() + PREFIX;
    }

    @Override
    public void close() {
        app.stop();
    }
}
