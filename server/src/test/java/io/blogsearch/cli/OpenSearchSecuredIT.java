package io.blogsearch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.blogsearch.fixtures.CommandProcess;
import io.blogsearch.fixtures.Http;
import io.blogsearch.opensearch.OpenSearchCluster;
import io.blogsearch.opensearch.OpenSearchConfig;
import io.blogsearch.opensearch.TlsAuthProxy;
import io.blogsearch.testing.RequiredResources;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code index}, {@code serve} and {@code search} on a cluster behind TLS and basic auth (a real node behind
 * {@link TlsAuthProxy}), as separate processes given the password in {@link OpenSearchConfig#PASSWORD_ENV}: they work
 * with {@code --opensearch-ca} (or {@code --opensearch-insecure}), a wrong password or an untrusted certificate is a
 * one-line error, and the password appears in no output, even with {@code --debug}.
 */
class OpenSearchSecuredIT {

    private static final String USER = "blogsearch";
    private static final String PASSWORD = "pw-" + UUID.randomUUID();
    private static final Duration RUN = Duration.ofMinutes(3);

    @TempDir
    static Path dir;
    private static TlsAuthProxy proxy;

    @BeforeAll
    static void start() throws Exception {
        proxy = TlsAuthProxy.start(OpenSearchCluster.shared().urls().split(",")[0], USER, PASSWORD, dir);
        try (CommandProcess index = run(PASSWORD, "index", "--site", RequiredResources.sampleBlog().toString(),
                "--opensearch", proxy.url(), "--opensearch-index", "secured", "--opensearch-replicas", "0",
                "--opensearch-user", USER, "--opensearch-ca", proxy.caFile().toString(), "--debug")) {
            assertThat(index.exitCode(RUN)).as(index.stderr()).isZero();
            assertThat(index.stdout()).contains("index secured: rebuilt as secured-");
            assertNoSecret(index);
        }
    }

    @AfterAll
    static void stop() throws Exception {
        if (proxy != null) {
            proxy.close();
        }
    }

    @Test
    void servesTheSecuredClustersIndex() throws Exception {
        int port = Http.freePort();
        try (CommandProcess serve = run(PASSWORD, "serve", "--opensearch", proxy.url(), "--opensearch-index",
                "secured", "--opensearch-user", USER, "--opensearch-ca", proxy.caFile().toString(),
                "--port", String.valueOf(port), "--debug")) {
            String base = "http://127.0.0.1:" + port;
            Http.await(() -> status(base + "/readyz") == 200, Duration.ofMinutes(2), "serve to be ready");
            HttpResponse<String> answer = Http.get(base + "/api/search?q=kubernetes");
            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(answer.body()).contains("\"hits\"").contains("Kubernetes");
            assertThat(serve.terminate(Duration.ofSeconds(30))).isNotNegative();
            assertNoSecret(serve);
        }
    }

    @Test
    void aWrongPasswordIsAOneLineError() throws Exception {
        String wrong = "wrong-" + UUID.randomUUID();
        try (CommandProcess search = run(wrong, "search", "kubernetes", "--opensearch", proxy.url(),
                "--opensearch-index", "secured", "--opensearch-user", USER,
                "--opensearch-ca", proxy.caFile().toString())) {
            assertThat(search.exitCode(RUN)).isNotZero();
            assertThat(search.stderrLines()).hasSize(1);
            assertThat(search.stderr()).contains("401").contains("refused the credentials")
                    .doesNotContain(wrong).doesNotContain(PASSWORD);
            assertThat(search.stdout()).doesNotContain(wrong);
        }
        try (CommandProcess index = run(wrong, "index", "--site", RequiredResources.sampleBlog().toString(),
                "--opensearch", proxy.url(), "--opensearch-index", "secured", "--opensearch-user", USER,
                "--opensearch-ca", proxy.caFile().toString())) {
            assertThat(index.exitCode(RUN)).isNotZero();
            assertThat(index.stderr()).contains("401").contains("refused the credentials").doesNotContain("\tat ")
                    .doesNotContain(wrong).doesNotContain(PASSWORD);
        }
    }

    @Test
    void insecureTrustsTheCertificateWithoutACa() throws Exception {
        try (CommandProcess search = run(PASSWORD, "search", "kubernetes", "--opensearch", proxy.url(),
                "--opensearch-index", "secured", "--opensearch-user", USER, "--opensearch-insecure", "--json")) {
            assertThat(search.exitCode(RUN)).as(search.stderr()).isZero();
            assertThat(search.stdout()).contains("Kubernetes");
            assertNoSecret(search);
        }
    }

    @Test
    void anUntrustedCertificateIsAOneLineError() throws Exception {
        try (CommandProcess search = run(PASSWORD, "search", "kubernetes", "--opensearch", proxy.url(),
                "--opensearch-index", "secured", "--opensearch-user", USER)) {
            assertThat(search.exitCode(RUN)).isNotZero();
            assertThat(search.stderrLines()).hasSize(1);
            assertThat(search.stderr()).contains("cluster unreachable").contains("SSLHandshakeException");
            assertNoSecret(search);
        }
    }

    private static CommandProcess run(String password, String... args) {
        return CommandProcess.javaWithEnvironment(Map.of(OpenSearchConfig.PASSWORD_ENV, password), args);
    }

    private static int status(String url) {
        try {
            return Http.status(url);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        } catch (RuntimeException e) {
            return -1;
        }
    }

    private static void assertNoSecret(CommandProcess process) {
        String basic = Base64.getEncoder().encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        assertThat(process.stdout() + process.stderr()).doesNotContain(PASSWORD).doesNotContain(basic);
    }
}
