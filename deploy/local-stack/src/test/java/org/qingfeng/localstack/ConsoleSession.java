package org.qingfeng.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser's sign-in without a browser: cookies kept, redirects followed, through the gateway's
 * OIDC login to the authorization server's form and back with a session. Then console pages read
 * as the signed-in user.
 */
final class ConsoleSession {

    private static final Pattern CSRF =
            Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"|value=\"([^\"]+)\"[^>]*name=\"_csrf\"");
    private static final Duration TIMEOUT = Duration.ofSeconds(15);

    private final HttpClient http;
    private final String baseUrl;

    private ConsoleSession(String baseUrl) {
        this.baseUrl = baseUrl;
        CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
        this.http = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(2))
                .build();
    }

    /** Opens {@code page}, is sent to the sign-in form, signs in, and lands back on the page. */
    static ConsoleSession signIn(String baseUrl, String page, String username, String password) {
        ConsoleSession session = new ConsoleSession(baseUrl);
        HttpResponse<String> form = session.get(page);
        Matcher token = CSRF.matcher(form.body());
        if (!form.uri().getPath().endsWith("/login") || !token.find()) {
            throw new IllegalStateException(
                    "expected the sign-in form, got " + form.statusCode() + " at " + form.uri());
        }
        String csrf = token.group(1) != null ? token.group(1) : token.group(2);
        String body = "username=" + encode(username) + "&password=" + encode(password) + "&_csrf=" + encode(csrf);
        HttpResponse<String> landed = session.send(HttpRequest.newBuilder(form.uri())
                .timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
        if (landed.statusCode() != 200
                || !landed.uri().getPath().equals(URI.create(baseUrl + page).getPath())) {
            throw new IllegalStateException("sign-in ended at " + landed.statusCode() + " " + landed.uri());
        }
        return session;
    }

    /** A console page or fragment as the signed-in user gets it. */
    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(TIMEOUT)
                .GET()
                .build());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
