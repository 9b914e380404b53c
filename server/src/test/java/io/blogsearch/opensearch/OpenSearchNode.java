package io.blogsearch.opensearch;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One OpenSearch node process of the test harness, listening on loopback: its HTTP address, its log, and the means
 * to stop it gently or to kill it as a crash would ({@code kill -9}).
 */
public final class OpenSearchNode {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final Process process;
    private final int httpPort;
    private final Path home;

    OpenSearchNode(String name, Process process, int httpPort, Path home) {
        this.name = name;
        this.process = process;
        this.httpPort = httpPort;
        this.home = home;
    }

    /** The node's name in the cluster. */
    public String name() {
        return name;
    }

    /** The node's HTTP address, e.g. {@code http://127.0.0.1:54321}. */
    public String url() {
        return "http://127.0.0.1:" + httpPort;
    }

    /** Whether the node's process is still running. */
    public boolean isAlive() {
        return process.isAlive();
    }

    /** Kills the node's process at once (SIGKILL), as a crash or a pulled plug would. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** Stops the node gently (SIGTERM), killing it when it does not stop within 30 seconds. */
    public void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            kill();
        }
    }

    /** Waits until the cluster this node is in reports at least {@code status} with {@code nodes} nodes. */
    void awaitHealth(String status, int nodes, Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        String path = "/_cluster/health?wait_for_status=" + status + "&wait_for_nodes=" + nodes + "&timeout=2s";
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IOException("OpenSearch node " + name + " exited with " + process.exitValue()
                        + "; its log ends:\n" + logTail());
            }
            try {
                HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url() + path))
                        .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && !response.body().contains("\"timed_out\":true")) {
                    return;
                }
            } catch (IOException notYetListening) {
                Thread.sleep(500);
            }
        }
        throw new IOException("OpenSearch node " + name + " not " + status + " with " + nodes + " nodes within "
                + timeout.toSeconds() + " s; its log ends:\n" + logTail());
    }

    /** Whether the node runs, or how it ended, with the end of its log: what a failed start reports of each node. */
    String state() {
        String running = process.isAlive() ? "running" : "exited with " + process.exitValue();
        return name + " " + running + "; its log ends:\n" + logTail();
    }

    /** The last lines of the node's console output, for failure messages. */
    String logTail() {
        try {
            List<String> lines = Files.readAllLines(home.resolve("console.log"), StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }
}
