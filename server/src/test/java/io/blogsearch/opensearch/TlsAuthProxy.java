package io.blogsearch.opensearch;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * What a secured cluster looks like from outside, for tests: an HTTPS endpoint with a self-signed certificate made at
 * start (by the JDK's {@code keytool}) that demands HTTP basic auth and passes authenticated requests on to a real
 * node over plain HTTP. The integ-test distribution has no security plugin, so this stands in for it.
 */
public final class TlsAuthProxy implements AutoCloseable {

    private static final String STORE_PASSWORD = "proxy-keystore";
    private static final HttpClient NODE = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final HttpsServer server;
    private final ExecutorService threads;
    private final Path caFile;

    private TlsAuthProxy(HttpsServer server, ExecutorService threads, Path caFile) {
        this.server = server;
        this.threads = threads;
        this.caFile = caFile;
    }

    /** Starts a proxy on a free loopback port before {@code node}, accepting only {@code user}:{@code password}. */
    public static TlsAuthProxy start(String node, String user, String password, Path dir) throws Exception {
        Path keyStore = dir.resolve("proxy.p12");
        Path caFile = dir.resolve("proxy-ca.pem");
        keytool("-genkeypair", "-alias", "proxy", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
                "-dname", "CN=localhost", "-ext", "SAN=ip:127.0.0.1,dns:localhost", "-storetype", "PKCS12",
                "-keystore", keyStore.toString(), "-storepass", STORE_PASSWORD, "-keypass", STORE_PASSWORD);
        keytool("-exportcert", "-rfc", "-alias", "proxy", "-keystore", keyStore.toString(),
                "-storepass", STORE_PASSWORD, "-file", caFile.toString());
        HttpsServer server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(tls(keyStore)));
        String expected = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
        server.createContext("/", exchange -> forward(exchange, node, expected));
        ExecutorService threads = Executors.newFixedThreadPool(8);
        server.setExecutor(threads);
        server.start();
        return new TlsAuthProxy(server, threads, caFile);
    }

    /** The proxy's address, {@code https://127.0.0.1:PORT}. */
    public String url() {
        return "https://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The PEM file of the proxy's (self-signed) certificate, for {@code --opensearch-ca}. */
    public Path caFile() {
        return caFile;
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }

    private static void forward(HttpExchange exchange, String node, String expected) throws IOException {
        try (exchange) {
            if (!expected.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                byte[] body = "{\"error\":\"unauthorized\",\"status\":401}".getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("WWW-Authenticate", "Basic realm=\"opensearch\"");
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                boolean head = "HEAD".equals(exchange.getRequestMethod());
                exchange.sendResponseHeaders(401, head ? -1 : body.length);
                if (!head) {
                    exchange.getResponseBody().write(body);
                }
                return;
            }
            byte[] requestBody;
            try (InputStream in = exchange.getRequestBody()) {
                requestBody = in.readAllBytes();
            }
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(node + exchange.getRequestURI()))
                    .timeout(Duration.ofSeconds(60))
                    .method(exchange.getRequestMethod(), requestBody.length == 0 ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofByteArray(requestBody));
            String type = exchange.getRequestHeaders().getFirst("Content-Type");
            if (type != null) {
                request.header("Content-Type", type);
            }
            HttpResponse<byte[]> response;
            try {
                response = NODE.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(e);
            }
            response.headers().firstValue("Content-Type")
                    .ifPresent(value -> exchange.getResponseHeaders().add("Content-Type", value));
            byte[] body = response.body();
            boolean empty = "HEAD".equals(exchange.getRequestMethod()) || body.length == 0;
            exchange.sendResponseHeaders(response.statusCode(), empty ? -1 : body.length);
            if (!empty) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        }
    }

    private static SSLContext tls(Path keyStore) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keyStore)) {
            store.load(in, STORE_PASSWORD.toCharArray());
        }
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(store, STORE_PASSWORD.toCharArray());
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keys.getKeyManagers(), null, null);
        return context;
    }

    private static void keytool(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IOException("keytool failed: " + output);
        }
    }
}
