package io.blogsearch.cli;

import io.blogsearch.engine.SearchEngine;
import io.blogsearch.server.ReindexCoordinator;
import io.blogsearch.server.SearchServer;
import io.blogsearch.server.ServerConfig;
import io.javalin.util.JavalinBindException;
import java.io.IOException;

/** Starts the server for {@code serve}, turning a port that cannot be bound into a one-line startup error. */
final class ServerStarter {

    private ServerStarter() {
    }

    /** The started server; on failure the engine is closed and a {@link StartupException} says why. */
    static SearchServer start(SearchEngine engine, ServerConfig config, ReindexCoordinator coordinator,
                              Integer metricsPort) {
        try {
            return SearchServer.start(engine, config, coordinator, metricsPort);
        } catch (JavalinBindException e) {
            close(engine);
            String ports = metricsPort == null ? "port " + config.port()
                    : "port " + config.port() + " or metrics port " + metricsPort;
            throw new StartupException("cannot start: " + ports + " on " + config.host()
                    + " is already in use or cannot be bound; stop what uses it or choose another with --port",
                    IndexFolderCheck.CANNOT_START, e);
        } catch (RuntimeException e) {
            close(engine);
            throw e;
        }
    }

    private static void close(SearchEngine engine) {
        try {
            engine.close();
        } catch (IOException e) {
            // The process is about to exit with the start-up error, which is the one worth reporting.
        }
    }
}
