package org.qingfeng.intake.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.qingfeng.contracts.EventJson;
import org.qingfeng.contracts.Golden;
import org.qingfeng.contracts.Topics;
import org.qingfeng.contracts.intake.SealedBox;
import org.qingfeng.contracts.intake.SubmissionReceived;
import org.qingfeng.contracts.intake.SubmissionReceived.AttachmentRef;
import org.qingfeng.contracts.intake.Urgency;
import org.qingfeng.intake.ContractFixtures;
import org.qingfeng.intake.NetworkFixtures;
import org.qingfeng.intake.SubmissionFixtures;
import org.qingfeng.intake.submission.rules.SubjectArea;
import org.qingfeng.intake.submission.rules.SubmissionDraft;
import org.qingfeng.intake.submission.rules.SubmissionRules;
import org.qingfeng.intake.submission.rules.ValidSubmission;
import tools.jackson.databind.JsonNode;

class SubmissionReceivedContractTests {

    @Test
    void whatASubmissionWritesToTheLogMatchesTheGoldenFile() {
        JsonNode golden = ContractFixtures.tree(Golden.json(Topics.SUBMISSION_RECEIVED));
        SubmissionDraft draft = new SubmissionDraft(
                NetworkFixtures.VILLAGE,
                NetworkFixtures.DEPARTMENT,
                "work-style",
                null,
                Urgency.IMMEDIATE,
                null,
                null,
                "  " + SubmissionFixtures.DESCRIPTION + "  ");

        ValidSubmission valid =
                new SubmissionRules(SubjectArea.DEFAULTS).check(draft, NetworkFixtures.anyNetworkView());
        SubmissionReceived received = new SubmissionReceived(
                UUID.fromString(golden.get("eventId").asString()),
                Instant.parse(golden.get("occurredAt").asString()),
                UUID.fromString(golden.get("itemId").asString()),
                golden.get("receiptDigest").asString(),
                valid.submitterKind(),
                valid.item(),
                valid.informantToken(),
                golden.get("receiptLocator").asString(),
                box(golden.get("submitter")),
                box(golden.get("concerns")),
                List.of(EventJson.mapper().treeToValue(golden.get("attachments").get(0), AttachmentRef.class)),
                null,
                null);

        assertThat(ContractFixtures.written(Topics.SUBMISSION_RECEIVED, received))
                .isEqualTo(golden);
    }

    private static SealedBox box(JsonNode node) {
        return EventJson.mapper().treeToValue(node, SealedBox.class);
    }
}
