package io.blogsearch.opensearch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.UserPrincipal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Starts one OpenSearch node from a copy of the distribution: its own config, data and logs under {@code dir}, owned
 * by the user it runs as. The process is the node's JVM itself ({@code setpriv} replaces itself with it), so killing
 * the process kills the node.
 */
final class NodeLauncher {

    private NodeLauncher() {
    }

    /** Copies the distribution to {@code dir} and starts a node with the given {@code -E} settings. */
    static OpenSearchNode launch(Path distribution, Path dir, String user, String name, List<String> settings,
                                 int httpPort, String heap) throws IOException {
        copyTree(distribution, dir);
        // its own temp folder, deleted with the node's: the launcher's default is a new folder under /tmp per start
        Files.createDirectories(dir.resolve("tmp"));
        if (user != null) {
            chownTree(dir, user);
        }
        List<String> command = new ArrayList<>();
        if (user != null) {
            command.addAll(List.of("setpriv", "--reuid=" + user, "--regid=" + user, "--init-groups", "--"));
        }
        command.add(dir.resolve("bin/opensearch").toString());
        settings.forEach(setting -> command.add("-E" + setting));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
                .redirectErrorStream(true).redirectOutput(dir.resolve("console.log").toFile());
        String javaHome = System.getProperty("java.home");
        builder.environment().put("OPENSEARCH_JAVA_HOME", javaHome);
        builder.environment().put("JAVA_HOME", javaHome);
        builder.environment().put("OPENSEARCH_JAVA_OPTS", heap);
        builder.environment().remove("OPENSEARCH_PATH_CONF");
        builder.environment().put("OPENSEARCH_TMPDIR", dir.resolve("tmp").toString());
        Process process = builder.start();
        return new OpenSearchNode(name, process, httpPort, dir);
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path source : (Iterable<Path>) paths::iterator) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    private static void chownTree(Path dir, String user) throws IOException {
        UserPrincipal owner = dir.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName(user);
        // the temp folder above the node's folder must be passable for that user too
        Path parent = dir.getParent();
        Files.getFileAttributeView(parent, PosixFileAttributeView.class).setOwner(owner);
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : (Iterable<Path>) paths::iterator) {
                Files.getFileAttributeView(path, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS)
                        .setOwner(owner);
            }
        }
    }
}
