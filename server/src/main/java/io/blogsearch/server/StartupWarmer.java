package io.blogsearch.server;

import io.blogsearch.api.Hit;
import io.blogsearch.engine.SearchEngine;
import io.blogsearch.query.SearchRequest;
import io.blogsearch.query.SortOrder;
import io.blogsearch.schema.DocType;
import io.blogsearch.schema.FacetDims;
import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a started server's own kinds of request before it reports ready, so that a reader's first search runs on
 * loaded classes, opened index files and compiled code instead of paying for them. The searches and suggestions go to
 * the engine directly; one search goes over loopback HTTP, which is enough to load the web layer's classes and cheaper
 * than sending every request through it. The words come from the titles of the newest pages of the index served, so
 * no word list is tuned to one blog.
 */
public final class StartupWarmer {

    /** Marks the warm-up's own requests, which the request log leaves out (from loopback only). */
    static final String HEADER = "X-Blogsearch-Warm-Up";

    private static final Logger LOG = LoggerFactory.getLogger(StartupWarmer.class);
    /**
     * Words to warm with: each kind of request then runs twice, once cold and once on loaded code. More rounds or
     * words bought nothing a reader sees: one round already runs each path more often than a reader's first ten
     * queries do, and every further round only fed the optimising compiler while the server was not yet ready.
     */
    private static final int WORDS = 2;
    private static final int TIMEOUT_MILLIS = 2_000;

    private final SearchEngine engine;
    private final long start = System.nanoTime();
    private final CompletableFuture<Integer> engineWarmed;
    private volatile List<String> words = List.of();

    private StartupWarmer(SearchEngine engine) {
        this.engine = engine;
        this.engineWarmed = new CompletableFuture<>();
    }

    /**
     * Warms {@code engine} and the server listening on {@code port}, then lets the engine report ready; a failing
     * warm-up is logged and never keeps the server from serving.
     */
    public static void warm(SearchEngine engine, ServerConfig config, int port) {
        start(engine).finish(config, port);
    }

    /**
     * Starts running the engine's searches and suggestions on a thread of its own, so they load and compile the
     * search path while the web server starts; {@link #finish} completes the warm-up once the server listens.
     */
    public static StartupWarmer start(SearchEngine engine) {
        StartupWarmer warmer = new StartupWarmer(engine);
        Thread thread = new Thread(warmer::warmEngine, "warm-up");
        thread.setDaemon(true);
        thread.start();
        return warmer;
    }

    /**
     * Waits for the engine's warm-up, sends one search over loopback HTTP to the server on {@code port} (which loads
     * the web layer's classes), then lets the engine report ready; a failure is logged and never keeps the server
     * from serving.
     */
    public void finish(ServerConfig config, int port) {
        int requests = 0;
        try {
            requests = engineWarmed.join();
            if (engine.isOpen()) {
                get(base(config, port) + "search?q=" + encode(words.isEmpty() ? "" : words.get(0)));
                requests++;
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("warming up the server failed, serving unwarmed: {}", e.toString());
        } finally {
            engine.warmed();
        }
        LOG.info("warmed up with {} requests in {} ms", requests, (System.nanoTime() - start) / 1_000_000);
    }

    /** The engine's part: each kind of search and a suggestion per word; completes with the requests made. */
    private void warmEngine() {
        int requests = 0;
        try {
            if (engine.isOpen()) {
                words = words(engine);
                for (SearchRequest request : requests(words)) {
                    engine.search(request, true);
                    requests++;
                }
                for (String word : words) {
                    engine.suggest(word.substring(0, 3));
                    requests++;
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("warming up the engine failed: {}", e.toString());
        } finally {
            engineWarmed.complete(requests);
        }
    }

    /** The API's address on loopback when the server listens on every interface. */
    private static String base(ServerConfig config, int port) {
        String host = "0.0.0.0".equals(config.host()) || "::".equals(config.host()) ? "127.0.0.1" : config.host();
        return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port + config.path("/api/");
    }

    private static void get(String url) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) URI.create(url).toURL().openConnection();
        connection.setConnectTimeout(TIMEOUT_MILLIS);
        connection.setReadTimeout(TIMEOUT_MILLIS);
        connection.setRequestProperty("Cache-Control", "no-cache"); // compute every answer, as a new query does
        connection.setRequestProperty(HEADER, "1");
        try (InputStream body = connection.getResponseCode() < 400 ? connection.getInputStream()
                : connection.getErrorStream()) {
            if (body != null) {
                body.readAllBytes();
            }
        } finally {
            connection.disconnect();
        }
    }

    /** Up to {@link #WORDS} distinct words of four letters or more from the titles of the newest pages. */
    static List<String> words(SearchEngine engine) throws IOException {
        Set<String> words = new LinkedHashSet<>();
        for (Hit hit : engine.search(SearchRequest.of("")).hits()) {
            for (String word : String.valueOf(hit.title()).toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
                if (word.length() >= 4 && words.size() < WORDS) {
                    words.add(word);
                }
            }
        }
        return List.copyOf(words);
    }

    /** The kinds of search a reader sends: words, two words, a phrase, a typo, a half-typed word, a filter. */
    static List<SearchRequest> requests(List<String> words) {
        List<SearchRequest> requests = new ArrayList<>();
        requests.add(SearchRequest.of(""));
        requests.add(new SearchRequest("", Map.of(), null, null, SortOrder.OLDEST, 2, SearchRequest.DEFAULT_SIZE));
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            String next = words.get((i + 1) % words.size());
            requests.add(SearchRequest.of(word));
            requests.add(SearchRequest.of(word + " " + next));
            requests.add(SearchRequest.of("\"" + word + " " + next + "\""));
            requests.add(SearchRequest.of(typo(word)));
            requests.add(SearchRequest.of(word.substring(0, word.length() / 2 + 1)));
            requests.add(new SearchRequest(word, Map.of(FacetDims.TYPE, List.of(DocType.POST.value())), null, null,
                    null, 1, SearchRequest.DEFAULT_SIZE));
        }
        return requests;
    }

    /** The word with two neighbouring letters swapped, as fast typing does. */
    private static String typo(String word) {
        char[] letters = word.toCharArray();
        char first = letters[1];
        letters[1] = letters[2];
        letters[2] = first;
        return new String(letters);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
