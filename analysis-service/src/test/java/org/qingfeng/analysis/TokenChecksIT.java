package org.qingfeng.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.qingfeng.testsupport.TestTokens;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * The service checks every token itself: only one signed by the issuer's key, for the audience
 * {@code qingfeng}, from the configured issuer and not expired passes; anything else is a {@code
 * 401} problem that does not say why. The health probes stay open.
 */
class TokenChecksIT extends AnalysisIntegrationTest {

    private static final String ENDPOINT = "/api/analysis/network";

    @Test
    void refusesEveryTokenItCannotTrustWith401() {
        Map<String, String> refused = Map.of(
                "expired", staff().expiresAt(Instant.now().minusSeconds(120)).sign(),
                "forged signature", staff().signedByAnotherKey().sign(),
                "alg none", staff().unsigned(),
                "wrong audience", staff().audience("another-system").sign(),
                "wrong issuer",
                        staff().issuer("http://127.0.0.1/another-issuer").sign(),
                "not a token", "not.a.token");

        refused.forEach(
                (why, token) -> assertThat(mvc.get().uri(ENDPOINT).header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
                        .as(why)
                        .hasStatus(HttpStatus.UNAUTHORIZED)
                        .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                        .hasHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                        .bodyJson()
                        .extractingPath("$.title")
                        .isEqualTo("未登录 / Unauthorized"));
    }

    @Test
    void acceptsTheSameTokenSignedProperly() {
        assertThat(mvc.get().uri(ENDPOINT).header(HttpHeaders.AUTHORIZATION, "Bearer " + staff().sign()))
                .hasStatusOk();
    }

    @Test
    void leavesTheHealthProbesOpenAndNothingElse() {
        assertThat(withoutDefaultToken().get().uri("/actuator/health/liveness")).hasStatusOk();
        assertThat(withoutDefaultToken().get().uri(ENDPOINT)).hasStatus(HttpStatus.UNAUTHORIZED);
    }

    private static TestTokens.Builder staff() {
        return TestTokens.token().node(NetworkFixtures.ROOT).roles("WORK_STATION_STAFF");
    }
}
