package org.qingfeng.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.MediaType;

/**
 * Sign-in, bearer checks, token relay and CSRF, against the stub identity provider and the stub
 * services that are all up.
 */
class SecurityIT extends StubbedServices {

    private static final StubIdentityProvider.User TOWNSHIP =
            new StubIdentityProvider.User("u-0002", "cg-staff", "城关镇工作人员", List.of("TOWNSHIP_STAFF"), "330281-101");

    @Test
    void sendsAConsolePageWithoutASessionToTheSignIn() {
        anonymous
                .get()
                .uri("/console/network")
                .exchange()
                .expectStatus()
                .isFound()
                .expectHeader()
                .valueEquals("Location", "/oauth2/authorization/qingfeng");
    }

    @Test
    void tellsAnHtmxFragmentWithoutASessionToSignInAgain() {
        anonymous
                .get()
                .uri("/console/fragments/items")
                .header("HX-Request", "true")
                .exchange()
                .expectStatus()
                .isUnauthorized()
                .expectHeader()
                .valueEquals("HX-Redirect", "/oauth2/authorization/qingfeng");
    }

    @Test
    void startsTheSignInAtTheProvidersAuthorizationEndpointWithPkce() {
        String location = anonymous
                .get()
                .uri("/oauth2/authorization/qingfeng")
                .exchange()
                .expectStatus()
                .isFound()
                .returnResult(Void.class)
                .getResponseHeaders()
                .getLocation()
                .toString();

        assertThat(location)
                .startsWith(identity.issuer() + "/oauth2/authorize?")
                .contains("client_id=qingfeng-console", "scope=openid%20profile", "code_challenge_method=S256")
                .contains("nonce=");
    }

    @Test
    void refusesTheApiWithoutATokenAsAProblem() {
        anonymous
                .get()
                .uri("/api/informants?node=330281-101")
                .exchange()
                .expectStatus()
                .isUnauthorized()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader()
                .valueEquals("WWW-Authenticate", "Bearer")
                .expectBody()
                .jsonPath("$.title")
                .isEqualTo("需要登录或有效令牌 / Sign-in or a valid token required")
                .jsonPath("$.status")
                .isEqualTo(401);
    }

    static Stream<Arguments> badTokens() {
        StubIdentityProvider.User user = StubIdentityProvider.ADMIN;
        Function<Instant, Date> at = Date::from;
        return Stream.of(
                Arguments.of("expired", identity.token(claims -> identity.accessClaims(user, claims)
                        .issueTime(at.apply(Instant.now().minusSeconds(1200)))
                        .expirationTime(at.apply(Instant.now().minusSeconds(600))))),
                Arguments.of("forged signature", identity.forgedToken(user)),
                Arguments.of("alg none", identity.unsignedToken(user)),
                Arguments.of("wrong audience", identity.token(claims -> identity.accessClaims(user, claims)
                        .audience("another-api"))),
                Arguments.of("wrong issuer", identity.token(claims -> identity.accessClaims(user, claims)
                        .issuer("http://evil.example/auth"))),
                Arguments.of("not a token", "abc.def.ghi"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badTokens")
    void refusesABadBearerTokenWithoutAskingTheService(String kind, String token) {
        int before = intake.hits("GET", "/api/informants");

        anonymous
                .get()
                .uri("/api/informants?node=330281-101")
                .header("Authorization", "Bearer " + token)
                .exchange()
                .expectStatus()
                .isUnauthorized()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON);

        assertThat(intake.hits("GET", "/api/informants")).isEqualTo(before);
    }

    @Test
    void refusesABadTokenEvenOnThePublicSubmission() {
        anonymous
                .post()
                .uri("/api/items")
                .header("Authorization", "Bearer " + identity.forgedToken(StubIdentityProvider.ADMIN))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{}")
                .exchange()
                .expectStatus()
                .isUnauthorized();
    }

    @Test
    void passesAValidBearerTokenThroughUnchanged() {
        String token = identity.accessToken(TOWNSHIP);

        anonymous
                .get()
                .uri("/api/informants?node=330281-101")
                .header("Authorization", "Bearer " + token)
                .exchange()
                .expectStatus()
                .isOk();

        assertThat(intake.lastRequest("GET", "/api/informants").authorization()).isEqualTo("Bearer " + token);
    }

    @Test
    void letsAnonymousSubmissionsAndThePingThrough() {
        anonymous
                .post()
                .uri("/api/items")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{}")
                .exchange()
                .expectStatus()
                .value(status -> assertThat(status).isNotIn(401, 403));
        anonymous.get().uri("/api/ping").exchange().expectStatus().value(status -> assertThat(status)
                .isNotIn(401, 403));
        assertThat(intake.lastRequest("POST", "/api/items").authorization()).isEmpty();
    }

    @Test
    void relaysTheSignedInUsersAccessTokenOnConsoleReadsAndProxiedCalls() {
        assertThat(text("/console/informants?node=330281-101")).contains("inf-8M3Q");
        String relayed = intake.lastRequest("GET", "/api/informants").authorization();
        assertThat(relayed).startsWith("Bearer ey");

        client.get()
                .uri("/api/reporting/windows?from=2026-10-01&to=2026-12-31")
                .exchange()
                .expectStatus()
                .isOk();
        assertThat(intake.lastRequest("GET", "/api/reporting/windows").authorization())
                .isEqualTo(relayed);
    }

    @Test
    void showsWhoIsSignedInAndOffersOnlyTheirPages() {
        assertThat(text("/console/reporting"))
                .contains("<span id=\"staff-name\">林管理员</span>", "action=\"/console/sign-out\"")
                .contains("href=\"/console/assessment\"", "id=\"nav-users\"");

        identity.signInAs(TOWNSHIP);
        String township = signIn().get()
                .uri("/console/reporting")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();

        assertThat(township)
                .contains("城关镇工作人员", "href=\"/console/informants\"")
                .doesNotContain("href=\"/console/assessment\"", "id=\"nav-users\"");
    }

    @Test
    void refusesAConsoleChangeWithoutTheCsrfToken() {
        int before = intake.hits("POST", "/api/informants/status");

        anonymous
                .post()
                .uri("/console/informants/status")
                .cookie(SESSION, session)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .bodyValue("informantToken=" + BackendFixtures.DISMISSED_TOKEN + "&status=SUSPENDED&reason=x")
                .exchange()
                .expectStatus()
                .isForbidden();

        assertThat(intake.hits("POST", "/api/informants/status")).isEqualTo(before);
    }

    @Test
    void refusesAnApiChangeWithTheSessionButWithoutTheCsrfToken() {
        anonymous
                .put()
                .uri("/api/network/nodes")
                .cookie(SESSION, session)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("[]")
                .exchange()
                .expectStatus()
                .isForbidden();
    }

    @Test
    void putsTheCsrfTokenIntoEveryFormThatPosts() {
        String page = text("/console/informants?node=330281-101");

        assertThat(page)
                .contains(
                        "<meta name=\"csrf-token\" content=\"", "<meta name=\"csrf-header\" content=\"X-CSRF-TOKEN\">");
        long forms = page.split("method=\"post\"", -1).length - 1L;
        long tokens = page.split("name=\"_csrf\"", -1).length - 1L;
        assertThat(forms).isGreaterThan(1);
        assertThat(tokens).isEqualTo(forms);
    }

    @Test
    void signsOutLocallyAndAtTheProviderByAFormPost() {
        String page = client.post()
                .uri("/console/sign-out")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();

        assertThat(page)
                .contains("action=\"" + identity.issuer() + "/connect/logout\"", "data-auto-submit")
                .contains("name=\"id_token_hint\" value=\"ey", "name=\"post_logout_redirect_uri\"");
        anonymous
                .get()
                .uri("/console/network")
                .cookie(SESSION, session)
                .exchange()
                .expectStatus()
                .isFound();
    }

    @Test
    void keepsTheUsersPageForNetworkAdministrators() {
        identity.signInAs(TOWNSHIP);
        signIn().get().uri("/console/users").exchange().expectStatus().isForbidden();
    }

    @Test
    void marksTheSessionCookieHttpOnlyAndSameSiteLax() {
        String cookie = anonymous
                .get()
                .uri("/oauth2/authorization/qingfeng")
                .exchange()
                .returnResult(Void.class)
                .getResponseHeaders()
                .getFirst("Set-Cookie");

        assertThat(cookie)
                .startsWith("SESSION=")
                .containsIgnoringCase("HttpOnly")
                .contains("SameSite=Lax");
    }
}
