package org.qingfeng.intake.informant;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.qingfeng.contracts.intake.InformantRecorded.TrainingLevel;
import org.qingfeng.contracts.intake.InformantStatus;
import org.qingfeng.intake.InformantFixtures;
import org.qingfeng.intake.informant.rules.TrainingDraft;

/** Spring's request logging prints bodies by their toString: none of them may print a token. */
class InformantBodiesTests {

    private static final String TOKEN = "inf-0123456789ABCDEFGHJKMNPQRS";

    @Test
    void bodiesInAndOutPrintWithoutTheToken() {
        assertThat(new InformantController.Appointed(TOKEN).toString()).doesNotContain(TOKEN);
        assertThat(new InformantController.Changed(TOKEN, 3).toString()).doesNotContain(TOKEN);
        assertThat(new InformantController.TokenOnly(TOKEN).toString()).doesNotContain(TOKEN);
        assertThat(new TrainingDraft(TOKEN, LocalDate.of(2026, 3, 2), TrainingLevel.COUNTY, "年度培训", 4).toString())
                .doesNotContain(TOKEN);
    }

    @Test
    void aListingPrintsWithoutTheToken() {
        InformantSummary summary =
                InformantSummary.of(InformantFixtures.anyRecord(TOKEN, InformantStatus.ACTIVE), false);

        assertThat(summary.informantToken()).isEqualTo(TOKEN);
        assertThat(summary.toString()).doesNotContain(TOKEN);
        assertThat(new InformantController.Listing(List.of(summary)).toString()).doesNotContain(TOKEN);
    }
}
