package io.blogsearch.opensearch;

import io.blogsearch.fixtures.TempDirs;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Real OpenSearch nodes for tests: the distribution the build unpacks ({@link OpenSearchRequirement#home()}) is copied
 * per node into a temp folder and started on free loopback ports with a small heap. One node runs as a single-node
 * cluster; several discover each other and elect a cluster manager among themselves. OpenSearch refuses to run as
 * root, so under root every node runs as {@link OpenSearchRequirement#USER}.
 *
 * <p>{@link #shared()} is one node per test JVM, started on first use and stopped when the JVM exits: suites share it
 * (each with its own index names) so the build starts few nodes.
 */
public final class OpenSearchCluster implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(180);
    private static final String HEAP = "-Xms320m -Xmx320m";
    private static OpenSearchCluster shared;

    private final List<OpenSearchNode> nodes;
    private final Path root;

    private OpenSearchCluster(List<OpenSearchNode> nodes, Path root) {
        this.nodes = nodes;
        this.root = root;
    }

    /** The single node every suite of this JVM shares; skips (or fails, when required) if OpenSearch cannot start. */
    public static synchronized OpenSearchCluster shared() {
        if (shared == null) {
            shared = startOrSkip(1);
            OpenSearchCluster started = shared;
            Runtime.getRuntime().addShutdownHook(new Thread(started::close));
        }
        return shared;
    }

    /** A cluster of its own with {@code size} nodes; skips (or fails, when required) if OpenSearch cannot start. */
    public static OpenSearchCluster startOrSkip(int size) {
        Path home = OpenSearchRequirement.home();
        String user = OpenSearchRequirement.user();
        try {
            try {
                return start(home, user, size);
            } catch (IOException firstTry) {
                if (size == 1) {
                    throw firstTry;
                }
                // Several nodes on free ports of a busy machine: a port taken between choosing and binding it, or a
                // node lost while the others elect, fails a start the test is not about; one fresh start is fair.
                System.err.println("OpenSearch cluster of " + size + " did not start, starting it again: "
                        + firstTry.getMessage());
                return start(home, user, size);
            }
        } catch (IOException e) {
            OpenSearchRequirement.cannotStart(e.getMessage());
            throw new IllegalStateException("unreachable");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static OpenSearchCluster start(Path home, String user, int size) throws IOException, InterruptedException {
        Path root = Files.createTempDirectory("blogsearch-opensearch-");
        String clusterName = "blogsearch-test-" + UUID.randomUUID().toString().substring(0, 8);
        List<int[]> ports = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            ports.add(new int[] {freePort(), freePort()});
        }
        String seeds = ports.stream().map(p -> "127.0.0.1:" + p[1]).collect(Collectors.joining(","));
        List<String> names = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            names.add("node-" + i);
        }
        List<OpenSearchNode> nodes = new ArrayList<>();
        OpenSearchCluster cluster = new OpenSearchCluster(nodes, root);
        try {
            for (int i = 0; i < size; i++) {
                List<String> settings = settings(clusterName, names.get(i), ports.get(i), size, seeds, names);
                nodes.add(NodeLauncher.launch(home, root.resolve(names.get(i)), user, names.get(i), settings,
                        ports.get(i)[0], HEAP));
            }
            for (OpenSearchNode node : nodes) {
                node.awaitHealth("green", size, START_TIMEOUT);
            }
            return cluster;
        } catch (IOException e) {
            String states = nodes.stream().map(OpenSearchNode::state).collect(Collectors.joining("\n\n"));
            cluster.close();
            throw new IOException(e.getMessage().lines().findFirst().orElse("") + "\n" + states, e);
        } catch (RuntimeException | InterruptedException e) {
            cluster.close();
            throw e;
        }
    }

    private static List<String> settings(String clusterName, String name, int[] ports, int size, String seeds,
                                         List<String> names) {
        List<String> settings = new ArrayList<>(List.of(
                "cluster.name=" + clusterName, "node.name=" + name, "network.host=127.0.0.1",
                "http.port=" + ports[0], "transport.port=" + ports[1],
                // a shared build machine's disk may be fuller than the default watermarks allow
                "cluster.routing.allocation.disk.threshold_enabled=false"));
        if (size == 1) {
            settings.add("discovery.type=single-node");
        } else {
            settings.add("discovery.seed_hosts=" + seeds);
            settings.add("cluster.initial_cluster_manager_nodes=" + String.join(",", names));
        }
        return settings;
    }

    /** The nodes, in start order. */
    public List<OpenSearchNode> nodes() {
        return List.copyOf(nodes);
    }

    /** The HTTP addresses of the nodes still running, comma-separated, as {@code --opensearch} takes them. */
    public String urls() {
        return nodes.stream().filter(OpenSearchNode::isAlive).map(OpenSearchNode::url)
                .collect(Collectors.joining(","));
    }

    /** Stops every node and deletes their folders. */
    @Override
    public void close() {
        for (OpenSearchNode node : nodes) {
            try {
                node.stop();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        TempDirs.delete(root);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
