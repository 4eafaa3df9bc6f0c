package org.qingfeng.intake.reviewer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.qingfeng.contracts.Golden;
import org.qingfeng.contracts.Topics;
import org.qingfeng.contracts.intake.ReviewerNamed;
import org.qingfeng.contracts.intake.ReviewerNamesRegistered;
import org.qingfeng.intake.ContractFixtures;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class ReviewerContractTests {

    @Test
    void thePublishedReviewerNamedHasTheGoldenShapeAndAnIdDerivedFromItemAndReviewer() {
        ObjectNode golden = (ObjectNode) ContractFixtures.tree(Golden.json(Topics.REVIEWER_NAMED));
        UUID itemId = UUID.fromString(golden.get("itemId").asString());
        String reviewer = golden.get("reviewerSubject").asString();
        ReviewerNamed event = ReviewerNamedPublisher.named(
                itemId, reviewer, Instant.parse(golden.get("occurredAt").asString()));

        JsonNode written = ContractFixtures.written(Topics.REVIEWER_NAMED, event);

        // The golden event id is the derived one: the whole record, id included, is as published.
        assertThat(written).isEqualTo(golden);
    }

    @Test
    void theGoldenNamesRecordIsRead() {
        ReviewerNamesRegistered read = ContractFixtures.readAs(Topics.REVIEWER_NAMES, ReviewerNamesRegistered.class);

        assertThat(read.reviewerSubject()).isEqualTo("u-7f3a9c");
        assertThat(read.nameDigests()).hasSize(2);
    }
}
