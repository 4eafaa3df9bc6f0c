package org.qingfeng.intake.submission.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.assertj.core.api.ListAssert;
import org.junit.jupiter.api.Test;
import org.qingfeng.contracts.intake.Channel;
import org.qingfeng.contracts.intake.ItemDetails;
import org.qingfeng.contracts.intake.RiskCategory;
import org.qingfeng.contracts.intake.SubmitterKind;
import org.qingfeng.contracts.intake.Urgency;
import org.qingfeng.intake.NetworkFixtures;
import org.qingfeng.intake.SubmissionFixtures;
import org.qingfeng.intake.network.rules.NetworkView;
import org.qingfeng.intake.rules.RulesViolated;
import org.qingfeng.intake.rules.Violation;

class SubmissionRulesTests {

    private final SubmissionRules rules = new SubmissionRules(SubjectArea.DEFAULTS);
    private final NetworkView network = NetworkFixtures.anyNetworkView();

    @Test
    void aSubmissionPrintsWithoutItsDescriptionOrToken() {
        String token = "inf-0123456789ABCDEFGHJKMNPQRS";
        SubmissionDraft draft = new SubmissionDraft(
                NetworkFixtures.VILLAGE,
                NetworkFixtures.DEPARTMENT,
                "work-style",
                null,
                null,
                null,
                SubmitterKind.INFORMANT,
                SubmissionFixtures.DESCRIPTION,
                null,
                token);

        ValidSubmission valid = rules.check(draft, network);

        assertThat(valid.informantToken()).isEqualTo(token);
        assertThat(List.of(draft.toString(), valid.toString()))
                .allSatisfy(
                        text -> assertThat(text).doesNotContain(token).doesNotContain(SubmissionFixtures.DESCRIPTION));
    }

    @Test
    void derivesTheTownshipAndFillsInTheDefaults() {
        ValidSubmission valid = rules.check(SubmissionFixtures.anySubmissionDraft(), network);

        assertThat(valid.submitterKind()).isEqualTo(SubmitterKind.ANONYMOUS);
        assertThat(valid.item())
                .isEqualTo(new ItemDetails(
                        NetworkFixtures.VILLAGE,
                        NetworkFixtures.TOWNSHIP,
                        NetworkFixtures.DEPARTMENT,
                        "work-style",
                        null,
                        Urgency.ROUTINE,
                        Channel.API,
                        SubmissionFixtures.DESCRIPTION,
                        null));
    }

    @Test
    void keepsWhatTheSubmitterChose() {
        SubmissionDraft draft = new SubmissionDraft(
                NetworkFixtures.CITY_UNIT,
                NetworkFixtures.CITY_UNIT,
                "medical-ethics",
                RiskCategory.POST_DUTIES,
                Urgency.IMMEDIATE,
                Channel.HOTLINE,
                SubmitterKind.INFORMANT,
                SubmissionFixtures.DESCRIPTION);

        ValidSubmission valid = rules.check(draft, network);

        assertThat(valid.submitterKind()).isEqualTo(SubmitterKind.INFORMANT);
        assertThat(valid.item().townshipCode()).isEqualTo(NetworkFixtures.CITY_UNIT);
        assertThat(valid.item().riskCategory()).isEqualTo(RiskCategory.POST_DUTIES);
        assertThat(valid.item().urgency()).isEqualTo(Urgency.IMMEDIATE);
        assertThat(valid.item().channel()).isEqualTo(Channel.HOTLINE);
    }

    @Test
    void trimsTheDescriptionBeforeCountingIt() {
        String padded = "  " + "一".repeat(10) + "\n ";

        assertThat(rules.check(SubmissionFixtures.anySubmissionDraftDescribing(padded), network)
                        .item()
                        .description())
                .isEqualTo("一".repeat(10));
        assertViolations(SubmissionFixtures.anySubmissionDraftDescribing("  " + "一".repeat(9) + "  "))
                .containsExactly("description");
    }

    @Test
    void acceptsDescriptionsFromTenToFourThousandCharacters() {
        assertThat(rules.check(SubmissionFixtures.anySubmissionDraftDescribing("字".repeat(4000)), network))
                .isNotNull();
        assertViolations(SubmissionFixtures.anySubmissionDraftDescribing("字".repeat(4001)))
                .containsExactly("description");
    }

    @Test
    void namesEveryMissingField() {
        assertViolations(new SubmissionDraft(null, null, null, null, null, null, null, null))
                .containsExactly("regionCode", "unitCode", "subjectArea", "description");
    }

    @Test
    void refusesRegionsWhereItemsCannotBePlaced() {
        assertViolations(SubmissionFixtures.anySubmissionDraftAt(
                        NetworkFixtures.CLOSED_VILLAGE, NetworkFixtures.DEPARTMENT))
                .containsExactly("regionCode");
        assertViolations(
                        SubmissionFixtures.anySubmissionDraftAt(NetworkFixtures.DEPARTMENT, NetworkFixtures.DEPARTMENT))
                .containsExactly("regionCode");
        assertViolations(SubmissionFixtures.anySubmissionDraftAt("330281-404", NetworkFixtures.DEPARTMENT))
                .containsExactly("regionCode");
    }

    @Test
    void refusesUnitsThatAreNotActiveDepartmentsOrCityUnits() {
        assertViolations(SubmissionFixtures.anySubmissionDraftAt(NetworkFixtures.VILLAGE, NetworkFixtures.TOWNSHIP))
                .containsExactly("unitCode");
        assertViolations(SubmissionFixtures.anySubmissionDraftAt(NetworkFixtures.VILLAGE, "330281-D404"))
                .containsExactly("unitCode");
    }

    @Test
    void refusesSubjectAreasOutsideTheConfiguredCatalogue() {
        SubmissionRules narrow = new SubmissionRules(List.of(new SubjectArea("self-discipline", "廉洁自律", "x")));

        RulesViolated violated = catchThrowableOfType(
                RulesViolated.class, () -> narrow.check(SubmissionFixtures.anySubmissionDraft(), network));

        assertThat(violated.violations()).extracting(Violation::field).containsExactly("subjectArea");
    }

    private ListAssert<String> assertViolations(SubmissionDraft draft) {
        RulesViolated violated = catchThrowableOfType(RulesViolated.class, () -> rules.check(draft, network));
        assertThat(violated).as("rules violated").isNotNull();
        return assertThat(violated.violations().stream().map(Violation::field).toList());
    }
}
