package org.qingfeng.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.qingfeng.contracts.audit.AuditAction;
import org.qingfeng.contracts.audit.AuditRecorded;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import tools.jackson.databind.JsonNode;

class SignInIT extends AuthIntegrationTest {

    private static final String PASSWORD = "a-long-enough-password";

    @Test
    void theAuthorizationCodeWithPkceGivesAnAccessTokenWithTheUsersClaimsThatVerifiesAgainstTheJwks() {
        String username = anyUsername();
        String id = createUser(username, "李四", "TOWNSHIP_STAFF", NetworkFixtures.TOWNSHIP, PASSWORD);
        Browser browser = browser();
        String verifier = UUID.randomUUID() + "-" + UUID.randomUUID();

        HttpResponse<String> authorize = browser.page("/oauth2/authorize?response_type=code&client_id=" + CONSOLE
                + "&redirect_uri=" + URLEncoder.encode(REDIRECT, StandardCharsets.UTF_8)
                + "&scope=openid%20profile&state=s-1&code_challenge=" + challenge(verifier)
                + "&code_challenge_method=S256");
        assertThat(authorize.statusCode()).isEqualTo(302);
        assertThat(Browser.location(authorize)).endsWith("/auth/login");

        HttpResponse<String> signedIn = browser.signIn(username, PASSWORD);
        assertThat(Browser.location(signedIn)).contains("/auth/oauth2/authorize");
        HttpResponse<String> granted = browser.page(Browser.location(signedIn));
        String callback = Browser.location(granted);
        assertThat(callback).startsWith(REDIRECT);
        Map<String, String> answer = Browser.query(callback);
        assertThat(answer).containsEntry("state", "s-1");

        HttpResponse<String> tokens = browser.token(
                CONSOLE,
                CONSOLE_SECRET,
                Map.of(
                        "grant_type",
                        "authorization_code",
                        "code",
                        answer.get("code"),
                        "redirect_uri",
                        REDIRECT,
                        "code_verifier",
                        verifier));
        assertThat(tokens.statusCode()).as(tokens.body()).isEqualTo(200);
        JsonNode body = Browser.json(tokens);

        NimbusJwtDecoder jwks =
                NimbusJwtDecoder.withJwkSetUri(browser.base() + "/oauth2/jwks").build();
        Jwt access = jwks.decode(body.get("access_token").asString());
        assertThat(access.getHeaders()).containsEntry("alg", "RS256");
        assertThat(access.getSubject()).isEqualTo(id).startsWith("u-");
        assertThat(access.getAudience()).contains("qingfeng");
        assertThat(access.getClaimAsString("iss")).isEqualTo(ISSUER);
        assertThat(access.getClaimAsStringList("roles")).containsExactly("TOWNSHIP_STAFF");
        assertThat(access.getClaimAsString("node")).isEqualTo(NetworkFixtures.TOWNSHIP);
        assertThat(Duration.between(access.getIssuedAt(), access.getExpiresAt()))
                .isEqualTo(Duration.ofMinutes(10));

        Jwt idToken = jwks.decode(body.get("id_token").asString());
        assertThat(idToken.getClaimAsString("preferred_username")).isEqualTo(username);
        assertThat(idToken.getClaimAsString("name")).isEqualTo("李四");
        assertThat(idToken.getSubject()).isEqualTo(id);

        HttpResponse<String> refreshed = browser.token(
                CONSOLE,
                CONSOLE_SECRET,
                Map.of(
                        "grant_type",
                        "refresh_token",
                        "refresh_token",
                        body.get("refresh_token").asString()));
        assertThat(refreshed.statusCode()).as(refreshed.body()).isEqualTo(200);
        Jwt again = jwks.decode(Browser.json(refreshed).get("access_token").asString());
        assertThat(again.getClaimAsStringList("roles")).containsExactly("TOWNSHIP_STAFF");

        List<AuditRecorded> audited = await().until(() -> auditOf(id), records -> records.stream()
                .anyMatch(r -> r.action() == AuditAction.SIGN_IN));
        AuditRecorded signIn = audited.stream()
                .filter(r -> r.action() == AuditAction.SIGN_IN)
                .findFirst()
                .orElseThrow();
        assertThat(signIn.actor()).isEqualTo(id);
        assertThat(signIn.outcome()).isEqualTo("GRANTED");
        assertThat(signIn.service()).isEqualTo("auth-server");
    }

    @Test
    void anAuthorizationWithoutPkceIsRefused() {
        HttpResponse<String> authorize = browser()
                .page("/oauth2/authorize?response_type=code&client_id=" + CONSOLE + "&redirect_uri="
                        + URLEncoder.encode(REDIRECT, StandardCharsets.UTF_8) + "&scope=openid&state=s");
        assertThat(Browser.location(authorize)).startsWith(REDIRECT).contains("error=invalid_request");
    }

    @Test
    void aServiceAccountGetsItsConfiguredRolesAndNode() {
        Browser browser = browser();
        Jwt token = NimbusJwtDecoder.withJwkSetUri(browser.base() + "/oauth2/jwks")
                .build()
                .decode(browser.serviceToken("township-admin", SECRET));

        assertThat(token.getSubject()).isEqualTo("township-admin");
        assertThat(token.getAudience()).contains("qingfeng");
        assertThat(token.getClaimAsStringList("roles")).containsExactly("NETWORK_ADMIN");
        assertThat(token.getClaimAsString("node")).isEqualTo(NetworkFixtures.TOWNSHIP);
    }

    @Test
    void aWrongClientSecretGetsNoToken() {
        assertThat(browser()
                        .token("county-admin", "not-the-secret", Map.of("grant_type", "client_credentials"))
                        .statusCode())
                .isEqualTo(401);
    }

    @Test
    void eachWrongPasswordIsRefusedAndWaitsLongerThanTheOneBefore() {
        String username = anyUsername();
        createUser(username, "王五", "TOWNSHIP_STAFF", NetworkFixtures.TOWNSHIP, PASSWORD);
        Browser browser = browser();

        for (int i = 0; i < 4; i++) {
            assertThat(Browser.location(browser.signIn(username, "not-the-password")))
                    .endsWith("/auth/login?error");
        }

        assertThat(sleeper.waits())
                .containsExactly(
                        Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(2));
        assertThat(browser.page("/login?error").body()).contains("用户名或密码错误 / Wrong username or password");
    }

    @Test
    void fiveFailuresLockTheAccountEvenForTheRightPasswordUntilAnAdministratorUnlocksIt() {
        String username = anyUsername();
        String id = createUser(username, "赵六", "TOWNSHIP_STAFF", NetworkFixtures.TOWNSHIP, PASSWORD);
        Browser browser = browser();
        for (int i = 0; i < 5; i++) {
            browser.signIn(username, "not-the-password");
        }

        assertThat(Browser.location(browser.signIn(username, PASSWORD))).endsWith("/auth/login?locked");
        assertThat(browser.page("/login?locked").body()).contains("账户已锁定，请稍后再试 / Account locked, try again later");
        String admin = countyAdminToken();
        assertThat(userListed(admin, id).get("locked").asBoolean()).isTrue();
        assertThat(await().until(() -> auditOf(id), records -> records.stream()
                        .anyMatch(r -> r.outcome().equals("DENIED"))))
                .filteredOn(r -> r.action() == AuditAction.SIGN_IN)
                .extracting(AuditRecorded::outcome)
                .containsSubsequence("FAILED", "FAILED", "FAILED", "FAILED", "FAILED", "DENIED");

        assertThat(browser.api("POST", "/api/users/" + id + "/unlock", admin, null)
                        .statusCode())
                .isEqualTo(204);

        assertThat(userListed(admin, id).get("locked").asBoolean()).isFalse();
        assertThat(Browser.location(browser().signIn(username, PASSWORD))).endsWith("/auth/");
    }

    @Test
    void anUnknownUsernameIsAnsweredExactlyAsAWrongPassword() {
        String username = anyUsername();
        createUser(username, "钱七", "TOWNSHIP_STAFF", NetworkFixtures.TOWNSHIP, PASSWORD);

        HttpResponse<String> wrongPassword = browser().signIn(username, "not-the-password");
        List<Duration> wrongPasswordWaits = sleeper.waits();
        sleeper.clear();
        HttpResponse<String> unknownUser = browser().signIn(anyUsername(), "not-the-password");

        assertThat(unknownUser.statusCode()).isEqualTo(wrongPassword.statusCode());
        assertThat(Browser.location(unknownUser)).isEqualTo(Browser.location(wrongPassword));
        assertThat(unknownUser.body()).isEqualTo(wrongPassword.body());
        assertThat(sleeper.waits()).isEqualTo(wrongPasswordWaits).containsExactly(Duration.ofMillis(250));
    }

    @Test
    void aCorrectPasswordIsRefusedWhenTheSignInCannotBeAudited() {
        String username = anyUsername();
        createUser(username, "孙八", "TOWNSHIP_STAFF", NetworkFixtures.TOWNSHIP, PASSWORD);
        Browser browser = browser();
        audit.down(true);

        HttpResponse<String> refused = browser.signIn(username, PASSWORD);

        assertThat(Browser.location(refused)).endsWith("/auth/login?unavailable");
        assertThat(browser.page("/login?unavailable").body()).contains("暂时无法登录");
        assertThat(browser.page("/").statusCode()).isEqualTo(302);
    }

    @Test
    void theLoginPageIsBilingualCarriesACsrfTokenAndStrictHeaders() {
        HttpResponse<String> login = browser().page("/login");

        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.body()).contains("用户名 / Username", "密码 / Password", "登录 / Sign in");
        assertThat(Browser.csrf(login.body())).isNotBlank();
        assertThat(login.headers().firstValue("Content-Security-Policy"))
                .hasValue("default-src 'self'; frame-ancestors 'none'");
        assertThat(login.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(login.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
        assertThat(login.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(login.headers().firstValue("Set-Cookie"))
                .hasValueSatisfying(
                        cookie -> assertThat(cookie).contains("HttpOnly").containsIgnoringCase("SameSite=Lax"));
    }

    @Test
    void aLoginWithoutTheCsrfTokenIsRefused() {
        Browser browser = browser();
        browser.page("/login");
        HttpResponse<String> forged = browser.api("POST", "/login", null, null);
        assertThat(forged.statusCode()).isEqualTo(403);
    }

    private JsonNode userListed(String adminToken, String id) {
        JsonNode users = Browser.json(browser().api("GET", "/api/users", adminToken, null))
                .get("users");
        for (JsonNode user : users) {
            if (user.get("id").asString().equals(id)) {
                return user;
            }
        }
        throw new AssertionError("User " + id + " not listed");
    }

    private static String challenge(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
