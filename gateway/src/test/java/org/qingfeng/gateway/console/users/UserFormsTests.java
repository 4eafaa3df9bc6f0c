package org.qingfeng.gateway.console.users;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.qingfeng.gateway.console.FormValues;
import org.qingfeng.gateway.console.users.UserForms.NewPassword;
import org.qingfeng.gateway.console.users.UserForms.NewUser;
import org.qingfeng.gateway.console.users.UserForms.UserChange;
import tools.jackson.databind.json.JsonMapper;

/** The user forms as the authorization server's admin API takes them. */
class UserFormsTests {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void mapsANewUserWithOnlyTheRolesThePageOffersAndThePasswordAsTyped() {
        NewUser user = NewUser.from(FormValues.of(Map.of(
                "username", List.of(" cg-staff "),
                "displayName", List.of("城关镇工作人员"),
                "roles", List.of("TOWNSHIP_STAFF", "ROOT", "TOWNSHIP_STAFF", "INFORMANT"),
                "node", List.of("330281-101"),
                "password", List.of(" s3cret pass ", "ignored"))));

        assertThat(json.writeValueAsString(user))
                .isEqualTo("{\"username\":\"cg-staff\",\"displayName\":\"城关镇工作人员\","
                        + "\"roles\":[\"TOWNSHIP_STAFF\",\"INFORMANT\"],\"node\":\"330281-101\","
                        + "\"password\":\" s3cret pass \"}");
    }

    @Test
    void sendsBlankBoxesAsMissing() {
        NewUser user = NewUser.from(FormValues.of(Map.of("username", List.of("  "), "password", List.of(""))));

        assertThat(json.writeValueAsString(user))
                .isEqualTo("{\"username\":null,\"displayName\":null,\"roles\":[],\"node\":null,\"password\":null}");
    }

    @Test
    void neverShowsAPasswordInARequestsText() {
        NewUser user = NewUser.from(FormValues.of(Map.of("username", List.of("a"), "password", List.of("hunter2-x"))));
        NewPassword password = NewPassword.from(FormValues.of(Map.of("password", List.of("hunter2-x"))));

        assertThat(user.toString()).contains("username=a").doesNotContain("hunter2-x");
        assertThat(password.toString()).doesNotContain("hunter2-x");
        assertThat(json.writeValueAsString(password)).isEqualTo("{\"password\":\"hunter2-x\"}");
    }

    @Test
    void disablesAnAccountWhoseBoxIsUnticked() {
        UserChange change = UserChange.from(FormValues.of(
                Map.of("displayName", List.of("林管理员"), "roles", List.of("NETWORK_ADMIN"), "node", List.of(""))));

        assertThat(json.writeValueAsString(change))
                .isEqualTo("{\"displayName\":\"林管理员\",\"roles\":[\"NETWORK_ADMIN\"],\"node\":null,\"enabled\":false}");
    }

    @Test
    void takesOnlyIdsThatAreOnePathSegment() {
        assertThat(UserForms.id(FormValues.of(Map.of("id", List.of(" u-0042 ")))))
                .isEqualTo("u-0042");
        assertThat(UserForms.id(FormValues.of(Map.of("id", List.of("../admin")))))
                .isEmpty();
        assertThat(UserForms.id(FormValues.of(Map.of("id", List.of("u-1/unlock")))))
                .isEmpty();
        assertThat(UserForms.id(FormValues.of(Map.of("id", List.of("{x}"))))).isEmpty();
        assertThat(UserForms.id(FormValues.of(Map.of()))).isEmpty();
    }
}
