package io.blogsearch.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.blogsearch.api.SuggestResponse;
import io.blogsearch.engine.SearchEngine;
import io.javalin.http.Context;
import io.javalin.http.Header;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/** The public API: search, suggestions and the OpenAPI description. Handlers parse, call the engine, write JSON. */
final class SearchRoutes {

    /** Characters of a suggest prefix that are read. */
    static final int MAX_SUGGEST_LENGTH = 200;
    private static final String OPENAPI = "/openapi.yaml";

    private final SearchEngine engine;
    private final ResponseJson json;
    private final String basePath;

    /** Routes over the engine, writing answers with the app's JSON mapper. */
    SearchRoutes(SearchEngine engine, ObjectMapper mapper) {
        this(engine, mapper, "");
    }

    /** Routes whose links to the search page go under {@code basePath} ({@code ""} for the root). */
    SearchRoutes(SearchEngine engine, ObjectMapper mapper, String basePath) {
        this.engine = engine;
        this.json = new ResponseJson(mapper);
        this.basePath = basePath;
    }

    void search(Context ctx) throws IOException {
        // "Cache-Control: no-cache" asks for a recomputed answer (the benchmark's uncached runs use it).
        String cacheControl = ctx.header(Header.CACHE_CONTROL);
        boolean fresh = cacheControl != null && cacheControl.toLowerCase(Locale.ROOT).contains("no-cache");
        json.write(ctx, engine.search(SearchParams.read(ctx), fresh), !fresh);
    }

    void suggest(Context ctx) throws IOException {
        String q = ctx.queryParam("q");
        q = q == null ? "" : q.substring(0, Math.min(q.length(), MAX_SUGGEST_LENGTH));
        ctx.json(underBasePath(engine.suggest(q)));
    }

    /** The search layer links a facet value to {@code /?dim=value}; behind a base path that page lives under it. */
    private SuggestResponse underBasePath(SuggestResponse answer) {
        if (basePath.isEmpty()) {
            return answer;
        }
        return new SuggestResponse(answer.suggestions().stream()
                .map(s -> s.url() != null && s.url().startsWith("/?")
                        ? new SuggestResponse.Suggestion(s.text(), s.kind(), basePath + s.url()) : s)
                .toList());
    }

    void openApi(Context ctx) throws IOException {
        try (InputStream in = SearchRoutes.class.getResourceAsStream(OPENAPI)) {
            if (in == null) {
                throw new ApiException(404, "no OpenAPI description in this build");
            }
            ctx.contentType("application/yaml; charset=utf-8").result(in.readAllBytes());
        }
    }
}
