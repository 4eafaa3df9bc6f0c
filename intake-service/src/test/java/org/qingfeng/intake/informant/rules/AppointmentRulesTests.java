package org.qingfeng.intake.informant.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.qingfeng.intake.InformantFixtures.OTHER_TOWNSHIP;
import static org.qingfeng.intake.InformantFixtures.OTHER_VILLAGE;
import static org.qingfeng.intake.InformantFixtures.WORK_STATION;
import static org.qingfeng.intake.NetworkFixtures.CITY_UNIT;
import static org.qingfeng.intake.NetworkFixtures.CLOSED_VILLAGE;
import static org.qingfeng.intake.NetworkFixtures.DEPARTMENT;
import static org.qingfeng.intake.NetworkFixtures.GROUP;
import static org.qingfeng.intake.NetworkFixtures.POINT_IN_DEPARTMENT;
import static org.qingfeng.intake.NetworkFixtures.TOWNSHIP;
import static org.qingfeng.intake.NetworkFixtures.VILLAGE;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.qingfeng.contracts.intake.InformantRecorded.Background;
import org.qingfeng.contracts.intake.InformantRecorded.Role;
import org.qingfeng.contracts.intake.InformantType;
import org.qingfeng.intake.InformantFixtures;
import org.qingfeng.intake.network.rules.NetworkView;
import org.qingfeng.intake.rules.RulesViolated;
import org.qingfeng.intake.rules.Violation;

class AppointmentRulesTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 3);

    private final NetworkView network = InformantFixtures.networkView();

    @Test
    void theWorkStationAppointsTownshipCityUnitAndMonitoringPointInformants() {
        for (String home : List.of(TOWNSHIP, CITY_UNIT, POINT_IN_DEPARTMENT)) {
            Appointment a = check(InformantFixtures.anyInformant(home, WORK_STATION));
            assertThat(a.homeNodeCode()).isEqualTo(home);
        }
    }

    @Test
    void aTownshipAppointsTheVillagesAndGroupsBelowIt() {
        assertThat(check(InformantFixtures.anyInformant(VILLAGE, TOWNSHIP)).appointedByCode())
                .isEqualTo(TOWNSHIP);
        assertThat(check(InformantFixtures.anyInformant(GROUP, TOWNSHIP)).homeNodeCode())
                .isEqualTo(GROUP);
    }

    @Test
    void theWorkStationDoesNotAppointVillageInformantsAndSaysWhoDoes() {
        Violation v = only(InformantFixtures.anyInformant(VILLAGE, WORK_STATION));

        assertThat(v.field()).isEqualTo("appointedByCode");
        assertThat(v.message()).startsWith("工作站只聘任").contains("由乡镇聘任", "appointed by their township");
    }

    @Test
    void aTownshipDoesNotAppointInAnotherTownshipsVillageNorItsOwnLevel() {
        Violation other = only(InformantFixtures.anyInformant(OTHER_VILLAGE, TOWNSHIP));
        Violation itself = only(InformantFixtures.anyInformant(TOWNSHIP, OTHER_TOWNSHIP));

        assertThat(other.field()).isEqualTo("appointedByCode");
        assertThat(other.message()).startsWith("乡镇只聘任本乡镇所辖");
        assertThat(itself.message()).startsWith("乡镇只聘任本乡镇所辖");
    }

    @Test
    void onlyAWorkStationOrATownshipAppoints() {
        assertThat(only(InformantFixtures.anyInformant(VILLAGE, DEPARTMENT)).field())
                .isEqualTo("appointedByCode");
    }

    @Test
    void theHomeNodeIsAnActivePointOrRegion() {
        assertThat(only(InformantFixtures.anyInformant(CLOSED_VILLAGE, TOWNSHIP))
                        .field())
                .isEqualTo("homeNodeCode");
        assertThat(only(InformantFixtures.anyInformant(DEPARTMENT, WORK_STATION))
                        .field())
                .isEqualTo("homeNodeCode");
        assertThat(only(InformantFixtures.anyInformant("330281-999", WORK_STATION))
                        .field())
                .isEqualTo("homeNodeCode");
    }

    @Test
    void aSpecialInvitedInformantNeedsABackgroundAndARegularOneHasNone() {
        assertThat(check(InformantFixtures.anySpecialInvited(Background.LAWYER)).backgrounds())
                .containsExactly(Background.LAWYER);
        AppointmentDraft special = InformantFixtures.anySpecialInvited(Background.LAWYER);
        AppointmentDraft withoutBackground = new AppointmentDraft(
                special.number(),
                special.name(),
                special.phone(),
                null,
                null,
                VILLAGE,
                TOWNSHIP,
                InformantType.SPECIAL_INVITED,
                List.of(),
                null,
                special.appointedOn());
        AppointmentDraft regularWithBackground = new AppointmentDraft(
                special.number(),
                special.name(),
                special.phone(),
                null,
                null,
                VILLAGE,
                TOWNSHIP,
                InformantType.REGULAR,
                List.of(Background.TEACHER),
                null,
                special.appointedOn());

        assertThat(only(withoutBackground).field()).isEqualTo("backgrounds");
        assertThat(only(regularWithBackground).field()).isEqualTo("backgrounds");
    }

    @Test
    void everyInformantHoldsTheIntegrityRoleFirstAndEachRoleOnce() {
        Appointment a = check(InformantFixtures.anyVillageInformant());

        assertThat(a.roles()).containsExactly(Role.INTEGRITY, Role.PETITION);
        assertThat(AppointmentRules.roles(List.of(Role.GRID_MEMBER, Role.INTEGRITY, Role.GRID_MEMBER)))
                .containsExactly(Role.INTEGRITY, Role.GRID_MEMBER);
    }

    @Test
    void theAppointmentDayIsRequiredAndNotInTheFuture() {
        AppointmentDraft d = InformantFixtures.anyVillageInformant();
        AppointmentDraft tomorrow = new AppointmentDraft(
                d.number(),
                d.name(),
                d.phone(),
                null,
                null,
                VILLAGE,
                TOWNSHIP,
                d.type(),
                null,
                null,
                TODAY.plusDays(1));

        assertThat(only(tomorrow).field()).isEqualTo("appointedOn");
    }

    @Test
    void collectsEveryViolationAtOnce() {
        AppointmentDraft empty = new AppointmentDraft(null, null, null, null, null, null, null, null, null, null, null);

        RulesViolated violated =
                catchThrowableOfType(RulesViolated.class, () -> AppointmentRules.check(empty, network, TODAY));

        assertThat(violated.violations())
                .extracting(Violation::field)
                .containsExactly("number", "name", "phone", "homeNodeCode", "appointedByCode", "type", "appointedOn");
    }

    private Appointment check(AppointmentDraft draft) {
        return AppointmentRules.check(draft, network, TODAY);
    }

    private Violation only(AppointmentDraft draft) {
        RulesViolated violated =
                catchThrowableOfType(RulesViolated.class, () -> AppointmentRules.check(draft, network, TODAY));
        assertThat(violated).as("rules violated").isNotNull();
        assertThat(violated.violations()).hasSize(1);
        return violated.violations().get(0);
    }
}
