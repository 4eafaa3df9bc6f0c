package org.qingfeng.disposal.cases;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.qingfeng.contracts.EventIds;
import org.qingfeng.contracts.analysis.FindingPublished;
import org.qingfeng.contracts.disposal.CaseStepped;
import org.qingfeng.contracts.intake.ItemDetails;
import org.qingfeng.contracts.intake.ItemSubmitted;
import org.qingfeng.disposal.cases.rules.CaseFacts;
import org.qingfeng.disposal.cases.rules.CaseMachine;
import org.qingfeng.disposal.cases.rules.FirstColourPolicy;
import org.qingfeng.disposal.cases.rules.FirstColourPolicy.Circumstances;
import org.qingfeng.disposal.cases.rules.FirstColourPolicy.Placement;
import org.qingfeng.disposal.cases.rules.FirstColourPolicy.PriorCase;
import org.qingfeng.disposal.cases.rules.Ladder;
import org.qingfeng.disposal.cases.rules.Opening;
import org.qingfeng.disposal.network.NodeDirectory;
import org.qingfeng.disposal.network.rules.NetworkNode;
import org.springframework.stereotype.Component;

/**
 * Opens cases: places them with the first-colour policy and publishes the opening with the first
 * notice in one send. The case id is derived from the finding or the item, so opening twice yields
 * the same steps (same event ids, same notice number) and the projection keeps one; a case already
 * projected is not opened again. An immediate item gives the case its id, township and unit only:
 * never its wording, channel, submission time or village.
 */
@Component
class CaseOpener {

    /** Every instance builds an opening identically: any of them may publish it again. */
    private static final String OPENING = "opening";

    private final CaseStore cases;
    private final FirstColourPolicy policy;
    private final CaseMachine machine;
    private final CaseJournal journal;
    private final NodeDirectory directory;
    private final CasesProperties properties;
    private final Clock clock;

    CaseOpener(
            CaseStore cases,
            FirstColourPolicy policy,
            CaseMachine machine,
            CaseJournal journal,
            NodeDirectory directory,
            CasesProperties properties,
            Clock clock) {
        this.cases = cases;
        this.policy = policy;
        this.machine = machine;
        this.journal = journal;
        this.directory = directory;
        this.properties = properties;
        this.clock = clock;
    }

    static UUID caseIdOf(UUID findingOrItemId) {
        return EventIds.derive("case", findingOrItemId);
    }

    /** @return the case id, empty when the finding already has its case */
    Optional<UUID> open(FindingPublished finding, String ladderId, String actor) {
        UUID caseId = caseIdOf(finding.findingId());
        if (cases.find(caseId).isPresent()) {
            return Optional.empty();
        }
        Circumstances circumstances = new Circumstances(
                finding.severity(),
                finding.riskLevel(),
                finding.kind() == FindingPublished.FindingKind.RECURRING,
                priorCases(finding.unitCode()));
        return Optional.of(open(
                caseId,
                CaseStepped.Origin.FINDING,
                finding.findingId(),
                finding.itemIds(),
                finding.unitCode(),
                finding.regionCode(),
                finding.stationCode(),
                ladderId,
                circumstances,
                null,
                actor));
    }

    /** @return the case id, empty when the item already has its case */
    Optional<UUID> open(ItemSubmitted item) {
        UUID caseId = caseIdOf(item.itemId());
        if (cases.find(caseId).isPresent()) {
            return Optional.empty();
        }
        ItemDetails details = item.item();
        String station = directory
                .stationOf(details.townshipCode())
                .map(NetworkNode::code)
                .orElse(details.townshipCode());
        return Optional.of(open(
                caseId,
                CaseStepped.Origin.IMMEDIATE_ITEM,
                null,
                List.of(item.itemId()),
                details.unitCode(),
                details.townshipCode(),
                station,
                properties.defaultLadder(),
                new Circumstances(null, null, false, priorCases(details.unitCode())),
                properties.immediateAck(),
                CaseMachine.CLOCK));
    }

    private UUID open(
            UUID caseId,
            CaseStepped.Origin origin,
            @Nullable UUID findingId,
            List<UUID> itemIds,
            String unitCode,
            String townshipCode,
            String stationCode,
            String ladderId,
            Circumstances circumstances,
            @Nullable Duration acknowledgeWithin,
            String actor) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Ladder ladder = machine.ladders().get(ladderId);
        Placement placement = policy.place(ladder, circumstances, now);
        CaseFacts facts = new CaseFacts(
                caseId,
                origin,
                findingId,
                itemIds,
                unitCode,
                townshipCode,
                recipientOf(unitCode),
                stationCode,
                null,
                placement.severity(),
                placement.policyVersion());
        journal.publish(
                facts,
                machine.open(
                        new Opening(ladderId, placement.rung(), now, acknowledgeWithin, placement.reason(), actor)),
                OPENING);
        return caseId;
    }

    private String recipientOf(String unitCode) {
        if (properties.recipient() == CasesProperties.Recipient.UNIT) {
            return unitCode;
        }
        return directory
                .node(unitCode)
                .map(NetworkNode::competentDepartmentCode)
                .filter(code -> !code.isBlank())
                .orElse(unitCode);
    }

    private List<PriorCase> priorCases(String unitCode) {
        return cases.ofUnit(unitCode).stream()
                .map(c -> new PriorCase(
                        c.openedAt(),
                        c.state() == CaseStepped.State.REFERRED
                                || c.history().stream()
                                        .anyMatch(s -> s.step() == CaseStepped.Step.ESCALATED
                                                || s.step() == CaseStepped.Step.REPLY_REJECTED)))
                .toList();
    }
}
