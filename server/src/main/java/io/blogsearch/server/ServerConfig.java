package io.blogsearch.server;

import java.util.List;

/**
 * How the server runs; built by {@code blogsearch serve} from flags and environment variables.
 *
 * @param host        interface to bind, e.g. {@code 0.0.0.0}
 * @param port        port to bind; 0 picks a free one (tests)
 * @param corsOrigins origins allowed to call the API and load {@code /blogsearch.js}; empty means CORS is off
 * @param adminToken  bearer token of {@code POST /api/admin/reindex}; null or blank disables the admin API
 */
public record ServerConfig(String host, int port, List<String> corsOrigins, String adminToken) {

    public static final String DEFAULT_HOST = "0.0.0.0";
    public static final int DEFAULT_PORT = 7070;

    public ServerConfig {
        corsOrigins = List.copyOf(corsOrigins);
    }

    /** Defaults for tests: loopback, a free port, no CORS, no admin API. */
    public static ServerConfig forTests() {
        return new ServerConfig("127.0.0.1", 0, List.of(), null);
    }

    /** Whether the admin API is enabled. */
    public boolean adminEnabled() {
        return adminToken != null && !adminToken.isBlank();
    }

    /** This config with CORS allowed for the given origins. */
    public ServerConfig withCorsOrigins(List<String> origins) {
        return new ServerConfig(host, port, origins, adminToken);
    }

    /** This config with the admin API enabled by the given token. */
    public ServerConfig withAdminToken(String token) {
        return new ServerConfig(host, port, corsOrigins, token);
    }
}
