package io.blogsearch.opensearch;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Where the OpenSearch cluster is and how to reach it.
 *
 * @param urls     the nodes' HTTP(S) addresses; requests go to any of them
 * @param index    the alias readers search (a full rebuild writes {@code index-TIMESTAMP} and swaps it)
 * @param user     basic-auth user, or null
 * @param password basic-auth password (from {@link #PASSWORD_ENV}), or null; never printed
 * @param caFile   a PEM certificate to trust for https addresses, or null for the JVM's trust store
 * @param insecure whether to trust any certificate and host name (tests, never production)
 */
public record OpenSearchConfig(List<URI> urls, String index, String user, String password, Path caFile,
                               boolean insecure) {

    /** Default alias name. */
    public static final String DEFAULT_INDEX = "blogsearch";
    /** Environment variable holding the password, so it is never on a command line or in a log. */
    public static final String PASSWORD_ENV = "BLOGSEARCH_OPENSEARCH_PASSWORD";

    public OpenSearchConfig {
        urls = List.copyOf(urls);
        index = index == null || index.isBlank() ? DEFAULT_INDEX : index;
    }

    /** A config from {@code --opensearch URL[,URL…]} and the other flags; the password comes from the environment. */
    public static OpenSearchConfig parse(List<String> urls, String index, String user, Path caFile,
                                         boolean insecure) {
        List<URI> parsed = urls.stream().map(String::trim).filter(u -> !u.isEmpty()).map(OpenSearchConfig::uri)
                .toList();
        if (parsed.isEmpty()) {
            throw new IllegalArgumentException("--opensearch needs at least one http(s) URL");
        }
        if (index != null && !index.matches("[a-z0-9][a-z0-9_.-]{0,200}")) {
            throw new IllegalArgumentException("--opensearch-index must be lower-case letters, digits, '-', '_' or "
                    + "'.', not '" + index + "'");
        }
        return new OpenSearchConfig(parsed, index, user, user == null ? null : System.getenv(PASSWORD_ENV), caFile,
                insecure);
    }

    private static URI uri(String text) {
        URI uri;
        try {
            uri = URI.create(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--opensearch: not a URL: " + text);
        }
        if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
            throw new IllegalArgumentException("--opensearch takes http(s)://host:port addresses, not " + text);
        }
        return uri;
    }

    /** The addresses and alias for messages: no user info, no password. */
    public String describe() {
        return urls.stream().map(u -> u.getScheme() + "://" + u.getHost() + (u.getPort() < 0 ? "" : ":" + u.getPort()))
                .collect(Collectors.joining(",")) + " index " + index;
    }
}
