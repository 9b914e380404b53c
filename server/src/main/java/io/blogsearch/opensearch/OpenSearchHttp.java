package io.blogsearch.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.util.List;
import java.util.Map;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.apache.hc.client5.http.auth.AuthScope;
import org.apache.hc.client5.http.auth.UsernamePasswordCredentials;
import org.apache.hc.client5.http.impl.auth.BasicCredentialsProvider;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.ClientTlsStrategyBuilder;
import org.apache.hc.client5.http.ssl.NoopHostnameVerifier;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.nio.ssl.TlsStrategy;
import org.apache.hc.core5.ssl.SSLContextBuilder;
import org.apache.hc.core5.util.Timeout;
import org.opensearch.client.json.jackson.JacksonJsonpMapper;
import org.opensearch.client.opensearch.generic.Body;
import org.opensearch.client.opensearch.generic.OpenSearchGenericClient;
import org.opensearch.client.opensearch.generic.Request;
import org.opensearch.client.opensearch.generic.Requests;
import org.opensearch.client.opensearch.generic.Response;
import org.opensearch.client.transport.OpenSearchTransport;
import org.opensearch.client.transport.httpclient5.ResponseException;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5TransportBuilder;

/**
 * JSON over HTTP to an OpenSearch cluster, through the OpenSearch Java client's HttpClient 5 transport (which spreads
 * requests over the given nodes and retries on another when one fails). Bodies are our own JSON: the engine's
 * queries are easier to read and compare with the OpenSearch documentation as JSON than as nested builders.
 */
public final class OpenSearchHttp implements Closeable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int TIMEOUT_SECONDS = 30;

    private final OpenSearchTransport transport;
    private final OpenSearchGenericClient client;

    /** Connects (lazily: no request is sent yet) to the cluster of {@code config}. */
    public OpenSearchHttp(OpenSearchConfig config) {
        HttpHost[] hosts = config.urls().stream().map(OpenSearchHttp::host).toArray(HttpHost[]::new);
        this.transport = ApacheHttpClient5TransportBuilder.builder(hosts)
                .setMapper(new JacksonJsonpMapper())
                .setRequestConfigCallback(request -> request
                        .setResponseTimeout(Timeout.ofSeconds(TIMEOUT_SECONDS))
                        .setConnectionRequestTimeout(Timeout.ofSeconds(TIMEOUT_SECONDS)))
                .setHttpClientConfigCallback(builder -> {
                    if (config.user() != null) {
                        BasicCredentialsProvider credentials = new BasicCredentialsProvider();
                        String password = config.password() == null ? "" : config.password();
                        for (HttpHost host : hosts) {
                            credentials.setCredentials(new AuthScope(host),
                                    new UsernamePasswordCredentials(config.user(), password.toCharArray()));
                        }
                        builder.setDefaultCredentialsProvider(credentials);
                    }
                    return builder.setConnectionManager(PoolingAsyncClientConnectionManagerBuilder.create()
                            .setTlsStrategy(tls(config)).setMaxConnTotal(64).setMaxConnPerRoute(32).build());
                })
                .build();
        this.client = new OpenSearchGenericClient(transport);
    }

    /** Sends a request and returns its JSON answer; an error status is an {@link OpenSearchException}. */
    public JsonNode send(String method, String path, Object body) throws IOException {
        return send(method, path, Map.of(), body);
    }

    /** As {@link #send(String, String, Object)}, with query parameters. */
    public JsonNode send(String method, String path, Map<String, String> params, Object body) throws IOException {
        byte[] bytes = body == null ? null : body instanceof byte[] raw ? raw : JSON.writeValueAsBytes(body);
        String type = body instanceof byte[] ? "application/x-ndjson" : "application/json";
        try (Response response = execute(Requests.create(method, path, List.of(), params,
                bytes == null ? null : Body.from(bytes, type)))) {
            JsonNode json = response.getBody().map(OpenSearchHttp::read).orElse(JSON.nullNode());
            refusedCredentials(response);
            if (response.getStatus() >= 400) {
                throw new OpenSearchException(response.getStatus(), method + " " + path + ": " + reason(json));
            }
            return json;
        }
    }

    /** Whether {@code path} exists (HEAD answers 200). */
    public boolean exists(String path) throws IOException {
        try (Response response = execute(Requests.create("HEAD", path, List.of(), Map.of(), null))) {
            refusedCredentials(response);
            return response.getStatus() == 200;
        }
    }

    /** Sends a request; a failure to reach the cluster becomes an {@link OpenSearchException} saying so. */
    private Response execute(Request request) throws IOException {
        try {
            return client.execute(request);
        } catch (OpenSearchException e) {
            throw e;
        } catch (IOException e) {
            int status = refusedStatus(e);
            if (status != 0) {
                throw credentialsRefused(status);
            }
            throw new OpenSearchException("cannot reach OpenSearch: " + oneLine(e), e);
        }
    }

    /** The status of a refusal the transport reports as an exception (it does so for 401 and 403), else 0. */
    private static int refusedStatus(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ResponseException response
                    && (response.status() == 401 || response.status() == 403)) {
                return response.status();
            }
        }
        return 0;
    }

    /** An exception as one line: the client appends a help link on a line of its own. */
    static String oneLine(Throwable e) {
        return e.toString().lines().findFirst().orElse("").strip();
    }

    private static OpenSearchException credentialsRefused(int status) {
        return new OpenSearchException(status, "the cluster refused the credentials (check --opensearch-user and "
                + OpenSearchConfig.PASSWORD_ENV + ")");
    }

    /** A 401 or 403 says what to check, whatever the path asked for. */
    private static void refusedCredentials(Response response) throws OpenSearchException {
        int status = response.getStatus();
        if (status == 401 || status == 403) {
            throw credentialsRefused(status);
        }
    }

    /** The shared JSON mapper. */
    public static ObjectMapper json() {
        return JSON;
    }

    @Override
    public void close() throws IOException {
        transport.close();
    }

    private static JsonNode read(Body body) {
        try (InputStream in = body.body()) {
            return JSON.readTree(in);
        } catch (IOException e) {
            return JSON.getNodeFactory().textNode("unreadable answer: " + e.getMessage());
        }
    }

    private static String reason(JsonNode json) {
        JsonNode error = json.path("error");
        if (error.isObject()) {
            JsonNode root = error.path("root_cause").path(0);
            return (root.isMissingNode() ? error : root).path("reason").asText(error.toString());
        }
        return json.toString();
    }

    private static HttpHost host(URI uri) {
        int port = uri.getPort() > 0 ? uri.getPort() : "https".equals(uri.getScheme()) ? 443 : 80;
        return new HttpHost(uri.getScheme(), uri.getHost(), port);
    }

    private static TlsStrategy tls(OpenSearchConfig config) {
        try {
            ClientTlsStrategyBuilder tls = ClientTlsStrategyBuilder.create();
            if (config.insecure()) {
                tls.setSslContext(SSLContextBuilder.create().loadTrustMaterial(null, (chain, auth) -> true).build())
                        .setHostnameVerifier(NoopHostnameVerifier.INSTANCE);
            } else if (config.caFile() != null) {
                tls.setSslContext(trusting(config));
            } else {
                tls.setSslContext(SSLContext.getDefault());
            }
            return tls.build();
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalArgumentException("cannot set up TLS for OpenSearch: " + e.getMessage(), e);
        }
    }

    private static SSLContext trusting(OpenSearchConfig config) throws GeneralSecurityException, IOException {
        KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
        store.load(null, null);
        try (InputStream in = Files.newInputStream(config.caFile())) {
            int i = 0;
            for (var certificate : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                store.setCertificateEntry("ca-" + i++, certificate);
            }
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(store);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return context;
    }
}
