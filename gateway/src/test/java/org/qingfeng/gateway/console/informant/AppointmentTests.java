package org.qingfeng.gateway.console.informant;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.qingfeng.gateway.console.FieldErrors;
import org.qingfeng.gateway.console.FormValues;
import tools.jackson.databind.json.JsonMapper;

/** The console's forms as the bodies intake takes for informants. */
class AppointmentTests {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void mapsTheAppointFormAndLeavesBlankBoxesOut() {
        Appointment appointment = Appointment.from(FormValues.of(Map.of(
                "number", List.of("QF-0042"),
                "name", List.of("欧阳清风"),
                "phone", List.of("139 1234 5678"),
                "email", List.of(""),
                "homeNodeCode", List.of("330281-101-001"),
                "appointedByCode", List.of("330281-101"),
                "type", List.of("SPECIAL_INVITED"),
                "backgrounds", List.of("RETIRED_CADRE", "LAWYER"),
                "roles", List.of("INTEGRITY", "MEDIATION"),
                "appointedOn", List.of("2026-11-02"))));

        assertThat(json.writeValueAsString(appointment))
                .isEqualTo("{\"number\":\"QF-0042\",\"name\":\"欧阳清风\",\"phone\":\"139 1234 5678\","
                        + "\"homeNodeCode\":\"330281-101-001\",\"appointedByCode\":\"330281-101\","
                        + "\"type\":\"SPECIAL_INVITED\",\"backgrounds\":[\"RETIRED_CADRE\",\"LAWYER\"],"
                        + "\"roles\":[\"INTEGRITY\",\"MEDIATION\"],\"appointedOn\":\"2026-11-02\"}");
    }

    @Test
    void sendsEmptyListsWhenNothingIsTicked() {
        assertThat(json.writeValueAsString(Appointment.from(FormValues.of(Map.of()))))
                .isEqualTo("{\"backgrounds\":[],\"roles\":[]}");
    }

    @Test
    void countsTheIdentityBoxesAmongTheFieldsErrorsCanName() {
        assertThat(Appointment.FIELDS).containsAll(Appointment.IDENTITY);
    }

    @Test
    void mapsStatusTrainingAndContactWithTheTokenInTheBody() {
        FormValues form = FormValues.of(Map.of(
                "informantToken", List.of("inf-8M3QZ1K7VX0T4N2C9R5B6H8D1F"),
                "status", List.of("DISMISSED"),
                "reason", List.of("多次报送不实信息"),
                "on", List.of("2026-04-16"),
                "level", List.of("VILLAGE_ROTATION"),
                "course", List.of("轮训"),
                "hours", List.of("4"),
                "way", List.of("VISIT")));

        assertThat(json.writeValueAsString(RosterChanges.StatusChange.from(form)))
                .isEqualTo("{\"informantToken\":\"inf-8M3QZ1K7VX0T4N2C9R5B6H8D1F\",\"status\":\"DISMISSED\","
                        + "\"reason\":\"多次报送不实信息\"}");
        assertThat(json.writeValueAsString(RosterChanges.TrainingEntry.from(form)))
                .isEqualTo("{\"informantToken\":\"inf-8M3QZ1K7VX0T4N2C9R5B6H8D1F\",\"on\":\"2026-04-16\","
                        + "\"level\":\"VILLAGE_ROTATION\",\"course\":\"轮训\",\"hours\":4}");
        assertThat(json.writeValueAsString(RosterChanges.ContactEntry.from(form)))
                .isEqualTo("{\"informantToken\":\"inf-8M3QZ1K7VX0T4N2C9R5B6H8D1F\",\"on\":\"2026-04-16\","
                        + "\"way\":\"VISIT\",\"note\":null}");
    }

    @Test
    void refusesHoursThatAreNotAWholeNumber() {
        FieldErrors errors = RosterChanges.TrainingEntry.check(FormValues.of(Map.of("hours", List.of("4.5"))));

        assertThat(errors.at("hours")).isEqualTo("须为整数 / must be a whole number");
        assertThat(RosterChanges.TrainingEntry.check(FormValues.of(Map.of("hours", List.of("12"))))
                        .isEmpty())
                .isTrue();
    }
}
