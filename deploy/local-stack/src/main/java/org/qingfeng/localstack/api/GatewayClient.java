package org.qingfeng.localstack.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.qingfeng.contracts.EventJson;
import org.qingfeng.localstack.network.DemoInformant;
import org.qingfeng.localstack.network.DemoUser;
import org.qingfeng.localstack.network.NetworkNode;
import org.qingfeng.localstack.network.SampleItem;
import tools.jackson.databind.JsonNode;

/** A small blocking client of the gateway's API; the bench builds its requests here too. */
public final class GatewayClient {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final HttpClient http;
    private final String baseUrl;
    private final @Nullable Supplier<String> bearer;

    /** An anonymous client: submission, receipts and ping only. */
    public GatewayClient(String baseUrl) {
        this(baseUrl, null);
    }

    /** A client whose requests carry {@code bearer}'s {@code Authorization} value. */
    public GatewayClient(String baseUrl, @Nullable Supplier<String> bearer) {
        this.baseUrl = baseUrl;
        this.bearer = bearer;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2))
                .build();
    }

    /** An anonymous submission, as an informant's phone sends it: never with the client's token. */
    public HttpRequest submitRequest(SampleItem item) {
        return HttpRequest.newBuilder(uri("/api/items"))
                .timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .POST(body(item))
                .build();
    }

    public HttpRequest pingRequest() {
        return HttpRequest.newBuilder(uri("/api/ping")).timeout(TIMEOUT).GET().build();
    }

    public static Submission submission(HttpResponse<String> response) {
        if (response.statusCode() != 202) {
            return new Submission(response.statusCode(), null, null);
        }
        JsonNode body = EventJson.mapper().readTree(response.body());
        return new Submission(
                202,
                UUID.fromString(body.path("itemId").asString()),
                body.path("receipt").asString());
    }

    public Submission submit(SampleItem item) {
        return submission(send(submitRequest(item)));
    }

    /** Creates a staff account through the authorization server's admin API; the status as it came. */
    public int createUser(DemoUser user, String password) {
        Map<String, Object> body = Map.of(
                "username", user.username(),
                "displayName", user.displayName(),
                "roles", user.roles(),
                "node", user.node(),
                "password", password);
        return send(json("/auth/api/users").POST(body(body)).build()).statusCode();
    }

    public int putNodes(List<NetworkNode> nodes) {
        return send(json("/api/network/nodes").PUT(body(nodes)).build()).statusCode();
    }

    /** Appoints an informant; the status, {@code 201} or {@code 409} if their number is already taken. */
    public int appoint(DemoInformant informant) {
        return send(json("/api/informants").POST(body(informant)).build()).statusCode();
    }

    public JsonNode informants() {
        return getJson("/api/informants");
    }

    /** Posts any JSON body, answering the response as it came. */
    public HttpResponse<String> postJson(String path, Object value) {
        return send(json(path).POST(body(value)).build());
    }

    /** Any JSON resource of the API, such as {@code /api/analysis/network}. */
    public JsonNode get(String path) {
        return getJson(path);
    }

    public JsonNode nodes() {
        return getJson("/api/network/nodes");
    }

    public JsonNode item(UUID itemId) {
        return getJson("/api/items/" + itemId);
    }

    public JsonNode ledger(String month) {
        return getJson("/api/ledgers/" + month);
    }

    /** A page of the console, such as {@code /}, as a browser would get it. */
    public String page(String path) {
        return send(authorised(HttpRequest.newBuilder(uri(path)))
                        .timeout(TIMEOUT)
                        .GET()
                        .build())
                .body();
    }

    public CompletableFuture<HttpResponse<String>> sendAsync(HttpRequest request) {
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(request.method() + " " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private JsonNode getJson(String path) {
        HttpResponse<String> response = send(authorised(HttpRequest.newBuilder(uri(path)))
                .timeout(TIMEOUT)
                .GET()
                .build());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + " answered " + response.statusCode());
        }
        return EventJson.mapper().readTree(response.body());
    }

    private HttpRequest.Builder json(String path) {
        return authorised(HttpRequest.newBuilder(uri(path)))
                .timeout(TIMEOUT)
                .header("Content-Type", "application/json");
    }

    /** The request with the client's token, if it has one. */
    public HttpRequest.Builder authorised(HttpRequest.Builder request) {
        return bearer == null ? request : request.header("Authorization", bearer.get());
    }

    private static HttpRequest.BodyPublisher body(Object value) {
        return HttpRequest.BodyPublishers.ofByteArray(EventJson.mapper().writeValueAsBytes(value));
    }

    private URI uri(String path) {
        return URI.create(baseUrl + path);
    }
}
