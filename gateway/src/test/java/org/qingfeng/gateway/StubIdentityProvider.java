package org.qingfeng.gateway;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;

/**
 * A small OpenID provider on 127.0.0.1 for the tests, shaped like the authorization server behind
 * {@code /auth}: {@code /auth/oauth2/authorize} approves at once and redirects back with a code,
 * {@code /auth/oauth2/token} checks the client secret and the PKCE verifier and answers an id token
 * and an access token signed with a test RSA key, {@code /auth/oauth2/jwks} publishes the key and
 * {@code /auth/connect/logout} takes the RP-initiated logout. Who signs in is set with
 * {@link #signInAs}. It also signs the tokens that negative tests send to the API.
 */
final class StubIdentityProvider implements AutoCloseable {

    static final String CLIENT_ID = "qingfeng-console";
    static final String CLIENT_SECRET = "qingfeng-console-local-secret";
    static final String AUDIENCE = "qingfeng";

    /** A member of staff: never an informant's identity, only a user id, a login and a name. */
    record User(String subject, String username, String name, List<String> roles, String node) {}

    static final User ADMIN =
            new User("u-0001", "ws-admin", "林管理员", List.of("WORK_STATION_STAFF", "NETWORK_ADMIN"), "330281-WS");

    private record Grant(User user, String nonce, String challenge, String redirectUri) {}

    private final HttpServer server;
    private final RSAKey key;
    private final RSAKey otherKey;
    private final AtomicReference<User> next = new AtomicReference<>(ADMIN);
    private final Map<String, Grant> codes = new ConcurrentHashMap<>();
    private final Map<String, User> refreshTokens = new ConcurrentHashMap<>();
    private final AtomicInteger logouts = new AtomicInteger();
    private final AtomicReference<String> lastLogoutHint = new AtomicReference<>("");

    private StubIdentityProvider(HttpServer server, RSAKey key, RSAKey otherKey) {
        this.server = server;
        this.key = key;
        this.otherKey = otherKey;
    }

    static StubIdentityProvider start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            StubIdentityProvider provider = new StubIdentityProvider(
                    server,
                    new RSAKeyGenerator(2048).keyID("test-key").generate(),
                    new RSAKeyGenerator(2048).keyID("test-key").generate());
            server.createContext("/auth/", provider::handle);
            server.start();
            return provider;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    String issuer() {
        return url() + "/auth";
    }

    void signInAs(User user) {
        next.set(user);
    }

    int logouts() {
        return logouts.get();
    }

    String lastLogoutHint() {
        return lastLogoutHint.get();
    }

    /** Approves an authorization request as the endpoint does; the answer is where the browser goes next. */
    URI authorize(URI request) {
        Map<String, String> query = parameters(request.getRawQuery());
        String code = UUID.randomUUID().toString();
        codes.put(
                code,
                new Grant(
                        next.get(),
                        query.getOrDefault("nonce", ""),
                        query.getOrDefault("code_challenge", ""),
                        query.get("redirect_uri")));
        return URI.create(query.get("redirect_uri") + "?code=" + code + "&state=" + encode(query.get("state")));
    }

    /** A valid access token for {@code user}, as the authorization server issues one. */
    String accessToken(User user) {
        return token(claims -> accessClaims(user, claims));
    }

    /** An access token whose claims a test changes, signed with the published key. */
    String token(UnaryOperator<JWTClaimsSet.Builder> claims) {
        return sign(key, claims.apply(new JWTClaimsSet.Builder()).build());
    }

    /** Valid claims signed by a key the provider never published (same key id). */
    String forgedToken(User user) {
        return sign(otherKey, accessClaims(user, new JWTClaimsSet.Builder()).build());
    }

    /** Valid claims without any signature ({@code alg: none}). */
    String unsignedToken(User user) {
        return new PlainJWT(accessClaims(user, new JWTClaimsSet.Builder()).build()).serialize();
    }

    JWTClaimsSet.Builder accessClaims(User user, JWTClaimsSet.Builder claims) {
        Instant now = Instant.now();
        return claims.issuer(issuer())
                .subject(user.subject())
                .audience(AUDIENCE)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(600)))
                .claim("roles", user.roles())
                .claim("node", user.node())
                .claim("preferred_username", user.username());
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (InputStream body = exchange.getRequestBody()) {
            String received = new String(body.readAllBytes(), StandardCharsets.UTF_8);
            String path = exchange.getRequestURI().getPath();
            switch (path) {
                case "/auth/oauth2/authorize" -> {
                    exchange.getResponseHeaders()
                            .set("Location", authorize(exchange.getRequestURI()).toString());
                    exchange.sendResponseHeaders(302, -1);
                }
                case "/auth/oauth2/token" -> token(exchange, parameters(received));
                case "/auth/oauth2/jwks" -> json(exchange, 200, new JWKSet(key.toPublicJWK()).toString());
                case "/auth/connect/logout" -> {
                    Map<String, String> form = parameters(received);
                    logouts.incrementAndGet();
                    lastLogoutHint.set(form.getOrDefault("id_token_hint", ""));
                    exchange.getResponseHeaders().set("Location", form.getOrDefault("post_logout_redirect_uri", "/"));
                    exchange.sendResponseHeaders(302, -1);
                }
                default -> json(exchange, 404, "{\"error\":\"not_found\"}");
            }
        } finally {
            exchange.close();
        }
    }

    private void token(HttpExchange exchange, Map<String, String> form) throws IOException {
        String basic = "Basic "
                + Base64.getEncoder()
                        .encodeToString((CLIENT_ID + ":" + CLIENT_SECRET).getBytes(StandardCharsets.UTF_8));
        if (!basic.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            json(exchange, 401, "{\"error\":\"invalid_client\"}");
            return;
        }
        User user;
        String nonce = "";
        if ("refresh_token".equals(form.get("grant_type"))) {
            user = refreshTokens.remove(form.getOrDefault("refresh_token", ""));
        } else {
            Grant grant = codes.remove(form.getOrDefault("code", ""));
            boolean verified = grant != null
                    && grant.redirectUri().equals(form.get("redirect_uri"))
                    && (grant.challenge().isEmpty()
                            || grant.challenge().equals(s256(form.getOrDefault("code_verifier", ""))));
            user = verified ? grant.user() : null;
            nonce = verified ? grant.nonce() : "";
        }
        if (user == null) {
            json(exchange, 400, "{\"error\":\"invalid_grant\"}");
            return;
        }
        String refresh = UUID.randomUUID().toString();
        refreshTokens.put(refresh, user);
        Instant now = Instant.now();
        JWTClaimsSet.Builder id = new JWTClaimsSet.Builder()
                .issuer(issuer())
                .subject(user.subject())
                .audience(CLIENT_ID)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(600)))
                .claim("azp", CLIENT_ID)
                .claim("preferred_username", user.username())
                .claim("name", user.name())
                .claim("roles", user.roles())
                .claim("node", user.node());
        if (!nonce.isEmpty()) {
            id.claim("nonce", nonce);
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("access_token", accessToken(user));
        answer.put("token_type", "Bearer");
        answer.put("expires_in", 600);
        answer.put("scope", "openid profile");
        answer.put("refresh_token", refresh);
        answer.put("id_token", sign(key, id.build()));
        json(exchange, 200, com.nimbusds.jose.util.JSONObjectUtils.toJSONString(answer));
    }

    private static String sign(RSAKey with, JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(
                    new JWSHeader.Builder(JWSAlgorithm.RS256)
                            .keyID(with.getKeyID())
                            .build(),
                    claims);
            jwt.sign(new RSASSASigner(with));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String s256(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void json(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    private static Map<String, String> parameters(String raw) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return parameters;
        }
        for (String pair : raw.split("&")) {
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            parameters.put(
                    URLDecoder.decode(name, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
        return parameters;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
