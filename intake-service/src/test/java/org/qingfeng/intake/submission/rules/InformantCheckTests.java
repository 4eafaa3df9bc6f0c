package org.qingfeng.intake.submission.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.qingfeng.contracts.intake.InformantStatus;
import org.qingfeng.contracts.intake.SubmitterKind;
import org.qingfeng.intake.rules.RulesViolated;
import org.qingfeng.intake.submission.rules.InformantCheck.Refusal;

class InformantCheckTests {

    private static final Map<String, InformantStatus> ROSTER = Map.of(
            "inf-ACTIVE", InformantStatus.ACTIVE,
            "inf-SUSPENDED", InformantStatus.SUSPENDED,
            "inf-DISMISSED", InformantStatus.DISMISSED);
    private static final Function<String, Optional<InformantStatus>> STATUS_OF =
            token -> Optional.ofNullable(ROSTER.get(token));

    @Test
    void anActiveInformantAndAnAnonymousSubmitterMaySubmit() {
        assertThat(InformantCheck.check(SubmitterKind.INFORMANT, " inf-ACTIVE ", STATUS_OF))
                .isEmpty();
        assertThat(InformantCheck.check(SubmitterKind.ANONYMOUS, null, STATUS_OF))
                .isEmpty();
    }

    @Test
    void aDismissedOrSuspendedInformantIsRefusedWithTheirReason() {
        assertThat(InformantCheck.check(SubmitterKind.INFORMANT, "inf-DISMISSED", STATUS_OF))
                .contains(Refusal.DISMISSED);
        assertThat(InformantCheck.check(SubmitterKind.INFORMANT, "inf-SUSPENDED", STATUS_OF))
                .contains(Refusal.SUSPENDED);
    }

    @Test
    void aMissingUnknownOrMisplacedTokenIsABadField() {
        assertThat(field(SubmitterKind.INFORMANT, null)).isEqualTo("informantToken");
        assertThat(field(SubmitterKind.INFORMANT, "inf-UNKNOWN")).isEqualTo("informantToken");
        assertThat(field(SubmitterKind.MONITORING_POINT, "inf-ACTIVE")).isEqualTo("informantToken");
    }

    private static String field(SubmitterKind kind, String token) {
        RulesViolated violated =
                catchThrowableOfType(RulesViolated.class, () -> InformantCheck.check(kind, token, STATUS_OF));
        assertThat(violated).as("rules violated").isNotNull();
        return violated.violations().get(0).field();
    }
}
