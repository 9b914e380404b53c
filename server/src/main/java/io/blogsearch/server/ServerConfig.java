package io.blogsearch.server;

import java.nio.file.Path;
import java.util.List;

/**
 * How the server runs; built by {@code blogsearch serve} from flags and environment variables.
 *
 * @param host        interface to bind, e.g. {@code 127.0.0.1}
 * @param port        port to bind; 0 picks a free one (tests)
 * @param corsOrigins origins allowed to call the API and load {@code /blogsearch.js}; empty means CORS is off
 * @param adminToken  bearer token of {@code POST /api/admin/reindex}; null or blank disables the admin API
 * @param basePath    path prefix of the page, its assets and the API, normalised by {@link BasePath}: {@code ""}
 *                    for the root, else e.g. {@code /search}
 * @param metrics     whether {@code /metrics} is served on this port
 * @param branding    the blog's title and home link shown on the page
 * @param publicDir   a built site served at {@code /} beside the search, or null
 */
public record ServerConfig(String host, int port, List<String> corsOrigins, String adminToken, String basePath,
                           boolean metrics, SiteBranding branding, Path publicDir) {

    /** The interface bound when none is given: only this machine can connect. */
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 7070;

    public ServerConfig {
        corsOrigins = List.copyOf(corsOrigins);
        basePath = BasePath.normalize(basePath);
        branding = branding == null ? SiteBranding.NONE : branding;
    }

    /** At the root, with {@code /metrics}, no branding and no built site: the server as the API always served it. */
    public ServerConfig(String host, int port, List<String> corsOrigins, String adminToken) {
        this(host, port, corsOrigins, adminToken, "", true, SiteBranding.NONE, null);
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
        return new ServerConfig(host, port, origins, adminToken, basePath, metrics, branding, publicDir);
    }

    /** This config with the admin API enabled by the given token. */
    public ServerConfig withAdminToken(String token) {
        return new ServerConfig(host, port, corsOrigins, token, basePath, metrics, branding, publicDir);
    }

    /** This config with the page, assets and API under {@code path} (e.g. {@code /search}). */
    public ServerConfig withBasePath(String path) {
        return new ServerConfig(host, port, corsOrigins, adminToken, path, metrics, branding, publicDir);
    }

    /** This config with {@code /metrics} served on this port or not. */
    public ServerConfig withMetrics(boolean served) {
        return new ServerConfig(host, port, corsOrigins, adminToken, basePath, served, branding, publicDir);
    }

    /** This config with the blog's title and home link. */
    public ServerConfig withBranding(SiteBranding site) {
        return new ServerConfig(host, port, corsOrigins, adminToken, basePath, metrics, site, publicDir);
    }

    /** This config serving a built site from {@code dir} at {@code /}. */
    public ServerConfig withPublicDir(Path dir) {
        return new ServerConfig(host, port, corsOrigins, adminToken, basePath, metrics, branding, dir);
    }

    /** {@code route} (starting with {@code /}) under the base path. */
    public String path(String route) {
        return basePath + route;
    }
}
