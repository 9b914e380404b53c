package io.blogsearch.cli;

import io.blogsearch.opensearch.OpenSearchConfig;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;

/** The options that point a command at an OpenSearch cluster instead of a local index folder. */
public final class OpenSearchOptions {

    @Option(names = "--opensearch", paramLabel = "URL", split = ",",
            description = "Use an OpenSearch cluster: its nodes' http(s) addresses, comma-separated.")
    List<String> urls = List.of();

    @Option(names = "--opensearch-index", paramLabel = "NAME",
            description = "The alias searched (default " + OpenSearchConfig.DEFAULT_INDEX + "); a full rebuild "
                    + "writes NAME-TIMESTAMP and moves the alias to it.")
    String index;

    @Option(names = "--opensearch-user", paramLabel = "USER",
            description = "Basic-auth user; the password is read from the environment variable "
                    + OpenSearchConfig.PASSWORD_ENV + ".")
    String user;

    @Option(names = "--opensearch-ca", paramLabel = "FILE",
            description = "A PEM certificate (chain) to trust for https addresses, e.g. the cluster's own CA.")
    Path caFile;

    @Option(names = "--opensearch-insecure",
            description = "Trust any certificate and host name over https (for tests; never in production).")
    boolean insecure;

    /** Whether an OpenSearch cluster was given. */
    public boolean enabled() {
        return !urls.isEmpty();
    }

    /** The cluster's config; throws IllegalArgumentException naming the bad option. */
    public OpenSearchConfig config() {
        return OpenSearchConfig.parse(urls, index, user, caFile, insecure);
    }
}
