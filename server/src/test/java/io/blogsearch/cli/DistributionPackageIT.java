package io.blogsearch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.blogsearch.fixtures.CommandProcess;
import io.blogsearch.fixtures.Http;
import io.blogsearch.testing.RequiredResources;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The distribution as an operator gets it: {@code blogsearch-VERSION.tar.gz} unpacked into an empty folder, its
 * {@code bin/blogsearch} indexing the sample blog and serving it, its licences and its systemd unit.
 */
class DistributionPackageIT {

    private static final Duration SLOW = Duration.ofMinutes(2);

    @TempDir
    static Path temp;

    private static Path home;

    @BeforeAll
    static void unpack() throws Exception {
        Path archive = distribution();
        try (CommandProcess tar = CommandProcess.start(List.of("tar", "xzf", archive.toString(), "-C",
                temp.toString()), null)) {
            assertThat(tar.exitCode(SLOW)).as(tar.stderr()).isZero();
        }
        try (Stream<Path> unpacked = Files.list(temp)) {
            home = unpacked.filter(path -> path.getFileName().toString().startsWith("blogsearch-")).findFirst()
                    .orElseThrow();
        }
    }

    @Test
    void holdsTheLauncherTheJarAndTheLicences() throws IOException {
        assertThat(Files.isExecutable(home.resolve("bin/blogsearch"))).isTrue();
        assertThat(home.resolve("lib/blogsearch.jar")).isRegularFile();
        assertThat(Files.readString(home.resolve("LICENSE"))).contains("Apache License", "Version 2.0, January 2004");
        assertThat(Files.readString(home.resolve("THIRD-PARTY.txt")))
                .contains("org.apache.lucene:lucene-core", "io.javalin:javalin", "org.jsoup:jsoup", "MIT");
        assertThat(home.resolve("README.md")).isRegularFile();
        assertThat(home.resolve("deploy/systemd/blogsearch.service")).isRegularFile();
        assertThat(home.resolve("deploy/kubernetes/blogsearch.yaml")).isRegularFile();
        assertThat(home.resolve("deploy/docker/Dockerfile")).isRegularFile();
    }

    @Test
    void launcherPrintsTheVersion() throws Exception {
        try (CommandProcess version = launcher("--version")) {
            assertThat(version.exitCode(SLOW)).isZero();
            String expected = home.getFileName().toString().substring("blogsearch-".length());
            assertThat(version.stdout()).startsWith("blogsearch " + expected);
        }
    }

    @Test
    void launcherIndexesAndServesTheSampleBlog() throws Exception {
        Path index = temp.resolve("index");
        try (CommandProcess build = launcher("index", "--quiet", "--site",
                RequiredResources.sampleBlog().toString(), "--index", index.toString())) {
            assertThat(build.exitCode(SLOW)).as(build.stderr()).isIn(0, 3);
            assertThat(build.stderr()).as("class data sharing is silent").doesNotContain("[cds]");
        }
        assertThat(home.resolve("lib/blogsearch-index.jsa")).as("the first index records its classes").isNotEmptyFile();
        List<String> again = List.of(home.resolve("bin/blogsearch").toString(), "index", "--quiet", "--site",
                RequiredResources.sampleBlog().toString(), "--index", index.toString());
        try (CommandProcess indexAgain = CommandProcess.start(again, temp,
                Map.of("BLOGSEARCH_JAVA_OPTS", "-Xlog:class+load=info"))) {
            assertThat(indexAgain.exitCode(SLOW)).as(indexAgain.stderr()).isIn(0, 3);
            assertThat(indexAgain.stderr()).doesNotContain("[cds]");
            assertThat(indexAgain.stdout()).as("the archive holds picocli's Java 5 classes, which a dynamic one cannot")
                    .contains("picocli.CommandLine source: shared objects file");
        }
        int port = Http.freePort();
        String base = "http://127.0.0.1:" + port;
        try (CommandProcess serve = launcher("serve", "--index", index.toString(), "--port", String.valueOf(port))) {
            Http.await(() -> Http.isOk(base + "/readyz") || !serve.alive(), SLOW, "readyz of the unpacked server");
            assertThat(serve.alive()).as(serve.stderr()).isTrue();
            HttpResponse<String> answer = Http.get(base + "/api/search?q=rust");
            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(answer.body()).contains("\"hits\":[{");
            assertThat(Http.status(base + "/metrics")).as("metrics are off by default").isEqualTo(404);
            assertThat(serve.terminate(SLOW)).isEqualTo(143);
            assertThat(serve.stderr()).containsPattern("(?m)^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}(Z|[+-]"
                    + "\\d\\d:\\d\\d) INFO blogsearch\\.requests - 127\\.0\\.0\\.1 GET /api/search 200 ");
            assertThat(serve.stderr()).doesNotContain("jetty-", "Javalin");
        }
        assertThat(home.resolve("lib/blogsearch-serve.jsa")).as("a stopped serve leaves its classes").isNotEmptyFile();
    }

    /** A Java that cannot build the static archive is not asked again on every run, until the jar changes. */
    @Test
    void aJavaThatCannotBuildTheArchiveIsNotAskedAgain() throws Exception {
        // a Java home whose java runs the real one, except that it cannot build a class data archive
        Path fakeHome = Files.createDirectories(temp.resolve("java-without-dump/bin"));
        Path count = temp.resolve("dump-attempts");
        Files.writeString(fakeHome.resolve("java"), "#!/bin/sh\n"
                + "for a in \"$@\"; do [ \"$a\" = -Xshare:dump ] && { echo x >> '" + count + "'; exit 1; }; done\n"
                + "exec '" + CommandProcess.javaBinary() + "' \"$@\"\n");
        assertThat(fakeHome.resolve("java").toFile().setExecutable(true)).isTrue();
        Map<String, String> environment = Map.of("JAVA_HOME", fakeHome.getParent().toString());
        List<String> search = List.of(home.resolve("bin/blogsearch").toString(), "search", "--index",
                temp.resolve("no-index").toString(), "kettle");
        for (int run = 0; run < 2; run++) {
            try (CommandProcess process = CommandProcess.start(search, temp, environment)) {
                process.exitCode(SLOW);
            }
        }
        assertThat(Files.readAllLines(count)).as("asked once").hasSize(1);
        assertThat(home.resolve("lib/blogsearch-search.jsa.unbuilt")).exists();
        assertThat(home.resolve("lib/blogsearch-search.jsa")).doesNotExist();
    }

    @Test
    void systemdUnitVerifiesWithTheUnpackedLauncher() throws Exception {
        Path analyze = Path.of("/usr/bin/systemd-analyze");
        if (!Files.isExecutable(analyze)) {
            String message = "systemd-analyze is not installed (apt-get install systemd): the unit is not verified";
            if ("1".equals(System.getenv("BLOGSEARCH_REQUIRE_SYSTEMD"))) {
                throw new AssertionError(message);
            }
            Assumptions.abort(message);
        }
        String unit = Files.readString(home.resolve("deploy/systemd/blogsearch.service"))
                .replace("/opt/blogsearch/bin/blogsearch", home.resolve("bin/blogsearch").toString());
        Path copy = Files.writeString(temp.resolve("blogsearch.service"), unit);
        try (CommandProcess verify = CommandProcess.start(List.of(analyze.toString(), "verify", copy.toString()),
                null)) {
            assertThat(verify.exitCode(SLOW)).as(verify.stderr()).isZero();
            assertThat(verify.stderr()).doesNotContain("blogsearch.service:");
        }
    }

    private static CommandProcess launcher(String... args) {
        List<String> command = new ArrayList<>(List.of(home.resolve("bin/blogsearch").toString()));
        command.addAll(List.of(args));
        return CommandProcess.start(command, temp);
    }

    private static Path distribution() {
        Path target = RequiredResources.projectRoot().resolve("server/target");
        try (Stream<Path> files = Files.list(target)) {
            return files.filter(path -> path.getFileName().toString().matches("blogsearch-.+\\.tar\\.gz"))
                    .findFirst().orElseThrow(() -> new AssertionError("no blogsearch-*.tar.gz in " + target
                            + ": run ./mvnw package (this test runs in verify, after package)"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
