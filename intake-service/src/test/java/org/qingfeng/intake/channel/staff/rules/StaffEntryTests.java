package org.qingfeng.intake.channel.staff.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.qingfeng.contracts.intake.Channel;
import org.qingfeng.contracts.intake.SubmitterKind;
import org.qingfeng.intake.rules.RulesViolated;
import org.qingfeng.intake.rules.Violation;
import org.qingfeng.intake.submission.rules.SubmissionDraft;

class StaffEntryTests {

    @Test
    void anEntryWithoutASubmitterKindIsEnteredOnBehalfKeepingItsChannel() {
        SubmissionDraft draft = StaffEntry.draftOf(sent(Channel.LETTER, null, null));

        assertThat(draft.channel()).isEqualTo(Channel.LETTER);
        assertThat(draft.submitterKind()).isEqualTo(SubmitterKind.STAFF_ON_BEHALF);
        assertThat(draft.contact()).isEqualTo("来信人地址");
    }

    @Test
    void anInformantWithATokenStaysAnInformant() {
        SubmissionDraft draft = StaffEntry.draftOf(sent(Channel.HOTLINE, SubmitterKind.INFORMANT, "inf-X"));

        assertThat(draft.submitterKind()).isEqualTo(SubmitterKind.INFORMANT);
        assertThat(draft.informantToken()).isEqualTo("inf-X");
    }

    @Test
    void theChannelIsRequiredAndMustBeOneStaffEnter() {
        assertThat(fields(sent(null, null, null))).containsExactly("channel");
        assertThat(fields(sent(Channel.API, null, null))).containsExactly("channel");
        assertThat(fields(sent(Channel.MONTHLY_BATCH, null, null))).containsExactly("channel");
        assertThat(StaffEntry.CHANNELS).hasSize(9).doesNotContain(Channel.WEB_FORM, Channel.SMS, Channel.EMAIL);
    }

    @Test
    void staffCannotEnterAnItemAsAMonitoringPointOrAsAnonymous() {
        assertThat(fields(sent(Channel.VISIT, SubmitterKind.MONITORING_POINT, null)))
                .containsExactly("submitterKind");
        assertThat(fields(sent(Channel.VISIT, SubmitterKind.ANONYMOUS, null))).containsExactly("submitterKind");
    }

    private static List<String> fields(SubmissionDraft sent) {
        return catchThrowableOfType(RulesViolated.class, () -> StaffEntry.draftOf(sent)).violations().stream()
                .map(Violation::field)
                .toList();
    }

    private static SubmissionDraft sent(Channel channel, SubmitterKind kind, String token) {
        return new SubmissionDraft(
                "330281-101-001",
                "330281-D03",
                "work-style",
                null,
                null,
                channel,
                kind,
                "来信反映村集体资金使用未按规定公示。",
                null,
                token,
                null,
                "来信人地址");
    }
}
