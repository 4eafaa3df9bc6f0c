package org.qingfeng.analysis.followup.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.qingfeng.analysis.followup.FollowUpFixtures;
import org.qingfeng.contracts.intake.FollowUpRecorded;

class ItemConfirmationTests {

    private static final UUID ITEM = UUID.randomUUID();
    private static final Instant AT = Instant.parse("2026-11-12T03:00:00Z");

    @Test
    void onlyAConfirmationCarriesAVerdictAndItsCommentIsNotKept() {
        FollowUpRecorded confirmation =
                FollowUpFixtures.anyConfirmation(ITEM, FollowUpRecorded.Rectified.NOT_FIXED, AT);

        ItemConfirmation verdict = ItemConfirmation.from(confirmation).orElseThrow();

        assertThat(verdict)
                .isEqualTo(new ItemConfirmation(
                        ITEM, confirmation.followUpId(), FollowUpRecorded.Rectified.NOT_FIXED, AT));
        assertThat(String.valueOf(verdict)).doesNotContain(confirmation.text());
        assertThat(ItemConfirmation.from(FollowUpFixtures.anyQuestion(ITEM))).isEmpty();
    }

    @Test
    void theNewestVerdictSupersedesAndATieGoesToTheGreaterId() {
        ItemConfirmation earlier = verdict("00000000-0000-0000-0000-000000000002", AT);
        ItemConfirmation later = verdict("00000000-0000-0000-0000-000000000001", AT.plusSeconds(60));
        ItemConfirmation sameTimeGreaterId = verdict("00000000-0000-0000-0000-000000000003", AT);

        assertThat(later.supersedes(earlier)).isTrue();
        assertThat(earlier.supersedes(later)).isFalse();
        assertThat(sameTimeGreaterId.supersedes(earlier)).isTrue();
        assertThat(earlier.supersedes(sameTimeGreaterId)).isFalse();
        assertThat(earlier.supersedes(earlier)).isFalse();
    }

    private static ItemConfirmation verdict(String followUpId, Instant at) {
        return new ItemConfirmation(ITEM, UUID.fromString(followUpId), FollowUpRecorded.Rectified.FIXED, at);
    }
}
