package io.blogsearch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.blogsearch.fixtures.CommandProcess;
import io.blogsearch.fixtures.Http;
import io.blogsearch.testing.RequiredResources;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's run command and test command side by side: a server runs from {@code server/target/blogsearch.jar}
 * of a copy of the project while {@code ./mvnw package} rebuilds that copy. The build replaces the jar by a rename,
 * so the server keeps reading its own file and keeps answering, also for resources it has not read before.
 */
class JarRebuildPackageIT {

    private static final Duration BUILD = Duration.ofMinutes(8);
    private static final List<String> PROJECT = List.of("pom.xml", "mvnw", ".mvn", "LICENSE", "README.md",
            "indexer/pom.xml", "indexer/src/main", "web/pom.xml", "web/src/main", "server/pom.xml",
            "server/src/main", "server/src/assembly", "server/src/dist",
            // package lists the classes an index and a search of the sample blog load, for the distribution
            "examples/sample-blog");

    @TempDir
    Path temp;

    @Test
    void serverKeepsAnsweringWhileTheBuildReplacesItsJar() throws Exception {
        Path project = copyProject(temp.resolve("project"));
        Path jar = project.resolve("server/target/blogsearch.jar");
        Files.createDirectories(jar.getParent());
        Files.copy(RequiredResources.projectRoot().resolve("server/target/blogsearch.jar"), jar);
        Object inodeBefore = Files.getAttribute(jar, "unix:ino");
        Path index = temp.resolve("index");
        assertThat(BlogsearchCommand.commandLine().execute("index", "--quiet", "--site",
                RequiredResources.sampleBlog().toString(), "--index", index.toString())).isIn(0, 3);

        int port = Http.freePort();
        String base = "http://127.0.0.1:" + port;
        try (CommandProcess serve = CommandProcess.start(List.of(CommandProcess.javaBinary(), "-jar", jar.toString(),
                "serve", "--index", index.toString(), "--port", String.valueOf(port)), project)) {
            Http.await(() -> status(base + "/readyz") == 200 || !serve.alive(), Duration.ofMinutes(2), "readyz");
            // The first searches compile the search path; on a loaded machine that alone can outlast a request's
            // timeout, which says nothing about the jar being replaced.
            Http.await(() -> status(base + "/api/search?q=rust") == 200 || !serve.alive(), Duration.ofMinutes(1),
                    "a first search");
            AtomicInteger answered = new AtomicInteger();
            AtomicReference<String> failure = new AtomicReference<>();
            Thread searches = searchMeanwhile(base, answered, failure);
            try (CommandProcess build = CommandProcess.start(List.of(project.resolve("mvnw").toString(), "-B", "-q",
                    "-o", "package", "-DskipTests"), project)) {
                assertThat(build.exitCode(BUILD)).as(build.stdout() + build.stderr()).isZero();
            } finally {
                searches.interrupt();
                searches.join();
            }
            assertThat(Files.getAttribute(jar, "unix:ino")).as("a new file took the jar's name")
                    .isNotEqualTo(inodeBefore);
            assertThat(failure.get()).as("answers while the jar was rebuilt").isNull();
            assertThat(answered.get()).isPositive();
            assertThat(serve.alive()).isTrue();
            // A class and a resource this server has not loaded yet come from its own (now unlinked) jar.
            assertThat(status(base + "/api/openapi.yaml")).isEqualTo(200);
            assertThat(status(base + "/api/suggest?q=ma")).isEqualTo(200);
            assertThat(status(base + "/api/search?q=scissors")).isEqualTo(200);
            assertThat(serve.terminate(Duration.ofSeconds(30))).isEqualTo(143);
        }
    }

    private static Thread searchMeanwhile(String base, AtomicInteger answered, AtomicReference<String> failure) {
        Thread thread = new Thread(() -> {
            String[] words = {"rust", "kubernetes", "ceph", "storage", "talk"};
            for (int i = 0; !Thread.currentThread().isInterrupted(); i++) {
                int code = status(base + "/api/search?q=" + words[i % words.length] + "&page=" + (1 + i % 3));
                if (code != 200) {
                    failure.compareAndSet(null, "search " + i + " answered " + code);
                }
                answered.incrementAndGet();
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "search-meanwhile");
        thread.start();
        return thread;
    }

    private static int status(String url) {
        try {
            return Http.status(url);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -2;
        }
    }

    private static Path copyProject(Path target) throws IOException {
        Path root = RequiredResources.projectRoot();
        for (String part : PROJECT) {
            copy(root.resolve(part), target.resolve(part));
        }
        return target;
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                Files.createDirectories(to.resolve(from.relativize(dir).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Path into = to.resolve(from.relativize(file).toString());
                Files.createDirectories(into.getParent());
                Files.copy(file, into, StandardCopyOption.COPY_ATTRIBUTES);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
