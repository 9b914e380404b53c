package io.blogsearch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.blogsearch.opensearch.OpenSearchCluster;
import io.blogsearch.testing.RequiredResources;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** {@code index --opensearch} and {@code search --opensearch} against a real node, and the usage errors around them. */
class OpenSearchCommandIT {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return BlogsearchCommand.commandLine().setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(args);
    }

    @Test
    void indexesTheSiteIntoTheClusterAndSearchesIt() {
        String urls = OpenSearchCluster.shared().urls();
        int exit = run("index", "--site", RequiredResources.sampleBlog().toString(), "--opensearch", urls,
                "--opensearch-index", "cli-it", "--opensearch-replicas", "0");
        assertThat(exit).as(err.toString()).isZero();
        assertThat(out.toString()).contains("OpenSearch " + urls + " index cli-it: rebuilt as cli-it-");

        assertThat(run("search", "kubernetes", "--opensearch", urls, "--opensearch-index", "cli-it", "--json"))
                .as(err.toString()).isZero();
        assertThat(out.toString()).contains("\"hits\"").contains("Kubernetes");
    }

    @Test
    void refusesAnAddressThatIsNoUrlAndServeWithALocalIndex() {
        assertThat(run("index", "--site", RequiredResources.sampleBlog().toString(), "--opensearch", "os1:9200"))
                .isEqualTo(IndexCommand.USAGE);
        assertThat(err.toString()).contains("--opensearch takes http(s)://host:port addresses");
        assertThat(run("serve", "--opensearch", "http://127.0.0.1:1", "--index", "x")).isEqualTo(2);
        assertThat(err.toString()).contains("--opensearch serves the cluster's index");
    }
}
