package org.qingfeng.auth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A browser as far as the sign-in needs one: keeps cookies, follows no redirect by itself (the
 * tests look at each), reads the CSRF token off the login form. Also the API client of the tests.
 */
final class Browser {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
    static final JsonMapper JSON = JsonMapper.builder().build();

    private final String base;
    private final HttpClient http;

    Browser(String base) {
        this.base = base;
        this.http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    String base() {
        return base;
    }

    /** A page, asked for as a browser does ({@code Accept: text/html}); {@code target} absolute or under the base. */
    HttpResponse<String> page(String target) {
        return send(HttpRequest.newBuilder(uri(target))
                .header("Accept", "text/html")
                .GET()
                .build());
    }

    /** Fills in and sends the login form, with the CSRF token the page carries. */
    HttpResponse<String> signIn(String username, String password) {
        HttpResponse<String> login = page("/login");
        return send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html")
                .POST(form(Map.of("username", username, "password", password, "_csrf", csrf(login.body()))))
                .build());
    }

    static String csrf(String html) {
        Matcher matcher = CSRF.matcher(html);
        if (!matcher.find()) {
            throw new AssertionError("No CSRF token on the page: " + html);
        }
        return matcher.group(1);
    }

    /** A token request, the client authenticated with HTTP Basic. */
    HttpResponse<String> token(String clientId, String secret, Map<String, String> parameters) {
        String basic = Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(uri("/oauth2/token"))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(form(parameters))
                .build());
    }

    /** A service account's access token. */
    String serviceToken(String clientId, String secret) {
        HttpResponse<String> response = token(clientId, secret, Map.of("grant_type", "client_credentials"));
        if (response.statusCode() != 200) {
            throw new AssertionError("No token for " + clientId + ": " + response.body());
        }
        return json(response).get("access_token").asString();
    }

    HttpResponse<String> api(String method, String path, @Nullable String bearer, @Nullable Object body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Accept", "application/json");
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        }
        return send(request.build());
    }

    static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    static Map<String, String> query(String uri) {
        String query = URI.create(uri).getRawQuery();
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            parameters.put(key, java.net.URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
        return parameters;
    }

    static String location(HttpResponse<?> response) {
        return response.headers()
                .firstValue("Location")
                .orElseThrow(() -> new AssertionError("No redirect: " + response.statusCode()));
    }

    private URI uri(String target) {
        return URI.create(target.startsWith("http") ? target : base + target);
    }

    private static HttpRequest.BodyPublisher form(Map<String, String> parameters) {
        return HttpRequest.BodyPublishers.ofString(parameters.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&")));
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
