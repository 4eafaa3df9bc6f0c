package org.qingfeng.intake.item;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.qingfeng.contracts.EventIds;
import org.qingfeng.contracts.Golden;
import org.qingfeng.contracts.Topics;
import org.qingfeng.contracts.disposal.WarningIssued;
import org.qingfeng.contracts.intake.ItemSubmitted;
import org.qingfeng.contracts.intake.SubmissionReceived;
import org.qingfeng.intake.ContractFixtures;
import org.qingfeng.intake.item.rules.ItemFacts;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class ItemContractTests {

    @Test
    void thePublishedItemSubmittedMatchesTheGoldenFileWithItsIdDerivedFromTheItem() {
        ObjectNode golden = (ObjectNode) ContractFixtures.tree(Golden.json(Topics.ITEM_SUBMITTED));
        UUID itemId = UUID.fromString(golden.get("itemId").asString());
        SubmissionReceived received = new SubmissionReceived(
                UUID.randomUUID(),
                Instant.parse(golden.get("occurredAt").asString()),
                itemId,
                "a-receipt-digest",
                ContractFixtures.readAs(Topics.ITEM_SUBMITTED, ItemSubmitted.class)
                        .submitterKind(),
                ContractFixtures.readAs(Topics.ITEM_SUBMITTED, ItemSubmitted.class)
                        .item(),
                ContractFixtures.readAs(Topics.ITEM_SUBMITTED, ItemSubmitted.class)
                        .informantToken());

        JsonNode written = ContractFixtures.written(Topics.ITEM_SUBMITTED, ItemFacts.submitted(received));

        assertThat(written).isEqualTo(golden);
        assertThat(written.get("eventId").asString())
                .isEqualTo(EventIds.derive("item-submitted", itemId).toString());
        assertThat(written.has("receiptDigest")).isFalse();
    }

    @Test
    void theGoldenSubmissionReceivedIsReadAndRegisters() {
        Object read = ContractFixtures.read(Topics.SUBMISSION_RECEIVED, Golden.bytes(Topics.SUBMISSION_RECEIVED));

        SubmissionReceived received = (SubmissionReceived) read;

        assertThat(received.item().riskCategory()).isNull();
        assertThat(ItemDocuments.registration(received)).isNotNull();
        assertThat(ItemDocuments.receipt(received)).isNotNull();
    }

    @Test
    void theGoldenWarningIssuedIsReadAndBecomesTheItemsWarning() {
        Object read = ContractFixtures.read(Topics.WARNING_ISSUED, Golden.bytes(Topics.WARNING_ISSUED));

        WarningIssued warning = (WarningIssued) read;

        assertThat(warning.itemId()).isEqualTo(UUID.fromString("0b9f3c5e-6a4d-4e8b-9f21-3c7d5a1e8b40"));
        assertThat(warning.colour().name()).isEqualTo("BLUE");
        assertThat(ItemDocuments.warning(warning).toString())
                .contains(warning.warningId().toString());
    }

    @Test
    void anItemDocumentReadsBackAsTheItemWithItsStatusLabel() {
        Document document = new Document("_id", "0b9f3c5e-6a4d-4e8b-9f21-3c7d5a1e8b40")
                .append("status", "REGISTERED")
                .append("submittedAt", Date.from(Instant.parse("2026-11-03T01:15:30Z")))
                .append("submitterKind", "ANONYMOUS")
                .append("regionCode", "330281-101-001")
                .append("townshipCode", "330281-101")
                .append("unitCode", "330281-D03")
                .append("subjectArea", "work-style")
                .append("riskCategory", null)
                .append("urgency", "ROUTINE")
                .append("channel", "API")
                .append("description", "村集体资金使用未按规定公示。");

        ItemView view = ItemDocuments.view(document);

        assertThat(view.statusLabel()).isEqualTo("已登记 / Registered");
        assertThat(view.riskCategory()).isNull();
        assertThat(view.warning()).isNull();
    }
}
