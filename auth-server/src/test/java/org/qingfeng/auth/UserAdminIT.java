package org.qingfeng.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.qingfeng.contracts.audit.AuditAction;
import org.qingfeng.contracts.audit.AuditRecorded;
import org.qingfeng.testsupport.TestTokens;
import tools.jackson.databind.JsonNode;

class UserAdminIT extends AuthIntegrationTest {

    private static final String PASSWORD = "twelve-chars-at-least";

    @Test
    void anAdministratorListsOnlyTheUsersOfTheirSubtreeAndNeverAHash() {
        String inTownship = createUser(anyUsername(), "村干部", "TOWNSHIP_STAFF", NetworkFixtures.VILLAGE, PASSWORD);
        String elsewhere =
                createUser(anyUsername(), "别的乡镇", "TOWNSHIP_STAFF", NetworkFixtures.OTHER_TOWNSHIP, PASSWORD);

        HttpResponse<String> listed = browser().api("GET", "/api/users", townshipAdmin(), null);

        assertThat(listed.statusCode()).isEqualTo(200);
        List<String> ids = ids(Browser.json(listed));
        assertThat(ids).contains(inTownship).doesNotContain(elsewhere);
        assertThat(Browser.json(listed).get("users").get(0).propertyNames())
                .containsExactlyInAnyOrder("id", "username", "displayName", "roles", "node", "enabled", "locked");
        assertThat(listed.body()).doesNotContain("passwordHash", "bcrypt", PASSWORD);
        assertThat(ids(Browser.json(browser().api("GET", "/api/users", countyAdminToken(), null))))
                .contains(inTownship, elsewhere);
    }

    @Test
    void aNewUserIsRefusedFieldByFieldChineseFirst() {
        HttpResponse<String> refused = browser()
                .api(
                        "POST",
                        "/api/users",
                        countyAdminToken(),
                        Map.of(
                                "username", "No Spaces!",
                                "displayName", "某人",
                                "roles", List.of("EMPEROR"),
                                "node", "999999",
                                "password", "short"));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode errors = Browser.json(refused).get("errors");
        assertThat(fields(errors)).containsExactlyInAnyOrder("username", "roles", "node", "password");
        assertThat(errors.get(0).get("message").asString()).matches("^\\p{IsHan}.* / .*");
        assertThat(refused.body()).doesNotContain("short");
    }

    @Test
    void anAdministratorCannotPlaceAUserOutsideTheirSubtree() {
        HttpResponse<String> refused = browser()
                .api("POST", "/api/users", townshipAdmin(), newUser(anyUsername(), NetworkFixtures.OTHER_TOWNSHIP));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(fields(Browser.json(refused).get("errors"))).containsExactly("node");
    }

    @Test
    void aTakenUsernameIsRefused() {
        String username = anyUsername();
        createUser(username, "甲", "TOWNSHIP_STAFF", NetworkFixtures.TOWNSHIP, PASSWORD);

        HttpResponse<String> again =
                browser().api("POST", "/api/users", countyAdminToken(), newUser(username, NetworkFixtures.TOWNSHIP));

        assertThat(again.statusCode()).isEqualTo(400);
        assertThat(fields(Browser.json(again).get("errors"))).containsExactly("username");
    }

    @Test
    void aUserOutsideTheSubtreeIsNotFoundForChangesPasswordsOrUnlocks() {
        String elsewhere = createUser(anyUsername(), "乙", "TOWNSHIP_STAFF", NetworkFixtures.OTHER_TOWNSHIP, PASSWORD);
        String token = townshipAdmin();
        Browser browser = browser();

        assertThat(browser.api("PUT", "/api/users/" + elsewhere, token, change("乙", NetworkFixtures.OTHER_TOWNSHIP))
                        .statusCode())
                .isEqualTo(404);
        assertThat(browser.api("POST", "/api/users/" + elsewhere + "/password", token, Map.of("password", PASSWORD))
                        .statusCode())
                .isEqualTo(404);
        assertThat(browser.api("POST", "/api/users/" + elsewhere + "/unlock", token, null)
                        .statusCode())
                .isEqualTo(404);
        assertThat(browser.api("POST", "/api/users/u-nobody/unlock", token, null)
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void aChangeIsMadeAndAuditedNamingTheFieldsButNeverThePassword() {
        String username = anyUsername();
        String id = createUser(username, "丙", "TOWNSHIP_STAFF", NetworkFixtures.TOWNSHIP, PASSWORD);
        String token = townshipAdmin();
        Map<String, Object> change = change("丙（村）", NetworkFixtures.VILLAGE);

        HttpResponse<String> changed = browser().api("PUT", "/api/users/" + id, token, change);
        HttpResponse<String> password = browser()
                .api("POST", "/api/users/" + id + "/password", token, Map.of("password", "a-brand-new-password"));

        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        assertThat(Browser.json(changed).get("node").asString()).isEqualTo(NetworkFixtures.VILLAGE);
        assertThat(password.statusCode()).isEqualTo(204);
        List<AuditRecorded> audited = await().until(() -> auditOf(id), records -> records.size() >= 3);
        assertThat(audited).extracting(AuditRecorded::action).containsOnly(AuditAction.USER_CHANGED);
        assertThat(audited)
                .extracting(AuditRecorded::detail)
                .contains("changed: displayName, node", "changed: password")
                .noneMatch(detail -> detail.contains("a-brand-new-password"));
        assertThat(audited.get(1).actor()).isEqualTo("township-admin");
        assertThat(Browser.location(browser().signIn(username, "a-brand-new-password")))
                .endsWith("/auth/");
        assertThat(Browser.location(browser().signIn(username, PASSWORD))).endsWith("/auth/login?error");
    }

    @Test
    void aShortNewPasswordIsRefused() {
        String id = createUser(anyUsername(), "丁", "TOWNSHIP_STAFF", NetworkFixtures.TOWNSHIP, PASSWORD);

        HttpResponse<String> refused = browser()
                .api("POST", "/api/users/" + id + "/password", countyAdminToken(), Map.of("password", "too-short"));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(fields(Browser.json(refused).get("errors"))).containsExactly("password");
    }

    @Test
    void aDisabledUserCannotSignIn() {
        String username = anyUsername();
        String id = createUser(username, "戊", "TOWNSHIP_STAFF", NetworkFixtures.TOWNSHIP, PASSWORD);
        Map<String, Object> disable = new HashMap<>(change("戊", NetworkFixtures.TOWNSHIP));
        disable.put("enabled", false);

        assertThat(browser()
                        .api("PUT", "/api/users/" + id, countyAdminToken(), disable)
                        .statusCode())
                .isEqualTo(200);

        assertThat(Browser.location(browser().signIn(username, PASSWORD))).endsWith("/auth/login?error");
    }

    @Test
    void anyoneButANetworkAdministratorIsForbidden() {
        HttpResponse<String> staff =
                browser().api("GET", "/api/users", browser().serviceToken("station-staff", SECRET), null);

        assertThat(staff.statusCode()).isEqualTo(403);
        assertThat(Browser.json(staff).get("detail").asString()).startsWith("您的角色无权执行此操作");
    }

    @Test
    void noTokenOrAForeignTokenIsUnauthorized() {
        assertThat(browser().api("GET", "/api/users", null, null).statusCode()).isEqualTo(401);
        String foreign = TestTokens.token()
                .issuer(ISSUER)
                .roles("NETWORK_ADMIN")
                .node(NetworkFixtures.COUNTY)
                .sign();
        assertThat(browser().api("GET", "/api/users", foreign, null).statusCode())
                .isEqualTo(401);
    }

    private String townshipAdmin() {
        return browser().serviceToken("township-admin", SECRET);
    }

    private static Map<String, Object> newUser(String username, String node) {
        return Map.of(
                "username", username,
                "displayName", "某人",
                "roles", List.of("TOWNSHIP_STAFF"),
                "node", node,
                "password", PASSWORD);
    }

    private static Map<String, Object> change(String displayName, String node) {
        return Map.of("displayName", displayName, "roles", List.of("TOWNSHIP_STAFF"), "node", node, "enabled", true);
    }

    private static List<String> ids(JsonNode list) {
        List<String> ids = new ArrayList<>();
        list.get("users").forEach(user -> ids.add(user.get("id").asString()));
        return ids;
    }

    private static List<String> fields(JsonNode errors) {
        List<String> fields = new ArrayList<>();
        errors.forEach(error -> fields.add(error.get("field").asString()));
        return fields;
    }
}
