package io.blogsearch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.blogsearch.fixtures.CommandProcess;
import io.blogsearch.fixtures.Http;
import io.blogsearch.testing.RequiredResources;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
        assertThat(Files.readString(home.resolve("lib/blogsearch-index.classes")))
                .contains("io/blogsearch/cli/IndexCommand\n", "@lambda-proxy io/blogsearch/");
        assertThat(Files.readString(home.resolve("lib/blogsearch-search.classes")))
                .contains("io/blogsearch/api/Hit\n", "@lambda-proxy io/blogsearch/");
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

    /**
     * An archive recorded by a first search that finds nothing still holds what a search that finds something loads
     * (the classes the distribution lists), and so would an AOT cache on Java 25.
     */
    @Test
    void anArchiveRecordedByASearchThatFindsNothingHoldsTheClassesOfOneThatFinds() throws Exception {
        Path index = indexOfTheSampleBlog("listed-index", Map.of());
        for (String left : List.of("", ".java", ".unbuilt")) {
            Files.deleteIfExists(home.resolve("lib/blogsearch-search.jsa" + left));
        }
        try (CommandProcess nothing = CommandProcess.start(search(index, "zqxjkv"), temp)) {
            assertThat(nothing.exitCode(SLOW)).as(nothing.stderr()).isEqualTo(3);
        }
        assertThat(home.resolve("lib/blogsearch-search.jsa")).isNotEmptyFile();
        try (CommandProcess found = CommandProcess.start(search(index, "rust"), temp,
                Map.of("BLOGSEARCH_JAVA_OPTS", "-Xlog:class+load=info"))) {
            assertThat(found.exitCode(SLOW)).as(found.stderr()).isZero();
            assertThat(found.stdout()).contains("io.blogsearch.api.Hit source: shared objects file");
        }
    }

    /** An archive made by another build of Java (the JVM would refuse it, silently) is made again. */
    @Test
    void anArchiveOfAnotherJavaBuildIsMadeAgain() throws Exception {
        List<String> search = List.of(home.resolve("bin/blogsearch").toString(), "search", "--index",
                temp.resolve("no-index").toString(), "kettle");
        Path archive = home.resolve("lib/blogsearch-search.jsa");
        Path madeBy = home.resolve("lib/blogsearch-search.jsa.java");
        try (CommandProcess process = CommandProcess.start(search, temp)) {
            process.exitCode(SLOW);
        }
        assertThat(archive).isNotEmptyFile();
        String runtime = Files.readString(madeBy).strip();
        assertThat(runtime).as("the Java build that made the archive").startsWith(String.valueOf(Runtime.version()
                .feature()));

        Files.writeString(madeBy, "17.0.0+1-another-build\n");
        FileTime before = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));
        Files.setLastModifiedTime(archive, before);
        try (CommandProcess process = CommandProcess.start(search, temp)) {
            process.exitCode(SLOW);
        }
        assertThat(Files.readString(madeBy).strip()).isEqualTo(runtime);
        assertThat(Files.getLastModifiedTime(archive)).as("made again").isGreaterThan(before);
    }

    /**
     * On Java 25 and later, index and search keep an AOT cache, whose first run still writes nothing but the answer
     * on its output, and later runs load the classes from it.
     */
    @Test
    void aJavaOf25OrLaterKeepsAnAotCache() throws Exception {
        Path javaHome = javaHomeOf25OrLater();
        Map<String, String> environment = Map.of("JAVA_HOME", javaHome.toString());
        Path index = indexOfTheSampleBlog("aot-index", environment);
        assertThat(home.resolve("lib/blogsearch-index.aot")).isNotEmptyFile();
        List<String> json = new ArrayList<>(search(index, "zqxjkv"));
        json.add(2, "--json");
        try (CommandProcess first = CommandProcess.start(json, temp, environment)) {
            assertThat(first.exitCode(SLOW)).as(first.stderr()).isEqualTo(3);
            ObjectMapper strict = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
            assertThat(strict.readTree(first.stdout()).path("total").isInt()).as(first.stdout()).isTrue();
        }
        assertThat(home.resolve("lib/blogsearch-search.aot")).isNotEmptyFile();
        Map<String, String> logged = new HashMap<>(environment);
        logged.put("BLOGSEARCH_JAVA_OPTS", "-Xlog:class+load=info");
        try (CommandProcess again = CommandProcess.start(search(index, "rust"), temp, logged)) {
            assertThat(again.exitCode(SLOW)).as(again.stderr()).isZero();
            assertThat(again.stdout()).contains("io.blogsearch.cli.SearchCommand source: shared objects file",
                    "io.blogsearch.api.Hit source: shared objects file");
        }
    }

    /** An index of the sample blog in {@code folder}, built by the launcher with the given environment. */
    private static Path indexOfTheSampleBlog(String folder, Map<String, String> environment) throws Exception {
        Path index = temp.resolve(folder);
        List<String> build = List.of(home.resolve("bin/blogsearch").toString(), "index", "--quiet", "--site",
                RequiredResources.sampleBlog().toString(), "--index", index.toString());
        try (CommandProcess process = CommandProcess.start(build, temp, environment)) {
            assertThat(process.exitCode(SLOW)).as(process.stderr()).isIn(0, 3);
        }
        return index;
    }

    /** The launcher's search of {@code index} for {@code query}. */
    private static List<String> search(Path index, String query) {
        return List.of(home.resolve("bin/blogsearch").toString(), "search", "--index", index.toString(), query);
    }

    /** A Java of version 25 or later under /usr/lib/jvm, or the test is skipped, saying so. */
    private static Path javaHomeOf25OrLater() throws IOException {
        Path jvms = Path.of("/usr/lib/jvm");
        if (Files.isDirectory(jvms)) {
            try (Stream<Path> homes = Files.list(jvms)) {
                Optional<Path> found = homes.filter(candidate -> javaVersion(candidate) >= 25
                        && Files.isExecutable(candidate.resolve("bin/java"))).sorted().findFirst();
                if (found.isPresent()) {
                    return found.get();
                }
            }
        }
        Assumptions.abort("no Java 25 or later under /usr/lib/jvm: the launcher's AOT cache is not tested");
        return null;
    }

    /** The feature version a Java home's release file names, or 0. */
    private static int javaVersion(Path javaHome) {
        try {
            Matcher version = Pattern.compile("(?m)^JAVA_VERSION=\"(\\d+)").matcher(Files.readString(
                    javaHome.resolve("release")));
            return version.find() ? Integer.parseInt(version.group(1)) : 0;
        } catch (IOException e) {
            return 0;
        }
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
