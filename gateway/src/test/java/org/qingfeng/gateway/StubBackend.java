package org.qingfeng.gateway;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A service stand-in on 127.0.0.1 that answers fixed JSON, reads every request body to its end (as
 * Tomcat does before answering), counts what it received and keeps the last request per method and
 * path. An answer can depend on the body containing a marker, so one path can accept and refuse.
 */
final class StubBackend implements AutoCloseable {

    private record Answer(int status, String contentType, String body, Map<String, String> headers) {

        Answer(int status, String contentType, String body) {
            this(status, contentType, body, Map.of());
        }
    }

    private record Conditional(String key, String marker, Answer answer) {}

    /** The last request to one method and path: its content type, body, Authorization and Idempotency-Key. */
    record Received(String contentType, byte[] body, String authorization, String idempotencyKey) {

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private static final int DROP = 0;

    private final HttpServer server;
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
    private final Map<String, String> lastQueries = new ConcurrentHashMap<>();
    private final Map<String, Received> lastRequests = new ConcurrentHashMap<>();
    private final List<Conditional> conditionals = new CopyOnWriteArrayList<>();
    private final List<String> targets = new CopyOnWriteArrayList<>();

    private StubBackend(HttpServer server) {
        this.server = server;
    }

    static StubBackend start() {
        return startOn(0);
    }

    /** On a given port: a service that comes back where it was (0 for any free port). */
    static StubBackend startOn(int port) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
            StubBackend stub = new StubBackend(server);
            server.createContext("/", stub::handle);
            server.start();
            return stub;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The address of a port nothing listens on: a service that is down. */
    static String unreachableUrl() {
        return "http://127.0.0.1:" + freePort();
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    StubBackend json(String method, String path, int status, String body) {
        return answer(method, path, status, "application/json", body);
    }

    /** Closes the connection without answering, as a service does when it dies mid-request. */
    StubBackend drop(String method, String path) {
        return answer(method, path, DROP, "", "");
    }

    StubBackend answer(String method, String path, int status, String contentType, String body) {
        answers.put(method + " " + path, new Answer(status, contentType, body));
        return this;
    }

    /** Answers with extra response headers, as a download comes with its disposition. */
    StubBackend answer(
            String method, String path, int status, String contentType, String body, Map<String, String> headers) {
        answers.put(method + " " + path, new Answer(status, contentType, body, Map.copyOf(headers)));
        return this;
    }

    /** Answers a problem instead when the request body contains {@code marker}. */
    StubBackend problemWhen(String method, String path, String marker, int status, String problem) {
        conditionals.add(
                new Conditional(method + " " + path, marker, new Answer(status, "application/problem+json", problem)));
        return this;
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    int hits(String method, String path) {
        AtomicInteger count = hits.get(method + " " + path);
        return count == null ? 0 : count.get();
    }

    String lastQuery(String method, String path) {
        return lastQueries.getOrDefault(method + " " + path, "");
    }

    Received lastRequest(String method, String path) {
        return lastRequests.getOrDefault(method + " " + path, new Received("", new byte[0], "", ""));
    }

    /** Every request target (path and query) received, for checking that nothing rode in a URL. */
    List<String> targets() {
        return List.copyOf(targets);
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (InputStream body = exchange.getRequestBody()) {
            byte[] received = body.readAllBytes();
            String key =
                    exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath();
            hits.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
            String query = exchange.getRequestURI().getRawQuery();
            lastQueries.put(key, query == null ? "" : query);
            targets.add(exchange.getRequestURI().toString());
            String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            String idempotencyKey = exchange.getRequestHeaders().getFirst("Idempotency-Key");
            lastRequests.put(
                    key,
                    new Received(
                            contentType == null ? "" : contentType,
                            received,
                            authorization == null ? "" : authorization,
                            idempotencyKey == null ? "" : idempotencyKey));
            respond(exchange, answerFor(key, new String(received, StandardCharsets.UTF_8)));
        } finally {
            exchange.close();
        }
    }

    private Answer answerFor(String key, String body) {
        return conditionals.stream()
                .filter(c -> c.key().equals(key) && body.contains(c.marker()))
                .map(Conditional::answer)
                .findFirst()
                .orElseGet(() -> answers.getOrDefault(key, new Answer(404, "application/json", "{\"status\":404}")));
    }

    private static void respond(HttpExchange exchange, Answer answer) throws IOException {
        if (answer.status() == DROP) {
            return;
        }
        byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", answer.contentType());
        answer.headers().forEach(exchange.getResponseHeaders()::set);
        exchange.sendResponseHeaders(answer.status(), bytes.length);
        exchange.getResponseBody().write(bytes);
    }
}
