package io.blogsearch.browser;

import io.blogsearch.cli.BlogsearchCommand;
import io.blogsearch.cli.Engines;
import io.blogsearch.engine.SearchEngine;
import io.blogsearch.fixtures.TempDirs;
import io.blogsearch.server.SearchApp;
import io.blogsearch.server.ServerConfig;
import io.blogsearch.testing.RequiredResources;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;

/** Indexes the bundled sample blog with {@code blogsearch index} and serves it in process on a free port. */
final class SampleBlogServer {

    private SampleBlogServer() {
    }

    /** Starts the server, allowing {@code corsOrigin} to call it, and returns its base URL; stops at JVM exit. */
    static String start(String corsOrigin) {
        try {
            Path index = TempDirs.deletedAtExit("blogsearch-browser-index-");
            int exit = BlogsearchCommand.commandLine().execute("index",
                    "--site", RequiredResources.sampleBlog().toString(), "--index", index.toString());
            if (exit != 0 && exit != 3) { // 3: indexed, with some files skipped, which the page does not care about
                throw new IllegalStateException("blogsearch index of the sample blog exited with " + exit);
            }
            SearchEngine engine = Engines.lucene(index);
            int port = freePort();
            String self = "http://127.0.0.1:" + port;
            // Only the foreign page's origin is listed: the page itself must work with CORS on (SameOriginWithCorsIT).
            ServerConfig config = new ServerConfig("127.0.0.1", port, List.of(corsOrigin), null);
            Javalin app = SearchApp.create(engine, config);
            app.start();
            Runtime.getRuntime().addShutdownHook(new Thread(app::stop));
            return self;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
