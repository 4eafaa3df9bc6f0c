package org.qingfeng.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistrar;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * 用户 over HTTP: the authorization server's admin API behind a stub of its own, while the stub
 * identity provider still signs staff in (its token and key endpoints are named directly, since the
 * {@code auth} backend is the users stub here).
 */
class UsersConsoleIT extends RunningGateway {

    static final String PASSWORD = "Geheim-Pa55wort!";
    static final String TAKEN = "taken-name";

    static final StubIdentityProvider.User TOWNSHIP =
            new StubIdentityProvider.User("u-0002", "cg-staff", "城关镇工作人员", List.of("TOWNSHIP_STAFF"), "330281-101");

    static final StubBackend intake = BackendFixtures.anyNetworkIntake();
    static final StubBackend auth = StubBackend.start()
            .json("GET", "/auth/api/users", 200, UsersFixtures.anyUsers())
            .json("POST", "/auth/api/users", 201, "{\"id\":\"u-0042\"}")
            .problemWhen(
                    "POST",
                    "/auth/api/users",
                    TAKEN,
                    400,
                    BackendFixtures.problem("username", "用户名已被使用 / user name already taken"))
            .json("PUT", "/auth/api/users/u-0003", 200, "{}")
            .json("POST", "/auth/api/users/u-0003/unlock", 204, "")
            .json("POST", "/auth/api/users/u-0003/password", 204, "");

    @DynamicPropertySource
    static void backends(DynamicPropertyRegistry registry) {
        registry.add("gateway.backends.intake", intake::url);
        registry.add("gateway.backends.analysis", StubBackend::unreachableUrl);
        registry.add("gateway.backends.disposal", StubBackend::unreachableUrl);
        registry.add(
                "spring.security.oauth2.client.provider.qingfeng.token-uri", () -> identity.issuer() + "/oauth2/token");
        registry.add(
                "spring.security.oauth2.client.provider.qingfeng.jwk-set-uri",
                () -> identity.issuer() + "/oauth2/jwks");
    }

    /**
     * The {@code auth} backend is the users stub. A registrar bean, not a {@code @DynamicPropertySource}
     * method: the base class's method names the identity provider for the same property and wins over
     * a subclass's method, while a registrar's values are added after every method's.
     */
    @TestConfiguration(proxyBeanMethods = false)
    static class UsersBackend {

        @Bean
        DynamicPropertyRegistrar usersBackend() {
            return registry -> registry.add("gateway.backends.auth", auth::url);
        }
    }

    @Test
    void listsTheAccountsWithRolesInChineseAndNodesByName() {
        String page = text("/console/users");

        assertThat(page)
                .contains("id=\"users-table\"", "<code>ws-admin</code>", "林管理员", "<code>cg-staff</code>")
                .contains("网络管理员", "工作站工作人员", "乡镇报送点工作人员")
                .contains("<span>城关镇</span>", "<span class=\"code\">330281-101</span>")
                .contains("已锁定", "停用")
                .contains("aria-current=\"page\"", "id=\"nav-users\"");
        assertThat(page.indexOf("<code>cg-staff</code>")).isLessThan(page.indexOf("<code>ws-admin</code>"));
    }

    @Test
    void createsAnAccountWithTheAdministratorsTokenAndNeverShowsThePassword() {
        String outcome = postForm(
                        "/console/users/create",
                        "username=qs-staff&displayName=%E9%9D%92%E5%B1%B1%E9%95%87&roles=TOWNSHIP_STAFF"
                                + "&node=330281-102&password=" + PASSWORD)
                .expectHeader()
                .valueEquals("HX-Trigger", "users-changed")
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();

        StubBackend.Received sent = auth.lastRequest("POST", "/auth/api/users");
        assertThat(sent.contentType()).startsWith("application/json");
        assertThat(sent.text())
                .isEqualTo("{\"username\":\"qs-staff\",\"displayName\":\"青山镇\",\"roles\":[\"TOWNSHIP_STAFF\"],"
                        + "\"node\":\"330281-102\",\"password\":\"" + PASSWORD + "\"}");
        assertThat(subjectOf(sent.authorization())).contains("\"sub\":\"u-0001\"", "NETWORK_ADMIN");
        assertThat(outcome)
                .contains("用户 qs-staff 已创建", "id=\"create-form\"", "hx-swap-oob=\"true\"")
                .doesNotContain(PASSWORD);
        assertThat(text("/console/users")).doesNotContain(PASSWORD);
        assertThat(auth.targets()).noneMatch(target -> target.contains("Pa55"));
    }

    @Test
    void showsTheServersErrorsNextToTheFieldsAndKeepsTheForm() {
        String outcome = postForm(
                        "/console/users/create",
                        "username=" + TAKEN + "&displayName=x&roles=INFORMANT&node=&password=" + PASSWORD)
                .expectHeader()
                .doesNotExist("HX-Trigger")
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();

        assertThat(outcome)
                .contains("请检查标出的字段")
                .contains("<small id=\"create-form-error-username\" class=\"field-error\" hx-swap-oob=\"true\">"
                        + "用户名已被使用 / user name already taken</small>")
                .contains("<small id=\"create-form-error-password\" class=\"field-error\" hx-swap-oob=\"true\">"
                        + "</small>")
                .doesNotContain("id=\"create-form\"", PASSWORD);
    }

    @Test
    void changesUnlocksAndSetsThePasswordWithTheIdInTheBodyOnly() {
        String manage = postForm("/console/users/edit", "id=u-0003")
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
        assertThat(manage)
                .contains("id=\"change-form\"", "value=\"青山镇报送员\"", "id=\"unlock-form\"", "id=\"password-form\"")
                .contains("<option value=\"330281-102\" selected=\"selected\">");

        postForm("/console/users/change", "id=u-0003&displayName=%E6%96%B0&roles=TOWNSHIP_STAFF&node=330281-102")
                .expectHeader()
                .valueEquals("HX-Trigger", "users-changed");
        assertThat(auth.lastRequest("PUT", "/auth/api/users/u-0003").text())
                .isEqualTo("{\"displayName\":\"新\",\"roles\":[\"TOWNSHIP_STAFF\"],\"node\":\"330281-102\","
                        + "\"enabled\":false}");

        int unlocks = auth.hits("POST", "/auth/api/users/u-0003/unlock");
        assertThat(text("/console/users")).doesNotContain("/u-0003", "id=u-0003");
        postForm("/console/users/unlock", "id=u-0003").expectBody(String.class).value(body -> assertThat(body)
                .contains("已解除锁定"));
        assertThat(auth.hits("POST", "/auth/api/users/u-0003/unlock")).isEqualTo(unlocks + 1);

        String password = postForm("/console/users/password", "id=u-0003&password=" + PASSWORD)
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
        assertThat(password).contains("密码已设置", "id=\"password-form\"").doesNotContain(PASSWORD);
        assertThat(auth.lastRequest("POST", "/auth/api/users/u-0003/password").text())
                .isEqualTo("{\"password\":\"" + PASSWORD + "\"}");
    }

    @Test
    void sendsNothingForAnIdThatIsNotOne() {
        int before = auth.targets().size();

        postForm("/console/users/unlock", "id=..%2Fu-0001")
                .expectBody(String.class)
                .value(body -> assertThat(body).contains("没有这个用户"));
        assertThat(auth.targets()).hasSize(before);
    }

    @Test
    void refusesThePageToAnyoneButANetworkAdministrator() {
        identity.signInAs(TOWNSHIP);
        signIn().get().uri("/console/users").exchange().expectStatus().isForbidden();
        signIn().post()
                .uri("/console/users/unlock")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .bodyValue("id=u-0003")
                .exchange()
                .expectStatus()
                .isForbidden();
    }

    private static String subjectOf(String authorization) {
        assertThat(authorization).startsWith("Bearer ey");
        String[] parts = authorization.substring("Bearer ".length()).split("\\.");
        return new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
    }
}
