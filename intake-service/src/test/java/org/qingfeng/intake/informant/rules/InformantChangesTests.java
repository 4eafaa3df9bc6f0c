package org.qingfeng.intake.informant.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.qingfeng.contracts.EventIds;
import org.qingfeng.contracts.intake.InformantChanged;
import org.qingfeng.contracts.intake.InformantRecorded;
import org.qingfeng.contracts.intake.InformantRecorded.ContactWay;
import org.qingfeng.contracts.intake.InformantRecorded.TrainingLevel;
import org.qingfeng.contracts.intake.InformantRecorded.Verdict;
import org.qingfeng.contracts.intake.InformantStatus;
import org.qingfeng.contracts.intake.NodeKind;
import org.qingfeng.contracts.intake.SealedBox;
import org.qingfeng.intake.InformantFixtures;
import org.qingfeng.intake.network.rules.KnownNames;
import org.qingfeng.intake.rules.RulesViolated;
import org.qingfeng.intake.rules.Violation;

class InformantChangesTests {

    private static final Instant NOW = Instant.parse("2026-11-03T01:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 3);
    private static final SealedBox BOX = new SealedBox("k", "w", "n", "c");
    private static final String TOKEN = "inf-0123456789ABCDEFGHJKMNPQRS";

    private final InformantRecorded appointed = InformantChanges.appointed(
            TOKEN,
            AppointmentRules.check(InformantFixtures.anyVillageInformant(), InformantFixtures.networkView(), TODAY),
            new InformantChanges.Sealed(BOX, "phone-digest", "name-digest"),
            NOW);

    @Test
    void anAppointmentIsVersionOneActiveWithADerivedEventId() {
        assertThat(appointed.version()).isEqualTo(1);
        assertThat(appointed.status()).isEqualTo(InformantStatus.ACTIVE);
        assertThat(appointed.eventId()).isEqualTo(EventIds.derive("informant-recorded", TOKEN + "#1"));
    }

    @Test
    void eachChangeKeepsTheRestAndCountsOneVersionUp() {
        InformantRecorded trained = InformantChanges.trained(
                appointed, new TrainingDraft(TOKEN, TODAY, TrainingLevel.VILLAGE_ROTATION, "年度轮训", 4), NOW);
        InformantRecorded contacted =
                InformantChanges.contacted(trained, new ContactDraft(TOKEN, TODAY, ContactWay.VISIT, "note"), BOX, NOW);

        assertThat(contacted.version()).isEqualTo(3);
        assertThat(contacted.training()).hasSize(1);
        assertThat(contacted.contacts())
                .singleElement()
                .extracting(c -> c.note())
                .isEqualTo(BOX);
        assertThat(contacted.identity()).isEqualTo(appointed.identity());
    }

    @Test
    void aDismissalDecisionAlsoDismissesWithTheSealedReason() {
        InformantRecorded decided = InformantChanges.decided(
                appointed,
                new DecisionDraft(
                        TOKEN, 2025, Verdict.DISMISS, "长期未报送", "330281-WS", "assessment-1", List.of("items=0")),
                BOX,
                BOX,
                NOW);

        assertThat(decided.status()).isEqualTo(InformantStatus.DISMISSED);
        assertThat(decided.statusReason()).isEqualTo(BOX);
        assertThat(decided.decisions())
                .singleElement()
                .extracting(d -> d.decidedAt())
                .isEqualTo(NOW);
    }

    @Test
    void thePublicFactCarriesNothingButTokenPointTypeStatusDayAndVersion() {
        InformantChanged fact = InformantChanges.publicFact(appointed);

        assertThat(fact.eventId()).isEqualTo(EventIds.derive("informant-changed", TOKEN + "#1"));
        assertThat(fact.homeNodeCode()).isEqualTo(appointed.homeNodeCode());
        assertThat(fact.version()).isEqualTo(1);
    }

    @Test
    void theRosterKeepsTheNewestVersionWhateverTheOrder() {
        InformantRecorded second = InformantChanges.statusChanged(appointed, InformantStatus.SUSPENDED, BOX, NOW);

        Roster roster = Roster.of(List.of(second)).with(List.of(appointed));

        assertThat(roster.informant(TOKEN)).contains(second);
        assertThat(roster.hasNameDigest("name-digest")).isTrue();
    }

    @Test
    void theEmailDigestIsRecordedAtAppointmentAndKeptThroughEveryChange() {
        InformantRecorded withEmail = InformantChanges.appointed(
                TOKEN,
                AppointmentRules.check(InformantFixtures.anyVillageInformant(), InformantFixtures.networkView(), TODAY),
                new InformantChanges.Sealed(BOX, "phone-digest", "name-digest", "email-digest"),
                NOW);

        InformantRecorded suspended = InformantChanges.statusChanged(withEmail, InformantStatus.SUSPENDED, BOX, NOW);

        assertThat(withEmail.emailDigest()).isEqualTo("email-digest");
        assertThat(suspended.emailDigest()).isEqualTo("email-digest");
        assertThat(appointed.emailDigest()).isNull();
    }

    @Test
    void theRosterFindsASenderByPhoneOrEmailDigestPreferringTheActiveInformant() {
        String otherToken = "inf-ZZZZZZZZZZZZZZZZZZZZZZZZZZ";
        InformantRecorded dismissed = InformantChanges.statusChanged(appointed, InformantStatus.DISMISSED, BOX, NOW);
        InformantRecorded reappointed = InformantChanges.appointed(
                otherToken,
                AppointmentRules.check(InformantFixtures.anyVillageInformant(), InformantFixtures.networkView(), TODAY),
                new InformantChanges.Sealed(BOX, "phone-digest", "name-digest", "email-digest"),
                NOW);

        Roster onlyDismissed = Roster.of(List.of(dismissed));
        Roster both = Roster.of(List.of(reappointed, dismissed));

        assertThat(onlyDismissed.byPhoneDigest("phone-digest")).contains(dismissed);
        assertThat(onlyDismissed.byEmailDigest("email-digest")).isEmpty();
        assertThat(both.byPhoneDigest("phone-digest")).contains(reappointed);
        assertThat(both.byEmailDigest("email-digest")).contains(reappointed);
        assertThat(both.byPhoneDigest("another-digest")).isEmpty();
    }

    @Test
    void aVillageInformantOwesThisYearsRotationUntilTrained() {
        InformantRecorded lastYear = InformantChanges.trained(
                appointed, new TrainingDraft(TOKEN, TODAY.minusYears(1), TrainingLevel.VILLAGE_ROTATION, "轮训", 4), NOW);
        InformantRecorded thisYear = InformantChanges.trained(
                lastYear, new TrainingDraft(TOKEN, TODAY, TrainingLevel.VILLAGE_ROTATION, "轮训", 4), NOW);

        assertThat(Rotation.due(lastYear, NodeKind.VILLAGE, TODAY)).isTrue();
        assertThat(Rotation.due(lastYear, NodeKind.GROUP, TODAY)).isTrue();
        assertThat(Rotation.due(thisYear, NodeKind.VILLAGE, TODAY)).isFalse();
        assertThat(Rotation.due(lastYear, NodeKind.TOWNSHIP, TODAY)).isFalse();
    }

    @Test
    void changesAreCheckedBeforeTheyAreMade() {
        assertThat(fields(
                        () -> ChangeRules.checkStatus(new StatusDraft(TOKEN, InformantStatus.ACTIVE, " "), appointed)))
                .containsExactly("status", "reason");
        assertThat(fields(() -> ChangeRules.checkTraining(
                        new TrainingDraft(TOKEN, TODAY.plusDays(1), null, "联系人：王伟", 0), TODAY, KnownNames.NONE)))
                .containsExactly("on", "level", "course", "hours");
        assertThat(fields(() -> ChangeRules.checkContact(new ContactDraft(TOKEN, null, null, "x".repeat(2001)), TODAY)))
                .containsExactly("on", "way", "note");
        assertThat(fields(() -> ChangeRules.checkDecision(
                        new DecisionDraft(TOKEN, 2027, Verdict.DISMISS, null, " ", "方法", List.of("王伟")), TODAY)))
                .containsExactly("year", "reason", "decidedBy", "method", "figures");
    }

    private static List<String> fields(Runnable check) {
        RulesViolated violated = catchThrowableOfType(RulesViolated.class, check::run);
        assertThat(violated).as("rules violated").isNotNull();
        return violated.violations().stream().map(Violation::field).toList();
    }
}
