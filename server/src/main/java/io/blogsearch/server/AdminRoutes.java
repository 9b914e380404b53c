package io.blogsearch.server;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;

/** {@code POST /api/admin/reindex}: bearer-token protected, disabled when no token is configured. */
final class AdminRoutes {

    private static final String BEARER = "Bearer ";

    private final ServerConfig config;
    private final ReindexCoordinator coordinator;

    AdminRoutes(ServerConfig config, ReindexCoordinator coordinator) {
        this.config = config;
        this.coordinator = coordinator;
    }

    void reindex(Context ctx) throws Exception {
        if (!config.adminEnabled()) {
            throw new ApiException(404, "the admin API is disabled (no admin token configured)");
        }
        String header = ctx.header("Authorization");
        // The scheme is case-insensitive (RFC 9110, section 11.1): "bearer" is as good as "Bearer".
        String token = header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length())
                ? header.substring(BEARER.length()).trim() : "";
        // Constant-time comparison: the token must not leak through response timing.
        if (!MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8),
                config.adminToken().getBytes(StandardCharsets.UTF_8))) {
            ctx.header("WWW-Authenticate", "Bearer");
            throw new ApiException(401, "missing or wrong bearer token");
        }
        if (coordinator == null) {
            throw new ApiException(409, "no site to reindex: start the server with --site");
        }
        ReindexReport report = coordinator.run("admin");
        ctx.json(Map.of("status", "ok", "durationMs", report.durationMillis(), "summary", report.summary()));
    }
}
