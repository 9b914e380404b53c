package io.blogsearch.server;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * CORS for an allowlist of origins (the blog's own pages, which embed {@code /blogsearch.js} and call the API). An
 * allowed origin gets the CORS headers and its preflights are answered; any other origin is served as usual, just
 * without CORS headers, so browsers keep its pages from reading answers. (Javalin's CORS plugin refuses such requests
 * with 400, which also breaks this server's own page: Chromium sends Origin on same-origin module loads.)
 */
final class CorsPolicy {

    private static final String ALLOWED_METHODS = "GET, POST, OPTIONS";
    private static final String DEFAULT_ALLOWED_HEADERS = "Content-Type, Authorization";
    private static final String MAX_AGE_SECONDS = "600";

    private final Set<String> origins;

    CorsPolicy(Iterable<String> origins) {
        Set<String> normalized = new HashSet<>();
        origins.forEach(origin -> normalized.add(normalize(origin)));
        this.origins = Set.copyOf(normalized);
    }

    /** Adds CORS headers for an allowed origin; answers its preflight and skips the rest. */
    void apply(Context ctx) {
        String origin = ctx.header("Origin");
        if (origin == null || !origins.contains(normalize(origin))) {
            return;
        }
        ctx.header("Access-Control-Allow-Origin", origin);
        ctx.header("Vary", "Origin");
        if (ctx.method() == HandlerType.OPTIONS && ctx.header("Access-Control-Request-Method") != null) {
            String requested = ctx.header("Access-Control-Request-Headers");
            ctx.header("Access-Control-Allow-Methods", ALLOWED_METHODS);
            ctx.header("Access-Control-Allow-Headers", requested == null ? DEFAULT_ALLOWED_HEADERS : requested);
            ctx.header("Access-Control-Max-Age", MAX_AGE_SECONDS);
            ctx.status(204);
            ctx.skipRemainingHandlers();
        }
    }

    private static String normalize(String origin) {
        String trimmed = origin.trim().toLowerCase(Locale.ROOT);
        return trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
    }
}
