package org.qingfeng.analysis.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.Test;
import org.qingfeng.analysis.AnalysisIntegrationTest;
import org.qingfeng.contracts.Topics;
import org.qingfeng.contracts.intake.FollowUpRecorded;
import org.qingfeng.testsupport.ConsumerGroups;
import org.qingfeng.testsupport.TestKafka;
import org.springframework.beans.factory.annotation.Autowired;

/** Submitters' verdicts projected per item from intake's follow-up topic: the newest stands. */
class ConfirmationIT extends AnalysisIntegrationTest {

    private static final Instant AT = Instant.parse("2026-11-12T03:00:00Z");

    @Autowired
    private ConfirmationStore confirmations;

    @Test
    void keepsEachItemsNewestVerdictWhateverTheOrderAndIgnoresQuestions() {
        UUID item = UUID.randomUUID();
        FollowUpRecorded partly = FollowUpFixtures.anyConfirmation(item, FollowUpRecorded.Rectified.PARTLY, AT);
        FollowUpRecorded fixed =
                FollowUpFixtures.anyConfirmation(item, FollowUpRecorded.Rectified.FIXED, AT.plusSeconds(3600));
        UUID onlyAsked = UUID.randomUUID();

        publish(FollowUpFixtures.anyQuestion(onlyAsked));
        publish(fixed);
        publish(fixed);
        awaitProcessed(publish(partly));

        assertThat(confirmations.of(item)).hasValueSatisfying(v -> {
            assertThat(v.rectified()).isEqualTo(FollowUpRecorded.Rectified.FIXED);
            assertThat(v.followUpId()).isEqualTo(fixed.followUpId());
            assertThat(v.confirmedAt()).isEqualTo(fixed.occurredAt());
        });
        assertThat(confirmations.of(onlyAsked)).isEmpty();
    }

    private static RecordMetadata publish(FollowUpRecorded step) {
        return TestKafka.publish(Topics.FOLLOW_UP_RECORDED.name(), step.itemId().toString(), step);
    }

    private static void awaitProcessed(RecordMetadata sent) {
        ConsumerGroups.awaitProcessed(SERVICE_GROUP, sent.topic(), sent.partition(), sent.offset());
    }
}
