package org.qingfeng.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.netty.http.client.HttpClient;

/**
 * The gateway on a random port, signed in through the stub identity provider, and clients for it.
 * Subclasses say which services stand behind it (a {@code @DynamicPropertySource} for
 * {@code gateway.backends.*}); each such set is its own Spring context. {@link #client} is a member
 * of staff signed in for real (authorization code with PKCE, session cookie, CSRF header from the
 * page's {@code <meta>}); {@link #anonymous} has no session and no token.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class RunningGateway {

    static final StubIdentityProvider identity = StubIdentityProvider.start();

    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"csrf-token\" content=\"([^\"]+)\">");

    @LocalServerPort
    int port;

    WebTestClient client;

    WebTestClient anonymous;

    /** The signed-in session's cookie value, for a client that leaves the CSRF header out. */
    String session;

    @DynamicPropertySource
    static void identityProvider(DynamicPropertyRegistry registry) {
        registry.add("gateway.backends.auth", identity::url);
        registry.add("gateway.auth.public-url", identity::issuer);
        registry.add("qingfeng.security.issuer", identity::issuer);
        // Rate limits have their own tests; here one user makes every request of a context.
        registry.add("gateway.rate-limit.per-principal-per-minute", () -> 100_000);
    }

    @BeforeEach
    void connect() {
        // A new connection per request: with the shared pool, a request now and then waited on a
        // pooled connection until the client's timeout (seen at 10 s and at 30 s, no thread busy).
        anonymous = WebTestClient.bindToServer(new ReactorClientHttpConnector(HttpClient.newConnection()))
                .baseUrl(baseUrl())
                .responseTimeout(Duration.ofSeconds(30))
                .build();
        identity.signInAs(StubIdentityProvider.ADMIN);
        client = signIn();
    }

    /**
     * Signs in as the provider's next user the way a browser does, step by step, and returns a
     * client with the session cookie and the CSRF header.
     */
    WebTestClient signIn() {
        EntityExchangeResult<Void> start = anonymous
                .get()
                .uri("/oauth2/authorization/qingfeng")
                .exchange()
                .expectStatus()
                .is3xxRedirection()
                .expectBody(Void.class)
                .returnResult();
        URI authorize = start.getResponseHeaders().getLocation();
        assertThat(authorize).isNotNull();
        assertThat(authorize.getRawQuery()).contains("code_challenge=", "code_challenge_method=S256");
        URI back = identity.authorize(authorize);
        EntityExchangeResult<Void> callback = anonymous
                .get()
                .uri(URI.create(baseUrl() + back.getRawPath() + "?" + back.getRawQuery()))
                .cookie(SESSION, session(start, ""))
                .exchange()
                .expectStatus()
                .is3xxRedirection()
                .expectBody(Void.class)
                .returnResult();
        String session = session(callback, session(start, ""));
        // The first page after the sign-in may start a fresh session id once more: keep the last.
        EntityExchangeResult<String> first = anonymous
                .get()
                .uri("/")
                .cookie(SESSION, session)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult();
        String page = first.getResponseBody();
        this.session = session(first, session);
        WebTestClient signedIn =
                anonymous.mutate().defaultCookie(SESSION, this.session).build();
        Matcher csrf = CSRF_META.matcher(page == null ? "" : page);
        assertThat(csrf.find()).as("the page's CSRF <meta>").isTrue();
        return signedIn.mutate().defaultHeader(CSRF_HEADER, csrf.group(1)).build();
    }

    static final String SESSION = "SESSION";
    static final String CSRF_HEADER = "X-CSRF-TOKEN";

    private static String session(EntityExchangeResult<?> result, String previous) {
        ResponseCookie cookie = result.getResponseCookies().getFirst(SESSION);
        return cookie == null ? previous : cookie.getValue();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** The body of a GET that must answer 200. */
    String text(String path) {
        return client.get()
                .uri(path)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
    }

    /** A console form posted as the browser posts it, which must answer 200. */
    WebTestClient.ResponseSpec postForm(String path, String form) {
        return client.post()
                .uri(path)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .bodyValue(form)
                .exchange()
                .expectStatus()
                .isOk();
    }
}
