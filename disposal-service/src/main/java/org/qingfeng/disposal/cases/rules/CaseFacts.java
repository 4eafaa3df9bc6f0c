package org.qingfeng.disposal.cases.rules;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.qingfeng.contracts.EventIds;
import org.qingfeng.contracts.analysis.Severity;
import org.qingfeng.contracts.disposal.CaseStepped;

/**
 * What stays the same over a case's life and every step repeats: origin, items, unit, recipient,
 * station, severity and the policy that placed it. Never the items' wording, channel, submission
 * time or village.
 */
public record CaseFacts(
        UUID caseId,
        CaseStepped.Origin origin,
        @Nullable UUID findingId,
        List<UUID> itemIds,
        String unitCode,
        String townshipCode,
        String recipientCode,
        String stationCode,
        @Nullable String post,
        Severity severity,
        String policyVersion) {

    public CaseFacts {
        itemIds = List.copyOf(itemIds);
    }

    public static CaseFacts of(CaseStepped step) {
        return new CaseFacts(
                step.caseId(),
                step.origin(),
                step.findingId(),
                step.itemIds(),
                step.unitCode(),
                step.townshipCode(),
                step.recipientCode(),
                step.stationCode(),
                step.post(),
                step.severity(),
                step.policyVersion());
    }

    /**
     * The event id of the step with {@code sequence}: one id per case and sequence, so that two
     * instances taking the same step (two sweepers) publish the same fact, and of two racing steps
     * only the one the projection applies is ever seen by a consumer that drops copies by id.
     */
    public static UUID eventId(UUID caseId, long sequence) {
        return EventIds.derive("case-stepped", caseId + "#" + sequence);
    }

    public CaseStepped event(Change change) {
        Standing after = change.after();
        return new CaseStepped(
                eventId(caseId, after.sequence()),
                change.occurredAt(),
                caseId,
                after.sequence(),
                change.step(),
                origin,
                findingId,
                itemIds,
                unitCode,
                townshipCode,
                recipientCode,
                stationCode,
                post,
                after.ladder(),
                after.ladderVersion(),
                after.rung(),
                after.rungCode(),
                after.colour(),
                after.state(),
                after.dueAt(),
                after.acknowledgeBy(),
                severity,
                policyVersion,
                change.reason(),
                change.actor(),
                change.documentNumber(),
                change.text(),
                change.attachmentIds(),
                change.talkKind(),
                change.scheduledFor(),
                change.confirmation());
    }
}
